# functools: lru_cache, cache, cached_property, singledispatch
import functools
from functools import lru_cache, cache, cached_property, singledispatch

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
ci = fib.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci == (78, 81, None, 81), tuple(ci))
print(type(ci).__name__, ci._fields, ci._asdict())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__(10))

@lru_cache
def square(x):
    """Square x."""
    return x * x

print([square(i % 3) for i in range(6)], square.cache_info(), square.__doc__)
print(square.cache_parameters())

calls = []

@lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 10

for x in [1, 2, 1, 3, 2, 1, 1]:
    slow(x)
print(calls, slow.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=3, typed=True)
def typed_f(x):
    return type(x).__name__
print(typed_f(1), typed_f(1.0), typed_f(1), typed_f.cache_info())

@lru_cache(maxsize=10)
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())

@lru_cache(maxsize=None)
def kw(a, b=2, *, c=3):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=3), kw(1), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)

@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info(), fact(5), fact.cache_info().hits)

class Grid:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def cells(self, k):
        return self.n * k
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n

g = Grid(3)
print(g.cells(2), g.cells(2), Grid.cells.cache_info())

# cached_property
class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @cached_property
    def total(self):
        """The sum."""
        self.computed += 1
        return sum(self.values)

d = Data([1, 2, 3])
print(d.total, d.total, d.computed, 'total' in d.__dict__, Data.total.__doc__)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, type(Data.total).__name__, Data.total.attrname)

class Slotted:
    __slots__ = ('x',)
    @cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print('TypeError', e)

cp = cached_property(lambda self: 1)
class Late:
    pass
Late.p = cp
try:
    Late().p
except TypeError as e:
    print('TypeError', e)

# singledispatch
@singledispatch
def describe(obj):
    return 'object ' + repr(obj)

@describe.register(int)
def _(obj):
    return 'int %d' % obj

@describe.register
def _(obj: list):
    return 'list of %d' % len(obj)

def describe_str(obj):
    return 'str ' + obj
describe.register(str, describe_str)

class Base:
    pass
class Derived(Base):
    pass

@describe.register(Base)
def _(obj):
    return 'a ' + type(obj).__name__

print(describe(5), describe(True), describe([1, 2]), describe('hi'), describe(2.5))
print(describe(Derived()), describe(Base()), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(str) is describe_str)
print(describe.dispatch(float) is describe.registry[object], describe.__name__)
print(sorted(t.__name__ for t in describe.registry))
try:
    describe()
except TypeError as e:
    print('TypeError', e)
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print('TypeError', e)

class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return 'unknown'
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register(str)
    def _(self, arg):
        return 'named ' + arg

s = Shape()
print(s.area(4), s.area('sq'), s.area(1.5))

# partialmethod
class Switch:
    def __init__(self):
        self.state = None
    def set(self, value, source='user'):
        self.state = (value, source)
    on = functools.partialmethod(set, True)
    off = functools.partialmethod(set, False, source='auto')

sw = Switch()
sw.on()
print(sw.state)
sw.off()
print(sw.state)

# recursion through a cached function reaches the depth it reaches in CPython
@lru_cache(maxsize=None)
def deep(n):
    return 0 if n == 0 else deep(n - 1) + 1

@lru_cache(maxsize=1000)
def deep2(n):
    return 0 if n == 0 else deep2(n - 1) + 1

@cache
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(deep(450), deep2(450), grid_paths(16, 16), grid_paths.cache_info().currsize)

@singledispatch
def depth(obj):
    return 0

@depth.register(list)
def _(obj):
    return 1 + max(map(depth, obj), default=0)

nested = []
for i in range(100):
    nested = [nested]
print(depth(nested), depth([1, [2, [3]]]), depth('x'))
