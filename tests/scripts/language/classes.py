# Classes: attributes, methods, inheritance, __str__/__repr__, class variables.
class Animal:
    kingdom = "animalia"

    def __init__(self, name, sound):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"Animal({self.name!r})"

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def __str__(self):
        return f"Dog {self.name} knows {', '.join(self.tricks) or 'nothing'}"

cat = Animal("Tom", "meow")
rex = Dog("Rex").add_trick("sit").add_trick("roll")
print(cat.speak(), rex.speak())
print(cat, repr(cat), [cat])
print(rex, Dog.kingdom, rex.kingdom, isinstance(rex, Animal), issubclass(Dog, Animal))
print(type(rex).__name__, Dog.__mro__[1].__name__)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __len__(self):
        return 2

print(Point(1, 2) + Point(3, 4), Point(1, 1) == Point(1, 1), len(Point(0, 0)))

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def count(cls):
        return cls.instances
    @staticmethod
    def describe():
        return "counts instances"
    @property
    def doubled(self):
        return Counter.instances * 2

for _ in range(3):
    Counter()
print(Counter.count(), Counter.describe(), Counter().doubled)
