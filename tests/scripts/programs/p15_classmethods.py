class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{self.__class__.__name__}({self.y}, {self.m}, {self.d})"
    def __str__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), repr(MyDate.from_string("1999-1-5")))
print([y for y in range(1896, 1912) if Date.is_leap(y)], Date(1, 1, 1).is_leap(2000))
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    @classmethod
    def how_many(cls): return cls.instances
    @classmethod
    def reset(cls): cls.instances = 0
cs = [Counter() for _ in range(4)]
print(Counter.how_many(), [c.id for c in cs])
Counter.reset()
print(Counter.instances, cs[0].instances)
class Shape:
    registry = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[kind or cls.__name__.lower()] = cls
    @classmethod
    def create(cls, kind, *a): return cls.registry[kind](*a)
class Sq(Shape, kind="square"):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Tri(Shape):
    def __init__(self, b, h): self.b, self.h = b, h
    def area(self): return self.b * self.h / 2
print(sorted(Shape.registry), Shape.create("square", 3).area(), Shape.create("tri", 3, 4).area())
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.from_string.__self__ is Date)
