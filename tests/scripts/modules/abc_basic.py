from abc import ABC, ABCMeta, abstractmethod, abstractproperty

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Both(ABC):
    @abstractmethod
    def a(self): pass
    @abstractmethod
    def b(self): pass
    @property
    @abstractmethod
    def c(self): pass

class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s

for cls in (Shape, Both):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Sq(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Both.__abstractmethods__), Sq.__abstractmethods__)

class Half(Both):
    def a(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Seq(metaclass=ABCMeta):
    pass
Seq.register(tuple)
@Seq.register
class Mine: pass
print(isinstance((), Seq), isinstance([], Seq), issubclass(tuple, Seq), issubclass(Mine, Seq))
print(isinstance(Mine(), Seq), issubclass(list, Seq))
class Sub(Seq): pass
print(issubclass(Sub, Seq), isinstance(Sub(), Seq), type(Seq).__name__, type(Shape).__name__)

class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))
print(Shape.area.__isabstractmethod__)

class Old(ABC):
    @abstractproperty
    def p(self): pass
try:
    Old()
except TypeError as e:
    print("TypeError:", e)
try:
    Seq.register(3)
except TypeError as e:
    print("TypeError:", e)
