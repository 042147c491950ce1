# dict: construction forms, lookup, insertion order, deletion, methods, comparison, repr,
# merge operators, iteration errors (CPython 3.11 results).
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, "four" not in d, list(d), d.get("four"), d.get("four", 4))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict({"k": "v"}, k2="v2"))
print(dict([(1, 2)], z=3), dict(zip("abc", range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(dict((("a", 1), ["b", 2], "cd")), {i: i * i for i in range(5)}, {**d, "four": 4})

# insertion order survives deletion, re-insertion goes last, replacement stays in place
o = {}
for k in "hello world":
    o[k] = o.get(k, 0) + 1
print(o)
del o["l"]
o["h"] = 100
o["l"] = -1
print(o, list(o.keys()), list(o.values()), list(o.items())[:3])
print(o.pop("o"), o.pop("zz", "default"), o.setdefault("w"), o.setdefault("new", []), o)
o["new"].append(1)
print(o.popitem(), o.popitem(), o)
o.update({"a": 1}, b=2)
o.update([("c", 3)])
o.update(d=4)
print(o)
c = o.copy()
c["a"] = "changed"
print(o["a"], c["a"], c == o, c != o)
o.clear()
print(o, len(o))

# equality, keys of mixed types, numeric keys that compare equal
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: 2} == [(1, 2)])
n = {1: "int"}
n[1.0] = "float"
n[True] = "bool"
print(n, {0: "a", False: "b", 0.0: "c"})
m = {(1, 2): "t", "s": "str", 3: "int", None: "none", 2.5: "float", frozenset(): "fs"}
print(m[(1, 2)], m["s"], m[3], m[None], m[2.5], m[frozenset()], len(m))
nan = float("nan")
nd = {nan: 1}
print(nd[nan], nan in nd, float("nan") in nd)

# merge operators
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)

# repr with recursion and nested containers
r = {"self": None}
r["self"] = r
print(r, {1: [1, {2: (3,)}]}, repr({}), {"q": "it's"})
rl = [r]
print(rl)

# iteration, reversal, views are live
v = {"a": 1, "b": 2, "c": 3}
ks = v.keys()
vs = v.values()
its = v.items()
v["d"] = 4
print(ks, vs, its, len(ks), "a" in ks, 4 in vs, ("d", 4) in its, ("d", 5) in its)
print(list(reversed(v)), list(reversed(v.keys())), list(reversed(v.values())), list(reversed(v.items())))
for k, val in v.items():
    print(k, val, end="; ")
print()
print(sorted(v), max(v), min(v.values()), sum(v.values()))

# subclasses: __missing__, and methods returning plain dicts
class Counter(dict):
    def __missing__(self, key):
        return 0
cnt = Counter()
for ch in "abracadabra":
    cnt[ch] = cnt[ch] + 1
print(cnt, type(cnt).__name__, cnt["zzz"], type(cnt.copy()).__name__, type(cnt | {}).__name__)
class Default(dict):
    def __missing__(self, key):
        self[key] = [key]
        return self[key]
dd = Default()
dd["x"].append(1)
print(dd, dd.get("y"), "y" in dd)

# mutation during iteration
def change_size():
    z = {1: 1, 2: 2}
    for k in z:
        z[k + 10] = k
try:
    change_size()
except RuntimeError as e:
    print("RuntimeError:", e)
z = {1: 1, 2: 2}
for k in z:
    z[k] = k * 10
print(z)
z = {1: 1, 2: 2}
try:
    for k in z:
        del z[k]
        z[k + 100] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

# large dicts: many keys, deletions, order
big = {}
for i in range(10000):
    big[i * 7 % 10007] = i
for i in range(0, 10000, 3):
    del big[i * 7 % 10007]
print(len(big), list(big.items())[:5], sum(big.values()))
sk = {str(i): i for i in range(2000)}
print(len(sk), sk["1999"], sk.get("2000"), list(sk)[-3:])
