# Iterators, generators and unpacking.
def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(5)))
gen = (x * x for x in range(4))
print(next(gen), list(gen))

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for f in fib_gen():
    if f > 100:
        break
    out.append(f)
print(out)
print(sum(x for x in range(10) if x % 3 == 0))

class Squares:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i

print(list(Squares(5)), 16 in Squares(5))
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
for key, (x, y) in {"p": (1, 2), "q": (3, 4)}.items():
    print(key, x + y)
def yield_from():
    yield from range(3)
    yield from "ab"
print(list(yield_from()))
