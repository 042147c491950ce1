data = [
    ("Country", "Capital", "Population (M)", "Area km2"),
    ("France", "Paris", 67.75, 643801),
    ("Japan", "Tokyo", 125.7, 377975),
    ("Brazil", "Brasília", 214.3, 8515767),
    ("Iceland", "Reykjavík", 0.372, 103000),
]
header, *rows = data
widths = [max(len(str(r[i]) if not isinstance(r[i], float) else f"{r[i]:.2f}") for r in data) for i in range(4)]
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print("| " + " | ".join(h.center(w) for h, w in zip(header, widths)) + " |")
print(sep.replace("-", "="))
for r in rows:
    cells = [f"{r[0]:<{widths[0]}}", f"{r[1]:<{widths[1]}}", f"{r[2]:>{widths[2]}.2f}", f"{r[3]:>{widths[3]},}"]
    print("| " + " | ".join(cells) + " |")
print(sep)
tot_pop = sum(r[2] for r in rows)
print(f"Total population: {tot_pop:,.3f}M; density avg: {sum(r[2] * 1e6 / r[3] for r in rows) / len(rows):.1f}/km2")
for i in range(1, 6):
    print(" ".join(f"{i * j:3d}" for j in range(1, 11)))
print(f"{'Percent':<10}{0.4567:>10.1%}")
print(f"{12345.6789:>15,.2f}|{-0.000123:>12.3e}|{42:>#8x}|{42:<08b}|{7:^7}|")
print("{:>6}|{:<6}|{:^6}|".format(*"abc"))
