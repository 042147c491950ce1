# datetime: deterministic pseudo-random round trips (ordinals, timedelta arithmetic, isoformat, strptime)
from datetime import *
import copy
out = []
x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
for _ in range(300):
    o = rnd(3652059) + 1
    d = date.fromordinal(o)
    out.append((str(d), d.isocalendar(), d.weekday(), d.strftime("%j %U %W %G %V %a"), d.toordinal() == o))
    td = timedelta(days=rnd(2000) - 1000, seconds=rnd(200000) - 100000, microseconds=rnd(3000000) - 1500000)
    out.append((repr(td), str(td), td / 7, td * 1.1, td // 3))
    if 400000 < o < 3600000:
        dt = datetime.combine(d, time(rnd(24), rnd(60), rnd(60), rnd(1000000)))
        out.append((repr(dt + td), str(dt - td), dt.isoformat(timespec="milliseconds"), datetime.fromisoformat(dt.isoformat()) == dt))
        out.append(repr(datetime.strptime(dt.strftime("%Y-%m-%d %H:%M:%S.%f"), "%Y-%m-%d %H:%M:%S.%f")))
for r in out: print(r)
print(copy.copy(date(2024,1,1)), copy.deepcopy(datetime(2024,1,1,tzinfo=timezone.utc)), timedelta(seconds=1e-7), timedelta(days=1.7, hours=0.1))
