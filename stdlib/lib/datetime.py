"""Basic date and time types (tally's pure-Python datetime).

Modelled on CPython 3.11's datetime: timedelta, date, time, datetime, tzinfo, timezone. The
messages follow CPython's C implementation (_datetime). strftime and strptime are implemented
here for the common directives (C locale); the local time zone comes from the time module.
"""

import operator as _op
import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059   # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    """Proleptic Gregorian ordinal; January 1 of year 1 is day 1."""
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of a proleptic Gregorian ordinal."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return index(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (offset,))


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_type_name(x), _type_name(y)))


def _divide_and_round(a, b):
    """a / b rounded half to even (integers)."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' of a timedelta offset, '' for None."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += "%s%02d" % (sep, rest.seconds)
        if rest.microseconds:
            s += ".%06d" % rest.microseconds
    return s


# ---- strftime ----

_STRF_NUMBERS = {"Y": ("%d", 0), "m": ("%02d", 1), "d": ("%02d", 2), "e": ("%2d", 2),
                 "H": ("%02d", 3), "M": ("%02d", 4), "S": ("%02d", 5), "j": ("%03d", 7)}
_STRF_ALIASES = {"c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "D": "%m/%d/%y", "X": "%H:%M:%S",
                 "T": "%H:%M:%S", "R": "%H:%M", "F": "%Y-%m-%d", "h": "%b", "n": "\n", "t": "\t"}
_STRF_FUNCS = {
    "y": lambda t, o: "%02d" % (t[0] % 100),
    "I": lambda t, o: "%02d" % (t[3] % 12 or 12),
    "p": lambda t, o: "AM" if t[3] < 12 else "PM",
    "f": lambda t, o: "%06d" % getattr(o, "microsecond", 0),
    "a": lambda t, o: _DAYNAMES[t[6]],
    "A": lambda t, o: _FULLDAYNAMES[t[6]],
    "b": lambda t, o: _MONTHNAMES[t[1]],
    "B": lambda t, o: _FULLMONTHNAMES[t[1]],
    "w": lambda t, o: "%d" % ((t[6] + 1) % 7),
    "u": lambda t, o: "%d" % (t[6] + 1),
    "U": lambda t, o: "%02d" % ((t[7] + 6 - (t[6] + 1) % 7) // 7),
    "W": lambda t, o: "%02d" % ((t[7] + 6 - t[6]) // 7),
    "G": lambda t, o: "%d" % _isocalendar(t[0], t[1], t[2])[0],
    "V": lambda t, o: "%02d" % _isocalendar(t[0], t[1], t[2])[1],
    "z": lambda t, o: _format_offset(o.utcoffset() if hasattr(o, "utcoffset") else None, ""),
    "Z": lambda t, o: (o.tzname() if hasattr(o, "tzname") else None) or "",
    "%": lambda t, o: "%",
}


def _strftime(fmt, tt, obj):
    """Format the timetuple tt (9 fields) with fmt (C locale); obj supplies %f, %z and %Z."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch in _STRF_NUMBERS:
            spec, index = _STRF_NUMBERS[ch]
            out.append(spec % tt[index])
        elif ch in _STRF_ALIASES:
            out.append(_strftime(_STRF_ALIASES[ch], tt, obj))
        elif ch in _STRF_FUNCS:
            out.append(_STRF_FUNCS[ch](tt, obj))
        else:
            out.append("%" + ch)
    return "".join(out)


def _isocalendar(year, month, day):
    week1monday = _isoweek1monday(year)
    today = _ymd2ord(year, month, day)
    week, wday = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _isoweek1monday(year)
        week, wday = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, wday + 1


def _isoweek1monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# ---- ISO 8601 parsing ----

def _digits(s, pos, count):
    part = s[pos:pos + count]
    if len(part) != count or not (part.isdigit() and part.isascii()):
        raise ValueError
    return int(part)


