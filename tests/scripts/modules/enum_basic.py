from enum import Enum, auto, unique, Flag, EnumMeta, EnumType

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # alias of RED

    def describe(self):
        return f"{self.name.lower()}({self.value})"

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color(1).name)
print(list(Color), len(Color), [c.describe() for c in Color], Color.default())
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(Color.RED is Color(1), Color.__members__.keys() if False else list(Color.__members__))
print({Color.RED: "r", Color.GREEN: "g"}[Color.RED], hash(Color.RED) == hash(Color.RED))
print(f"{Color.GREEN}", "{}".format(Color.BLUE), str(Color.RED), Color, type(Color).__name__)
print(list(reversed(Color)), EnumMeta is EnumType, isinstance(Color.RED, Color))
try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PURPLE']
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 7
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 2
        C = 1
except ValueError as e:
    print("ValueError:", e)

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()
print(list(Shape), Shape.CIRCLE.value)

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(Named.NORTH.value, Named("south"))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"), Status.ACTIVE.value)
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Dir = Enum('Dir', [('UP', 'u'), ('DOWN', 'd')])
print(Dir('u'), Dir.DOWN)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print(list(rw), list(Perm), len(Perm), repr(~Perm.R), Perm(6) is rw, Perm(7))
class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
print([o.value for o in Opt], repr(Opt.A | Opt.C), (Opt.A | Opt.B) ^ Opt.B)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)

import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
print(sorted(Color, key=lambda c: c.value), max(Color, key=lambda c: c.value))
print(dir(Color.RED))
