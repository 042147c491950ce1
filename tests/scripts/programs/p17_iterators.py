class Countdown:
    def __init__(self, start): self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
class Range2:
    def __init__(self, a, b, step=1):
        self.cur, self.b, self.step = a, b, step
    def __iter__(self): return self
    def __next__(self):
        if self.cur >= self.b:
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v
print(list(Countdown(5)), list(Range2(0, 10, 3)))
it = iter(Range2(0, 3))
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("stopped")
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib_gen()
print([next(g) for _ in range(12)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n: return
        yield x
print(list(take(5, fib_gen())))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None: break
        received.append(x)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gg = gen_with_finally()
print(next(gg))
gg.close()
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
class Tree:
    def __init__(self, v, kids=()): self.v, self.kids = v, list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), 4 in t, max(t))
print(list(zip(Countdown(3), "abc")), dict(enumerate(Countdown(2))))
