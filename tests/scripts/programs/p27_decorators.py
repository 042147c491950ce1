import functools
def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print(f"call {f.__name__}{args} {kwargs}")
        r = f(*args, **kwargs)
        print(f"  -> {r!r}")
        return r
    return wrapper
def repeat(times):
    def deco(f):
        @functools.wraps(f)
        def w(*a, **k):
            return [f(*a, **k) for _ in range(times)]
        return w
    return deco
def validate_positive(f):
    def w(x):
        if x < 0: raise ValueError(f"{f.__name__} needs positive, got {x}")
        return f(x)
    return w
@trace
def add(a, b=2):
    """Adds."""
    return a + b
@repeat(3)
def hello(name): return f"hi {name}"
@validate_positive
def root(x): return x ** 0.5
add(1); add(1, b=5)
print(add.__name__, add.__doc__, add.__wrapped__(2, 3))
print(hello("bob"), root(16))
try:
    root(-4)
except ValueError as e:
    print(e)
print(root.__name__)
def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counted
def sq(x): return x * x
for i in range(5): sq(i)
print(sq.calls)
class Memo:
    def __init__(self, f):
        self.f = f; self.cache = {}
        functools.update_wrapper(self, f)
    def __call__(self, n):
        if n not in self.cache: self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(60), fib.__name__, len(fib.cache))
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst: inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
@functools.total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
p = functools.partial(int, base=2)
print(p("1011"), functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 0))
