# Built-in iterators: enumerate, zip (strict), map, filter, reversed, iter(seq), iter(callable,
# sentinel), their length hints, laziness, exhaustion, types and error messages (CPython 3.11).
import sys

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate("ab", start=-1)), list(enumerate([], 5)))
print(list(enumerate(iterable="xy", start=2)), list(enumerate(start=3, iterable="z")))
e = enumerate(["p", "q"], 2 ** 64 - 1)
print(next(e), next(e), list(e))
e = enumerate(range(3), sys.maxsize - 1)
print(list(e))
print(list(zip()), list(zip("ab")), list(zip("abc", range(10), [True, False])), list(zip([], "abc")))
print(list(zip("ab", "xy", strict=True)), dict(zip("abc", range(3))))
z = zip([1, 2, 3], "ab")
print(next(z), list(z), list(z))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz", [1])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 2])), list(reversed("abc")), list(reversed((1, 2, 3))), list(reversed(range(3))))
print(list(reversed([1, 2, 3])), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return self.n
s = Seq(4)
print(list(s), list(reversed(s)), 20 in s, 25 in s, list(enumerate(s)), type(iter(s)).__name__)
it = iter(s)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
rv = reversed(s)
print(type(rv).__name__, rv.__length_hint__(), next(rv), rv.__length_hint__(), list(rv), rv.__length_hint__())

class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return chr(97 + i)
print(list(OnlyGetitem()), list(zip(OnlyGetitem(), OnlyGetitem())))

class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2

count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)), type(iter(tick, 0)).__name__)
def stopper():
    raise StopIteration
print(list(iter(stopper, None)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))

# laziness: map and filter call the function only when asked
calls = []
def f(x):
    calls.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
# generators feed them
def gen():
    yield 1
    yield 2
print(list(enumerate(gen())), list(zip(gen(), gen())), list(map(str, gen())), sum(filter(None, gen())))
# iterators are their own iterators
for obj in [enumerate([]), zip(), map(len, []), filter(None, []), reversed([]), iter([]), iter(()), iter(range(0)),
            iter({}), iter({}.values()), iter({}.items()), iter(tick, 0), iter(Seq(0)), reversed(Seq(1))]:
    print(type(obj).__name__, iter(obj) is obj, end="; ")
print()
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(len, [])), sys.getsizeof(filter(None, [])),
      sys.getsizeof(reversed([])), sys.getsizeof(iter([])), sys.getsizeof(iter(tick, 0)), sys.getsizeof(iter(Seq(0))))
print([1, 2, 3].__iter__().__length_hint__(), iter((1, 2)).__length_hint__(), iter({1: 2}).__length_hint__(),
      reversed([1, 2]).__length_hint__(), iter(range(7)).__length_hint__())
li = iter([1, 2, 3])
print(li.__next__(), next(li), li.__next__())
attempt("next exhausted", lambda: li.__next__())

attempt("enumerate none", lambda: enumerate())
attempt("enumerate int", lambda: enumerate(1))
attempt("enumerate kw", lambda: enumerate([], x=1))
attempt("enumerate start str", lambda: enumerate([], "a"))
attempt("enumerate three", lambda: enumerate([], 1, 2))
attempt("zip int", lambda: zip([], 1))
attempt("zip kw", lambda: zip([], x=1))
attempt("zip two kw", lambda: zip([], strict=1, x=2))
attempt("zip short", lambda: list(zip([1], [], strict=True)))
attempt("zip short 3", lambda: list(zip([1], [1], [], strict=True)))
attempt("zip long", lambda: list(zip([], [1], strict=True)))
attempt("zip long 3", lambda: list(zip([1], [1], [1, 2], strict=True)))
attempt("map none", lambda: map())
attempt("map one", lambda: map(len))
attempt("map int", lambda: map(len, 1))
attempt("map kw", lambda: map(len, [], x=1))
attempt("map call error", lambda: list(map(len, [1])))
attempt("filter none", lambda: filter())
attempt("filter one", lambda: filter(None))
attempt("filter int", lambda: filter(None, 1))
attempt("filter kw", lambda: filter(None, [], x=1))
attempt("reversed none", lambda: reversed())
attempt("reversed int", lambda: reversed(1))
attempt("reversed set", lambda: reversed({1}))
attempt("reversed gen", lambda: reversed(gen()))
attempt("reversed None attr", lambda: reversed(NoRev()))
attempt("reversed kw", lambda: reversed([], x=1))
attempt("reversed two", lambda: reversed([], 1))
attempt("iter callable", lambda: iter(1, 2))
attempt("iter int", lambda: iter(5))
attempt("next list", lambda: next([1]))
