# tracemalloc measuring real allocations: attribution to lines and call chains, counts, current
# and peak, clear_traces, reset_peak, object tracebacks, snapshots and their differences.
# Only relations and counts are printed: byte sizes are tally's own block sizes.
import tracemalloc

def base(name):
    return name.split("/")[-1]

print("before start:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory(),
      tracemalloc.get_traceback_limit())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in (0, -5, 65536, 10 ** 6):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    tracemalloc.start("3")
except TypeError as e:
    print("TypeError:", e)
print("still off:", tracemalloc.is_tracing())

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def make_points(n):
    return [Point(i, -i) for i in range(n)]

def outer(n):
    return make_points(n)

tracemalloc.start(4)
print("started:", tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(9)
print("second start keeps the limit:", tracemalloc.get_traceback_limit())

s0 = tracemalloc.take_snapshot()
pts = outer(3000)
cur, peak = tracemalloc.get_traced_memory()
print("current > 3000 * 32:", cur > 3000 * 32, "peak >= current:", peak >= cur)
print("own tables counted:", tracemalloc.get_tracemalloc_memory() > 0)

s1 = tracemalloc.take_snapshot()
print("snapshot limit:", s1.traceback_limit)
top = s1.statistics("lineno")[0]
print("top:", base(top.traceback[0].filename), top.traceback[0].lineno, top.count >= 3000,
      top.size >= 3000 * 32)
print("top str:", str(top).split(": size=")[0].split("/")[-1], "count=" in str(top),
      "average=" in str(top))

# the whole call chain of the points (oldest first): module line, outer, make_points
tbs = s1.statistics("traceback")
chain = tbs[0].traceback
print("chain:", [f.lineno for f in chain], len(chain), chain.total_nframe)
print("chain format:", [line for line in chain.format() if line.startswith("  File")] ==
      ['  File "%s", line %s' % (f.filename, f.lineno) for f in chain])
print("chain source:", [line for line in chain.format(most_recent_first=True) if not line.startswith("  File")])

cum = s1.statistics("lineno", cumulative=True)
lines = [s.traceback[0].lineno for s in cum[:3]]
print("cumulative top lines:", sorted(lines), all(s.count >= 3000 for s in cum[:3]))
files = s1.statistics("filename")
print("by file, top:", base(files[0].traceback[0].filename), files[0].traceback[0].lineno)

mine = s1.filter_traces([tracemalloc.Filter(True, "*tracemalloc_trace.py")])
print("filtered:", len(mine.traces) >= 3000, len(mine.traces) <= len(s1.traces))
some = s1.filter_traces([tracemalloc.Filter(True, "*tracemalloc_trace.py", 33)])
print("filtered by line:", len(some.traces) >= 3000,
      all(t.traceback[-1].lineno == 33 for t in some.traces))
print("trace fields:", {t.domain for t in some.traces}, all(t.size >= 32 for t in some.traces),
      str(some.traces[0]).split(": ")[0].split("/")[-1])

# object tracebacks (an object with __slots__, and a big string)
tb = tracemalloc.get_object_traceback(pts[123])
print("object traceback:", [f.lineno for f in tb], base(str(tb)), tb.total_nframe)
big = "ab" * 50000
tb = tracemalloc.get_object_traceback(big)
print("big string:", [f.lineno for f in tb])
print("untraced object:", tracemalloc.get_object_traceback(Point))

diff = s1.compare_to(s0, "lineno")
d = [x for x in diff if x.traceback[0].lineno == 33][0]
print("diff:", d.count_diff >= 3000, d.size_diff > 0, d.size == d.size_diff, "(+" in str(d))

del pts
cur2, peak2 = tracemalloc.get_traced_memory()
print("freed:", cur2 < cur - 3000 * 32, "peak kept:", peak2 >= peak)
s2 = tracemalloc.take_snapshot()
d = [x for x in s2.compare_to(s1, "lineno") if x.traceback[0].lineno == 33][0]
print("diff after del:", d.count, d.size, d.count_diff <= -3000, d.size_diff < 0, "(-" in str(d))

tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print("reset_peak:", peak3 < peak2, peak3 >= cur3)
tracemalloc.clear_traces()
cur4, peak4 = tracemalloc.get_traced_memory()
print("clear_traces:", cur4 < cur3, peak4 < peak3, tracemalloc.is_tracing())
keep = [Point(i, i) for i in range(2000)]
print("traces after clear:", len(tracemalloc.take_snapshot().traces) >= 2000)

tracemalloc.stop()
print("stopped:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory(),
      tracemalloc.get_object_traceback(keep[0]), tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.clear_traces()
tracemalloc.reset_peak()

tracemalloc.start()
print("restarted:", tracemalloc.get_traceback_limit())
x = outer(500)
s = tracemalloc.take_snapshot()
print("one frame:", all(len(t.traceback) == 1 for t in s.traces),
      s.statistics("traceback")[0].traceback[0].lineno)
tracemalloc.stop()
