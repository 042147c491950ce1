# timedelta normalisation and arithmetic, date/datetime arithmetic and comparisons
from datetime import timedelta, date, datetime, time, timezone, MINYEAR, MAXYEAR

for args in [dict(days=1, seconds=3600), dict(hours=-25), dict(weeks=1, minutes=90, milliseconds=5),
             dict(seconds=86400 * 3 + 1), dict(microseconds=-1), dict(days=0.5), dict(hours=1.25),
             dict(microseconds=2.5), dict(microseconds=3.5), dict(seconds=-0.000001)]:
    td = timedelta(**args)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())

a = timedelta(days=2, hours=3)
b = timedelta(hours=5, microseconds=7)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.25, a / 4, a / 0.5)
print(a // b, a / b, a % b, divmod(a, b), a // 3, a > b, a == timedelta(hours=51), a != b)
print(bool(timedelta(0)), bool(b), hash(a) == hash(timedelta(hours=51)))
print(timedelta.min, timedelta.max, timedelta.resolution)
for bad in [lambda: timedelta(days=10**9), lambda: timedelta(days="1"), lambda: a / 0,
            ]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

d = date(2024, 2, 28)
for n in [1, 2, 366, -59, 10000]:
    print(d + timedelta(days=n), timedelta(days=n) + d, d - timedelta(days=n))
print(date(2024, 3, 1) - date(2023, 3, 1), date(2000, 1, 1) - date(2024, 1, 1))
print(sorted([date(2024, 1, 2), date(2023, 12, 31), date(2024, 1, 1)]))
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != 5)
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError", e)

dt = datetime(2024, 12, 31, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt - timedelta(days=366), dt - datetime(2024, 1, 1))
print(datetime(2024, 1, 1) - dt, repr(datetime(2024, 3, 10, 2, 30) + timedelta(hours=1)))
print(datetime(2024, 1, 1) == date(2024, 1, 1), datetime(2024, 1, 1) != date(2024, 1, 1))
try:
    datetime(2024, 1, 1) < date(2024, 1, 2)
except TypeError as e:
    print("TypeError", e)
u = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
e = datetime(2024, 6, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(u == e, u - e, hash(u) == hash(e), e.utcoffset(), e.tzname(), u.tzname(), e.dst())
print(u.astimezone(timezone(timedelta(hours=-7))), e.timestamp(), u.timestamp())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1.5, timezone.utc),
      datetime.utcfromtimestamp(1700000000.25))
try:
    u - datetime(2024, 1, 1)
except TypeError as ex:
    print("TypeError", ex)
try:
    u < datetime(2024, 1, 1)
except TypeError as ex:
    print("TypeError", ex)
print(u == datetime(2024, 6, 1, 12))
t1 = time(12, 0, tzinfo=timezone.utc)
t2 = time(13, 0, tzinfo=timezone(timedelta(hours=1)))
print(t1 == t2, time(1) < time(2), time(1, 2, 3, 4) > time(1, 2, 3), repr(t2), str(t2))
print(sorted([datetime(2024, 1, 1, 5), datetime(2023, 5, 5), datetime(2024, 1, 1)]))
d2 = {date(2024, 1, 1): "a", datetime(2024, 1, 1, 1): "b", timedelta(1): "c", time(1): "d"}
print(d2[date(2024, 1, 1)], d2[datetime(2024, 1, 1, 1)], d2[timedelta(days=1)], d2[time(1)])
