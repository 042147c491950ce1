# int(): text in every base, Python's literal rules and error messages; str/repr of big ints and
# the 4300-digit limit; hex/oct/bin; to_bytes/from_bytes; int(float); __int__/__index__; sizes.
import sys


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


texts = ["0", "-0", "+17", "  42  ", "\t\n 7\r\n", "1_000_000", "0x1f", "0o17", "0b101", "0X1F",
         "00", "000", "010", "0_0", "1__0", "_1", "1_", "", " ", "-", "+-1", "12a", "1.5", "1e3",
         "0x", "0x_1f", "0x__1f", "0b2", "0o8", "ff", "FF", "z", "Z", "zz", "\u0661\u0662\u0663",
         "\uff11\uff12", "\u00a0 5 \u3000", "1\u00b2", "99999999999999999999", "-99999999999999999999",
         "123456789012345678", "1234567890123456789", "9" * 50, "0x" + "f" * 40, "1 2", "12\x00"]
for t in texts:
    for base in (10, 0, 16, 2, 8, 36):
        attempt("int(%r, %d)" % (t, base), lambda: int(t, base))
attempt("int('12', 1)", lambda: int('12', 1))
attempt("int('12', 37)", lambda: int('12', 37))
attempt("int('12', -1)", lambda: int('12', -1))
attempt("int('12', 2**100)", lambda: int('12', 2**100))
attempt("int('12', '10')", lambda: int('12', '10'))
attempt("int('z', base=36)", lambda: int('z', base=36))
attempt("int(12, 10)", lambda: int(12, 10))
attempt("int(x=5)", lambda: int(x=5))
attempt("int(base=3)", lambda: int(base=3))
attempt("int('1', 2, 3)", lambda: int('1', 2, 3))
attempt("int()", lambda: int())
attempt("int([])", lambda: int([]))
attempt("int(None)", lambda: int(None))
attempt("int(b'42')", lambda: int(b'42'))
attempt("int(b' -0x10 ', 16)", lambda: int(b' -0x10 ', 16))
attempt("int(b'x')", lambda: int(b'x'))
attempt("int('x' * 300)", lambda: int('x' * 300))
for base in range(2, 37):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    print(base, int(digits, base), int("-" + digits.upper() * 3, base))

# int(float) truncates toward zero
for f in [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 1e15 + 0.5, 2.0**53 + 2, 1e18, -1e19, 1e100, 1.7976931348623157e308]:
    print(f, int(f))
attempt("int(float('inf'))", lambda: int(float('inf')))
attempt("int(float('-inf'))", lambda: int(float('-inf')))
attempt("int(float('nan'))", lambda: int(float('nan')))


class WithIndex:
    def __index__(self):
        return 7


class WithInt:
    def __int__(self):
        return 8




print(int(WithIndex()), int(WithInt()), int(True), int(False), int(-2**70))


class MyInt(int):
    pass


m = MyInt("123")
print(m, type(m).__name__, m + 1, type(m + 1).__name__, int(m), type(int(m)).__name__)
print(MyInt(), MyInt(2**80), MyInt("ff", 16), MyInt(-3.9), isinstance(m, int))

# decimal text of big numbers and the 4300-digit limit
for k in [1, 9, 10, 18, 19, 20, 50, 100, 300, 1000]:
    v = 10**k
    print(k, len(str(v)), len(str(v - 1)), str(-v)[:12], repr(v + 1)[-5:])
print(str(2**4000)[:40], str(-(7**3000))[-40:])
print(len(str(10**4299)))
attempt("str(10**4300)", lambda: str(10**4300))
attempt("str(-10**4300)", lambda: str(-10**4300))
attempt("int('1' * 4300)", lambda: len(str(int('1' * 4300))))
attempt("int('1' * 4301)", lambda: int('1' * 4301))
attempt("int('1_' * 4300 + '1')", lambda: int('1_' * 4300 + '1'))
attempt("int('f' * 5000, 16) % 1000", lambda: int('f' * 5000, 16) % 1000)
attempt("len(hex(10**5000))", lambda: len(hex(10**5000)))

# hex, oct, bin
for v in [0, 1, -1, 255, -255, 2**30, 2**64 - 1, -(2**100), 3**50]:
    print(v, hex(v), oct(v), bin(v))

# to_bytes / from_bytes
for v, n in [(0, 0), (0, 1), (1, 1), (255, 1), (256, 2), (2**64 - 1, 8), (2**100, 13), (1000, 4)]:
    print(v, v.to_bytes(n, 'big'), v.to_bytes(n, 'little'), v.to_bytes(n, byteorder='big'))
for v in [-1, -128, -129, 127, -2**63, 2**63 - 1, -2**100]:
    print(v, v.to_bytes(16, 'big', signed=True), v.to_bytes(16, 'little', signed=True))
print((5).to_bytes(), (5).to_bytes(2), (-128).to_bytes(1, signed=True))
attempt("(256).to_bytes(1, 'big')", lambda: (256).to_bytes(1, 'big'))
attempt("(128).to_bytes(1, 'big', signed=True)", lambda: (128).to_bytes(1, 'big', signed=True))
attempt("(-129).to_bytes(1, 'big', signed=True)", lambda: (-129).to_bytes(1, 'big', signed=True))
attempt("(-1).to_bytes(1, 'big')", lambda: (-1).to_bytes(1, 'big'))
attempt("(1).to_bytes(1, 'middle')", lambda: (1).to_bytes(1, 'middle'))
attempt("(1).to_bytes(-1, 'big')", lambda: (1).to_bytes(-1, 'big'))
attempt("(1).to_bytes(1, 5)", lambda: (1).to_bytes(1, 5))
for b in [b'', b'\x00', b'\x01\x00', b'\xff', b'\x80\x00', b'\xff' * 20, bytes(range(1, 30))]:
    print(b, int.from_bytes(b, 'big'), int.from_bytes(b, 'little'), int.from_bytes(b, 'big', signed=True),
          int.from_bytes(b, 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255, 0), 'little'), int.from_bytes(b'\x01\x02'))
attempt("int.from_bytes([1, 256], 'big')", lambda: int.from_bytes([1, 256], 'big'))
attempt("int.from_bytes('ab', 'big')", lambda: int.from_bytes('ab', 'big'))
print(type(MyInt.from_bytes(b'\x05', 'big')).__name__, MyInt.from_bytes(b'\x05', 'big'))
for v in [0, 1, -1, 2**200 + 12345, -(2**200) + 1]:
    n = (v.bit_length() + 8) // 8
    assert int.from_bytes(v.to_bytes(n, 'little', signed=True), 'little', signed=True) == v

# sizes follow CPython 3.11's layout: 28 bytes, +4 per 30-bit digit beyond the first
for v in [0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**90, 10**100]:
    print(v.__sizeof__(), sys.getsizeof(v))
print(sys.getsizeof(True), sys.getsizeof(False))
