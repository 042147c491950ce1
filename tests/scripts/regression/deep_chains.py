# Deep recursion with a raised limit: Python calls and class calls do not use the C stack, and
# freeing a RecursionError's 100000-entry traceback or a deep chain of instances must not either.
import sys
sys.setrecursionlimit(120000)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(100000))
def g(n):
    return g(n + 1)
try:
    g(0)
except RecursionError as e:
    print("RecursionError", e)
class C:
    def __init__(self, n):
        self.child = C(n - 1) if n else None
c = C(3000)
print(type(c.child).__name__)
