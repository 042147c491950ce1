/* mod_time.c: the time module: clocks (time, time_ns, perf_counter, monotonic, process_time and
 * their _ns forms), sleep (interruptible by Ctrl-C), struct_time (a tuple of 9 items with the
 * hidden fields tm_zone and tm_gmtoff, as CPython's struct sequence), gmtime, localtime, mktime,
 * strftime, asctime, ctime and the timezone constants, with CPython 3.11's messages. */
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/funcobject.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/vm.h"
#include "vm/eval_helpers.h"
#include "stdlib/modules.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ST_VISIBLE 9           /* tm_year .. tm_isdst */
#define ST_TOTAL 11            /* + tm_zone, tm_gmtoff (attributes only) */

extern TypeObject mod_time_struct_time_type;
#define MOD_TIME_IS_STRUCT(o) (TYPE(o) == &mod_time_struct_time_type)

/* ---- struct_time ---- */

/* A struct_time of items[0..11) (stolen; NULL entries become None). NULL on failure. */
static Object *struct_time_from_steal(Object **items)
{
    Object *t = obj_alloc(&mod_time_struct_time_type, ST_TOTAL);
    if (t == NULL) {
        for (int i = 0; i < ST_TOTAL; i++)
            OBJ_XDECREF(items[i]);
        return NULL;
    }
    for (int i = 0; i < ST_TOTAL; i++)
        TUPLE_ITEMS(t)[i] = items[i] != NULL ? items[i] : obj_newref(NONE);
    SIZE(t) = ST_VISIBLE;       /* the hidden fields follow the visible items */
    return t;
}

static Object *st_get_field(Object *self, void *closure)
{
    return NEWREF(TUPLE_ITEMS(self)[(intptr_t)closure]);
}

static void st_dealloc(Object *self)
{
    OBJ_CLEAR(TUPLE_ITEMS(self)[ST_VISIBLE]);
    OBJ_CLEAR(TUPLE_ITEMS(self)[ST_VISIBLE + 1]);
    tuple_type.dealloc(self);
}

static Object *st_repr(Object *self)
{
    Object *parts[ST_VISIBLE];
    for (int i = 0; i < ST_VISIBLE; i++) {
        parts[i] = obj_repr(TUPLE_GET(self, i));
        if (parts[i] == NULL) {
            for (int j = 0; j < i; j++)
                OBJ_DECREF(parts[j]);
            return NULL;
        }
    }
    Object *r = str_from_format("time.struct_time(tm_year=%U, tm_mon=%U, tm_mday=%U, tm_hour=%U, tm_min=%U, "
                                "tm_sec=%U, tm_wday=%U, tm_yday=%U, tm_isdst=%U)",
                                parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6],
                                parts[7], parts[8]);
    for (int i = 0; i < ST_VISIBLE; i++)
        OBJ_DECREF(parts[i]);
    return r;
}

static Object *st_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(type);
    static const char *const names[] = {"sequence", "dict", NULL};
    Object *v[2] = {NULL, NULL};
    if (arg_parse("struct_time", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    Object *seq = tuple_from_iterable(v[0]);
    if (seq == NULL)
        return NULL;
    ssize_t n = TUPLE_SIZE(seq);
    if (n < ST_VISIBLE) {
        OBJ_DECREF(seq);
        return exc_format(Exc_TypeError, "time.struct_time() takes an at least 9-sequence (%zd-sequence given)", n);
    }
    if (n > ST_TOTAL) {
        OBJ_DECREF(seq);
        return exc_format(Exc_TypeError, "time.struct_time() takes an at most 11-sequence (%zd-sequence given)", n);
    }
    Object *items[ST_TOTAL] = {NULL};
    for (ssize_t i = 0; i < n; i++)
        items[i] = obj_newref(TUPLE_GET(seq, i));
    OBJ_DECREF(seq);
    return struct_time_from_steal(items);
}

static GetSetDef st_getset[] = {
    {"tm_year", st_get_field, NULL, "year, for example, 1993", (void *)0},
    {"tm_mon", st_get_field, NULL, "month of year, range [1, 12]", (void *)1},
    {"tm_mday", st_get_field, NULL, "day of month, range [1, 31]", (void *)2},
    {"tm_hour", st_get_field, NULL, "hours, range [0, 23]", (void *)3},
    {"tm_min", st_get_field, NULL, "minutes, range [0, 59]", (void *)4},
    {"tm_sec", st_get_field, NULL, "seconds, range [0, 61])", (void *)5},
    {"tm_wday", st_get_field, NULL, "day of week, range [0, 6], Monday is 0", (void *)6},
    {"tm_yday", st_get_field, NULL, "day of year, range [1, 366]", (void *)7},
    {"tm_isdst", st_get_field, NULL, "1 if summer time is in effect, 0 if not, and -1 if unknown", (void *)8},
    {"tm_zone", st_get_field, NULL, "abbreviation of timezone name", (void *)9},
    {"tm_gmtoff", st_get_field, NULL, "offset from UTC in seconds", (void *)10},
    {NULL, NULL, NULL, NULL, NULL},
};

/* Items, comparison, hashing and the GC slots are inherited from tuple. */
TypeObject mod_time_struct_time_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "time.struct_time",
    .basicsize = sizeof(TupleObject),
    .itemsize = sizeof(Object *),
    .flags = TPFLAG_TUPLE_SUBCLASS,
    .doc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
           " accepted by asctime(), mktime() and strftime().",
    .dealloc = st_dealloc,
    .repr = st_repr,
    .tp_new = st_new,
    .getset = st_getset,
    .base = &tuple_type,
};

