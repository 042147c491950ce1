# match statement: literal, singleton, capture, wildcard and value patterns, guards, soft keywords
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "hello" "!":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"


for v in [0, -1, 1.5, 2 + 3j, "hello!", b"raw", None, True, False, 1, 0.0, 1.0, "x", []]:
    print(repr(v), "->", lit(v))


def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case other:
            return f"not a color: {other!r}"


for c in [Color.RED, Color.GREEN, Color.BLUE, 1, "RED"]:
    print(color(c))


def guard(p):
    match p:
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y) if x > y:
            return f"below {x} {y}"
        case (x, y):
            return f"above {x} {y}"
        case n if n > 10:
            return f"big {n}"
        case n:
            return f"small {n}"


for p in [(1, 1), (3, 2), (2, 3), 50, 5]:
    print(guard(p))


# a failing guard leaves the capture bound (as CPython)
match 42:
    case n if n < 0:
        print("negative")
    case _:
        print("fallthrough, n =", n)

# names bound by a matching case stay bound after the statement
match (1, 2):
    case (a, b):
        pass
print(a, b)

# no case matches: nothing happens
match 3:
    case 1:
        print("one")
    case 2:
        print("two")
print("after no match")

# the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return 7


match subject():
    case 1:
        pass
    case 2:
        pass
    case 7:
        print("seven, calls:", len(calls))

# tuple subject without parentheses, walrus subject
match 1, 2:
    case (1, x):
        print("tuple subject", x)
match (y := 5):
    case 5:
        print("walrus", y)

# soft keywords are still names
match = 5
case = 6
print(match + case)


def match(x):
    return x * 2


print(match(21))
match.__name__
print([match for match in range(3)])
case = [1, 2]
case[0] = 9
print(case)


class Obj:
    match = 1
    case = 2


print(Obj.match, Obj.case)
match_ = {"match": 1}
match_["case"] = 2
print(match_)
