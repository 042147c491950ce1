# Integer and float arithmetic, precedence, big integers.
print(1 + 2 * 3, (1 + 2) * 3)
print(7 / 2, 7 // 2, 7 % 2, -7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(0.1 + 0.2, 1e300 * 10, 1 / 3)
print(2 ** 100, -(2 ** 64) + 1, 10 ** 30 // 7)
print(123456789 * 987654321, 3 ** 40 % 1000007)
print(1 < 2 < 3, 1 < 2 > 3, 3 == 3.0, 1 != 1.0)
print(abs(-5), abs(-2.5), 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -(1 << 70) >> 3)
x = 10
x += 5
x *= 2
x -= 1
x //= 4
x **= 3
print(x)
print(int("42") + int("-7"), float("2.5") * 4, int(3.99), int(-3.99), float(7))
print(round(2.5), round(3.5), round(2.675, 2), round(1234, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(True + True, True * 10, False - 1)
print(1_000_000, 0x1F, 0o17, 0b1011, 1.5e3)
