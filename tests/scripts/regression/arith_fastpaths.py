# The eval loop's arithmetic and comparison fast paths (compact ints, floats, mixed) against the
# general implementation's results, edge values included (30-bit limits, shifts, signs, NaN, inf).
vals = [0, 1, -1, 7, -7, 3, -3, 2**29, -2**29, 2**30-1, -(2**30-1), 2**30, -2**31-5, 1000003, 40, 41, 63, 64, 100,
        2**45+7, -(2**45), 2**53+1, -(2**53+1), 2**59, 2**60-1, -(2**60-1), 2**60, 3**40]
fl = [0.0, -0.0, 1.5, -2.25, 1e300, float('inf'), float('nan'), 3.0]
import operator as o
ops = [o.add, o.sub, o.mul, o.floordiv, o.mod, o.truediv, o.rshift, o.lshift, o.and_, o.or_, o.xor]
out = []
for a in vals:
    for b in vals:
        out.append((a + b, a - b, a * b, a & b, a | b, a ^ b))
        if b:
            out.append((a // b, a % b, a / b))
        if 0 <= b < 70:
            out.append((a >> b, a << b))
        x = a; x += b; x -= 1; x *= 2
        out.append(x)
        out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
for a in fl + [0, 2, -3, 2**29]:
    for b in fl + [0, 2, -3, 2**29]:
        r = []
        r.append(repr(a + b)); r.append(repr(a - b)); r.append(repr(a * b))
        try: r.append(repr(a / b))
        except ZeroDivisionError as e: r.append(str(e))
        r.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
        out.append(r)
for a in vals[:5]:
    try: a // 0
    except ZeroDivisionError as e: out.append(str(e))
    try: a % 0
    except ZeroDivisionError as e: out.append(str(e))
    try: a / 0
    except ZeroDivisionError as e: out.append(str(e))
    try: a >> -1
    except ValueError as e: out.append(str(e))
print(str(out))
pw = []
for a in (2.0, 0.5, 1e300, 1e-300, 0.0, -0.0, -2.0, 1.5, float('inf'), float('nan'), 3):
    for b in (0.5, 2, -1, 2.5, 1e10, -1e10, 0, 0.0, -0.5, float('inf'), 400):
        try:
            pw.append(repr(a ** b))
        except (OverflowError, ZeroDivisionError, ValueError) as e:
            pw.append(type(e).__name__ + ": " + str(e))
print(pw)
