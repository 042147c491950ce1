# bool: the int subclass with two instances. & | ^ between bools stay bools; other arithmetic is
# int arithmetic; bool() uses truth testing; repr/str/format; hashing and dict keys.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


T, F = True, False
for a in (T, F):
    for b in (T, F):
        print(a, b, a & b, a | b, a ^ b, type(a & b).__name__, a + b, a - b, a * b, a == b, a < b)
print(T & 3, T | 2, F ^ 5, type(T & 1).__name__, 3 & T, type(3 | F).__name__)
print(~T, ~F, -T, +T, abs(-T), T << 3, T >> 1, T ** 10, T / 2, T // 2, T % 2, divmod(T, 1))
print(T + 0.5, F * 2.5, T == 1.0, hash(T), hash(F), {T: "a", 1: "b"}, {0: "x", F: "y"})
print(repr(T), str(F), format(T), format(T, "d"), format(F, ">6"), f"{T}", f"{T:5}|", "%s %d" % (T, T))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(nan := float("nan")), bool(""),
      bool("a"), bool([]), bool([0]), bool(None), bool(2**100), bool(10**-400 if False else 0.0))


class Truthy:
    def __bool__(self):
        return False


class Sized:
    def __len__(self):
        return 3


print(bool(Truthy()), bool(Sized()), bool(object()))
attempt("bool(1, 2)", lambda: bool(1, 2))
attempt("bool(x=1)", lambda: bool(x=1))
print(isinstance(T, int), issubclass(bool, int), type(T) is bool, T is (1 == 1), F is (1 > 2))
print(int(T), float(T), T.bit_length(), T.real, T.imag, T.numerator, T.denominator, T.conjugate())
print(type(int(T)).__name__, type(T.real).__name__, T.to_bytes(1, "big"), bool.from_bytes(b"\x01", "big"))
print(sum([T, T, F, T]), max(T, F), min(0, F), sorted([T, F, 0, 1]), T.__round__(), round(T, -1))
