# range: construction, length, indexing, slicing (a range), membership, count/index, reversal,
# equality and hashing, big ints, repr, attributes, sizes and errors (CPython 3.11).
import sys

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(range(10), range(1, 10), range(1, 10, 2), range(0), range(-5), range(10, 0, -3), range(0, 10, 1))
for r in [range(10), range(3, 20, 4), range(10, -10, -3), range(0), range(5, 5), range(-1, -10, -1)]:
    print(r, len(r), list(r), r.start, r.stop, r.step, bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-3], r[1:4], r[::2], r[::-1], r[-2:], r[100:], r[5:1:-2], list(r[1:4]))
print(7 in r, 8 in r, 31 in r, 3 in r, -1 in r, 7.0 in r, "7" in r, True in range(2), 27 in r[::-1])
print(r.count(7), r.count(8), r.count(7.0), r.index(11), r.index(27), r[::-1].index(3))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(1, 2) == range(1, 3, 5), range(3) != range(4))
print(range(10) == list(range(10)), range(2) == range(2), hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(1, 2)) == hash(range(1, 3, 5)))
print(list(reversed(range(10))), list(reversed(range(1, 20, 5))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
big = range(2 ** 64, 2 ** 64 + 10, 3)
print(big, len(big), list(big), big[1], big[-1], 2 ** 64 + 3 in big, 2 ** 64 + 4 in big, list(reversed(big)))
huge = range(-2 ** 70, 2 ** 70, 2 ** 60)
print(len(huge), huge[5], huge[-1], huge[10:12], huge.index(-2 ** 70 + 2 ** 61), 0 in huge)
print(range(2 ** 63 - 3, 2 ** 63 + 2)[1:3], list(range(2 ** 63 - 2, 2 ** 63 + 2)), list(range(-2 ** 63 + 1, -2 ** 63 - 2, -1)))
print(list(range(9223372036854775806, 9223372036854775810, 1)), list(reversed(range(-9223372036854775808, -9223372036854775805))))
it = iter(range(5))
print(type(it).__name__, next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = iter(range(2 ** 64, 2 ** 64 + 3))
print(type(it).__name__, next(it), it.__length_hint__(), list(it))
print(type(reversed(range(3))).__name__, type(reversed(range(2 ** 64))).__name__)
print(sys.getsizeof(range(10)), sys.getsizeof(range(2 ** 100)), sys.getsizeof(iter(range(3))))
print(sum(range(101)), max(range(7)), sorted(range(5, 0, -1)), [i * i for i in range(5)], dict.fromkeys(range(3)))
print(range(True, 5), range(False), list(range(3))[::-1])
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(1, 10)[Idx()], list(range(10))[Idx():], "abcdefg"[Idx()])
attempt("no args", lambda: range())
attempt("four args", lambda: range(1, 2, 3, 4))
attempt("zero step", lambda: range(1, 2, 0))
attempt("str", lambda: range("a"))
attempt("float", lambda: range(1.5))
attempt("float stop", lambda: range(0, 2.0))
attempt("kw", lambda: range(x=1))
attempt("index range", lambda: range(10)[20])
attempt("index neg", lambda: range(10)[-11])
attempt("index str", lambda: range(10)["a"])
attempt("index float", lambda: range(10)[1.0])
attempt("index missing", lambda: range(10).index(20))
attempt("index str missing", lambda: range(10).index("a"))
attempt("len huge", lambda: len(range(2 ** 70)))
attempt("slice zero", lambda: range(10)[::0])
attempt("lt", lambda: range(3) < range(4))
attempt("assign", lambda: range(3).__setitem__(0, 1))
attempt("attr", lambda: setattr(range(3), "start", 1))
attempt("subclass", lambda: type("R", (range,), {}))
