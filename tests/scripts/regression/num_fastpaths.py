# Number fast paths: one-digit int // % divmod with every sign, str()/int() of compact and
# big ints, int() text forms the fast parser must leave to the general one, float repr/hash,
# float and int free lists keeping identity semantics.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 100, -100, 255, 256, 257, -5, -6, 2**30 - 1, -(2**30 - 1),
        2**30, -(2**30), 2**62, -(2**62), 10**20, -(10**20)]
rows = []
for a in vals:
    for b in vals:
        if b == 0:
            continue
        rows.append((a // b, a % b, divmod(a, b)))
print(len(rows), sum(q + r for q, r, _ in rows) % 1000003)
print(rows[:12])
print(rows[-12:])
for b in (0, False):
    for op in ("//", "%"):
        try:
            eval("5 " + op + " b")
        except ZeroDivisionError as e:
            print(op, type(b).__name__, e)
print(True % 2, True // 1, 7 % True, type(True % 2).__name__)

class MyInt(int):
    pass
m = MyInt(17)
print(m % 5, m // 5, type(m % 5).__name__, type(m // 5).__name__, 17 % MyInt(5))

# str of compact and big ints, f-strings
for v in (0, 5, -5, 9, 10, -10, 99, 100, 12345, -12345, 2**30 - 1, -(2**30), 2**62, -(2**63), 10**30):
    print(str(v), repr(v), f"{v}", f"{v:>8}", len(str(v)))
print(str(True), str(MyInt(-42)), repr(MyInt(7)))

# int() of text: the fast parser takes plain digits; everything else goes to the general one
for s in ("0", "7", "-7", "00012", "-000", "123456789012345678", "1234567890123456789",
          "-999999999999999999", "99999999999999999999999", " 12", "12 ", "+5", "1_000", "٣٤",
          "-", "", "1a", "--1", "-+1", "0x10", "1e3", "12\n", "1.0"):
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(int("ff", 16), int("0x1f", 0), int("  -0b101  ", 0), int("12", 8))
five = 5
print(int("5") is five, int("300") == 300)

# floats: repr, str, hash of integral and fractional values, free list identity
fl = [0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 1e-4, 9.999999999999999e-05, 1e15, 1e16, 1e22, 5e-324,
      123.456, -2.5, 100.0, 999999999999999.9, 4503599627370496.5, float("inf"), float("-inf")]
for x in fl:
    print(repr(x), str(x), hash(x), f"{x}")
print([repr(i * 0.1) for i in range(30)])
print(hash(-1.0), hash(-1), hash(2.0**60), hash(float(2**61 - 1)), hash(-0.5))
a = 1.5
b = a * 1.0
print(a == b, a is a, type(a * 2).__name__)
class MyFloat(float):
    pass
mf = MyFloat(2.5)
print(mf + 1.0, type(mf + 1.0).__name__, repr(mf), mf * mf)
del mf
s = 0.0
for i in range(1000):
    s += i * 0.5
    s -= i * 0.25
print(s, s / 3, s * s, 7.5 % 2, -7.5 // 2)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print(e)
x, y = 1.0, 2.0
print(x + y, x - y, x * y, x / y, x < y, x == 1, 3 == 3.0)
import sys
print(sys.getsizeof(1.0), sys.getsizeof(1), sys.getsizeof(1000), sys.getsizeof(2**40))
