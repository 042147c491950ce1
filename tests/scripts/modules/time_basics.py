import time

print(time.gmtime(0))
print(time.gmtime(1.9))
print(time.gmtime(-1.5))
print(time.gmtime(1700000000))
t = time.gmtime(951782400)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[1:3], len(t), tuple(t), list(t)[:3], t == tuple(t), type(t).__name__)
print(t.tm_zone, t.tm_gmtoff)
y, m, *rest = t
print(y, m, rest)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %j %y %% %w %U %I %p", t))
print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %y %%", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("", t), repr(time.strftime("%H", (2024, 1, 1, 13, 0, 0, 0, 1, 0))))
print(time.asctime(t), time.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0)))
s = time.struct_time((2024, 3, 4, 5, 6, 7, 0, 64, 0))
print(s, s.tm_yday, s.tm_zone)
print(time.asctime(time.gmtime(0)))
for name in ["time", "perf_counter", "monotonic", "process_time"]:
    print(name, type(getattr(time, name)()).__name__)
for name in ["time_ns", "perf_counter_ns", "monotonic_ns", "process_time_ns"]:
    print(name, type(getattr(time, name)()).__name__)
a = time.perf_counter(); b = time.perf_counter(); print(b >= a)
a = time.monotonic_ns(); time.sleep(0.01); b = time.monotonic_ns(); print(b - a >= 10_000_000)
time.sleep(0)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
print(type(time.localtime()).__name__, len(time.localtime()), time.localtime().tm_year >= 2024)
print(type(time.ctime()).__name__, len(time.ctime()) == 24)
lt = time.localtime(1000000)
print(time.mktime(lt))
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))

tests = [
    "time.sleep(-1)", "time.sleep('a')", "time.strftime('%Y', 5)", "time.strftime('%Y', (1, 2))",
    "time.strftime('%Y-%m-%d', (2024, 13, 1, 0, 0, 0, 0, 1, 0))", "time.struct_time((1, 2, 3))",
    "time.mktime((1, 2))", "time.gmtime('x')", "time.strftime(5)", "time.gmtime(1e30)",
    "time.strftime('%H', (2024, 1, 1, 25, 0, 0, 0, 1, 0))", "time.strftime('%d', (2024, 1, 32, 0, 0, 0, 0, 1, 0))",
    "time.strftime('%a', (2024, 1, 1, 0, 0, 0, -1, 1, 0))", "time.strftime('%a', (2024, 1, 1, 0, 0, 0, 7, 1, 0))",
    "time.strftime('%j', (2024, 1, 1, 0, 0, 0, 0, 367, 0))", "time.strftime('%S', (2024, 1, 1, 0, 0, 62, 0, 1, 0))",
    "time.strftime('%M', (2024, 1, 1, 0, 60, 0, 0, 1, 0))", "time.time(1)",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
for t in ["time.sleep()", "time.gmtime(1, 2)", "time.strftime()", "time.asctime(1, 2)", "time.mktime()",
          "time.ctime(1, 2)", "time.localtime(1, 2)", "time.perf_counter(3)"]:
    try:
        eval(t)
    except TypeError as e:
        print(t, "!!", e)
