import json
data = {"name": "tally", "v": [1, 2.5, 1e100, 1e-7, -0.0, 3.14, 10**20, True, False, None],
        "nested": {"z": {}, "a": [], "t": (1, "two")}, "u": "é\x7f\u2028😀\"\\\n\x01"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, {"a": []}]], indent=4))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: 0}))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True))
print(json.dumps("plain"), json.dumps(None), json.dumps(3), json.dumps(2.0), json.dumps([]), json.dumps({}))
print(json.dumps(float("inf")), json.dumps([float("nan"), float("-inf")]))
for kw in [{}, {"indent": 2}]:
    try:
        json.dumps([float("inf")], allow_nan=False, **kw)
    except ValueError as e:
        print(e)
class P:
    def __init__(self, x): self.x = x
try:
    json.dumps({"p": P(1)})
except TypeError as e:
    print(e)
print(json.dumps({"p": P(1), "q": [P(2)]}, default=lambda o: {"P": o.x}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
l = [1]; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
d = {}; d["self"] = d
try:
    json.dumps(d, indent=1)
except ValueError as e:
    print(e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E))
print(E(indent=1).encode([{3}]))
class MyInt(int): pass
class MyFloat(float): pass
print(json.dumps([MyInt(5), MyFloat(1.5)]))
roundtrip = {"a": [1, 2, {"b": None}], "c": "d\u1234", "e": 1.25}
print(json.loads(json.dumps(roundtrip)) == roundtrip)
with open("js_tmp.json", "w") as f:
    json.dump(roundtrip, f, indent=2)
with open("js_tmp.json") as f:
    print(f.read())
with open("js_tmp.json") as f:
    print(json.load(f) == roundtrip)
import os
os.remove("js_tmp.json")
