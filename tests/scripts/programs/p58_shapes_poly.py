import math
class Shape:
    def area(self): raise NotImplementedError
    def __lt__(self, other): return self.area() < other.area()
    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({attrs})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3.5), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(f"{s!r:<25} {s.area():8.3f}")
print(max(shapes), min(shapes, key=lambda s: s.area()))
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
print([type(s).__name__ for s in shapes], Square.__mro__[1].__name__)
print(Square(3) == Square(3), Square(3).__eq__(5), Circle.__lt__ is Shape.__lt__)
print(str(Circle(2)), f"{Circle(2)}", "%s" % Rect(1, 2), format(Rect(1, 2)))
class Meta(type):
    def __repr__(cls): return f"<shape class {cls.__name__}>"
class Tri(Shape, metaclass=Meta):
    def __init__(self, b, h): self.b, self.h = b, h
    def area(self): return self.b * self.h / 2
print(Tri, Tri(3, 4), type(Tri).__name__)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
