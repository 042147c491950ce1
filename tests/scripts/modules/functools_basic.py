# functools: reduce, partial, wraps/update_wrapper, total_ordering, cmp_to_key
import functools
from functools import reduce, partial, wraps, update_wrapper, total_ordering, cmp_to_key

# reduce
print(reduce(lambda x, y: x + y, [1, 2, 3, 4, 5]))
print(reduce(lambda x, y: x * y, range(1, 6), 10))
print(reduce(lambda x, y: x + y, [], 'init'), reduce(max, [7]), reduce(lambda a, b: a + b, iter('abc')))
for args in [(max, []), (max, 5), (max, iter([]))]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1, d=40)
print(p(2), p(2, 30), p(2, d=5), p.func is f, p.args, p.keywords)
r = repr(p)
print(r.startswith('functools.partial(<function f at '), r.endswith('>, 1, d=40)'))
print(repr(partial(len)).startswith('functools.partial(<built-in function len'))
print(repr(partial(max, 1, 2, key=abs)).split(', ', 1)[1])
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo('11', base=3))
pp = partial(p, 5)
print(pp.func is f, pp.args, pp.keywords, pp())
print(list(map(partial(pow, 2), range(5))))
for args in [(), (1,)]:
    try:
        partial(*args)
    except TypeError as e:
        print('TypeError', e)

class Cell:
    def __init__(self, v):
        self.v = v
    def add(self, n):
        return self.v + n

class WithPartial:
    meth = partial(f, 'unbound')    # partial objects do not bind as methods

print(WithPartial().meth(2), partial(Cell(10).add)(5))
p.attr = 'x'
print(p.attr)

class MyPartial(partial):
    pass

print(repr(MyPartial(f, 1)).startswith('MyPartial(<function f'), MyPartial(f, 1)(2))

# wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) * 2
    return wrapper

@deco
def double_me(x):
    """Return x."""
    return x

double_me_plain = double_me
print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__qualname__)
print(double_me.__module__, double_me.__wrapped__(21), double_me.__wrapped__.__name__)

def annotated(x: int) -> str:
    return str(x)
annotated.tag = 'tagged'

def w(*a):
    return annotated(*a)
res = update_wrapper(w, annotated)
print(res is w, w.__name__, w.__annotations__ == annotated.__annotations__, w.tag, w.__wrapped__ is annotated)

def w2():
    pass
update_wrapper(w2, annotated, assigned=('__doc__',), updated=())
print(w2.__name__, hasattr(w2, 'tag'), w2.__wrapped__ is annotated)

class Holder:
    def method(self):
        "method doc"
        return 1

def w3(*a):
    return Holder.method(*a)
update_wrapper(w3, Holder.method)
print(w3.__qualname__, w3.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# wraps on an object without some attributes: the missing ones are skipped
class CallMe:
    def __call__(self):
        return 'called'

def w4():
    return 0
update_wrapper(w4, CallMe())
print(w4.__name__, type(w4.__wrapped__).__name__)

# total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2), a == b)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b))
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
try:
    a >= 'x'
except TypeError as e:
    print('TypeError', e)

@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        return self.n > other.n
    def __eq__(self, other):
        return self.n == other.n

print(Rev(1) < Rev(2), Rev(1) >= Rev(2), Rev(3) <= Rev(3))
print(Version.__gt__.__name__, Rev.__lt__.__name__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

# cmp_to_key
def numeric_desc(x, y):
    return y - x
print(sorted([3, 1, 4, 1, 5, 9, 2, 6], key=cmp_to_key(numeric_desc)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(x) - len(y))))
K = cmp_to_key(lambda x, y: (x > y) - (x < y))
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), min([5, 3, 8], key=K))
try:
    hash(K(1))
except TypeError:
    print('unhashable key')