def _parse_isoformat_date(s):
    """(year, month, day) of 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]' or 'YYYYWww[D]'."""
    year = _digits(s, 0, 4)
    if len(s) < 5:
        raise ValueError
    has_sep = s[4] == "-"
    pos = 5 if has_sep else 4
    if s[pos:pos + 1] == "W":
        week = _digits(s, pos + 1, 2)
        pos += 3
        day = 1
        if len(s) > pos:
            if (s[pos] == "-") != has_sep:
                raise ValueError
            if has_sep:
                pos += 1
            day = _digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ValueError
        return _iso_to_ymd(year, week, day)
    month = _digits(s, pos, 2)
    pos += 2
    if has_sep:
        if s[pos:pos + 1] != "-":
            raise ValueError
        pos += 1
    day = _digits(s, pos, 2)
    if pos + 2 != len(s):
        raise ValueError
    return year, month, day


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError
    if not 0 < week < 53:
        if week != 53 or not (_ymd2ord(year, 1, 1) % 7 == 4 or
                              (_ymd2ord(year, 1, 1) % 7 == 3 and _is_leap(year))):
            raise ValueError
    if not 0 < day < 8:
        raise ValueError
    ordinal = _isoweek1monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


def _parse_hh_mm_ss_ff(s):
    """[hour, minute, second, microsecond] of 'HH[:MM[:SS[.fff[fff]]]]' (or without colons)."""
    comps = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    has_sep = None
    for i in range(3):
        comps[i] = _digits(s, pos, 2)
        pos += 2
        if pos >= n or i == 2:
            break
        c = s[pos]
        if has_sep is None:
            has_sep = c == ":"
        if c == ":":
            if not has_sep:
                raise ValueError
            pos += 1
        elif has_sep or c in ".,":
            break
    if pos < n:
        if s[pos] not in ".," or i < 2:
            raise ValueError
        pos += 1
        frac = s[pos:]
        if not frac or not (frac.isdigit() and frac.isascii()):
            raise ValueError
        digits = frac[:6]
        comps[3] = int(digits) * 10 ** (6 - len(digits))
    return comps


def _parse_isoformat_time(s):
    """[hour, minute, second, microsecond, tzinfo-or-None] of an ISO time string."""
    tzpos = -1
    for i, c in enumerate(s):
        if c in "+-Z":
            tzpos = i
            break
    timestr = s if tzpos < 0 else s[:tzpos]
    comps = _parse_hh_mm_ss_ff(timestr)
    tz = None
    if tzpos >= 0:
        tzstr = s[tzpos:]
        if tzstr == "Z":
            tz = timezone.utc
        else:
            if tzstr[0] not in "+-" or len(tzstr) < 3:
                raise ValueError
            h, m, sec, us = _parse_hh_mm_ss_ff(tzstr[1:])
            td = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            if tzstr[0] == "-":
                td = -td
            tz = timezone(td)
    comps.append(tz)
    return comps


# ---- strptime ----

def _strptime_number(s, pos, maxlen, lo, hi, minlen=1):
    """Candidate (value, end) pairs for a number of minlen..maxlen digits in lo..hi, longest first."""
    found = []
    for ln in range(maxlen, minlen - 1, -1):
        part = s[pos:pos + ln]
        if len(part) == ln and part.isdigit() and part.isascii():
            v = int(part)
            if lo <= v <= hi:
                found.append((v, pos + ln))
    return found


def _strptime_names(s, pos, names):
    low = s[pos:].lower()
    found = []
    for i, name in enumerate(names):
        if name and low.startswith(name.lower()):
            found.append((i, pos + len(name)))
    found.sort(key=lambda c: -c[1])
    return found


def _strptime_tokens(fmt):
    tokens = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d not in "YymdHIMSfpbBaAjzZ%wuUW":
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            tokens.append(("%", d))
            i += 2
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append((" ", None))
        else:
            tokens.append(("=", c))
            i += 1
    return tokens


