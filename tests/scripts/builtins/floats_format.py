# format() of floats: types e E f F g G n % and none (repr-like, at least one digit after the
# point), precision, '#', 'z', grouping, fill/align/sign/zero padding, inf and nan.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


inf = float("inf")
nan = float("nan")
values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.675, 1234567.891, -0.000123456, 1e16, 1e-5, 123456789012345.6,
          1e100, 5e-324, 1.7976931348623157e308, 0.5, 2.5, 99.995, 9.9999999, inf, -inf, nan]
specs = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".0f", ".0g", ".0%", ".1e", ".2f", ".3g",
         ".10g", ".17g", ".20f", ".3", ".12", "#.0e", "#.0f", "#g", "#.3g", "#", "z", "z.1f", "z.0f",
         "+", " ", "-", "+.2e", "10", "<12", "^12.3f", "=+12.2f", "012.3f", "015,.2f", ",", "_", ",.1f",
         "_.3e", ",g", "*>10", "\u2192<10.2g", "010", "010.1%", ",%", "+z09.2f", "+z.0e", "#012.0f"]
for v in values:
    print(repr(v), [format(v, s) for s in specs])
print(format(1e300, ".2f")[:30], len(format(1e300, ".2f")), format(0.1, ".60f"), format(0.1, ".60g"))
print(format(2.0**-1074, ".800e")[-20:], format(1.5, ".1000f")[-5:], format(1 / 3, ".50e"))
print(f"{3.14159:.2f}", f"{-2.5:+08.2f}", f"{1e-7:g}", f"{1234.5:,.1f}", "{:.3%}".format(0.123456))
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(-1e-10, "z.3g"), format(-0.5, "z.0f"),
      format(-0.0, "z.3e"), format(-1.0, "z.0f"))
print(str(1.0), str(1e22), str(1e-7), format(1e22), format(1e-7, ""), format(1e15, ""), format(1e16, ".3"))

bad = ["d", "x", "c", "b", "o", "s", "q", ",d", "_n", ",n", ",_", "abc", ".e", "1000000000000000000000",
       ".1000000000000000000000", "\u00e9"]
for s in bad:
    attempt("format(1.5, %r)" % s, lambda: format(1.5, s))
attempt("(1.5).__format__(3)", lambda: (1.5).__format__(3))
attempt("format(1.5, '.3000000000f')", lambda: len(format(1.5, '.300000f')))
# ints formatted with float types go through float
print(format(5, ".2f"), format(-5, "e"), format(10**17, "g"), format(3, "%"), format(7, "G"))
