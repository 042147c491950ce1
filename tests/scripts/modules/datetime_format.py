# datetime formatting and parsing: strftime, isoformat, fromisoformat, strptime, reprs, errors
from datetime import timedelta, date, datetime, time, timezone, tzinfo
import datetime as dtmod

d = date(2023, 7, 4)
dt = datetime(2023, 7, 4, 9, 5, 7, 1234)
fmt = "%Y|%m|%d|%H|%M|%S|%f|%a|%A|%b|%B|%j|%p|%y|%%|%I|%w|%U|%W|%c|%x|%X"
print(d.strftime(fmt))
print(dt.strftime(fmt))
print(datetime(2024, 12, 30, 18).strftime("%G-W%V-%u %I %p"), date(2021, 1, 1).strftime("%U %W %j"))
print(time(15, 4, 5, 6).strftime("%H:%M:%S.%f %p"), f"{dt:%Y/%m/%d %H.%M}", f"{time(1, 2):%H%M}")
print(repr(datetime(2024, 1, 5, 3).strftime("%n%t%h%e%c%% %Q %")), date(999, 3, 4).strftime("%Y %F %G"))
print(format(dt), format(d, ""), format(time(3)), "{:%b %d}".format(d))
aware = datetime(2023, 7, 4, 9, 5, tzinfo=timezone(timedelta(hours=-4), "EDT"))
print(aware.strftime("%z %Z"), aware, repr(aware), datetime(2023, 1, 1, tzinfo=timezone.utc).strftime("%z|%Z"))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="seconds"), dt.isoformat(timespec="milliseconds"),
      dt.isoformat(timespec="hours"), dt.isoformat(timespec="minutes"), str(dt))
print(time(1, 2, 3).isoformat(), time(1, 2, 3, 40).isoformat(), time(4, 5).isoformat("minutes"))
print(d.ctime(), dt.ctime(), d.isoformat(), date(5, 1, 2).isoformat(), repr(date(5, 1, 2)))
print(d.isocalendar(), d.isocalendar().week, date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar())
print(date.fromisocalendar(2020, 53, 5), d.timetuple(), dt.timetuple().tm_yday)
print(repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 0, 5)), repr(time(1, tzinfo=timezone.utc)),
      repr(time(1, fold=1)))
print(repr(datetime(2024, 1, 31, 12, 0)), repr(datetime(2024, 1, 31, 12, 0, 5)), repr(datetime(2024, 1, 31, 0, 0, 0, 7)))
print(repr(timezone.utc), repr(timezone(timedelta(seconds=3600))), repr(timezone(timedelta(hours=-3), "BRT")),
      str(timezone(timedelta(hours=5, minutes=30))), timezone.min, timezone.max, timezone(timedelta(0)) is timezone.utc)
print(repr(dtmod.UTC), timezone(timedelta(seconds=1)).tzname(None))

for s in ["2024-01-31", "20240131", "2024-W05", "2024W053", "2024-W05-3"]:
    print(s, repr(date.fromisoformat(s)))
for s in ["2024-01-31T12", "2024-01-31T12:34", "2024-01-31 12:34:56", "2024-01-31T12:34:56.5",
          "2024-01-31T12:34:56.123456789", "2024-01-31T12:34:56Z", "2024-01-31T12:34:56+05:30",
          "2024-01-31T12:34:56-0800", "20240131T123456", "2024-01-31T12:34:56.001+00:00"]:
    print(s, repr(datetime.fromisoformat(s)))
for s in ["12", "12:34", "12:34:56.789", "T12:34:56", "1234", "12:34:56+01:00", "12:34Z"]:
    print(s, repr(time.fromisoformat(s)))
for bad in ["2024-1-31", "2024-02-30", "", "abcd-ef-gh", "2024-01-31T25:00", "2024-01-31T"]:
    for cls in (date, datetime):
        try:
            print(repr(cls.fromisoformat(bad)))
        except ValueError as e:
            print("ValueError", e)
try:
    date.fromisoformat(20240131)
except TypeError as e:
    print("TypeError", e)

for s, f in [("2024-01-31 12:34:56", "%Y-%m-%d %H:%M:%S"), ("31/01/24", "%d/%m/%y"), ("1/2/1999", "%m/%d/%Y"),
             ("Wed Jan 31 2024", "%a %b %d %Y"), ("March 5, 2021 7:08 pm", "%B %d, %Y %I:%M %p"),
             ("12:00:00.5", "%H:%M:%S.%f"), ("2024-060", "%Y-%j"), ("2024-01-31T12:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"),
             ("2024-01-31 12:00 -03:00", "%Y-%m-%d %H:%M %z"), ("10%", "%H%%"), ("12  5", "%H %M"),
             ("20240131", "%Y%m%d"), ("1999", "%Y")]:
    print(repr(datetime.strptime(s, f)))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-01-31 extra", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"),
             ("x", "%Y"), ("2024", "%Q")]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print("ValueError", e)

for bad in [(0, 1, 1), (10000, 1, 1), (2023, 2, 29), (2024, 0, 1), (2024, 4, 31)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 10**6)]:
    try:
        time(*bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: date(2024.0, 1, 1), lambda: date("2024", 1, 1), lambda: time(1, tzinfo=5),
            lambda: timezone(5), lambda: timezone(timedelta(hours=24)), lambda: date.fromordinal(0),
            lambda: time(fold=2), lambda: datetime(2024, 1, 1, 1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


k = datetime(2024, 1, 31, 12, tzinfo=Fixed(330, "IST"))
print(k, k.tzname(), k.utcoffset(), k.strftime("%H:%M %Z %z"), k.astimezone(timezone.utc),
      datetime(2024, 1, 31, 6, 30, tzinfo=timezone.utc).astimezone(Fixed(-60, "X")))
print(k.utctimetuple(), k.timetz(), k.replace(tzinfo=None), k.date(), k.time())
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print("NotImplementedError", e)


class MyDate(date):
    pass


m = MyDate(2024, 5, 6)
print(repr(m), type(m + timedelta(1)).__name__, m.replace(day=7), type(MyDate.fromisoformat("2024-01-01")).__name__)
print(date(2024, 1, 31).replace(month=2, day=29), datetime(2024, 1, 31, 5).replace(hour=6, year=2020))
print(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=timezone.utc)), date.fromordinal(1), date(1, 1, 1).toordinal())
