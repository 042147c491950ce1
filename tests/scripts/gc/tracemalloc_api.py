# tracemalloc's Python API on hand-made traces: formatting of sizes, Statistic and StatisticDiff
# (str, repr, sorting), Frame and Traceback, grouping by line/file/traceback, cumulative mode,
# compare_to, filters. Nothing here depends on measured byte counts.
import tracemalloc
from tracemalloc import Snapshot, Filter, DomainFilter, Traceback, Frame

print("sizes:")
for n in (0, 1, 99, 100, 1023, 10239, 10240, 100000, 3516 * 1024, 10 * 1024 * 1024,
          5 * 1024 ** 3, 7 * 1024 ** 4, 123 * 1024 ** 5):
    print(" ", n, tracemalloc._format_size(n, False), tracemalloc._format_size(-n, True))
print(" ", tracemalloc._format_size(36.4, False), tracemalloc._format_size(2.5 * 1024, True))

# traces: (domain, size, ((filename, lineno) most recent first...), total_nframe)
raw = [
    (0, 32, (("a.py", 5), ("main.py", 10)), 2),
    (0, 32, (("a.py", 5), ("main.py", 10)), 2),
    (0, 64, (("a.py", 7), ("main.py", 11)), 2),
    (0, 1000, (("b.py", 2), ("main.py", 12)), 2),
    (0, 16, (("main.py", 13),), 1),
    (1, 48, (("a.py", 5), ("main.py", 14)), 2),
]
snap = Snapshot(raw, 2)
print("traceback_limit:", snap.traceback_limit, "traces:", len(snap.traces), repr(snap.traces))
t0 = snap.traces[0]
print("trace:", str(t0), "|", repr(t0), "|", t0.domain, t0.size)
print("trace slice:", [str(t) for t in snap.traces[4:]])
print("contains:", t0 in snap.traces, snap.traces[5] == snap.traces[5], snap.traces[0] == snap.traces[2])

for key in ("lineno", "filename", "traceback"):
    print("statistics", key)
    for st in snap.statistics(key):
        print("  ", st, "|", repr(st))
for key in ("lineno", "filename"):
    print("cumulative", key)
    for st in snap.statistics(key, cumulative=True):
        print("  ", st)

for bad in (("x", False), ("traceback", True)):
    try:
        snap.statistics(*bad)
    except ValueError as e:
        print("ValueError:", e)

newer = Snapshot(raw[2:] + [(0, 5000, (("c.py", 1),), 1), (0, 64, (("a.py", 7), ("main.py", 11)), 2)], 2)
print("compare_to lineno")
for d in newer.compare_to(snap, "lineno"):
    print("  ", d, "|", repr(d))
print("compare_to filename cumulative")
for d in newer.compare_to(snap, "filename", cumulative=True):
    print("  ", d)

print("frames and tracebacks")
tb = Traceback((("a.py", 5), ("main.py", 10)), 7)
print(" ", str(tb), repr(tb), len(tb), tb.total_nframe)
print(" ", [str(f) for f in tb], str(tb[0]), repr(tb[-1]), [str(f) for f in tb[1:]])
print(" ", Frame(("a.py", 5)) in tb, Frame(("a.py", 6)) in tb, tb.index(Frame(("a.py", 5))), tb.count(tb[0]))
print(" ", tb.format())
print(" ", tb.format(limit=1), tb.format(limit=-1), tb.format(most_recent_first=True))
tb2 = Traceback((("a.py", 5), ("main.py", 10)))
print(" ", tb == tb2, hash(tb) == hash(tb2), repr(tb2), tb < Traceback((("a.py", 6), ("main.py", 10))))
f1, f2 = Frame(("a.py", 1)), Frame(("a.py", 2))
print(" ", f1 < f2, f1 <= f2, f1 > f2, f1 >= f2, f1 == Frame(("a.py", 1)), f1 != f2, f1.filename, f1.lineno)
print(" ", sorted([f2, f1]) == [f1, f2], Frame(("a.py", 1)) == ("a.py", 1))

print("filters")
def show(filters):
    try:
        s = snap.filter_traces(filters)
    except TypeError as e:
        print("  TypeError:", e)
        return
    print("  ", [(t.size, t.traceback[-1].lineno) for t in s.traces], s.traceback_limit)
show([])
show([Filter(True, "a.py")])
show([Filter(False, "a.py")])
show([Filter(True, "a.py", 7)])
show([Filter(True, "main.py")])
show([Filter(True, "main.py", all_frames=True)])
show([Filter(False, "main.py", all_frames=True)])
show([Filter(True, "?.py")])
show([Filter(True, "[ab].py")])
show([Filter(True, "[!ab]*")])
show([Filter(True, "*")])
show([Filter(True, "a.py", domain=1)])
show([Filter(False, "a.py", domain=1)])
show([DomainFilter(True, 1)])
show([DomainFilter(False, 1)])
show([Filter(True, "a.py"), Filter(True, "b.py"), Filter(False, "*", 7)])
show([Filter(True, "a.pyc")])
show(5)
f = Filter(True, "x.pyc", 3)
print("  ", f.filename_pattern, f.lineno, f.all_frames, f.domain, f.inclusive, DomainFilter(False, 2).domain)

print("equality")
s1 = tracemalloc.Statistic(tb, 10, 2)
s2 = tracemalloc.Statistic(tb2, 10, 2)
print(" ", s1 == s2, hash(s1) == hash(s2), s1 == 5, str(tracemalloc.Statistic(tb, 0, 0)))
d1 = tracemalloc.StatisticDiff(tb, 10, -2048, 2, -3)
print(" ", d1, d1 == tracemalloc.StatisticDiff(tb2, 10, -2048, 2, -3))
