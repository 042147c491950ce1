# The exact messages of the built-in functions' argument errors (CPython 3.11's).
import sys

def show(src):
    try:
        r = eval(src)
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)

for src in [
    "len()", "len(1, 2)", "len(1)", "len(x=1)",
    "repr()", "ascii(1, 2)", "id()", "hash([])", "callable()",
    "print(sep=1)", "print(end=3)", "print(file=1)", "print(1, foo=2)",
    "format()", "format(1, 2)", "format(None, 'x')", "format(object(), 'x')",
    "isinstance(1, 2)", "isinstance(1)", "isinstance(1, (2, int))", "isinstance(1, (int, 2))",
    "issubclass(1, int)", "issubclass(int, 1)", "issubclass(bool, (str, 2))", "issubclass(bool, (int, 2))",
    "abs('a')", "min()", "min(1)", "max([])", "max(1, 2, key=3)",
    "max([], default=1, key=None, foo=2)", "max(1, 2, default=3)", "min(x=1)", "min(1, 2, foo=1)",
    "sum()", "sum('ab', 'c')", "sum([], start='c')", "sum([b'a'], b'')", "sum(1)", "sum([1], 2, 3)",
    "sorted()", "sorted([], 1)", "sorted([], key=1, rev=2)", "sorted([], reverse='x')",
    "any(1)", "all()", "iter()", "iter(1, 2)", "iter(1)", "iter([], 1, 3)",
    "next(1)", "next()", "next(1, 2, 3)", "next(iter([]))",
    "ord('ab')", "ord(1)", "ord(b'ab')", "ord('')",
    "chr(-1)", "chr(0x110000)", "chr('a')", "chr(1.5)", "chr(2**70)",
    "round()", "round('a')", "round(1.5, 'a')", "round(x=1)",
    "divmod(1)", "divmod('a', 1)", "divmod(1, 0)", "divmod(1.0, 0)",
    "pow(1)", "pow(1, 2, 3, 4)", "pow('a', 2)", "pow(2, 3, 'a')", "pow(2.0, 3, 4)", "pow(2, 3, 0)",
    "hex(1.5)", "oct('a')", "bin(None)",
    "getattr(1)", "getattr(1, 2)", "getattr(1, 'x')", "setattr(1, 'x', 2)", "setattr(1, 2, 3)",
    "hasattr(1, 2)", "delattr(1, 'x')", "vars(1)", "vars(1, 2)", "dir(1, 2)",
    "globals(1)", "locals(1)",
    "eval()", "eval(1)", "eval('1', 1)", "eval('1', {}, 1)", "eval('1', x=1)",
    "exec(1)", "exec('1', 1)", "exec('1', {}, 1)", "exec()", "exec('1', x=1)",
    "compile()", "compile('1', 'f', 'x')", "compile('1', 'f')", "compile(1, 'f', 'exec')",
    "compile('1', 1, 'exec')", "compile('1', 'f', 1)",
    "input(1, 2)", "exit(1, 2, 3)",
    "staticmethod()", "staticmethod(1, 2)", "staticmethod(f=1)", "classmethod()",
    "property(1, 2, 3, 4, 5)", "property(fgot=1)",
    "sys.getrecursionlimit(1)", "sys.setrecursionlimit(0)", "sys.setrecursionlimit(-1)",
    "sys.setrecursionlimit('a')", "sys.setrecursionlimit(1.5)",
    "sys.getsizeof()", "sys.getsizeof(1, 2, 3)", "sys.getrefcount()", "sys.intern(1)",
    "sys.intern('a', 'b')", "sys.exit(1, 2)",
    "sys.stdout.write(1)", "sys.stdout.write()", "sys.stdout.write('a', 'b')", "sys.stdout.flush(1)",
    "__import__()", "__import__(1)", "__import__('')",
]:
    show(src)
