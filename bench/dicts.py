# dicts.py: dict and list work (insert, lookup, update, iteration, sorting).
def run(n):
    d = {}
    for i in range(n):
        d[i * 7 % n] = i
    hits = 0
    for i in range(0, n * 2, 3):
        if i in d:
            hits += d[i]
    words = {}
    for i in range(n):
        key = "k" + str(i % 5000)
        words[key] = words.get(key, 0) + 1
    items = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))
    lst = [v for v in d.values() if v % 2 == 0]
    lst.sort(reverse=True)
    total = 0
    for k, v in d.items():
        total += k ^ v
    return hits + len(items) + items[0][1] + lst[0] + len(lst) + total

print("dicts checksum:", sum(run(300000 + k) for k in range(3)))