def _strptime_candidates(kind, arg, s, pos):
    if kind == "=":
        if s[pos:pos + 1].lower() == arg.lower():
            return [(None, pos + 1)]
        return []
    if kind == " ":
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        return [(None, end)] if end > pos else []
    if arg == "Y":
        return _strptime_number(s, pos, 4, 0, 9999, 4)
    if arg == "y":
        return _strptime_number(s, pos, 2, 0, 99, 2)
    if arg == "m":
        return _strptime_number(s, pos, 2, 1, 12)
    if arg == "d":
        c = _strptime_number(s, pos, 2, 1, 31)
        if not c and s[pos:pos + 1] == " ":
            c = _strptime_number(s, pos + 1, 1, 1, 9)
        return c
    if arg == "H":
        return _strptime_number(s, pos, 2, 0, 23)
    if arg == "I":
        return _strptime_number(s, pos, 2, 1, 12)
    if arg == "M":
        return _strptime_number(s, pos, 2, 0, 59)
    if arg == "S":
        return _strptime_number(s, pos, 2, 0, 61)
    if arg == "f":
        return [(s[pos:end], end) for _, end in _strptime_number(s, pos, 6, 0, 999999)]
    if arg == "j":
        return _strptime_number(s, pos, 3, 1, 366)
    if arg in "wu":
        return _strptime_number(s, pos, 1, 0 if arg == "w" else 1, 6 if arg == "w" else 7)
    if arg in "UW":
        return _strptime_number(s, pos, 2, 0, 53)
    if arg == "p":
        return _strptime_names(s, pos, ["AM", "PM"])
    if arg == "b":
        return _strptime_names(s, pos, _MONTHNAMES)
    if arg == "B":
        return _strptime_names(s, pos, _FULLMONTHNAMES)
    if arg == "a":
        return _strptime_names(s, pos, _DAYNAMES)
    if arg == "A":
        return _strptime_names(s, pos, _FULLDAYNAMES)
    if arg == "%":
        return [(None, pos + 1)] if s[pos:pos + 1] == "%" else []
    if arg == "Z":
        names = ["UTC", "GMT"] + [n for n in getattr(_time, "tzname", ()) if n]
        return _strptime_names(s, pos, names)
    if arg == "z":
        if s[pos:pos + 1] == "Z":
            return [(0, pos + 1)]
        return _strptime_offset(s, pos)
    return []


def _strptime_offset(s, pos):
    sign = s[pos:pos + 1]
    if sign not in ("+", "-"):
        return []
    p = pos + 1
    fields = []
    colon = None
    while len(fields) < 3:
        part = s[p:p + 2]
        if len(part) != 2 or not part.isdigit():
            break
        fields.append(int(part))
        p += 2
        if len(fields) < 3:
            if s[p:p + 1] == ":" and colon is not False and s[p + 1:p + 3].isdigit():
                colon = True
                p += 1
            elif colon:
                break
            else:
                colon = False
    if len(fields) < 2:
        return []
    us = 0
    if len(fields) == 3 and s[p:p + 1] == "." and s[p + 1:p + 7].isdigit() and len(s[p + 1:p + 7]) == 6:
        us = int(s[p + 1:p + 7])
        p += 7
    secs = fields[0] * 3600 + fields[1] * 60 + (fields[2] if len(fields) == 3 else 0)
    total = timedelta(seconds=secs, microseconds=us)
    if sign == "-":
        total = -total
    return [(total, p)]


def _strptime_match(tokens, k, s, pos, values):
    if k == len(tokens):
        return pos
    kind, arg = tokens[k]
    for value, end in _strptime_candidates(kind, arg, s, pos):
        if kind == "%":
            values[arg] = value
        r = _strptime_match(tokens, k + 1, s, end, values)
        if r is not None:
            return r
    return None


