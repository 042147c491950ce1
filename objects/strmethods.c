/* strmethods.c: the methods of str (CPython 3.11 semantics and messages): searching, splitting,
 * joining, stripping, replacing, case mapping, predicates, padding, partitioning, the method
 * table, and the argument checks all str/bytes methods share (encode and translate live in
 * strcodecs.c, format in strformat.c). Results are built with one allocation where the size can
 * be known first; ASCII strings take byte-wise fast paths. */
#include "objects/str_internal.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "vm/errors.h"
#include <string.h>

/* ------------------------------------------------------------------------------------------ */
/* argument checking                                                                            */

static bool has_kwargs(Object *kwnames)
{
    return kwnames != NULL && TUPLE_SIZE(kwnames) > 0;
}

static const char *plural(ssize_t n)
{
    return n == 1 ? "" : "s";
}

int str_arg_none(const char *name, ssize_t nargs, Object *kwnames)
{
    if (has_kwargs(kwnames)) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 0) {
        exc_format(Exc_TypeError, "%s() takes no arguments (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

int str_arg_one(const char *name, ssize_t nargs, Object *kwnames)
{
    if (has_kwargs(kwnames)) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        exc_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

int str_arg_range(const char *name, ssize_t nargs, Object *kwnames, ssize_t min, ssize_t max)
{
    if (has_kwargs(kwnames)) {
        exc_format(Exc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < min) {
        exc_format(Exc_TypeError, "%s expected at least %zd argument%s, got %zd", name, min, plural(min), nargs);
        return -1;
    }
    if (nargs > max) {
        exc_format(Exc_TypeError, "%s expected at most %zd argument%s, got %zd", name, max, plural(max), nargs);
        return -1;
    }
    return 0;
}

int str_arg_old(const char *name, ssize_t nargs, Object *kwnames, ssize_t min, ssize_t max)
{
    if (has_kwargs(kwnames)) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < min) {
        exc_format(Exc_TypeError, "%s() takes at least %zd argument%s (%zd given)", name, min, plural(min), nargs);
        return -1;
    }
    if (nargs > max) {
        exc_format(Exc_TypeError, "%s() takes at most %zd argument%s (%zd given)", name, max, plural(max), nargs);
        return -1;
    }
    return 0;
}

int str_arg_kw(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames,
               const char *const *names, Object **out)
{
    ssize_t nnames = 0;
    while (names[nnames] != NULL) out[nnames++] = NULL;
    ssize_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > nnames) {
        exc_format(Exc_TypeError, "%s() takes at most %zd argument%s (%zd given)", fname, nnames,
                   plural(nnames), nargs + nkw);
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++) out[i] = args[i];
    for (ssize_t k = 0; k < nkw; k++) {
        Object *key = TUPLE_GET(kwnames, k);
        ssize_t i = 0;
        while (i < nnames && !str_eq_cstr(key, names[i])) i++;
        if (i == nnames) {
            exc_format(Exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
            return -1;
        }
        if (out[i] != NULL) {
            exc_format(Exc_TypeError, "argument for %s() given by name ('%s') and position (%zd)", fname,
                       names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

/* An int argument via __index__ ("'str' object cannot be interpreted as an integer"). */
static int arg_ssize(Object *o, ssize_t *out)
{
    ssize_t v = obj_as_ssize(o, Exc_OverflowError);
    if (v == -1 && exc_occurred()) return -1;
    *out = v;
    return 0;
}

int str_arg_slice_index(Object *o, ssize_t *out)
{
    if (o == NULL || o == NONE) return 0;
    Object *i;
    if (INT_CHECK(o)) {
        i = NEWREF(o);
    } else if (TYPE(o)->nb_index != NULL) {
        i = obj_index(o);
        if (i == NULL) return -1;
    } else {
        exc_set_string(Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ssize_t v = int_as_ssize(i);
    if (v == -1 && exc_occurred()) {            /* huge: clamp, as CPython's slice indices do */
        exc_clear();
        v = int_sign(i) < 0 ? -(ssize_t)(SIZE_MAX / 2) - 1 : (ssize_t)(SIZE_MAX / 2);
    }
    OBJ_DECREF(i);
    *out = v;
    return 0;
}

void str_adjust_indices(ssize_t *start, ssize_t *end, ssize_t len)
{
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

static Object *need_str(Object *o)
{
    if (STR_CHECK(o)) return o;
    exc_format(Exc_TypeError, "must be str, not %s", obj_type_name(o));
    return NULL;
}

/* ------------------------------------------------------------------------------------------ */
/* small helpers                                                                                */

/* The str for bytes [b0, b1) of s. */
static Object *piece(Object *s, ssize_t b0, ssize_t b1)
{
    if (STR_IS_ASCII(s)) return str_from_utf8_known(STR_DATA(s) + b0, b1 - b0, b1 - b0, true);
    return str_from_utf8(STR_DATA(s) + b0, b1 - b0);
}

static int append_piece(Object *list, Object *s, ssize_t b0, ssize_t b1)
{
    Object *p = (b0 == 0 && b1 == STR_NBYTES(s) && STR_CHECK_EXACT(s)) ? NEWREF(s) : piece(s, b0, b1);
    if (p == NULL) return -1;
    int r = list_append(list, p);
    OBJ_DECREF(p);
    return r;
}

/* Code point at byte offset i; its length in *n. */
static inline uint32_t cp_at(const char *d, ssize_t i, int *n)
{
    unsigned char b = (unsigned char)d[i];
    if (b < 128) { *n = 1; return b; }
    return utf8_decode(d + i, n);
}

/* Byte offset of the code point before offset i (i > 0). */
static inline ssize_t prev_cp(const char *d, ssize_t i)
{
    i--;
    while (((unsigned char)d[i] & 0xC0) == 0x80) i--;
    return i;
}

/* str.isspace() of ASCII: \t \n \v \f \r, \x1c..\x1f and space */
static const bool ascii_space[128] = {
    ['\t'] = true, ['\n'] = true, ['\v'] = true, ['\f'] = true, ['\r'] = true,
    [0x1c] = true, [0x1d] = true, [0x1e] = true, [0x1f] = true, [' '] = true,
};

static inline bool uc_space(uint32_t cp)
{
    return cp < 128 ? ascii_space[cp] : (str_ucd_flags(cp) & UC_SPACE) != 0;
}

/* Forward search as CPython's fastsearch does it for short needles (a Horspool variant with a
 * 64-bit "bloom" set of the needle's bytes): a window whose last byte mismatches costs one
 * comparison, and a byte after the window that is not in the needle skips it whole. glibc's
 * memmem costs several times more per call on the short texts and needles Python code searches.
 * The scan is O(hn * nn) at worst, so once the comparisons spent exceed a linear budget the
 * rest of the haystack goes to memmem (Two-Way, linear), as CPython's adaptive_find switches. */
ssize_t str_find_bytes(const char *h, ssize_t hn, const char *n, ssize_t nn)
{
    if (nn > hn) return -1;
    if (nn == 0) return 0;
    if (nn == 1) {
        const char *p = memchr(h, n[0], (size_t)hn);
        return p ? p - h : -1;
    }
    const unsigned char *hs = (const unsigned char *)h, *ns = (const unsigned char *)n;
    ssize_t mlast = nn - 1, skip = mlast, w = hn - nn;
    uint64_t bloom = 0;
    for (ssize_t j = 0; j < mlast; j++) {
        bloom |= 1ULL << (ns[j] & 63);
        if (ns[j] == ns[mlast]) skip = mlast - j - 1;
    }
    bloom |= 1ULL << (ns[mlast] & 63);
    ssize_t budget = hn + 4096;
    for (ssize_t i = 0; i <= w; i++) {
        if (hs[i + mlast] == ns[mlast]) {
            ssize_t j = 0;
            while (j < mlast && hs[i + j] == ns[j]) j++;
            if (j == mlast) return i;
            budget -= j + 1;
            if (budget < 0) {
                const char *p = memmem(h + i + 1, (size_t)(hn - i - 1), n, (size_t)nn);
                return p ? p - h : -1;
            }
            if (i < w && !(bloom & (1ULL << (hs[i + nn] & 63)))) i += nn;
            else i += skip;
        } else if (i < w && !(bloom & (1ULL << (hs[i + nn] & 63)))) {
            i += nn;
        }
    }
    return -1;
}

ssize_t str_rfind_bytes(const char *h, ssize_t hn, const char *n, ssize_t nn)
{
    if (nn > hn) return -1;
    if (nn == 0) return hn;
    if (nn == 1) {
        const char *p = memrchr(h, n[0], (size_t)hn);
        return p ? p - h : -1;
    }
    for (ssize_t i = hn - nn; i >= 0; i--)
        if (h[i] == n[0] && memcmp(h + i, n, (size_t)nn) == 0) return i;
    return -1;
}

ssize_t str_count_bytes(const char *h, ssize_t hn, const char *n, ssize_t nn, ssize_t max)
{
    ssize_t count = 0, i = 0;
    if (nn == 1) {
        for (const char *p = h, *end = h + hn; count < max && (p = memchr(p, n[0], (size_t)(end - p))) != NULL; p++)
            count++;
        return count;
    }
    while (count < max) {
        ssize_t k = str_find_bytes(h + i, hn - i, n, nn);
        if (k < 0) break;
        count++;
        i += k + nn;
    }
    return count;
}

/* ------------------------------------------------------------------------------------------ */
/* join                                                                                         */

/* sep.join(items[0..n)) for n >= 2, sep NULL meaning "": sizes first, then one allocation and
 * one copy. The result is always a fresh object (CPython's _PyUnicode_JoinArray never returns
 * the cached one-character strings). */
static Object *join_items(Object *sep, Object *const *items, ssize_t n)
{
    ssize_t sn = sep ? STR_NBYTES(sep) : 0, total = 0, ncp = 0;
    bool ascii = sep ? STR_IS_ASCII(sep) : true;
    for (ssize_t i = 0; i < n; i++) {
        Object *item = items[i];
        if (!STR_CHECK(item)) {
            exc_format(Exc_TypeError, "sequence item %zd: expected str instance, %s found", i, obj_type_name(item));
            return NULL;
        }
        if (STR_NBYTES(item) > (ssize_t)(SIZE_MAX / 4) - total - sn) {
            exc_set_string(Exc_OverflowError, "join() result is too long for a Python string");
            return NULL;
        }
        total += STR_NBYTES(item);
        ncp += STR_LEN(item);
        ascii &= STR_IS_ASCII(item);
    }
    total += sn * (n - 1);
    if (sep) ncp += STR_LEN(sep) * (n - 1);
    Object *result = str_new_uninit(total, ncp, ascii);
    if (result == NULL || total == 0) return result;
    char *out = STR_DATA(result);
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0 && sn > 0) {
            memcpy(out, STR_DATA(sep), (size_t)sn);
            out += sn;
        }
        memcpy(out, STR_DATA(items[i]), (size_t)STR_NBYTES(items[i]));
        out += STR_NBYTES(items[i]);
    }
    return result;
}

Object *str_join_array(Object *const *items, ssize_t n)
{
    if (n == 0) return str_empty_new();
    if (n == 1 && STR_CHECK_EXACT(items[0])) return NEWREF(items[0]);
    if (n == 1) return str_exact_new(items[0]);
    return join_items(NULL, items, n);
}

Object *str_join(Object *sep, Object *iterable)
{
    Object *seq;
    if (LIST_CHECK_EXACT(iterable) || TUPLE_CHECK_EXACT(iterable)) {
        seq = NEWREF(iterable);
    } else {
        Object *it = obj_get_iter(iterable);
        if (it == NULL) {
            if (exc_matches(Exc_TypeError)) exc_set_string(Exc_TypeError, "can only join an iterable");
            return NULL;
        }
        seq = list_from_iterable(it);
        OBJ_DECREF(it);
        if (seq == NULL) return NULL;
    }
    Object **items = LIST_CHECK_EXACT(seq) ? LIST_ITEMS(seq) : TUPLE_ITEMS(seq);
    ssize_t n = SIZE(seq);
    Object *result;
    if (n == 0) result = str_empty_new();
    else if (n == 1 && STR_CHECK_EXACT(items[0])) result = NEWREF(items[0]);
    else result = join_items(sep, items, n);
    OBJ_DECREF(seq);
    return result;
}

static Object *m_join(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (str_arg_one("str.join", nargs, kwnames) < 0) return NULL;
    return str_join(self, args[0]);
}

/* ------------------------------------------------------------------------------------------ */
/* split, rsplit, splitlines                                                                    */

static Object *split_whitespace(Object *s, ssize_t maxcount)
{
    Object *list = list_new(0);
    if (list == NULL) return NULL;
    const char *d = STR_DATA(s);
    ssize_t n = STR_NBYTES(s), i = 0, j;
    int len;
    while (maxcount-- > 0) {
        while (i < n && uc_space(cp_at(d, i, &len))) i += len;
        if (i == n) break;
        j = i;
        while (i < n && !uc_space(cp_at(d, i, &len))) i += len;
        if (append_piece(list, s, j, i) < 0) goto fail;
        if (j == 0 && i == n) break;
    }
    if (i < n) {
        while (i < n && uc_space(cp_at(d, i, &len))) i += len;
        if (i != n && append_piece(list, s, i, n) < 0) goto fail;
    }
    return list;
fail:
    OBJ_DECREF(list);
    return NULL;
}

static Object *rsplit_whitespace(Object *s, ssize_t maxcount)
{
    Object *list = list_new(0);
    if (list == NULL) return NULL;
    const char *d = STR_DATA(s);
    ssize_t i = STR_NBYTES(s), j, p;
    int len;
    while (maxcount-- > 0) {
        while (i > 0 && uc_space(cp_at(d, p = prev_cp(d, i), &len))) i = p;
        if (i == 0) break;
        j = i;
        while (i > 0 && !uc_space(cp_at(d, p = prev_cp(d, i), &len))) i = p;
        if (append_piece(list, s, i, j) < 0) goto fail;
        if (i == 0 && j == STR_NBYTES(s)) break;
    }
    if (i > 0) {
        while (i > 0 && uc_space(cp_at(d, p = prev_cp(d, i), &len))) i = p;
        if (i != 0 && append_piece(list, s, 0, i) < 0) goto fail;
    }
    if (list_reverse(list) < 0) goto fail;
    return list;
fail:
    OBJ_DECREF(list);
    return NULL;
}

static Object *do_split(Object *self, Object *const *args, ssize_t nargs, Object *kwnames, bool right)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Object *a[2];
    if (str_arg_kw(right ? "rsplit" : "split", args, nargs, kwnames, names, a) < 0) return NULL;
    ssize_t maxcount = -1;
    if (a[1] != NULL && arg_ssize(a[1], &maxcount) < 0) return NULL;
    if (maxcount < 0) maxcount = (ssize_t)(SIZE_MAX / 2);
    if (a[0] == NULL || a[0] == NONE)
        return right ? rsplit_whitespace(self, maxcount) : split_whitespace(self, maxcount);
    Object *sep = a[0];
    if (!STR_CHECK(sep)) return exc_format(Exc_TypeError, "must be str or None, not %s", obj_type_name(sep));
    ssize_t sn = STR_NBYTES(sep);
    if (sn == 0) return exc_set_string(Exc_ValueError, "empty separator");
    Object *list = list_new(0);
    if (list == NULL) return NULL;
    const char *d = STR_DATA(self), *sd = STR_DATA(sep);
    ssize_t n = STR_NBYTES(self);
    if (!right) {
        ssize_t i = 0;
        while (maxcount-- > 0) {
            ssize_t k = str_find_bytes(d + i, n - i, sd, sn);
            if (k < 0) break;
            if (append_piece(list, self, i, i + k) < 0) goto fail;
            i += k + sn;
        }
        if (append_piece(list, self, i, n) < 0) goto fail;
    } else {
        ssize_t j = n;
        while (maxcount-- > 0) {
            ssize_t k = str_rfind_bytes(d, j, sd, sn);
            if (k < 0) break;
            if (append_piece(list, self, k + sn, j) < 0) goto fail;
            j = k;
        }
        if (append_piece(list, self, 0, j) < 0 || list_reverse(list) < 0) goto fail;
    }
    return list;
fail:
    OBJ_DECREF(list);
    return NULL;
}

static Object *m_split(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_split(self, args, nargs, kwnames, false);
}

static Object *m_rsplit(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_split(self, args, nargs, kwnames, true);
}

static Object *m_splitlines(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    Object *a[1];
    if (str_arg_kw("splitlines", args, nargs, kwnames, names, a) < 0) return NULL;
    int keepends = 0;
    if (a[0] != NULL) {
        ssize_t v;
        if (arg_ssize(a[0], &v) < 0) return NULL;       /* CPython 3.11 takes an int here */
        keepends = v != 0;
    }
    Object *list = list_new(0);
    if (list == NULL) return NULL;
    const char *d = STR_DATA(self);
    ssize_t n = STR_NBYTES(self), i = 0;
    int len;
    while (i < n) {
        ssize_t j = i;
        uint32_t cp = 0;
        while (i < n && !str_ucd_is_linebreak(cp = cp_at(d, i, &len))) i += len;
        ssize_t eol = i;
        if (i < n) {
            i += (cp == '\r' && i + 1 < n && d[i + 1] == '\n') ? 2 : len;
            if (keepends) eol = i;
        }
        if (append_piece(list, self, j, eol) < 0) {
            OBJ_DECREF(list);
            return NULL;
        }
    }
    return list;
}

/* ------------------------------------------------------------------------------------------ */
/* strip                                                                                        */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

static bool in_chars(Object *chars, uint32_t cp)
{
    if (chars == NULL) return uc_space(cp);
    const char *c = STR_DATA(chars);
    ssize_t n = STR_NBYTES(chars);
    if (cp < 128) return memchr(c, (int)cp, (size_t)n) != NULL;
    char buf[4];
    int k = utf8_encode(cp, buf);
    return memmem(c, (size_t)n, buf, (size_t)k) != NULL;
}

static Object *do_strip(Object *self, Object *const *args, ssize_t nargs, Object *kwnames, int where,
                        const char *name)
{
    if (str_arg_range(name, nargs, kwnames, 0, 1) < 0) return NULL;
    Object *chars = nargs > 0 && args[0] != NONE ? args[0] : NULL;
    if (chars != NULL && !STR_CHECK(chars)) return exc_format(Exc_TypeError, "%s arg must be None or str", name);
    const char *d = STR_DATA(self);
    ssize_t i = 0, j = STR_NBYTES(self), p;
    int len;
    if (where & STRIP_LEFT)
        while (i < j && in_chars(chars, cp_at(d, i, &len))) i += len;
    if (where & STRIP_RIGHT)
        while (j > i && in_chars(chars, cp_at(d, p = prev_cp(d, j), &len))) j = p;
    if (i == 0 && j == STR_NBYTES(self)) return str_exact_new(self);
    return piece(self, i, j);
}

static Object *m_strip(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_strip(self, args, nargs, kwnames, STRIP_BOTH, "strip");
}

static Object *m_lstrip(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_strip(self, args, nargs, kwnames, STRIP_LEFT, "lstrip");
}

static Object *m_rstrip(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_strip(self, args, nargs, kwnames, STRIP_RIGHT, "rstrip");
}

/* ------------------------------------------------------------------------------------------ */
/* replace                                                                                      */

static Object *m_replace(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (str_arg_range("replace", nargs, kwnames, 2, 3) < 0) return NULL;
    for (int k = 0; k < 2; k++)
        if (!STR_CHECK(args[k]))
            return exc_format(Exc_TypeError, "replace() argument %d must be str, not %s", k + 1, obj_type_name(args[k]));
    Object *old = args[0], *new = args[1];
    ssize_t max = -1;
    if (nargs > 2 && arg_ssize(args[2], &max) < 0) return NULL;
    if (max < 0) max = (ssize_t)(SIZE_MAX / 2);
    const char *d = STR_DATA(self), *od = STR_DATA(old), *nd = STR_DATA(new);
    ssize_t n = STR_NBYTES(self), on = STR_NBYTES(old), nn = STR_NBYTES(new);
    ssize_t count;
    if (on == 0) count = STR_LEN(self) + 1 < max ? STR_LEN(self) + 1 : max;
    else count = str_count_bytes(d, n, od, on, max);
    if (count == 0 || (on == nn && memcmp(od, nd, (size_t)on) == 0)) return str_exact_new(self);
    if (nn > on && count > ((ssize_t)(SIZE_MAX / 4) - n) / (nn - on))
        return exc_set_string(Exc_OverflowError, "replace string is too long");
    ssize_t total = n + count * (nn - on);
    ssize_t ncp = STR_LEN(self) + count * (STR_LEN(new) - STR_LEN(old));
    Object *r = str_new_uninit(total, ncp, STR_IS_ASCII(self) && STR_IS_ASCII(new));
    if (r == NULL || total == 0) return r;
    char *out = STR_DATA(r);
    ssize_t i = 0;
    if (on == 0) {
        for (ssize_t k = 0; k < count; k++) {
            memcpy(out, nd, (size_t)nn);
            out += nn;
            if (i < n) {
                int len = utf8_seqlen((unsigned char)d[i]);
                memcpy(out, d + i, (size_t)len);
                out += len;
                i += len;
            }
        }
    } else {
        for (ssize_t k = 0; k < count; k++) {
            ssize_t j = i + str_find_bytes(d + i, n - i, od, on);
            memcpy(out, d + i, (size_t)(j - i));
            out += j - i;
            memcpy(out, nd, (size_t)nn);
            out += nn;
            i = j + on;
        }
    }
    memcpy(out, d + i, (size_t)(n - i));
    if (ncp <= 1) OBJ_SETREF(r, str_from_utf8(STR_DATA(r), total));
    return r;
}

/* ------------------------------------------------------------------------------------------ */
/* find, rfind, index, rindex, count, startswith, endswith                                      */

/* Parses (sub, start=None, end=None): the byte range of self to search. */
static int find_args(const char *name, Object *self, Object *const *args, ssize_t nargs, Object *kwnames,
                     ssize_t *start, ssize_t *end, ssize_t *b0, ssize_t *b1)
{
    if (str_arg_old(name, nargs, kwnames, 1, 3) < 0) return -1;
    *start = 0;
    *end = (ssize_t)(SIZE_MAX / 2);
    if (nargs > 1 && str_arg_slice_index(args[1], start) < 0) return -1;
    if (nargs > 2 && str_arg_slice_index(args[2], end) < 0) return -1;
    str_adjust_indices(start, end, STR_LEN(self));
    if (*start <= *end) {
        *b0 = str_byte_offset(self, *start);
        *b1 = str_byte_offset(self, *end);
    } else {
        *b0 = *b1 = 0;
    }
    return 0;
}

/* -2: error; -1: not found; else the code point index. */
static ssize_t do_find(const char *name, Object *self, Object *const *args, ssize_t nargs, Object *kwnames, bool right)
{
    ssize_t start, end, b0, b1;
    if (find_args(name, self, args, nargs, kwnames, &start, &end, &b0, &b1) < 0) return -2;
    Object *sub = need_str(args[0]);
    if (sub == NULL) return -2;
    if (end - start < STR_LEN(sub)) return -1;
    ssize_t k = right ? str_rfind_bytes(STR_DATA(self) + b0, b1 - b0, STR_DATA(sub), STR_NBYTES(sub))
                      : str_find_bytes(STR_DATA(self) + b0, b1 - b0, STR_DATA(sub), STR_NBYTES(sub));
    if (k < 0) return -1;
    return str_cp_index(self, b0 + k);
}

static Object *m_find(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t r = do_find("find", self, args, nargs, kwnames, false);
    return r == -2 ? NULL : int_from_ssize(r);
}

static Object *m_rfind(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t r = do_find("rfind", self, args, nargs, kwnames, true);
    return r == -2 ? NULL : int_from_ssize(r);
}

static Object *m_index(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t r = do_find("index", self, args, nargs, kwnames, false);
    if (r == -1) return exc_set_string(Exc_ValueError, "substring not found");
    return r == -2 ? NULL : int_from_ssize(r);
}

static Object *m_rindex(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t r = do_find("rindex", self, args, nargs, kwnames, true);
    if (r == -1) return exc_set_string(Exc_ValueError, "substring not found");
    return r == -2 ? NULL : int_from_ssize(r);
}

static Object *m_count(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t start, end, b0, b1;
    if (find_args("count", self, args, nargs, kwnames, &start, &end, &b0, &b1) < 0) return NULL;
    Object *sub = need_str(args[0]);
    if (sub == NULL) return NULL;
    if (end - start < STR_LEN(sub)) return int_from_ssize(0);
    if (STR_NBYTES(sub) == 0) return int_from_ssize(end - start + 1);
    return int_from_ssize(str_count_bytes(STR_DATA(self) + b0, b1 - b0, STR_DATA(sub), STR_NBYTES(sub),
                                      (ssize_t)(SIZE_MAX / 2)));
}

static int tail_match(Object *self, Object *sub, ssize_t start, ssize_t end, ssize_t b0, ssize_t b1, bool right)
{
    if (end - start < STR_LEN(sub) || start > STR_LEN(self)) return 0;
    ssize_t sn = STR_NBYTES(sub);
    if (b1 - b0 < sn) return 0;
    const char *at = STR_DATA(self) + (right ? b1 - sn : b0);
    return memcmp(at, STR_DATA(sub), (size_t)sn) == 0;
}

static Object *do_startswith(const char *name, Object *self, Object *const *args, ssize_t nargs,
                             Object *kwnames, bool right)
{
    ssize_t start, end, b0, b1;
    if (find_args(name, self, args, nargs, kwnames, &start, &end, &b0, &b1) < 0) return NULL;
    Object *x = args[0];
    if (TUPLE_CHECK(x)) {
        for (ssize_t i = 0; i < TUPLE_SIZE(x); i++) {
            Object *sub = TUPLE_GET(x, i);
            if (!STR_CHECK(sub))
                return exc_format(Exc_TypeError, "tuple for %s must only contain str, not %s", name,
                                  obj_type_name(sub));
            if (tail_match(self, sub, start, end, b0, b1, right)) RETURN_TRUE;
        }
        RETURN_FALSE;
    }
    if (!STR_CHECK(x))
        return exc_format(Exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name, obj_type_name(x));
    return bool_from(tail_match(self, x, start, end, b0, b1, right));
}

static Object *m_startswith(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_startswith("startswith", self, args, nargs, kwnames, false);
}

static Object *m_endswith(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_startswith("endswith", self, args, nargs, kwnames, true);
}

/* ------------------------------------------------------------------------------------------ */
/* case mapping                                                                                 */

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

/* CPython's handle_capital_sigma: U+03A3 lowers to final sigma at the end of a word. */
static uint32_t lower_sigma(const char *d, ssize_t n, ssize_t i, int len)
{
    int k;
    ssize_t j = i;
    uint32_t f = 0;
    while (j > 0) {
        j = prev_cp(d, j);
        f = str_ucd_flags(cp_at(d, j, &k));
        if (!(f & UC_CASE_IGNORABLE)) break;
        f = 0;
    }
    if (!(f & UC_CASED)) return 0x3C3;
    for (j = i + len; j < n; j += k) {
        f = str_ucd_flags(cp_at(d, j, &k));
        if (!(f & UC_CASE_IGNORABLE)) return (f & UC_CASED) ? 0x3C3 : 0x3C2;
    }
    return 0x3C2;
}

/* Writes the mapping of cp at o (room for 12 bytes); returns the new end. */
static char *write_mapped(char *o, const char *d, ssize_t n, ssize_t i, int len, uint32_t cp, int kind, ssize_t *ncp)
{
    uint32_t out[3];
    int m;
    if (kind == UC_MAP_LOWER && cp == 0x3A3) {
        out[0] = lower_sigma(d, n, i, len);
        m = 1;
    } else {
        m = str_ucd_map(cp, kind, out);
    }
    for (int k = 0; k < m; k++) o += utf8_encode(out[k], o);
    *ncp += m;
    return o;
}

/* Copies ASCII [u, u+n) to [o] flipping the case of the letters [first]..[first]+25 ('a' for
 * upper(), 'A' for lower()), eight bytes at a time: every byte is < 0x80, so adding
 * 0x80 - first sets a byte's high bit exactly when it is >= first, without carrying out. */
static void ascii_flip_case(unsigned char *o, const unsigned char *u, ssize_t n, unsigned char first)
{
    const uint64_t ones = 0x0101010101010101ULL;
    const uint64_t ge_first = ones * (uint64_t)(0x80 - first), gt_last = ones * (uint64_t)(0x80 - first - 26);
    ssize_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        uint64_t letters = (w + ge_first) & ~(w + gt_last) & (ones * 0x80);
        w ^= letters >> 2;
        memcpy(o + i, &w, 8);
    }
    for (; i < n; i++) o[i] = (unsigned char)(u[i] ^ (((unsigned)(u[i] - first) < 26u) << 5));
}

static Object *case_convert(Object *self, int mode)
{
    const char *d = STR_DATA(self);
    ssize_t n = STR_NBYTES(self);
    if (STR_IS_ASCII(self)) {
        Object *r = str_new_uninit(n, n, true);
        if (r == NULL || n == 0) return r;
        unsigned char *o = (unsigned char *)STR_DATA(r);
        const unsigned char *u = (const unsigned char *)d;
        switch (mode) {
        case CASE_UPPER:
            ascii_flip_case(o, u, n, 'a');
            break;
        case CASE_LOWER: case CASE_FOLD:
            ascii_flip_case(o, u, n, 'A');
            break;
        default: {
            bool prev_cased = false;
            for (ssize_t i = 0; i < n; i++) {
                unsigned char c = u[i];
                bool up = (unsigned)(c - 'A') < 26u, low = (unsigned)(c - 'a') < 26u;
                bool to_upper = mode == CASE_SWAP ? low : mode == CASE_TITLE ? !prev_cased : i == 0;
                if (to_upper && low) c = (unsigned char)(c - 32);
                else if (!to_upper && up) c = (unsigned char)(c + 32);
                o[i] = c;
                prev_cased = up || low;
            }
            break;
        }
        }
        return r;   /* a fresh object even for one character, as CPython's ASCII path gives */
    }
    StrBuilder sb;
    sb_init(&sb);
    bool prev_cased = false;
    for (ssize_t i = 0; i < n;) {
        if (sb.cap - sb.len < 12 && !sb_reserve(&sb, n - i + 12)) break;   /* a mapping: <= 3 code points */
        int len;
        uint32_t cp = cp_at(d, i, &len);
        uint32_t f = str_ucd_flags(cp);
        int kind;
        switch (mode) {
        case CASE_UPPER: kind = UC_MAP_UPPER; break;
        case CASE_LOWER: kind = UC_MAP_LOWER; break;
        case CASE_FOLD: kind = UC_MAP_FOLD; break;
        case CASE_SWAP: kind = (f & UC_UPPER) ? UC_MAP_LOWER : (f & UC_LOWER) ? UC_MAP_UPPER : -1; break;
        case CASE_TITLE: kind = prev_cased ? UC_MAP_LOWER : UC_MAP_TITLE; break;
        default: kind = i == 0 ? UC_MAP_TITLE : UC_MAP_LOWER; break;
        }
        char *o = sb.buf + sb.len, *end;
        if (kind < 0) {
            memcpy(o, d + i, (size_t)len);
            end = o + len;
            sb.ncodepoints++;
        } else {
            end = write_mapped(o, d, n, i, len, cp, kind, &sb.ncodepoints);
        }
        sb.len += end - o;
        prev_cased = (f & UC_CASED) != 0;
        i += len;
    }
    sb.ascii = sb.ncodepoints == sb.len;
    if (sb.ncodepoints == 1 && !sb.failed) {
        /* CPython's case mappings build a fresh object, never the cached one-character str */
        Object *r = str_new_uninit(sb.len, 1, sb.ascii);
        if (r != NULL) memcpy(STR_DATA(r), sb.buf, (size_t)sb.len);
        sb_fini(&sb);
        return r;
    }
    return sb_finish(&sb);
}

#define CASE_METHOD(fn, name, mode)                                                            \
    static Object *fn(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)       \
    {                                                                                          \
        UNUSED(args);                                                                          \
        if (str_arg_none("str." name, nargs, kwnames) < 0) return NULL;                        \
        return case_convert(self, mode);                                                       \
    }
CASE_METHOD(m_upper, "upper", CASE_UPPER)
CASE_METHOD(m_lower, "lower", CASE_LOWER)
CASE_METHOD(m_casefold, "casefold", CASE_FOLD)
CASE_METHOD(m_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(m_title, "title", CASE_TITLE)
CASE_METHOD(m_capitalize, "capitalize", CASE_CAPITALIZE)

/* ------------------------------------------------------------------------------------------ */
/* predicates                                                                                   */

/* True when every code point has one of the bits in [mask] (and the string is not empty). */
static bool all_have(Object *self, uint32_t mask)
{
    const char *d = STR_DATA(self);
    ssize_t n = STR_NBYTES(self);
    if (n == 0) return false;
    for (ssize_t i = 0; i < n;) {
        int len;
        if (!(str_ucd_flags(cp_at(d, i, &len)) & mask)) return false;
        i += len;
    }
    return true;
}

#define PRED_METHOD(fn, name, mask)                                                            \
    static Object *fn(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)       \
    {                                                                                          \
        UNUSED(args);                                                                          \
        if (str_arg_none("str." name, nargs, kwnames) < 0) return NULL;                        \
        return bool_from(all_have(self, mask));                                                \
    }
PRED_METHOD(m_isalpha, "isalpha", UC_ALPHA)
PRED_METHOD(m_isdecimal, "isdecimal", UC_DECIMAL)
PRED_METHOD(m_isdigit, "isdigit", UC_DIGIT)
PRED_METHOD(m_isnumeric, "isnumeric", UC_NUMERIC)
PRED_METHOD(m_isalnum, "isalnum", UC_ALPHA | UC_DECIMAL | UC_DIGIT | UC_NUMERIC)
PRED_METHOD(m_isspace, "isspace", UC_SPACE)

static Object *m_isprintable(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("str.isprintable", nargs, kwnames) < 0) return NULL;
    return bool_from(STR_NBYTES(self) == 0 || all_have(self, UC_PRINTABLE));
}

static Object *m_isascii(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("str.isascii", nargs, kwnames) < 0) return NULL;
    return bool_from(STR_IS_ASCII(self));
}

/* isupper (want UC_UPPER) / islower (want UC_LOWER): no cased character of the other kinds,
 * and at least one of the wanted kind. */
static Object *case_pred(Object *self, uint32_t want)
{
    const char *d = STR_DATA(self);
    ssize_t n = STR_NBYTES(self);
    uint32_t other = (UC_UPPER | UC_LOWER | UC_TITLE) & ~want;
    bool cased = false;
    for (ssize_t i = 0; i < n;) {
        int len;
        uint32_t f = str_ucd_flags(cp_at(d, i, &len));
        if (f & other) RETURN_FALSE;
        if (f & want) cased = true;
        i += len;
    }
    return bool_from(cased);
}

static Object *m_isupper(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("str.isupper", nargs, kwnames) < 0) return NULL;
    return case_pred(self, UC_UPPER);
}

static Object *m_islower(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("str.islower", nargs, kwnames) < 0) return NULL;
    return case_pred(self, UC_LOWER);
}

static Object *m_istitle(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("str.istitle", nargs, kwnames) < 0) return NULL;
    const char *d = STR_DATA(self);
    ssize_t n = STR_NBYTES(self);
    bool cased = false, prev_cased = false;
    for (ssize_t i = 0; i < n;) {
        int len;
        uint32_t f = str_ucd_flags(cp_at(d, i, &len));
        if (f & (UC_UPPER | UC_TITLE)) {
            if (prev_cased) RETURN_FALSE;
            prev_cased = cased = true;
        } else if (f & UC_LOWER) {
            if (!prev_cased) RETURN_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
        i += len;
    }
    return bool_from(cased);
}

static Object *m_isidentifier(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("str.isidentifier", nargs, kwnames) < 0) return NULL;
    const char *d = STR_DATA(self);
    ssize_t n = STR_NBYTES(self);
    if (n == 0) RETURN_FALSE;
    int len;
    if (!str_unicode_is_id_start(cp_at(d, 0, &len))) RETURN_FALSE;
    for (ssize_t i = len; i < n; i += len)
        if (!str_unicode_is_id_continue(cp_at(d, i, &len))) RETURN_FALSE;
    RETURN_TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* padding: center, ljust, rjust, zfill, expandtabs                                             */

/* self with [left] and [right] copies of the fill character around it. */
static Object *pad(Object *self, ssize_t left, ssize_t right, const char *fill, int fn)
{
    ssize_t n = STR_NBYTES(self);
    Object *r = str_new_uninit(n + (left + right) * fn, STR_LEN(self) + left + right,
                               STR_IS_ASCII(self) && fn == 1);
    if (r == NULL) return NULL;
    char *o = STR_DATA(r);
    for (ssize_t k = 0; k < left; k++, o += fn) memcpy(o, fill, (size_t)fn);
    memcpy(o, STR_DATA(self), (size_t)n);
    o += n;
    for (ssize_t k = 0; k < right; k++, o += fn) memcpy(o, fill, (size_t)fn);
    return r;
}

static Object *do_justify(Object *self, Object *const *args, ssize_t nargs, Object *kwnames, const char *name)
{
    if (str_arg_range(name, nargs, kwnames, 1, 2) < 0) return NULL;
    ssize_t width;
    if (arg_ssize(args[0], &width) < 0) return NULL;
    const char *fill = " ";
    int fn = 1;
    if (nargs > 1) {
        Object *f = args[1];
        if (!STR_CHECK(f))
            return exc_format(Exc_TypeError, "The fill character must be a unicode character, not %s", obj_type_name(f));
        if (STR_LEN(f) != 1)
            return exc_set_string(Exc_TypeError, "The fill character must be exactly one character long");
        fill = STR_DATA(f);
        fn = (int)STR_NBYTES(f);
    }
    ssize_t len = STR_LEN(self);
    if (width <= len) return str_exact_new(self);
    ssize_t marg = width - len, left;
    if (name[0] == 'c') left = marg / 2 + (marg & width & 1);
    else if (name[0] == 'l') left = 0;
    else left = marg;
    return pad(self, left, marg - left, fill, fn);
}

static Object *m_center(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_justify(self, args, nargs, kwnames, "center");
}

static Object *m_ljust(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_justify(self, args, nargs, kwnames, "ljust");
}

static Object *m_rjust(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_justify(self, args, nargs, kwnames, "rjust");
}

static Object *m_zfill(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (str_arg_one("str.zfill", nargs, kwnames) < 0) return NULL;
    ssize_t width;
    if (arg_ssize(args[0], &width) < 0) return NULL;
    ssize_t len = STR_LEN(self);
    if (width <= len) return str_exact_new(self);
    Object *r = pad(self, width - len, 0, "0", 1);
    if (r == NULL) return NULL;
    char *o = STR_DATA(r);
    ssize_t fill = width - len;
    if (o[fill] == '+' || o[fill] == '-') {     /* move the sign to the front */
        o[0] = o[fill];
        o[fill] = '0';
    }
    return r;
}

static Object *m_expandtabs(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    Object *a[1];
    if (str_arg_kw("expandtabs", args, nargs, kwnames, names, a) < 0) return NULL;
    ssize_t tabsize = 8;
    if (a[0] != NULL && arg_ssize(a[0], &tabsize) < 0) return NULL;
    const char *d = STR_DATA(self);
    ssize_t n = STR_NBYTES(self);
    if (memchr(d, '\t', (size_t)n) == NULL) return str_exact_new(self);
    /* size first: column counting in code points */
    ssize_t total = 0, col = 0, ncp = 0;
    for (ssize_t i = 0; i < n; i++) {
        char c = d[i];
        if (c == '\t') {
            if (tabsize > 0) {
                ssize_t inc = tabsize - col % tabsize;
                total += inc;
                ncp += inc;
                col += inc;
            }
        } else {
            total++;
            if (((unsigned char)c & 0xC0) != 0x80) { col++; ncp++; }
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    Object *r = str_new_uninit(total, ncp, STR_IS_ASCII(self));
    if (r == NULL || total == 0) return r;
    char *o = STR_DATA(r);
    col = 0;
    for (ssize_t i = 0; i < n; i++) {
        char c = d[i];
        if (c == '\t') {
            if (tabsize > 0) {
                ssize_t inc = tabsize - col % tabsize;
                memset(o, ' ', (size_t)inc);
                o += inc;
                col += inc;
            }
        } else {
            *o++ = c;
            if (((unsigned char)c & 0xC0) != 0x80) col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    if (ncp == 1) OBJ_SETREF(r, str_from_utf8(STR_DATA(r), total));
    return r;
}

/* ------------------------------------------------------------------------------------------ */
/* partition, removeprefix, removesuffix                                                        */

static Object *do_partition(Object *self, Object *const *args, ssize_t nargs, Object *kwnames, bool right)
{
    if (str_arg_one(right ? "str.rpartition" : "str.partition", nargs, kwnames) < 0) return NULL;
    Object *sep = need_str(args[0]);
    if (sep == NULL) return NULL;
    ssize_t sn = STR_NBYTES(sep), n = STR_NBYTES(self);
    if (sn == 0) return exc_set_string(Exc_ValueError, "empty separator");
    ssize_t k = right ? str_rfind_bytes(STR_DATA(self), n, STR_DATA(sep), sn)
                      : str_find_bytes(STR_DATA(self), n, STR_DATA(sep), sn);
    Object *a, *b, *c;
    if (k < 0) {
        Object *e = str_empty_new(), *s = str_exact_new(self);
        if (e == NULL || s == NULL) {
            OBJ_XDECREF(e);
            OBJ_XDECREF(s);
            return NULL;
        }
        Object *t = right ? tuple_pack(3, e, e, s) : tuple_pack(3, s, e, e);
        OBJ_DECREF(e);
        OBJ_DECREF(s);
        return t;
    }
    a = piece(self, 0, k);
    b = str_exact_new(sep);
    c = piece(self, k + sn, n);
    Object *t = (a && b && c) ? tuple_pack(3, a, b, c) : NULL;
    OBJ_XDECREF(a);
    OBJ_XDECREF(b);
    OBJ_XDECREF(c);
    return t;
}

static Object *m_partition(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_partition(self, args, nargs, kwnames, false);
}

static Object *m_rpartition(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_partition(self, args, nargs, kwnames, true);
}

static Object *do_remove(Object *self, Object *const *args, ssize_t nargs, Object *kwnames, bool suffix)
{
    const char *name = suffix ? "removesuffix" : "removeprefix";
    char full[24];
    snprintf(full, sizeof full, "str.%s", name);
    if (str_arg_one(full, nargs, kwnames) < 0) return NULL;
    Object *x = args[0];
    if (!STR_CHECK(x)) return exc_format(Exc_TypeError, "%s() argument must be str, not %s", name, obj_type_name(x));
    ssize_t n = STR_NBYTES(self), xn = STR_NBYTES(x);
    if (xn > 0 && xn <= n && memcmp(STR_DATA(self) + (suffix ? n - xn : 0), STR_DATA(x), (size_t)xn) == 0)
        return suffix ? piece(self, 0, n - xn) : piece(self, xn, n);
    return str_exact_new(self);
}

static Object *m_removeprefix(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_remove(self, args, nargs, kwnames, false);
}

static Object *m_removesuffix(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return do_remove(self, args, nargs, kwnames, true);
}

/* ------------------------------------------------------------------------------------------ */
/* dunder helpers                                                                               */

static Object *m_sizeof(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("str.__sizeof__", nargs, kwnames) < 0) return NULL;
    return int_from_ssize(TYPE(self)->basicsize + STR_NBYTES(self) + 1);
}

static Object *m_len(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("str.__len__", nargs, kwnames) < 0) return NULL;
    return int_from_ssize(STR_LEN(self));
}

static Object *m_getnewargs(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("str.__getnewargs__", nargs, kwnames) < 0) return NULL;
    Object *s = str_exact_new(self);
    if (s == NULL) return NULL;
    Object *t = tuple_pack(1, s);
    OBJ_DECREF(s);
    return t;
}

MethodDef str_methods[] = {
    {"__format__", str_dunder_format_method, METH_DEFAULT, "Return a formatted version of the string as described by format_spec."},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, NULL},
    {"__len__", m_len, METH_DEFAULT, "Return len(self)."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "Return the size of the string in memory, in bytes."},
    {"capitalize", m_capitalize, METH_DEFAULT, "Return a capitalized version of the string."},
    {"casefold", m_casefold, METH_DEFAULT, "Return a version of the string suitable for caseless comparisons."},
    {"center", m_center, METH_DEFAULT, "Return a centered string of length width."},
    {"count", m_count, METH_DEFAULT, "Return the number of non-overlapping occurrences of substring sub."},
    {"encode", str_m_encode, METH_DEFAULT, "Encode the string using the codec registered for encoding."},
    {"endswith", m_endswith, METH_DEFAULT, "Return True if S ends with the specified suffix, False otherwise."},
    {"expandtabs", m_expandtabs, METH_DEFAULT, "Return a copy where all tab characters are expanded using spaces."},
    {"find", m_find, METH_DEFAULT, "Return the lowest index in S where substring sub is found."},
    {"format", str_format_method, METH_DEFAULT, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", str_format_map_method, METH_DEFAULT, "Return a formatted version of S, using substitutions from mapping."},
    {"index", m_index, METH_DEFAULT, "Like find() but raise ValueError when the substring is not found."},
    {"isalnum", m_isalnum, METH_DEFAULT, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isalpha", m_isalpha, METH_DEFAULT, "Return True if the string is an alphabetic string, False otherwise."},
    {"isascii", m_isascii, METH_DEFAULT, "Return True if all characters in the string are ASCII, False otherwise."},
    {"isdecimal", m_isdecimal, METH_DEFAULT, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", m_isdigit, METH_DEFAULT, "Return True if the string is a digit string, False otherwise."},
    {"isidentifier", m_isidentifier, METH_DEFAULT, "Return True if the string is a valid Python identifier, False otherwise."},
    {"islower", m_islower, METH_DEFAULT, "Return True if the string is a lowercase string, False otherwise."},
    {"isnumeric", m_isnumeric, METH_DEFAULT, "Return True if the string is a numeric string, False otherwise."},
    {"isprintable", m_isprintable, METH_DEFAULT, "Return True if the string is printable, False otherwise."},
    {"isspace", m_isspace, METH_DEFAULT, "Return True if the string is a whitespace string, False otherwise."},
    {"istitle", m_istitle, METH_DEFAULT, "Return True if the string is a title-cased string, False otherwise."},
    {"isupper", m_isupper, METH_DEFAULT, "Return True if the string is an uppercase string, False otherwise."},
    {"join", m_join, METH_DEFAULT, "Concatenate any number of strings."},
    {"ljust", m_ljust, METH_DEFAULT, "Return a left-justified string of length width."},
    {"lower", m_lower, METH_DEFAULT, "Return a copy of the string converted to lowercase."},
    {"lstrip", m_lstrip, METH_DEFAULT, "Return a copy of the string with leading whitespace removed."},
    {"maketrans", str_m_maketrans, METH_STATIC, "Return a translation table usable for str.translate()."},
    {"partition", m_partition, METH_DEFAULT, "Partition the string into three parts using the given separator."},
    {"removeprefix", m_removeprefix, METH_DEFAULT, "Return a str with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, METH_DEFAULT, "Return a str with the given suffix string removed if present."},
    {"replace", m_replace, METH_DEFAULT, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", m_rfind, METH_DEFAULT, "Return the highest index in S where substring sub is found."},
    {"rindex", m_rindex, METH_DEFAULT, "Like rfind() but raise ValueError when the substring is not found."},
    {"rjust", m_rjust, METH_DEFAULT, "Return a right-justified string of length width."},
    {"rpartition", m_rpartition, METH_DEFAULT, "Partition the string into three parts using the given separator."},
    {"rsplit", m_rsplit, METH_DEFAULT, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rstrip", m_rstrip, METH_DEFAULT, "Return a copy of the string with trailing whitespace removed."},
    {"split", m_split, METH_DEFAULT, "Return a list of the substrings in the string, using sep as the separator string."},
    {"splitlines", m_splitlines, METH_DEFAULT, "Return a list of the lines in the string, breaking at line boundaries."},
    {"startswith", m_startswith, METH_DEFAULT, "Return True if S starts with the specified prefix, False otherwise."},
    {"strip", m_strip, METH_DEFAULT, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", m_swapcase, METH_DEFAULT, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"title", m_title, METH_DEFAULT, "Return a version of the string where each word is titlecased."},
    {"translate", str_m_translate, METH_DEFAULT, "Replace each character in the string using the given translation table."},
    {"upper", m_upper, METH_DEFAULT, "Return a copy of the string converted to uppercase."},
    {"zfill", m_zfill, METH_DEFAULT, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {NULL, NULL, 0, NULL},
};
