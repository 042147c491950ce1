# sys.getsizeof of dicts: CPython 3.11's compact table (64 bytes empty; keys tables of 8, 16,
# 32, ... slots; str-only tables use 16-byte entries, others 24), growth and deletion effects.
import sys
size = sys.getsizeof

def steps(make_key, n):
    d = {}
    out = []
    for i in range(n):
        d[make_key(i)] = i
        if not out or out[-1] != size(d):
            out.append(size(d))
    return out

print("empty:", size({}), size(dict()), {}.__sizeof__())
print("int keys:", steps(lambda i: i, 100))
print("str keys:", steps(str, 100))
print("tuple keys:", steps(lambda i: (i,), 30))
print("literals:", size({"a": 1}), size({1: 1}), size({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}),
      size({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}), size({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
print("dict():", size(dict(a=1, b=2, c=3, d=4, e=5, f=6)), size(dict([(1, 1), (2, 2)])), size(dict.fromkeys("abcdefgh")))
print("fromkeys:", size(dict.fromkeys(range(100))), size(dict.fromkeys({1: 1, 2: 2})), size(dict.fromkeys(range(3))))
print("comprehension:", size({i: i for i in range(10)}), size({str(i): i for i in range(10)}))

d = {str(i): i for i in range(10)}
for i in range(10):
    del d[str(i)]
print("after deleting all:", size(d), len(d))
d["x"] = 1
print("insert after deletes:", size(d))
print("copies:", size(d.copy()), size(dict(d)), size({**d}))
d = {i: i for i in range(100)}
for i in range(90):
    del d[i]
print("sparse:", size(d), "copy compacts:", size(d.copy()), size(dict(d)))
d.clear()
print("clear:", size(d))
d = {"a": 1}
d.pop("a")
print("pop to empty:", size(d))
d[1] = 1
print("then an int key:", size(d))
d = {str(i): i for i in range(50)}
print("50 str keys:", size(d))
d[1] = 1
print("plus an int key:", size(d))
d = {}
d.setdefault("a", 1)
d.setdefault(2, 2)
print("setdefault:", size(d))
d = {i: i for i in range(5)}
d.popitem()
d[10] = 10
print("popitem then insert:", size(d))
d = {"a": 1}
d.update({"b": 2, "c": 3})
print("update:", size(d))
m = {"x": 1} | {"y": 2}
print("merge:", size(m))
class Sub(dict):
    pass
print("subclass bigger:", size(Sub()) > size({}))
print("views and iterators:", size({}.keys()), size({}.values()), size({}.items()), size(iter({})), size(reversed({})))
