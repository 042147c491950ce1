# Calling a class whose __init__ is a Python function: the eval loop runs __init__ in its own loop
# (defaults, keywords, errors, a non-None result, recursion, refcounts inside __init__).
import sys
class P:
    def __init__(self, x, y=2, *, z=3):
        self.x, self.y, self.z = x, y, z

class Q:
    def __init__(self):
        return 5
class R:
    def __init__(self, a):
        raise ValueError(a)
class S:
    def __init__(self, a):
        self.a = a
p = P(1); print(p.x, p.y, p.z)
p = P(1, 5, z=7); print(p.x, p.y, p.z)
p = P(x=9); print(p.x)
try:
    Q()
except TypeError as e:
    print(e)
try:
    R("boom")
except ValueError as e:
    print("caught", e)
try:
    S()
except TypeError as e:
    print(e)
try:
    S(1, 2)
except TypeError as e:
    print(e)
objs = [S(i) for i in range(5)]
print([o.a for o in objs])
def deep(n):
    return S(deep(n - 1)) if n else None
try:
    deep(5000)
except RecursionError as e:
    print("recursion", e)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print(e)
import sys
class A:
    def __init__(self):
        print(sys.getrefcount(self))
    def m(self):
        print(sys.getrefcount(self))
a = A()
a.m()
A.m(a)
def f(x):
    print(sys.getrefcount(x))
f(a)
R("final")
