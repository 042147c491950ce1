# generators.py: generator pipelines, generator expressions, yield from, and list/dict/set
# comprehensions.

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(p + n, []).append(p)
        n += 1


def pipeline(n):
    return sum(take(n // 3, evens(squares(numbers(n)))))


def run():
    out = []
    out.append(pipeline(300000))
    out.append(sum(len(c) * c[0] for c in chunks(numbers(100000), 7)))
    nested = [[i, [i + 1, [i + 2, i + 3]], i + 4] for i in range(20000)]
    out.append(sum(flatten(nested)))
    out.append(sum(x % 1000003 for x in take(2000, fib_gen())))
    acc = running_total()
    next(acc)
    for i in range(100000):
        acc.send(i)
    try:
        acc.send(None)
    except StopIteration as stop:
        out.append(stop.value)
    ps = list(take(5000, primes()))
    out.append(ps[-1])
    # comprehensions
    sq = [x * x for x in range(200000) if x % 3]
    out.append(len(sq) + sq[-1])
    table = {x: x * 3 % 101 for x in range(100000)}
    out.append(sum(v for k, v in table.items() if k % 5 == 0))
    residues = {x * x % 1009 for x in range(100000)}
    out.append(len(residues) + max(residues))
    pairs = [(a, b) for a in range(300) for b in range(a, 300) if (a ^ b) % 7 == 0]
    out.append(len(pairs))
    grid = [[(r * c) % 10 for c in range(200)] for r in range(200)]
    out.append(sum(sum(row) for row in grid))
    inverse = {v: k for k, v in {i: str(i) for i in range(50000)}.items()}
    out.append(sum(inverse[s] for s in sorted(inverse)[:1000]))
    out.append(any(x > 10 ** 9 for x in numbers(10000)))
    out.append(all(x >= 0 for x in numbers(100000)))
    out.append(max((x * 7919) % 10007 for x in range(100000)))
    return out


results = [run() for _ in range(3)]
for value in results[-1]:
    print(value)
print("repeatable:", results[0] == results[1] == results[2])
