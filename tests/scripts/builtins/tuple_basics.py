# tuple: construction, identity of () and of tuple(t), indexing, slicing, methods, hashing,
# comparison, repr, sizes and error messages (CPython 3.11).
import sys

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], t.count(2), t.index(2), t.index(1, 1))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x for x in "xyz"), tuple({3: 4}))
e1 = ()
e2 = tuple()
e3 = tuple([])
print(e1 is e2, e2 is e3, e1 is (1, 2)[2:], tuple(t) is t, t[:] is t, t[0:5] is t, t + () is t, () + t is t, t * 1 is t)
print((1, 2) + (3,), (1,) * 3, 2 * (0, 1), (1, 2) * 0, () * 5)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) != (1, 2))
print((1, "a") <= (1, "a"), (1, [2]) == (1, [2]), 2 in t, 9 not in t, (1, 2) == [1, 2])
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(((1, 2), (3, 4))), hash(("", 0)) == hash(("", 0)))
print(hash((1, 2)) == hash((1, 2)), hash((-1,)), hash((-2,)), hash((True, 1.0)) == hash((1, 1)))
print(repr((1,)), repr(("a", None, 1.5)), repr(((),)), repr(((1,), [2])))
l = [1]
rt = (l,)
l.append(rt)
print(rt, l)
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(10))), ().__sizeof__(), (1, 2).__sizeof__())
it = iter((1, 2, 3))
print(type(it).__name__, next(it), it.__length_hint__(), list(it), it.__length_hint__())
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
print(sorted((3, 1, 2)), list(reversed((1, 2, 3))), max((1, 5, 2)), sum((1, 2, 3)))
print({(1, 2): "pair"}[(1, 2)], (1, 2).__getnewargs__())
attempt("index range", lambda: t[10])
attempt("index str", lambda: t["a"])
attempt("index huge", lambda: t[2 ** 100])
attempt("index missing", lambda: t.index(5))
attempt("count none", lambda: t.count())
attempt("concat list", lambda: (1,) + [1])
attempt("concat int", lambda: (1,) + 1)
attempt("mul str", lambda: (1,) * "a")
attempt("hash list inside", lambda: hash((1, [2])))
attempt("compare", lambda: (1,) < ("a",))
attempt("tuple two", lambda: tuple(1, 2))
attempt("tuple kw", lambda: tuple(x=1))
attempt("tuple int", lambda: tuple(5))
def assign():
    t[0] = 5
attempt("assign", assign)
def delete():
    del t[0]
attempt("delete", delete)
attempt("append", lambda: t.append(1))
