# namedtuple: construction, field access, helpers, defaults, rename and errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), type(p).__name__)
print(Point._fields, Point._field_defaults)
print(Point._make([3, 4]), p._asdict(), type(p._asdict()).__name__)
print(p._replace(y=20), p)
print(p.__getnewargs__(), Point(y=5, x=6), hash(p) == hash((1, 2)))
print(p + (3,), p * 2, p[::-1], max(p), list(p))

P3 = namedtuple('P3', 'a b, c', defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(P3.__new__.__defaults__)

R = namedtuple('R', ['abc', 'def', 'abc', '_x', '9'], rename=True)
print(R._fields)
S = namedtuple('S', 'one')
print(S(1), S._fields)
E = namedtuple('E', '')
print(E(), E._fields)

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm2(), v + Vec(1, 1))

d = {Point(0, 0): 'origin'}
print(d[Point(0, 0)], sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(namedtuple, 'P', ['1x'])
err(namedtuple, 'P', 'x x')
err(namedtuple, 'P', 'x _y')
err(namedtuple, 'P', 'x class')
err(namedtuple, '1P', 'x')
err(namedtuple, 'P', 'x y', defaults=(1, 2, 3))
err(Point, 1)
err(Point, 1, 2, 3)
err(Point._make, [1])
err(p._replace, z=1)
try:
    p.x = 5
except AttributeError:
    print('AttributeError on assignment')
