from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional
@dataclass
class Point:
    x: float
    y: float = 0.0
    def dist(self): return (self.x ** 2 + self.y ** 2) ** 0.5
@dataclass(order=True)
class Item:
    sort_index: int = field(init=False, repr=False)
    name: str
    price: float
    tags: List[str] = field(default_factory=list)
    def __post_init__(self):
        self.sort_index = int(self.price * 100)
@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int
p = Point(3, 4)
print(p, p.dist(), Point(1), p == Point(3.0, 4.0))
items = [Item("b", 2.5), Item("a", 1.25, ["x"]), Item("c", 2.0)]
print(sorted(items))
print([i.name for i in sorted(items)])
print(asdict(items[1]), astuple(p))
c = Color(1, 2, 3)
try:
    c.r = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(c) == hash(Color(1, 2, 3)), replace(c, g=9))
@dataclass
class Inventory:
    owner: str
    items: dict = field(default_factory=dict)
    note: Optional[str] = None
    def add(self, n, q=1): self.items[n] = self.items.get(n, 0) + q
inv = Inventory("me")
inv.add("sword"); inv.add("potion", 3)
print(inv)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
