# format() of ints with the format-spec mini-language: fill, align, sign, '#', '0', width,
# grouping, types b c d o x X n and the float types; f-strings and str.format use the same code.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


values = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**40, -(2**64), 10**25 + 7]
specs = ["", "d", "5", "<5", ">8", "^9", "=8", "*^11", "0>7", "08", "+", "-", " ", "+08", " 010",
         "#b", "b", "#o", "o", "#x", "x", "#X", "X", "08b", "#010x", "#_x", "_x", "_b", "#_b", "_o",
         ",", "_", ",d", "010,", "015,d", "+015,", "0=12,", "x<12,", "#<12x", "n", "08n", "e", "E",
         ".2e", "f", ".3f", "+.1f", "g", "G", ".3g", "%", ".1%", "015.3f", ",.2f", "_.2e", "#.0f",
         "\u00b7^10", "\u20ac>9,", "=+9"]
for v in values:
    print(v, [format(v, s) for s in specs])
for v in [0, 65, 97, 0x263a, 0x1F600, 10]:
    print(repr(format(v, "c")), repr(format(v, "^5c")), repr(format(v, "*<3c")))
print(format(True, ""), format(True, "d"), format(False, "5"), format(True, "x"), format(True, "^6"))
print(f"{12345:,}", f"{-3:+05d}", f"{255:#06x}", f"{7:b}", "{:>6}|{:<6}|{:^6}".format(1, 2, 3))
print("{0:_} {0:#o} {1:.2f}".format(2**32, 7))

bad = ["z", "zd", ",x", ",b", ",c", ",n", "_c", "_n", ",_", "_,", ".2d", ".0", "+c", "#c", " c",
       "abc", "dd", "5.", "q", "s", "r", "\u00e9", "=", "1000000000000000000000", ".1000000000000000000000f",
       "10000000000000000000", "^^", "<<<", "#z"]
for s in bad:
    attempt("format(10, %r)" % s, lambda: format(10, s))
attempt("format(-1, 'c')", lambda: format(-1, 'c'))
attempt("format(0x110000, 'c')", lambda: format(0x110000, 'c'))
attempt("format(2**80, 'c')", lambda: format(2**80, 'c'))
attempt("format(10**400, 'e')", lambda: format(10**400, 'e'))
attempt("format(True, 'q')", lambda: format(True, 'q'))
attempt("(5).__format__(3)", lambda: (5).__format__(3))
attempt("(5).__format__()", lambda: (5).__format__())
print(format(10**30, ","), format(-(10**30), "_x"), format(2**100, "#_b"), format(10**20, ".3e"))
print(format(10**20, "%"), format(12345678901234567890, "f"), format(-5, "010"), format(5, "-^+7"))
