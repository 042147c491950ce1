# isinstance/issubclass, iter/next, attributes, format, callable, id, hash, any/all, sorted,
# __import__, and the contents of the builtins module.
import builtins


class Base:
    pass


class Derived(Base):
    pass


d = Derived()
print(isinstance(d, Base), isinstance(d, (int, Base)), isinstance(d, ()), isinstance(d, (int, (str, Derived))))
print(isinstance(True, int), isinstance(1, bool), isinstance(Base, type), isinstance(type, object))
print(issubclass(Derived, Base), issubclass(Base, Derived), issubclass(bool, (str, int)), issubclass(int, ()))
print(issubclass(Derived, Derived), issubclass(type, object), issubclass(object, type))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"

    def __subclasscheck__(cls, sub):
        return sub is int


class Magic(metaclass=Meta):
    pass


print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))

it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n


print(list(Countdown(3)), next(Countdown(0), "empty"))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", e.args)
print(list(iter("ab")), list(iter((1, 2))), next(iter({"k": 1})))


class Obj:
    pass


o = Obj()
setattr(o, "color", "red")
print(getattr(o, "color"), getattr(o, "size", 10), hasattr(o, "color"), hasattr(o, "size"))
delattr(o, "color")
print(hasattr(o, "color"), getattr(o, "color", None))
try:
    delattr(o, "color")
except AttributeError as e:
    print("AttributeError:", e)


class Fails:
    @property
    def boom(self):
        raise ValueError("boom")

    @property
    def missing(self):
        raise AttributeError("really missing")


try:
    hasattr(Fails(), "boom")
except ValueError as e:
    print("ValueError:", e)
print(hasattr(Fails(), "missing"), getattr(Fails(), "missing", "dflt"))

print(format(3.14159, ".2f"), format(42, "05d"), format("ab", ">4"), format(255, "x"), format(True), format(1.5))
print(format(None), format([1, 2]), format(10**20, ","), repr(format("", "")))


class Fmt:
    def __format__(self, spec):
        return "Fmt[" + spec + "]"


class BadFmt:
    def __format__(self, spec):
        return 42


print(format(Fmt()), format(Fmt(), "abc"), "{:xyz}".format(Fmt()))
try:
    format(BadFmt())
except TypeError as e:
    print("TypeError:", e)

print(callable(len), callable(Obj), callable(o), callable(lambda: 0), callable(None), callable(Fmt().__format__))
a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)).__name__, id(None) == id(None))
print(hash(1) == hash(1.0) == hash(True), hash("s") == hash("s"), hash((1, "a")) == hash((1, "a")), hash(-1), hash(0))
print(any([]), any([0, "", None]), any(x > 2 for x in range(5)), all([]), all([1, "a"]), all(x < 3 for x in range(5)))
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("hello"), sorted(["bb", "a", "ccc"], key=len))
print(sorted([3, 1, 2], key=None, reverse=False), sorted({"b": 1, "a": 2}), sorted((2, 1), reverse=1))
words = ["apple", "Bob", "cat", "Dog"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
sys_mod = __import__("sys")
print(sys_mod.__name__, __import__("sys", globals(), locals(), ["argv"], 0) is sys_mod)

print(builtins.__name__, builtins.len is len, builtins.print is print, type(len).__name__)
print(repr(len), repr(print), len.__name__, print.__doc__.split("\n")[0])
print(builtins.__dict__["True"] is True, builtins.__dict__["None"] is None, builtins.__dict__["False"] is False)
names = ["int", "str", "float", "bool", "list", "tuple", "dict", "range", "slice", "bytes", "object", "type",
         "enumerate", "zip", "map", "filter", "reversed", "staticmethod", "classmethod", "property"]
print(all(isinstance(getattr(builtins, n), type) for n in names))
print([n for n in names if getattr(builtins, n).__name__ != n])
excs = ["BaseException", "Exception", "ValueError", "TypeError", "KeyError", "IndexError", "StopIteration",
        "ZeroDivisionError", "OSError", "FileNotFoundError", "RecursionError", "SystemExit", "KeyboardInterrupt",
        "UnicodeDecodeError", "DeprecationWarning", "NotImplementedError"]
print(all(issubclass(getattr(builtins, n), BaseException) for n in excs))
print(builtins.IOError is OSError, builtins.EnvironmentError is OSError)
print(builtins.Ellipsis is ..., builtins.NotImplemented, builtins.__debug__)
print(type(exit).__name__, callable(exit), "exit" in dir(builtins), "quit" in dir(builtins))
