from enum import Enum, IntEnum, auto, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
class Dir(Enum):
    N = auto()
    E = auto()
    S = auto()
    W = auto()
    def turn_right(self):
        members = list(Dir)
        return members[(members.index(self) + 1) % 4]
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print(Status.OK == 200, Status(404), Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]))
print(Dir.N.turn_right(), Dir.W.turn_right(), [d.value for d in Dir])
for c in Color:
    print(f"{c.name:>6} = {c.value}")
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(Perm.R in rw, Perm.X in rw, bool(rw & Perm.X))
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(f"{Status.OK}", str(Status.OK), format(Color.BLUE))
