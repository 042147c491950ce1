# match statement: class patterns, __match_args__, keyword sub-patterns, built-in self-matching types
from dataclasses import dataclass
from collections import namedtuple


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class WithArgs:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


Pair = namedtuple("Pair", "left right")


def describe(o):
    match o:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1} from {y1} to {y2}"
        case Line(start=Point() as s, end=e):
            return f"line {s} -> {e}"
        case Point():
            return f"point {o.x},{o.y}"
        case Plain(a=1, b=b):
            return f"plain a=1 b={b}"
        case WithArgs(1, b) | WithArgs(b, 1):
            return f"withargs one and {b}"
        case Pair(l, r):
            return f"pair {l} {r}"
        case bool(b):
            return f"bool {b}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(0 | 1 as n):
            return f"tiny int {n}"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([a, b]):
            return f"list of two {a} {b}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict k={v}"
        case set() | frozenset():
            return f"some set of {len(o)}"
        case object(__class__=cls):
            return f"instance of {cls.__name__}"


tests = [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Line(Point(1, 2), Point(1, 5)),
         Line(Point(1, 2), Point(3, 4)), Plain(1, 2), Plain(2, 2), WithArgs(1, 7), WithArgs(8, 1),
         WithArgs(2, 2), Pair(1, 2), True, 500, 1, 7, 2.5, "s", b"b", [1, 2], (1,), {"k": 3},
         {1}, frozenset(), None]
for t in tests:
    print(describe(t))

print(Point.__match_args__, Line.__match_args__, Pair.__match_args__)

# errors raised while matching
try:
    match Plain(1, 2):
        case Plain(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match WithArgs(1, 2):
        case WithArgs(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match WithArgs(1, 2):
        case WithArgs(1, a=1):
            pass
except TypeError as e:
    print("TypeError:", e)


class BadArgs:
    __match_args__ = ["a"]


try:
    match BadArgs():
        case BadArgs(x):
            pass
except TypeError as e:
    print("TypeError:", e)

not_a_class = len
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)


# a missing attribute is a failed match, not an error
class Sparse:
    __match_args__ = ("there", "missing")
    there = 1


match Sparse():
    case Sparse(1, x):
        print("matched?")
    case Sparse(there=1):
        print("matched by keyword")


# subclasses of built-ins keep self-matching unless they define __match_args__
class MyInt(int):
    pass


class MyInt2(int):
    __match_args__ = ("real",)


match MyInt(4):
    case int(v):
        print("MyInt self", v, type(v).__name__)
match MyInt2(4):
    case MyInt2(v):
        print("MyInt2 real", v, type(v).__name__)


# isinstance honours __instancecheck__ through metaclasses
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"


class Magic(metaclass=Meta):
    pass


for v in ["magic", "plain"]:
    match v:
        case Magic():
            print(v, "is Magic")
        case _:
            print(v, "is not Magic")
