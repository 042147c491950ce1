# float arithmetic: mixed int/float operands, floor division and modulo signs, powers and their
# special cases, error messages, exact comparison with ints, hashing, round() and the methods.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


inf = float("inf")
nan = float("nan")
vals = [0.0, -0.0, 1.0, -1.5, 2.5, 0.1, -7.25, 1e300, -1e-300, 3, -4, 2**60 + 1]
for a in vals:
    print(a, [(a + b, a - b, a * b) for b in vals])
for a in [7.0, -7.0, 7.5, -7.5, 0.0, -0.0, 1e308, 5e-324, 3, -3]:
    for b in [2.0, -2.0, 0.75, -0.75, 3, -3, 1e-300, inf, -inf]:
        print(a, b, a / b, a // b, a % b, divmod(a, b))
for a, b in [(1.0, 0.0), (1.0, 0), (0.0, 0.0), (5, 0.0), (-1.5, -0.0)]:
    attempt("%r / %r" % (a, b), lambda: a / b)
    attempt("%r // %r" % (a, b), lambda: a // b)
    attempt("%r %% %r" % (a, b), lambda: a % b)
    attempt("divmod(%r, %r)" % (a, b), lambda: divmod(a, b))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, nan + 1, nan == nan, nan != nan)
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 0.1 * 3, 1.1 + 2.2)
attempt("1.0 + 10**400", lambda: 1.0 + 10**400)
attempt("10**400 * 0.5", lambda: 10**400 * 0.5)

# powers
for a in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, inf, -inf, nan, 10.0]:
    row = []
    for b in [0.0, 1.0, -1.0, 2.0, 3.0, -3.0, inf, -inf, nan, 2]:
        try:
            row.append(a ** b)
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(a, row)
print([x ** 0.5 for x in [0.0, 0.5, 2.0, inf, nan]], [x ** -0.5 for x in [0.5, 2.0, inf]])
print(2 ** 0.5, 10 ** -2, 2.0 ** 10, (-8.0) ** 3, 4 ** 0.5, 1.0000001 ** 1e7, (-1.0) ** 1e300)
attempt("2.0 ** 10000", lambda: 2.0 ** 10000)
attempt("(-2.0) ** 10001", lambda: (-2.0) ** 10001)
attempt("10.0 ** -10000", lambda: 10.0 ** -10000)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("0 ** -1.5", lambda: 0 ** -1.5)
attempt("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5))
attempt("pow(2.0, 3)", lambda: pow(2.0, 3))

# comparisons with ints are exact
big = 2**53
pairs = [(float(big), big), (float(big), big + 1), (float(big) + 2, big + 1), (1e16, 10**16),
         (1e16, 10**16 + 1), (0.5, 0), (0.5, 1), (-0.5, 0), (-0.5, -1), (1e300, 10**300),
         (float(10**300), 10**300), (inf, 10**1000), (-inf, -10**1000), (nan, 0), (nan, 10**100),
         (2.0**80 + 2.0**30, 2**80 + 2**30), (2.0**80 + 2.0**30, 2**80 + 2**30 + 1), (-2.0**70, -2**70 - 1),
         (0.0, 0), (-0.0, 0), (123.0, 123), (123.5, 123), (123.5, 124), (1e-300, 0), (-1e-300, 0)]
for f, i in pairs:
    print(f, i, f == i, f != i, f < i, f <= i, f > i, f >= i, i == f, i < f, i > f)
print(1.0 == 1, 1 == 1.0, True == 1.0, 0.1 + 0.2 == 0.3, 1e16 + 1 == 1e16)

# hashes of equal numbers agree
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.25, 1e100, 2.0**61, 2.0**61 - 2.0**9, 1e-300, 3.14159,
          float(2**63), -float(2**70), inf, -inf, 1e308, 5e-324]:
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(2.0**70) == hash(2**70), hash(-0.0), hash(True) == hash(1.0))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, {2**70: 1}[2.0**70], {nan: 1}.get(nan), len({nan, nan}), len({float("nan"), float("nan")}))

# round()
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 2, 2.675, 1.005, 0.125, 0.375,
          -0.0, 123.456, 1e300, 5e-324, 1234567.891]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -3), round(x, 400),
          round(x, -400))
print(type(round(2.5)), type(round(2.5, 0)), round(-0.4, 0), round(0.4, -1), round(-0.4, -1))
print(round(1e308, -308), round(5e307, -308), round(4.9e307, -308), round(1.5e300, -299), round(2.5e-10, 10))
attempt("round(1.7976931348623157e308, -308)", lambda: round(1.7976931348623157e308, -308))
attempt("round(inf)", lambda: round(inf))
attempt("round(nan)", lambda: round(nan))
attempt("round(inf, 2)", lambda: round(inf, 2))
attempt("round(2.5, 1.5)", lambda: round(2.5, 1.5))
attempt("round(2.5, None)", lambda: round(2.5, None))
attempt("round(1.5, 2**100)", lambda: round(1.5, 2**100))
attempt("round(-1.5, -2**100)", lambda: round(-1.5, -2**100))

# methods and attributes
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 3.75, 2.0**60]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.real, x.imag, x.conjugate(), x.__trunc__(),
          x.__floor__(), x.__ceil__(), int(x), abs(-x), -x, +x, bool(x))
for x in [inf, nan]:
    attempt("as_integer_ratio", lambda: x.as_integer_ratio())
    attempt("floor", lambda: x.__floor__())
    print(x.is_integer())
print(float.__getformat__("double"), (1.5).__getnewargs__(), (2.5).__round__(), (2.5).__round__(1))
attempt("float.__getformat__('x')", lambda: float.__getformat__('x'))
print(3.7 // 1, -3.7 // 1, 3.7 % 1, -3.7 % 1, -0.0 % 1.0, 0.0 % -1.0, divmod(-0.0, 1.0))

# mixed arithmetic keeps float results exact where CPython does
print(3 / 2.0, 3.0 / 2, 2**100 / 2.0, 2**100 + 0.5, 10**20 * 1.0, 7 // 2.0, 7 % 2.5, divmod(7, 2.5))
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 100 * 1.1)
