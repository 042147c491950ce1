# Frame objects: sys._getframe and generator frames (names, lines, locals, the caller chain).
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def outer(a, b=2):
    total = a + b
    me = sys._getframe()
    print("in", me.f_code.co_name, "line", me.f_lineno, "locals", sorted(me.f_locals))
    print("called from", me.f_back.f_code.co_name, me.f_back.f_globals["__name__"])
    return where()

print(outer(1))
print(sys._getframe().f_code.co_name, type(sys._getframe()).__name__)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)

def gen():
    yield 1
    yield 2

g = gen()
print("before start:", g.gi_frame is not None)
next(g)
print("suspended:", g.gi_frame is not None)
for _ in g:
    pass
print("finished:", g.gi_frame)
