import pprint
from collections import OrderedDict, defaultdict, Counter, deque
import dataclasses

data = {
    "name": "tally",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"b": (3, 4, 5)}], "z": {"y": {"x": {"w": "deep"}}}},
    "set": {3, 1, 2},
    "frozen": frozenset({20, 10}),
    "tuple": (1,),
    "empty": [],
    "text": "the quick brown fox jumps over the lazy dog " * 4,
    "bytes": b"0123456789" * 10,
    "float": 1.5,
    "none": None,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=100)
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat([list(range(10))] * 5, width=30))
print(pprint.pformat({"k%d" % i: i for i in range(15)}))
print(pprint.pformat(12345678901, underscore_numbers=True))
print(pprint.pformat([123456789, 1234.5], underscore_numbers=True))

rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
import re
def noid(s):
    return re.sub(r"id=[0-9]+", "id=N", s)
print(noid(pprint.pformat(rec)))
print(noid(pprint.pformat(d)))
print(pprint.isrecursive(rec), pprint.isrecursive([1, 2]))
print(pprint.isreadable([1, "a", (2.0,)]), pprint.isreadable(rec), pprint.isreadable(object))
print(noid(pprint.saferepr(rec)), noid(pprint.saferepr(d)))
print(pprint.saferepr({"b": 1, "a": [2, 3]}))

pp = pprint.PrettyPrinter(indent=2, width=20)
pp.pprint(["alpha", "beta", "gamma", "delta", ("x", "y")])
print(pp.pformat({"long key one": 1, "long key two": [1, 2, 3, 4, 5]}))
print(pp.isreadable({"a": 1}), pp.isrecursive({"a": 1}))

pprint.pprint("a long string that must be wrapped because it is much longer than the width " * 2, width=30)
pprint.pprint(["short", "a string with several words that will need to be wrapped over lines"], width=35)
pprint.pprint(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"))
pprint.pprint({(1, 2): "tuple key", (0,): "other", "s": {frozenset({1}), frozenset({2})}})
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]], depth=3)
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)))
pprint.pprint(defaultdict(list, {"a": list(range(20)), "b": [1]}))
pprint.pprint(Counter("abracadabra simsalabim hocus pocus"))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(set(range(25)))
pprint.pprint({"mixed": [1, "two", 3.0, None, True, b"x"], "ints": {10: "a", 2: "b", -1: "c"}}, width=30)

@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "a point with a fairly long label text"

pprint.pprint([Point(1, 2), Point(3, 4)], width=50)
pprint.pprint(Point(1, 2))

class Custom:
    def __repr__(self):
        return "Custom()"

pprint.pprint([Custom()] * 12)
