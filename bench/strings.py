# strings.py: building and slicing strings (concatenation, join, formatting, methods).
def build(n):
    parts = []
    for i in range(n):
        s = "item" + str(i)
        if i % 3 == 0:
            s = s.upper()
        parts.append(f"{s}:{len(s)}")
    text = ",".join(parts)
    return text

checksum = 0
for round_no in range(15):
    text = build(60000)
    pieces = text.split(",")
    checksum += len(text) + len(pieces)
    checksum += sum(1 for p in pieces if p.startswith("ITEM"))
    checksum += text.count("7") + len(text.replace("item", "x"))
    acc = ""
    for p in pieces[:3000]:
        acc += p[:3]
    checksum += len(acc)
print("strings checksum:", checksum)
