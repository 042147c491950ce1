def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = make_counter(), make_counter(100)
print(c1(), c1(), c2(5), c1(10))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
def make_multipliers_bad():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()], [m(2) for m in make_multipliers_bad()])
def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a = accumulator()
print(a(1), a(2), a(3), a.__closure__[0].cell_contents)
x = "global"
def outer():
    x = "outer"
    def inner():
        global y
        y = "set by inner"
        return x
    return inner()
print(outer(), y, x)
def compose(*fs):
    def h(v):
        for f in reversed(fs):
            v = f(v)
        return v
    return h
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f):
    def c(*args):
        if len(args) >= f.__code__.co_argcount:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
@curry
def add3(a, b, c): return a + b + c
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))
def scope_test():
    def do_local(): spam = "local"
    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal"
    spam = "test"
    do_local(); print(spam)
    do_nonlocal(); print(spam)
scope_test()
try:
    def broken():
        print(undefined_var)
    broken()
except NameError as e:
    print("NameError:", e)
def f():
    v = 1
    def g():
        print(v)
    v = 2
    return g
f()()
def unbound():
    print(z)
    z = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
