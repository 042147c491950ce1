# Functions: defaults, keyword arguments, *args, **kwargs, returns, docstrings.
def greet(name, greeting="Hello", punct="!"):
    """Return a greeting."""
    return greeting + ", " + name + punct

print(greet("Ada"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
print(greet.__doc__, greet.__name__)

def total(*args):
    return sum(args)

def describe(**kwargs):
    return ", ".join(f"{k}={v}" for k, v in kwargs.items())

def everything(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(total(), total(1, 2, 3), describe(x=1, y="two"))
print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9))
nums = [1, 2, 3]
opts = {"c": 0, "z": 1}
print(everything(*nums, **opts))

def no_return():
    pass

def multi():
    return 1, "a"

print(no_return(), multi())
q, r = multi()
print(q, r)

def apply(f, *xs):
    return [f(x) for x in xs]

print(apply(lambda x: x * 10, 1, 2, 3), (lambda: "lambda")())

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(5), fact(20))
square = lambda x: x * x
print(square(12), list(map(square, range(4))))

def defaults_shared(item, acc=[]):
    acc.append(item)
    return acc

print(defaults_shared(1), defaults_shared(2))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3))
