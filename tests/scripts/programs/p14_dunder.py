import math
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x}, {self.y})"
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector): return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __lt__(self, o): return abs(self) < abs(o)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y; return self
v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, -v, abs(v))
print(v == Vector(3, 4), v != w, bool(Vector(0, 0)), len(v), v[0], v[-1], list(v))
print(sorted([v, w, Vector(0, 1)]), max(v, w))
print(len({v, Vector(3, 4), w}))
x, y = v
print(x, y)
v += w
print(v)
class Money:
    def __init__(self, cents): self.cents = cents
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        return format(str(self), spec)
    def __radd__(self, other):
        return Money(self.cents + other) if other == 0 else NotImplemented
    def __add__(self, o): return Money(self.cents + o.cents)
    def __contains__(self, c): return c == self.cents
    def __call__(self, factor): return Money(self.cents * factor)
print(sum([Money(150), Money(275), Money(5)]))
print(f"[{Money(1234):>10}]", 1234 in Money(1234), Money(5)(3))
try:
    Vector(1, 2) + 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Money(1) < Money(2)
except TypeError as e:
    print("TypeError:", e)
