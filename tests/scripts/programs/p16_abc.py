from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perim={self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.141592653589793 * self.r ** 2
    def perimeter(self): return 2 * 3.141592653589793 * self.r
class Half(Shape):
    def area(self): return 0
for s in [Rect(3, 4), Circle(1.5)]:
    print(s.describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Base:
    def run(self):
        raise NotImplementedError("subclasses must implement run")
class Impl(Base):
    def run(self): return "ran"
print(Impl().run())
try:
    Base().run()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(Rect(1, 1), Shape), issubclass(Circle, ABC))
