# dict_fastpaths.py: the exact-str lookup fast path and uninitialized entries of new tables must not
# change behaviour: str subclasses, equal-but-distinct str keys, hash collisions, keys of mixed
# types, deletions and reinsertion, sizes reported by sys.getsizeof, and attribute dicts.
import sys


class S(str):
    pass


d = {"a": 1, "b": 2}
k = "".join(["a"])              # equal to "a", a distinct object
print(d[k], k in d, d.get("".join(["b"])), d.get("zz", "absent"))
print(d[S("a")], S("b") in d)   # a str subclass probing an all-str table
d[S("c")] = 3                   # the table stops being all-str
print(d, d["c"], d.get(S("c")), "c" in d)

# equal-hash keys of different types: 1 == 1.0 == True
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m, m[1], m.get(1.0), True in m)


class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash("x")

    def __eq__(self, other):
        return isinstance(other, Collide) and other.v == self.v


c = {"x": 0}
c[Collide(1)] = 1                # same hash as "x", not equal to it
print(c["x"], c[Collide(1)], Collide(2) in c, len(c))

# deletions leave holes; lookups and iteration skip them; reinsertion and copies work
e = {}
for i in range(50):
    e["k%d" % i] = i
for i in range(0, 50, 3):
    del e["k%d" % i]
print(len(e), sum(e.values()), list(e)[:5], e.get("k3"), e.get("k4"))
f = e.copy()
f.update({"k0": -1})
print(len(f), f["k0"], list(f)[-1], f == e)
e.clear()
print(e, e.get("k1"), "k1" in e)
e["new"] = 1
print(e)

# popitem and the order after it
p = {"a": 1, "b": 2, "c": 3}
print(p.popitem(), p, p.setdefault("d", 4), p)

# sizes are CPython's
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}),
      sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof({str(i): i for i in range(100)}))


class P:
    def __init__(self, x):
        self.x = x


objs = [P(i) for i in range(5)]
for o in objs:
    o.y = o.x * 2
    o.x += 1
print([(o.x, o.y) for o in objs], objs[0].__dict__)
print(getattr(objs[1], "".join(["y"])), hasattr(objs[1], "z"))

# word counting through get and the interned-key path
words = "the cat and the hat and the bat".split()
count = {}
for w in words:
    count[w] = count.get(w, 0) + 1
print(sorted(count.items()))
