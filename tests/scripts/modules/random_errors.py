import random

random.seed(3)
tests = [
    "random.randrange(5, 3)", "random.randrange(0)", "random.randrange(-3)", "random.randrange(1, 10, 0)",
    "random.randrange(10, 1, 2)", "random.randrange(5, 3, -2)", 
    "random.randint(5, 1)", "random.choice([])",
    "random.choice('')", "random.sample([1, 2], 3)", "random.sample([1, 2], -1)", "random.sample({1, 2}, 1)",
    "random.choices([1, 2], [1])", "random.choices([1, 2], [0, 0])", "random.choices([1, 2], 3)",
    "random.choices([1, 2], [1, 1], cum_weights=[1, 2])", "random.getrandbits(-1)", "random.getrandbits(0)",
    "random.seed([1, 2])", "random.gammavariate(0, 1)", "random.Random().setstate((9, (), None))",
    "random.sample(range(10), 3, counts=[1] * 10)", "random.sample(['a', 'b'], 4, counts=[2, 3])",
    "random.sample(['a', 'b'], 2, counts=[1])", "random.choice(range(0))", "random.randrange(10, step=2)",
    "random.triangular(1, 1)", "random.uniform(5, 5)", "random.randrange(-10, -2, 3)", "random.randrange(10, -2, -4)",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)

class MyRandom(random.Random):
    def random(self):
        return 0.5
r = MyRandom(1)
print(r.random(), r.uniform(0, 10), isinstance(r, random.Random), type(r).__name__)
a = random.Random("seed")
b = random.Random("seed")
print([a.randint(0, 9) for _ in range(10)] == [b.randint(0, 9) for _ in range(10)])
s = random.getstate()
x = [random.random() for _ in range(5)]
random.setstate(s)
print(x == [random.random() for _ in range(5)], len(s), s[0], len(s[1]), s[2])
random.seed(None)
v = random.random()
print(0.0 <= v < 1.0, type(v).__name__)
random.seed()
print(0 <= random.randint(0, 5) <= 5)
big = random.Random(99).randrange(2**200)
print(big.bit_length() <= 200, big == random.Random(99).randrange(2**200))
print(random.Random(5).sample(range(10**9), 5))
print(random.Random(5).sample(list(range(50)), 25))

class Counter(random.Random):
    def __init__(self):
        super().__init__(0)
        self.n = 0
    def random(self):
        self.n += 1
        return (self.n * 0.37) % 1.0
c = Counter()
print([c.randrange(10) for _ in range(8)], c.choice("abcdef"), c.sample(range(30), 4))

class Bits(Counter):
    def getrandbits(self, k):
        return 1
print(Bits().randrange(10), Bits().choice("xyz"))
