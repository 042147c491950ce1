print(2 ** 100, -2 ** 63, (-2) ** 63, 10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 20) // 3)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7.5 // 2, -7.5 % 2, divmod(17, -5), divmod(-17.5, 4))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 10 / 4, 10 / 5, 1e308 * 10, -1e308 * 10)
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("  7 "), int(3.99), int(-3.99), int("1_000"))
print(float("3.5"), float("1e3"), float(" -inf "), float("nan") == float("nan"), float(10 ** 20))
print(round(3.14159, 3), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(0.125, 2))
print(abs(-5), abs(-2.5), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 0.5))
print(hex(255), oct(8), bin(10), bin(-10), hex(-1), int("ff", 16), int("z", 36))
print(1_000_000, 0xff, 0o17, 0b1010, 1e-7, 1.5e10, 123.456e-2, 5e-324, 1.7976931348623157e308)
print(True + True, True * 10, False - 1, int(True), 3 > 2 > 1, 1 < 2 < 2, (1 < 2) == True)
print(max(1, 2.5), min(-1, -1.0), sum([1, 2.5, 3]), 3 * 1.1, 1.1 * 3, 100 * 1.1)
print((255).bit_length(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-5).__abs__())
print(3.0.is_integer(), (2.5).as_integer_ratio(), 7 .real)
print(float.fromhex("0x1.8p1"), (1.5).hex(), 1e16 + 1, 2 ** 53 + 1, float(2 ** 53 + 1))
print(str(1.0), str(100.0), str(1e15), str(1e16), str(0.0001), str(0.00001), str(-0.0), repr(1 / 7))
print(12345678901234567890 * 98765432109876543210, 2 ** 64 - 1, -(2 ** 64) >> 3, 1 << 70, ~5, 5 & 3, 5 | 3, 5 ^ 3)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("x")
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(int(1e20), int(-1.5e3), 10 ** -2, 0 ** 0, 0.0 ** 0, (-1) ** 0.5 if False else "skip")