static Object *struct_time_from_tm(const struct tm *tm)
{
    Object *items[ST_TOTAL];
    long vals[ST_VISIBLE] = {
        (long)tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
        (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst,
    };
    bool ok = true;
    for (int i = 0; i < ST_VISIBLE; i++)
        ok &= (items[i] = int_from_long(vals[i])) != NULL;
    items[9] = tm->tm_zone != NULL ? str_from_cstr(tm->tm_zone) : obj_newref(NONE);
    items[10] = int_from_long(tm->tm_gmtoff);
    ok &= items[9] != NULL && items[10] != NULL;
    if (!ok) {
        for (int i = 0; i < ST_TOTAL; i++)
            OBJ_XDECREF(items[i]);
        return NULL;
    }
    return struct_time_from_steal(items);
}

/* ---- conversions ---- */

/* A timestamp (float rounded toward -inf, or an int via __index__) as time_t. */
static int object_to_time_t(Object *o, time_t *out)
{
    if (FLOAT_CHECK(o)) {
        double d = floor(FLOAT_VALUE(o));
        if (isnan(d)) {
            exc_set_string(Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            exc_set_string(Exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    Object *i = obj_index(o);
    if (i == NULL)
        return -1;
    int overflow;
    int64_t v = int_as_i64(i, &overflow);
    OBJ_DECREF(i);
    if (overflow) {
        exc_set_string(Exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)v;
    return 0;
}

static int secs_arg(Object *const *args, ssize_t nargs, time_t *out)
{
    if (nargs == 0 || args[0] == NONE) {
        *out = time(NULL);
        return 0;
    }
    return object_to_time_t(args[0], out);
}

/* CPython's gettmarg: a struct_time or a 9-tuple into struct tm. */
static int tuple_to_tm(Object *t, struct tm *tm, const char *fname)
{
    if (!TUPLE_CHECK(t)) {
        exc_set_string(Exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (TUPLE_SIZE(t) != ST_VISIBLE) {
        exc_format(Exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    long v[ST_VISIBLE];
    for (int i = 0; i < ST_VISIBLE; i++) {
        Object *x = TUPLE_GET(t, i);
        Object *ix = obj_index(x);
        if (ix == NULL)
            return -1;
        int overflow;
        v[i] = int_as_long(ix, &overflow);
        OBJ_DECREF(ix);
        if (overflow || v[i] > INT32_MAX || v[i] < INT32_MIN) {
            exc_set_string(Exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    if (tm->tm_wday < 0)
        tm->tm_wday += 7;
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    if (MOD_TIME_IS_STRUCT(t)) {
        Object *zone = TUPLE_ITEMS(t)[ST_VISIBLE], *off = TUPLE_ITEMS(t)[ST_VISIBLE + 1];
        if (zone != NULL && STR_CHECK(zone))
            tm->tm_zone = STR_DATA(zone);
        if (off != NULL && INT_CHECK(off)) {
            int overflow;
            tm->tm_gmtoff = int_as_long(off, &overflow);
        }
    }
    return 0;
}

/* CPython's checktm for strftime and asctime (after its normalisation of zeros). */
static int check_tm(struct tm *tm)
{
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        return exc_set_string(Exc_ValueError, "month out of range"), -1;
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31)
        return exc_set_string(Exc_ValueError, "day of month out of range"), -1;
    if (tm->tm_hour < 0 || tm->tm_hour > 23)
        return exc_set_string(Exc_ValueError, "hour out of range"), -1;
    if (tm->tm_min < 0 || tm->tm_min > 59)
        return exc_set_string(Exc_ValueError, "minute out of range"), -1;
    if (tm->tm_sec < 0 || tm->tm_sec > 61)
        return exc_set_string(Exc_ValueError, "seconds out of range"), -1;
    if (tm->tm_wday < 0)
        return exc_set_string(Exc_ValueError, "day of week out of range"), -1;
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365)
        return exc_set_string(Exc_ValueError, "day of year out of range"), -1;
    return 0;
}

/* CPython's messages for functions with optional positional arguments. */
static int count_range(const char *fname, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs < min) {
        exc_format(Exc_TypeError, "%s() takes at least %zd argument%s (%zd given)", fname, min,
                   min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        exc_format(Exc_TypeError, "%s() takes at most %zd argument%s (%zd given)", fname, max,
                   max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* ---- clocks ---- */

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Object *clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

#define CLOCK_FN(pyname, id, ns)                                                              \
    static Object *time_##pyname(Object *self, Object *const *args, ssize_t nargs, Object *kw) \
    {                                                                                         \
        UNUSED(self); UNUSED(args);                                                           \
        if (arg_no_kwargs(#pyname, kw) < 0 || arg_count("time." #pyname, nargs, 0, 0) < 0)            \
            return NULL;                                                                      \
        return ns ? clock_ns(id) : float_new(clock_seconds(id));                              \
    }

CLOCK_FN(time, CLOCK_REALTIME, 0)
CLOCK_FN(time_ns, CLOCK_REALTIME, 1)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC, 0)
CLOCK_FN(perf_counter_ns, CLOCK_MONOTONIC, 1)
CLOCK_FN(monotonic, CLOCK_MONOTONIC, 0)
CLOCK_FN(monotonic_ns, CLOCK_MONOTONIC, 1)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID, 0)
CLOCK_FN(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, 1)
CLOCK_FN(thread_time, CLOCK_THREAD_CPUTIME_ID, 0)
CLOCK_FN(thread_time_ns, CLOCK_THREAD_CPUTIME_ID, 1)

static Object *time_sleep(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("sleep", kwnames) < 0 || arg_count("time.sleep", nargs, 1, 1) < 0)
        return NULL;
    double secs;
    if (FLOAT_CHECK(args[0])) {
        secs = FLOAT_VALUE(args[0]);
        if (isnan(secs))
            return exc_set_string(Exc_ValueError, "Invalid value NaN (not a number)");
    } else {
        Object *i = obj_index(args[0]);
        if (i == NULL)
            return NULL;
        secs = int_as_double(i);
        OBJ_DECREF(i);
        if (secs == -1.0 && exc_occurred())
            return NULL;
    }
    if (secs < 0)
        return exc_set_string(Exc_ValueError, "sleep length must be non-negative");
    vm_flush_std();
    double deadline = clock_seconds(CLOCK_MONOTONIC) + secs;
    for (;;) {
        if (vm_interrupt_pending) {
            eval_handle_interrupt();
            return NULL;
        }
        double left = deadline - clock_seconds(CLOCK_MONOTONIC);
        if (left <= 0)
            break;
        if (left > 0.05)
            left = 0.05;      /* wake up regularly to notice Ctrl-C */
        struct timespec ts = {(time_t)left, (long)((left - floor(left)) * 1e9)};
        nanosleep(&ts, NULL);
    }
    RETURN_NONE;
}

/* ---- calendar functions ---- */

static Object *time_gmtime(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    time_t t;
    struct tm tm;
    if (arg_no_kwargs("gmtime", kwnames) < 0 || count_range("gmtime", nargs, 0, 1) < 0 || secs_arg(args, nargs, &t) < 0)
        return NULL;
    errno = 0;
    if (gmtime_r(&t, &tm) == NULL)
        return exc_set_string(Exc_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from_tm(&tm);
}

static Object *time_localtime(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    time_t t;
    struct tm tm;
    if (arg_no_kwargs("localtime", kwnames) < 0 || count_range("localtime", nargs, 0, 1) < 0 ||
        secs_arg(args, nargs, &t) < 0)
        return NULL;
    if (localtime_r(&t, &tm) == NULL)
        return exc_set_string(Exc_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from_tm(&tm);
}

static Object *time_mktime(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    struct tm tm;
    if (arg_no_kwargs("mktime", kwnames) < 0 || arg_count("time.mktime", nargs, 1, 1) < 0 ||
        tuple_to_tm(args[0], &tm, "mktime") < 0)
        return NULL;
    tm.tm_wday = -1;     /* sentinel: mktime sets it on success */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return exc_set_string(Exc_OverflowError, "mktime argument out of range");
    return float_new((double)t);
}

/* The current local time, or the given tuple, as struct tm (asctime/strftime's optional argument). */
static int tm_arg(Object *const *args, ssize_t nargs, ssize_t at, struct tm *tm, const char *fname)
{
    if (nargs <= at) {
        time_t t = time(NULL);
        localtime_r(&t, tm);
        return 0;
    }
    if (tuple_to_tm(args[at], tm, fname) < 0)
        return -1;
    return check_tm(tm);
}

static Object *format_asctime(const struct tm *tm)
{
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", wday[((tm->tm_wday % 7) + 7) % 7],
             mon[((tm->tm_mon % 12) + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             1900 + tm->tm_year);
    return str_from_cstr(buf);
}

static Object *time_asctime(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    struct tm tm;
    if (arg_no_kwargs("asctime", kwnames) < 0 || arg_count("asctime", nargs, 0, 1) < 0 ||
        tm_arg(args, nargs, 0, &tm, "asctime") < 0)
        return NULL;
    return format_asctime(&tm);
}

static Object *time_ctime(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    time_t t;
    struct tm tm;
    if (arg_no_kwargs("ctime", kwnames) < 0 || count_range("ctime", nargs, 0, 1) < 0 || secs_arg(args, nargs, &t) < 0)
        return NULL;
    if (localtime_r(&t, &tm) == NULL)
        return exc_set_string(Exc_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(&tm);
}

static Object *time_strftime(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    struct tm tm;
    if (arg_no_kwargs("strftime", kwnames) < 0 || count_range("strftime", nargs, 1, 2) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "strftime() argument 1 must be str, not %s", obj_type_name(args[0]));
    if (tm_arg(args, nargs, 1, &tm, "strftime") < 0)
        return NULL;
    if (tm.tm_isdst < -1)
        tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1)
        tm.tm_isdst = 1;
    const char *fmt = STR_DATA(args[0]);
    size_t flen = (size_t)STR_NBYTES(args[0]);
    if (flen == 0)
        return str_from_cstr("");
    /* a trailing byte that is never a conversion, so an empty result is never ambiguous */
    char *f2 = malloc(flen + 2);
    if (f2 == NULL)
        return exc_no_memory();
    memcpy(f2, fmt, flen);
    f2[flen] = '|';
    f2[flen + 1] = '\0';
    Object *result = NULL;
    for (size_t size = 256; size <= 256 * flen + 4096; size *= 2) {
        char *buf = malloc(size);
        if (buf == NULL) {
            exc_no_memory();
            break;
        }
        size_t n = strftime(buf, size, f2, &tm);
        if (n > 0) {
            result = str_from_utf8(buf, (ssize_t)n - 1);
            free(buf);
            break;
        }
        free(buf);
    }
    if (result == NULL && !exc_occurred())
        result = str_from_cstr("");
    free(f2);
    return result;
}

static MethodDef time_functions[] = {
    {"time", time_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, 0, "Return the current time in nanoseconds since the Epoch."},
    {"perf_counter", time_perf_counter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", time_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds."},
    {"monotonic", time_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", time_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", time_process_time_ns, 0, "Process time for profiling as nanoseconds."},
    {"thread_time", time_thread_time, 0, "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", time_thread_time_ns, 0, "Thread time for profiling as nanoseconds."},
    {"sleep", time_sleep, 0, "Delay execution for a given number of seconds."},
    {"gmtime", time_gmtime, 0, "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", time_localtime, 0, "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", time_mktime, 0, "Convert a time tuple in local time to seconds since the Epoch."},
    {"asctime", time_asctime, 0, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", time_ctime, 0, "Convert a time in seconds since the Epoch to a string in local time."},
    {"strftime", time_strftime, 0, "Convert a time tuple to a string according to a format specification."},
    {NULL, NULL, 0, NULL}
};

static int add_timezone(Object *m)
{
    tzset();
    Object *tz = int_from_long(timezone);
    Object *alt = int_from_long(daylight ? timezone - 3600 : timezone);
    Object *dl = int_from_long(daylight);
    Object *n0 = str_from_cstr(tzname[0]), *n1 = str_from_cstr(tzname[1]);
    Object *names = (n0 && n1) ? tuple_pack(2, n0, n1) : NULL;
    int rc = (tz && alt && dl && names && module_add_object(m, "timezone", tz) == 0 &&
              module_add_object(m, "altzone", alt) == 0 && module_add_object(m, "daylight", dl) == 0 &&
              module_add_object(m, "tzname", names) == 0) ? 0 : -1;
    OBJ_XDECREF(tz); OBJ_XDECREF(alt); OBJ_XDECREF(dl);
    OBJ_XDECREF(n0); OBJ_XDECREF(n1); OBJ_XDECREF(names);
    return rc;
}

Object *mod_time_init(void)
{
    if (type_ready(&mod_time_struct_time_type) < 0)
        return NULL;
    Object *m = module_new("time");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, time_functions) < 0 ||
        module_add_object(m, "struct_time", (Object *)&mod_time_struct_time_type) < 0 ||
        add_timezone(m) < 0) {
        OBJ_DECREF(m);
        return NULL;
    }
    return m;
}
