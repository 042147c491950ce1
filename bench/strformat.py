# strformat.py: string building: f-strings (with format specs), str.format, %-formatting, join,
# split, replace, strip, case changes, and a small CSV-like round trip.

def make_records(n):
    records = []
    for i in range(n):
        name = "item" + str(i % 997)
        price = (i * 37 % 10000) / 100
        qty = i * 13 % 50
        records.append((i, name, price, qty))
    return records


def render_fstring(records):
    lines = []
    for i, name, price, qty in records:
        lines.append(f"{i:06d}|{name:<10}|{price:>9.2f}|{qty:3}|{price * qty:,.2f}|{i:x}|{name!r}")
    return "\n".join(lines)


def render_format(records):
    fmt = "{0:>6}; {1:^12}; {2:8.3f}; {3:+d}; {4:.1%}"
    return "\n".join(fmt.format(i, name, price, qty - 25, qty / 50) for i, name, price, qty in records)


def render_percent(records):
    out = []
    for i, name, price, qty in records:
        out.append("%5d %-10s %8.2f %03d %s %e" % (i, name, price, qty, name.upper(), price))
    return "\n".join(out)


def parse_back(text):
    total_qty = 0
    total_price = 0.0
    names = set()
    for line in text.split("\n"):
        fields = [f.strip() for f in line.split("|")]
        names.add(fields[1])
        total_price += float(fields[2])
        total_qty += int(fields[3])
    return total_qty, round(total_price, 2), len(names)


def word_games(text):
    t = text.replace("item", "ITEM").replace("|", " ").lower()
    words = t.split()
    caps = sum(1 for w in words if w.startswith("item"))
    joined = "-".join(words[:2000])
    title = " ".join(w.capitalize() for w in words[:500])
    padded = "".join(w.center(12, "*") for w in words[:300])
    return caps, len(joined), title.count("Item"), len(padded), joined[:40]


def build_table(rows, cols):
    header = " | ".join(f"c{c:02d}" for c in range(cols))
    sep = "-+-".join("-" * 3 for _ in range(cols))
    body = []
    for r in range(rows):
        body.append(" | ".join(str((r * c) % 997).rjust(3) for c in range(cols)))
    return "\n".join([header, sep] + body)


def run():
    records = make_records(60000)
    a = render_fstring(records)
    b = render_format(records)
    c = render_percent(records)
    print(len(a), len(b), len(c))
    print(a.splitlines()[12345])
    print(b.splitlines()[777])
    print(c.splitlines()[4242])
    print(parse_back(a))
    print(word_games(a))
    table = build_table(300, 20)
    print(len(table), table.count("\n"), table.splitlines()[150][:30])
    s = ""
    for i in range(20000):
        s += chr(97 + i % 26)
    print(len(s), s.count("abc"), s.find("zab"), s.rfind("xyz"), s[::-1][:10])
    parts = "a,b,,c,d,,e".split(",") * 2000
    print(len(parts), len(",".join(parts)), "".join(parts).count("e"))


run()