def _strptime(cls, data_string, fmt):
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data_string).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    tokens = _strptime_tokens(fmt)
    values = {}
    end = _strptime_match(tokens, 0, data_string, 0, values)
    if end is None:
        raise ValueError("time data %r does not match format %r" % (data_string, fmt))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    year = values.get("Y")
    if year is None:
        y = values.get("y")
        year = 1900 if y is None else (y + 2000 if y <= 68 else y + 1900)
    month = values.get("m")
    if month is None:
        month = values.get("b", values.get("B"))
    day = values.get("d")
    hour = values.get("H", 0)
    if "I" in values:
        hour = values["I"] % 12
        if values.get("p") == 1:
            hour += 12
    minute = values.get("M", 0)
    second = values.get("S", 0)
    frac = values.get("f")
    us = 0 if frac is None else int(frac + "0" * (6 - len(frac)))
    if "j" in values and month is None and day is None:
        y2, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + values["j"] - 1)
        if y2 != year:
            raise ValueError("day is out of range for month")
    month = 1 if month is None else month
    day = 1 if day is None else day
    tz = None
    if "z" in values:
        tz = timezone(values["z"])
    if second > 59:
        second = 59
    return cls(year, month, day, hour, minute, second, us, tz)


class timedelta:
    """Difference between two datetimes: days, seconds and microseconds, normalised so that
    0 <= seconds < 86400 and 0 <= microseconds < 1000000."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        whole = 0
        frac = 0.0
        for value, factor in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                              (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                              (weeks, 604800000000)):
            if isinstance(value, int):
                whole += value * factor
            elif isinstance(value, float):
                if value != value or value in (float("inf"), float("-inf")):
                    raise ValueError("cannot convert float %s to integer" % ("NaN" if value != value
                                                                            else "infinity"))
                ipart = int(value)
                whole += ipart * factor
                frac += (value - ipart) * factor
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_TD_NAMES[factor], type(value).__name__))
        base = int(frac)
        if base > frac:
            base -= 1
        rest = frac - base
        total = whole + base
        if rest > 0.5 or (rest == 0.5 and total % 2 == 1):
            total += 1
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        secs, us = divmod(us, 1000000)
        d, s = divmod(secs, 86400)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_type_name(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = "%d day%s, " % (self._days, plural) + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        return self._to_microseconds() / 10**6

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        if a == 0:
            raise ZeroDivisionError("float division by zero")
        return timedelta._from_microseconds(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return op(_cmp(self._getstate(), other._getstate()), 0)
        return NotImplemented

    __eq__ = lambda self, other: self._compare(other, _op.eq)
    __le__ = lambda self, other: self._compare(other, _op.le)
    __lt__ = lambda self, other: self._compare(other, _op.lt)
    __ge__ = lambda self, other: self._compare(other, _op.ge)
    __gt__ = lambda self, other: self._compare(other, _op.gt)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._getstate())


_TD_NAMES = {86400000000: "days", 1000000: "seconds", 1: "microseconds", 1000: "milliseconds",
             60000000: "minutes", 3600000000: "hours", 604800000000: "weeks"}

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A date in the proleptic Gregorian calendar: date(year, month, day)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month, day):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            ymd = _parse_isoformat_date(date_string)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53:
            try:
                _iso_to_ymd(year, week, 1)
            except ValueError:
                raise ValueError("Invalid week: %d" % week) from None
        if not 0 < day < 8:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        return cls(*_iso_to_ymd(year, week, day))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        year = self._year if year is None else year
        month = self._month if month is None else month
        day = self._day if day is None else day
        return type(self)(year, month, day)

    def _cmp(self, other):
        return _cmp((self._year, self._month, self._day), (other._year, other._month, other._day))

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._cmp(other), 0)
        return NotImplemented

    __eq__ = lambda self, other: self._compare(other, _op.eq)
    __le__ = lambda self, other: self._compare(other, _op.le)
    __lt__ = lambda self, other: self._compare(other, _op.lt)
    __ge__ = lambda self, other: self._compare(other, _op.ge)
    __gt__ = lambda self, other: self._compare(other, _op.gt)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone information objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


class time:
    """A time of day: time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def _compare(self, other, op):
        if isinstance(other, time):
            return op(self._cmp(other, op is _op.eq), 0)
        return NotImplemented

    __eq__ = lambda self, other: self._compare(other, _op.eq)
    __le__ = lambda self, other: self._compare(other, _op.le)
    __lt__ = lambda self, other: self._compare(other, _op.lt)
    __ge__ = lambda self, other: self._compare(other, _op.ge)
    __gt__ = lambda self, other: self._compare(other, _op.gt)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_type_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            comps = _parse_isoformat_time(s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        return cls(*comps)

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(fmt, tt, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        hour = self._hour if hour is None else hour
        minute = self._minute if minute is None else minute
        second = self._second if second is None else second
        microsecond = self._microsecond if microsecond is None else microsecond
        tzinfo = self._tzinfo if tzinfo is True else tzinfo
        fold = self._fold if fold is None else fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (self.__class__, args)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            whole = int(t)
            us = round((t - whole) * 1e6)
            if us >= 1000000:
                whole += 1
                us -= 1000000
            elif us < 0:
                whole -= 1
                us += 1000000
            t = whole
        else:
            t = _index(t)
            us = 0
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo_arg(tz)
        result = cls._fromtimestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            sep = _find_date_end(date_string)
            ymd = _parse_isoformat_date(date_string[:sep])
            if sep < len(date_string):
                comps = _parse_isoformat_time(date_string[sep + 1:])
                if not date_string[sep + 1:]:
                    raise ValueError
            else:
                comps = [0, 0, 0, 0, None]
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*(tuple(ymd) + tuple(comps)))

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, dst)

    def _local_timestamp(self):
        t = _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                          self._second, -1, -1, -1))
        return int(t)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        return time(self.hour, self.minute, self.second, self.microsecond, self._tzinfo,
                    fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        year = self.year if year is None else year
        month = self.month if month is None else month
        day = self.day if day is None else day
        hour = self.hour if hour is None else hour
        minute = self.minute if minute is None else minute
        second = self.second if second is None else second
        microsecond = self.microsecond if microsecond is None else microsecond
        tzinfo = self.tzinfo if tzinfo is True else tzinfo
        fold = self.fold if fold is None else fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        if self.tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        gmtoff = localtm.tm_gmtoff
        zone = localtm.tm_zone
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond]
        if args[-1] == 0:
            del args[-1]
        if args[-1] == 0:
            del args[-1]
        s = "%s(%s)" % (_type_name(self), ", ".join(map(str, args)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def _compare(self, other, op):
        if isinstance(other, datetime):
            return op(self._cmp(other, op is _op.eq), 0)
        if not isinstance(other, date):
            return NotImplemented
        if op is _op.eq:
            return False
        _cmperror(self, other)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._fields(), other._fields())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            return type(self).combine(date.fromordinal(delta.days),
                                      time(hour, minute, second, delta.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._fields())
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds, self.microsecond) - tzoff)
        return self._hashcode

    def __reduce__(self):
        args = self._fields()
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (self.__class__, args)


_date_class = date
_time_class = time


def _find_date_end(s):
    """Length of the date part of an ISO datetime string (the separator's index)."""
    n = len(s)
    if n >= 8 and s[4] == "-" and s[5] != "W":
        return 10 if n >= 10 else n
    if n >= 8 and s[4] == "-" and s[5] == "W":
        return 10 if n > 8 and s[8] == "-" else 8
    if n > 4 and s[4] == "W":
        return 8 if n > 7 and s[7].isdigit() else 7
    return 8


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


_Omitted = object()


class timezone(tzinfo):
    """A fixed offset from UTC: timezone(offset, name=None)."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (self.__class__, self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime.datetime, not %s"
                        % type(dt).__name__)

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
