from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), repr(p))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__eq__(p, (1, 2)), Point.__hash__, Point.__match_args__)
print([f.name for f in fields(p)], [f.type for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Ver(1, 2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(Ver(1, 2) < Ver(1, 3), Ver(2) >= Ver(1, 9), sorted([Ver(3), Ver(1, 5), Ver(1)]))
print(hash(Ver(1, 2)) == hash(Ver(1, 2)), {Ver(1), Ver(1)})

@dataclass
class Inv:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    secret: str = field(default="s", init=False)
    kind: ClassVar[str] = "inventory"
a = Inv("a"); b = Inv("b")
a.items.append("x")
print(a, b, a.secret, Inv.kind, Inv("a", ["x"], 5) == a, [f.name for f in fields(Inv)])
print(asdict(a))

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale; self.h *= scale
        self.area = self.w * self.h
r = Rect(2, 3, 2)
print(r, Rect(1, 1))

@dataclass
class P3(Point):
    z: int = 0
print(P3(1, 2, 3), [f.name for f in fields(P3)], isinstance(P3(1), Point))

@dataclass(repr=False, eq=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)), Plain.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, [2]))

class Outer:
    @dataclass
    class Inner:
        v: int
print(Outer.Inner(5))

@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))
print(astuple(t))
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print("TypeError:", e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
