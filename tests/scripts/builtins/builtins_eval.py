# eval, exec, compile, globals, locals, vars and dir.

x = 10
print(eval("x + 1"), eval("  x * 2"), eval("\tx - 1"), eval(b"x // 3"))
print(eval("x + y", {"x": 1, "y": 2}), eval("x + y", {"x": 1}, {"y": 5}))
print(eval("len('abc')", {}))
g = {}
eval("1", g)
print(type(g["__builtins__"]).__name__, sorted(k for k in g if k != "__builtins__"))

ns = {}
print(exec("a = 1\nb = a + 1\ndef f(n):\n    return n * b\n", ns))
print(ns["a"], ns["b"], ns["f"](21))
loc = {}
exec("z = x * 3", {"x": 4}, loc)
print(loc)
exec("x = 99")
print(x)


def scope():
    local_var = 5
    print(eval("local_var + x"))
    print(sorted(locals()))
    print(sorted(vars()))
    return "k" in globals(), "scope" in globals()


print(scope())

code = compile("3 * 4", "<expr>", "eval")
print(type(code).__name__, eval(code), eval(code, {}))
code = compile("r = 6 * 7", "<stmt>", "exec")
space = {}
exec(code, space)
print(space["r"], eval(compile("r", "f", "eval"), space))
print(compile("x", "name.py", "exec").co_filename, compile(b"1", "b", "eval").co_filename)
print(exec(compile("pass", "s", "single")))

for src, mode in [("1 +", "eval"), ("def f(:", "exec"), ("x = 1\0", "exec")]:
    try:
        compile(src, "bad.py", mode)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
for src in ["1 +", "x y"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("undefined_name", {})
except NameError as e:
    print("NameError:", e)


class Point:
    cls_attr = 1

    def __init__(self):
        self.x = 1
        self.y = 2

    def norm(self):
        return 0


p = Point()
print(vars(p), vars(p) is p.__dict__)
print("cls_attr" in vars(Point), "norm" in vars(Point))
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Point) if not n.startswith("__")])
print("__init__" in dir(p), "__class__" in dir(p), dir(p) == sorted(dir(p)))


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Custom()))


class Child(Point):
    extra = 3


print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(Child()) if not n.startswith("__")])
import sys
print("getsizeof" in dir(sys), "argv" in dir(sys), dir(sys) == sorted(dir(sys)))
print("append" in dir([]), "upper" in dir(""), "__len__" in dir(()))
print([n for n in dir() if not n.startswith("__")])
print(sorted(globals()) == dir())
