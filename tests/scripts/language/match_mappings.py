# match statement: mapping patterns, **rest, key kinds, what counts as a mapping
from collections import OrderedDict, defaultdict


class Keys:
    A = "a"
    B = "b"


def m(x):
    match x:
        case {}  if not x:
            return "empty mapping"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle with {sorted(rest.items())}"
        case {Keys.A: 1, Keys.B: b}:
            return f"a1 b={b}"
        case {1: one, 2.5: f, None: n, False: t}:
            return f"odd keys {one} {f} {n} {t}"
        case {"only": v, **others} if not others:
            return f"only {v}"
        case {-1: neg}:
            return f"negative key {neg}"
        case {**everything}:
            return f"some mapping of {len(everything)}"
        case _:
            return f"not a mapping: {type(x).__name__}"


tests = [{}, {"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1},
         {"type": "circle", "r": 3, "c": (0, 0)}, {"a": 1, "b": 2, "c": 3},
         {1: "one", 2.5: "f", None: "n", False: "t"}, {"only": 1}, {"only": 1, "more": 2},
         {-1: "x"}, {"z": 0}, OrderedDict(type="point", x=5, y=6), [("a", 1)], "abc", 3]
for t in tests:
    print(m(t))

# rest is a new dict; the subject is unchanged
d = {"k": 1, "l": 2}
match d:
    case {"k": _, **rest}:
        rest["new"] = 3
        print(rest, d, type(rest).__name__)

# a defaultdict does not create keys while matching (get() is used)
dd = defaultdict(list)
match dd:
    case {"missing": v}:
        print("found", v)
    case _:
        print("not found", dict(dd))

# nested mapping and sequence
config = {"servers": [{"host": "a", "port": 1}, {"host": "b", "port": 2}], "debug": False}
match config:
    case {"servers": [{"host": h1}, {"host": h2, "port": p2}], "debug": False}:
        print(h1, h2, p2)


# a dict subclass with get() overridden is consulted
class Loud(dict):
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)


match Loud(x=1, y=2):
    case {"x": 1, "y": yy}:
        print("yy", yy)
