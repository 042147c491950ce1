# int arithmetic: small and big values, Python's floor division and modulo signs, powers,
# shifts, bitwise operators on negative numbers (two's complement), identity of cached ints.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


# + - * on every sign combination, around the 30-bit digit boundary and beyond 64 bits
values = [0, 1, -1, 7, -7, 2**30 - 1, 2**30, -2**30, 2**31, 2**60 - 1, 2**62, -2**63,
          2**64 + 1, -(2**64), 10**30, -(10**30) + 12345, 3**100]
for a in values:
    row = []
    for b in values[:9]:
        row.append((a + b, a - b, a * b))
    print(a, row)

# floor division and modulo: the result of % has the sign of the divisor
for a in [7, -7, 0, 1, -1, 13, -13, 2**70 + 5, -(2**70) - 5, 10**25]:
    for b in [1, -1, 2, -2, 3, -3, 7, 2**35 + 1, -(2**35) - 1, 10**12, -(10**20)]:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, a // b, a % b, q, r)

# division by zero
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("divmod(1, 0)", lambda: divmod(1, 0))
attempt("1 / 0", lambda: 1 / 0)
attempt("2**100 // 0", lambda: 2**100 // 0)

# true division is correctly rounded, also for big operands
for a, b in [(1, 3), (2, 3), (10**30, 7), (2**1000, 3**500), (-7, 2), (1, 2**1074),
             (1, 2**1075), (3, 2**1076), (10**400, 10**399), (2**53 + 1, 1), (123456789123456789, 1000)]:
    attempt("%d / %d" % (a, b), lambda: a / b)
attempt("10**400 / 1", lambda: 10**400 / 1)
attempt("-(10**400) / 3", lambda: -(10**400) / 3)
attempt("1 / 10**400", lambda: 1 / 10**400)

# powers
for base in [0, 1, -1, 2, -2, 3, 10, -10, 7]:
    print(base, [base ** e for e in range(0, 12)])
print(2 ** 100, 3 ** 63, (-3) ** 63, 7 ** 80, 2 ** 0)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
attempt("0 ** -1", lambda: 0 ** -1)
attempt("pow(2, 10, 1000)", lambda: pow(2, 10, 1000))
attempt("pow(3, 10**20, 10**9 + 7)", lambda: pow(3, 10**20, 10**9 + 7))
attempt("pow(2, -1, 7)", lambda: pow(2, -1, 7))
attempt("pow(38, -1, 97)", lambda: pow(38, -1, 97))
attempt("pow(2, -1, 4)", lambda: pow(2, -1, 4))
attempt("pow(2, 3, 0)", lambda: pow(2, 3, 0))
attempt("pow(2, 3, -5)", lambda: pow(2, 3, -5))
attempt("pow(-2, 3, 5)", lambda: pow(-2, 3, 5))
attempt("pow(5, 0, 1)", lambda: pow(5, 0, 1))
attempt("pow(2**100, 2**100, 2**89 - 1)", lambda: pow(2**100, 2**100, 2**89 - 1))

# shifts
for a in [0, 1, -1, 5, -5, 2**40, -(2**40) - 3, 12345678901234567890]:
    print(a, [a << n for n in (0, 1, 7, 29, 30, 31, 64)], [a >> n for n in (0, 1, 2, 30, 31, 64, 100)])
attempt("1 << -1", lambda: 1 << -1)
attempt("1 >> -1", lambda: 1 >> -1)
print(-1 >> 10**30, 5 >> 10**30, 0 << 10**30)

# bitwise operators use two's complement semantics
ops = [0, 1, -1, 6, -6, 255, -256, 2**31 + 7, -(2**31) - 7, 2**70 - 1, -(2**70), 2**100 + 2**33]
for a in ops:
    print(a, [(a & b, a | b, a ^ b) for b in ops])
    print(~a, -a, +a, abs(a))

# comparisons
for a in [0, 1, -1, 2**30, -(2**30), 2**64, -(2**64), 10**40]:
    print([(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in [0, 1, -1, 2**30, 2**64, -(2**64)]])

# cached small ints: results in -5..256 are the shared objects, as in CPython
x = 200
y = x + 56
z = 1000 - 744
minus5, zero, seven = -5, 0, 7
print(y is z, (x - 205) is minus5, (2**100 - 2**100) is zero, int("7") is seven)
big1 = x * 1000
big2 = x * 1000
print(big1 == big2)

# bool(), int(), abs(), hash()
print(bool(0), bool(-1), bool(2**100), int(True), abs(-2**100))
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**100, -(2**100), 10**30]:
    print(v, hash(v))
print(hash(True), hash(False))

# bit_length, bit_count and friends
for v in [0, 1, -1, 255, 256, -256, 2**30, 2**100 - 1, -(2**100)]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.real, v.imag, v.numerator,
          v.denominator, v.conjugate())
print(True.real, type(True.numerator), True.as_integer_ratio())

# round() on ints: half to even at the rounding position
for v in [0, 5, 15, 25, 35, -25, 1234, 1250, 1350, -1250, 10**20 + 5 * 10**9]:
    print(v, round(v), round(v, 2), round(v, -1), round(v, -2), round(v, -10))
print(type(round(5)), type(round(5, -1)))

# a few larger computations
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(f // 3**20, f % 10**9 + 7, len(str(f)))
print(2**521 - 1)
print((2**521 - 1) % 1000003, (10**100 + 7) * (10**100 - 7))
print(sum(range(10**6)), 17 ** 170)
