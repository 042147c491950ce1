# match statement: sequence patterns ([...], (...), open), star patterns, what counts as a sequence
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a} {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} {middle} {last}"
        case [0, *rest]:
            return f"starts with zero: {rest}"
        case [*init, 9]:
            return f"ends with nine: {init}"
        case [_, _, *_]:
            return "three or more"
        case _:
            return f"not a sequence: {type(x).__name__}"


tests = [[], [1], (1, 2), [1, 2, 3, 4, 5, 6], [0, 1, 2], (5, 6, 9), [1, 2, 3], range(2),
         range(7), "ab", b"ab", bytearray(b"ab"), {1, 2}, {1: 2}, 42, iter([1, 2])]
for t in tests:
    print(seq(t))


# open sequence patterns and parenthesized ones
def open_seq(x):
    match x:
        case a, b, c:
            return f"abc {a}{b}{c}"
        case (a, *_), b:
            return f"nested {a} {b}"
        case ():
            return "unit"
        case (a,):
            return f"single {a}"
        case *_, "end":
            return "ends"
    return "none"


for t in [(1, 2, 3), ([7, 8], 9), (), [4], ("x", "end"), ("x", "y")]:
    print(open_seq(t))


# star capture is always a list
match (1, 2, 3):
    case (1, *r):
        print(r, type(r).__name__)
match [1]:
    case [1, *r]:
        print(r)


# subclasses of list and tuple are sequences; str subclasses are not
class MyList(list):
    pass


class MyStr(str):
    pass


for v in [MyList([1, 2]), MyStr("ab")]:
    match v:
        case [a, b]:
            print("sequence", a, b)
        case _:
            print("not a sequence", v)

# a user class with __len__/__getitem__ is not a sequence


class Fake:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


match Fake():
    case [a, b]:
        print("matched")
    case _:
        print("Fake is not a sequence")

# nested sequences
match [(1, [2, 3]), (4, [5])]:
    case [(a, [b, c]), (d, [e])]:
        print(a, b, c, d, e)

# a length mismatch fails without consuming anything
match [1, 2, 3]:
    case [a, b]:
        print("two")
    case [a, b, c, d]:
        print("four")
    case [a, b, c]:
        print("three", a, b, c)


# generators are not sequences (no iteration happens)
def gen():
    print("iterated!")
    yield 1


match gen():
    case [x]:
        print("matched gen")
    case _:
        print("generator not matched")

# collections.deque is a sequence, ChainMap a mapping
from collections import deque, ChainMap
match deque([1, 2, 3]):
    case [first, *others]:
        print("deque", first, others)
match ChainMap({"a": 1}, {"b": 2}):
    case {"b": b, **rest}:
        print("chainmap", b, rest)
