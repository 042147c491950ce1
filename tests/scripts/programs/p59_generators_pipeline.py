log = """2024-01-01 INFO start
2024-01-01 ERROR disk full
2024-01-02 WARN slow
2024-01-02 ERROR timeout
2024-01-03 INFO stop
2024-01-03 ERROR disk full"""
def lines(s):
    for l in s.splitlines():
        yield l
def parse(ls):
    for l in ls:
        date, level, msg = l.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, recs):
    return (r for r in recs if r["level"] == level)
errs = list(only("ERROR", parse(lines(log))))
for e in errs:
    print(e["date"], e["msg"])
from collections import Counter
print(Counter(r["level"] for r in parse(lines(log))).most_common())
print(Counter(e["msg"] for e in errs))
def window(seq, n):
    it = iter(seq)
    w = []
    for x in it:
        w.append(x)
        if len(w) == n:
            yield tuple(w)
            w.pop(0)
print(list(window(range(6), 3)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
import itertools
print(list(itertools.islice(primes(), 20)))
gen = (x ** 2 for x in range(3))
print(next(gen), list(gen), list(gen))
def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield 3
it = g()
print(next(it), it.send("hi"), it.throw(ValueError("boom")))
def countdown(n):
    while n:
        yield n
        n -= 1
    return "liftoff"
def wrapper():
    result = yield from countdown(3)
    print("result", result)
print(list(wrapper()))
