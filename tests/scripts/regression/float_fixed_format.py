# Fixed-point float formatting ('.Nf', '%.Nf') computed without printf must round exactly as CPython:
# half-even on the exact binary value, ties, negative zero, big values falling back to printf.
import random
random.seed(7)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, -0.0001, 1e-300, 123456.789, 4503599.62737, 1e15, 9.995, 0.045, 1e16, 2.0**52, -1e-7, 0.05, 0.15, 0.25, 0.35]
for i in range(300):
    vals.append(random.uniform(-1000, 1000))
    vals.append(random.randint(-10**6, 10**6) / 1000 + random.choice([0, 0.0005, -0.0005]))
    vals.append(random.randint(0, 2**20) / 2**random.randint(0, 12))
out = []
for v in vals:
    for p in range(0, 8):
        out.append(f"{v:.{p}f}")
        out.append("%.*f" % (p, v))
    out.append(format(v, ".12f")); out.append("%.15f" % v); out.append("%F" % v); out.append(f"{v:,.2f}|{v:>12.3f}|{v:+.1f}")
print(len(out))
print("\n".join(out))
