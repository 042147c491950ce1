# The sys module: argv, path, modules, version, limits, exit, intern, getrefcount, getsizeof.
import sys

print(sys.argv, type(sys.argv).__name__)
print(type(sys.path).__name__, sys.path[0].endswith("builtins"), sys.path[0].startswith("/"))
print(type(sys.modules).__name__, sys.modules["sys"] is sys, "builtins" in sys.modules)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names,
      type(sys.builtin_module_names).__name__)
print(sys.version_info[:3], sys.version_info >= (3, 8), sys.version_info[3:])
v = sys.version_info
print(v, type(v), isinstance(v, tuple), v.major, v.minor, v.micro, v.releaselevel, v.serial)
print(v == (3, 11, 7, "final", 0), tuple(v), len(v), "%d.%d" % v[:2])
try:
    type(v)()
except TypeError as e:
    print("TypeError:", e)
print(sys.version.startswith("3.11.7 "), sys.hexversion == 0x030B07F0, hex(sys.hexversion))
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.implementation.name).__name__, sys.implementation.hexversion == sys.hexversion)
print(type(sys.executable).__name__)

# the recursion limit
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

# sys.exit raises SystemExit; the argument becomes .code and .args
for args in [(), (None,), (0,), (3,), ("message",), ((1, 2),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("SystemExit", args, "->", e.args, repr(e.code))

# exit and quit are the same kind of object as in CPython's site module
print(repr(exit), repr(quit), str(exit))
for code in [(), (5,), ("bye",)]:
    try:
        exit(*code)
    except SystemExit as e:
        print("exit", code, "->", e.args, repr(e.code))
try:
    quit(code=2)
except SystemExit as e:
    print("quit(code=2) ->", e.code)

# interning: equal strings become the same object
a = "".join(["inter", "ned!"])
b = "".join(["inter", "ned!"])
print(a == b, a is b, sys.intern(a) is sys.intern(b), sys.intern(a) == a)

# reference counts move as references come and go
x = object()
base = sys.getrefcount(x)
holders = [x, x, x]
print(sys.getrefcount(x) - base)
del holders
print(sys.getrefcount(x) - base)
print(sys.getrefcount(None) > 10)

# getsizeof: the honest size of one object
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-1))
print(sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("hello"), sys.getsizeof("x" * 100))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(None))
print(sys.getsizeof(property()), sys.getsizeof(staticmethod(len)), sys.getsizeof(classmethod(len)))
print(sys.getsizeof(1, "default"), sys.getsizeof([1, 2], -1) == sys.getsizeof([1, 2]))


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


print(sys.getsizeof(Sized(100)) - 100 in (16, 32))
for bad in (Sized(-1), Sized("x")):
    try:
        sys.getsizeof(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(Sized("x"), "fallback"))
try:
    sys.getsizeof(Sized(-1), "no fallback for ValueError")
except ValueError as e:
    print("ValueError", e)
