class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"temperature {v} below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 2))
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
del t.celsius
print(hasattr(t, "_c"))
class Circle:
    def __init__(self, r): self.r = r
    area = property(lambda self: round(3.14159 * self.r ** 2, 3))
c = Circle(2)
print(c.area)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
class Account:
    __slots__ = ("owner", "_bal")
    def __init__(self, owner):
        self.owner = owner; self._bal = 0
    @property
    def balance(self): return self._bal
a = Account("x")
try:
    a.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print(a.balance)
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    @property
    def full(self): return f"{self.first} {self.last}"
    @full.setter
    def full(self, v): self.first, self.last = v.split(" ", 1)
p = Person("Ada", "Lovelace")
p.full = "Grace Brewster Hopper"
print(p.first, "|", p.last, "|", p.full)
print(type(Person.full), Person.full.fget.__name__)
