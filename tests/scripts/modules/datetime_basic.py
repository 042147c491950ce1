from datetime import *
import datetime as dtm
td = timedelta(days=1, hours=1)
print(repr(td), str(td), td.total_seconds())
print(repr(timedelta(0)), timedelta(-1, 5), repr(timedelta(hours=-1)), timedelta(microseconds=1.5), timedelta(seconds=0.5))
print(td * 2, td / 3, td // 2, td / td, td * 0.5, divmod(td, timedelta(hours=7)), td % timedelta(hours=7))
d = date(2024, 1, 31)
print(repr(d), str(d), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(738916))
print(d + timedelta(days=30), d - date(2023, 1, 1), d.ctime(), d.strftime("%Y %m %d %H %M %S %f %a %A %b %B %j %p %y %%"))
print(f"{d:%d/%m/%Y}", format(d), d.replace(day=1), date.fromisoformat("2024-02-29"), date.fromisoformat("20240229"), date.fromisoformat("2024-W05-3"))
dt = datetime(2024, 1, 31, 12, 0)
print(repr(dt), dt, dt.isoformat(), dt + timedelta(hours=13), dt - datetime(2024, 1, 1))
print(repr(timezone.utc), repr(timezone(timedelta(seconds=3600))), timezone(timedelta(hours=-5, minutes=-30)), timezone(timedelta(hours=1), "CET"))
a = datetime(2024, 1, 31, 12, tzinfo=timezone.utc)
print(repr(a), a.isoformat(), a.timestamp(), datetime.fromtimestamp(1706702400, timezone.utc))
print(datetime.strptime("2024-01-31 12:34:56", "%Y-%m-%d %H:%M:%S"), repr(datetime.strptime("31 Jan 2024 1:02 PM +0100", "%d %b %Y %I:%M %p %z")))
print(datetime.fromisoformat("2024-01-31T12:34:56.789+01:00"), repr(time.fromisoformat("12:34")), time(12, 30, tzinfo=timezone.utc))
for bad in [(0, 1, 1), (2024, 2, 30), (2024, 13, 1)]:
    try: date(*bad)
    except ValueError as e: print(e)
print(dt == a, dt < datetime(2025,1,1), d == dt, hash(d) == hash(date(2024,1,31)))
try: dt < a
except TypeError as e: print(e)
try: dt < d
except TypeError as e: print(e)
print(MINYEAR, MAXYEAR, date.max, datetime.min, timedelta.max, repr(timedelta.min))
print(dt.timetuple(), dt.date(), dt.time(), datetime.combine(d, time(1, 2, 3)))
print(a.astimezone(timezone(timedelta(hours=2))), datetime.utcfromtimestamp(0))
