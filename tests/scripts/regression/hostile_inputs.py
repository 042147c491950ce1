# Hostile inputs that once crashed or leaked: each must raise CPython's exception instead.
n = ()
for i in range(10 ** 5):
    n = (n,)
for check in (lambda: isinstance(1, n), lambda: issubclass(int, n)):
    try:
        check()
    except RecursionError as e:
        print("RecursionError:", e)

for big in (lambda: [0] * 10 ** 12, lambda: [0, 1] * 10 ** 11):
    try:
        big()
    except MemoryError:
        print("MemoryError")

try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)

def gen():
    yield 1

try:
    gen().throw(ValueError, 1, 2)
except TypeError as e:
    print("TypeError:", e)

class D:
    def __set_name__(self, owner, name):
        raise ValueError("bad")

try:
    class E:
        d = D()
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
