/* strobject.c: the str type's core. A str is immutable UTF-8 with its length in code points,
 * an ASCII flag (O(1) indexing) and a cached hash. Here: allocation and the ""/one-character
 * singletons, interning (a table of borrowed pointers: an interned string leaves it when it
 * dies), hashing, comparison, +, *, indexing, slicing, `in`, iteration, repr and the type object.
 * Methods: strmethods.c; % and format: strformat.c; codecs: strcodecs.c; StrBuilder and
 * str_from_format: strbuilder.c; Unicode tables: strunicode.c. */
#include "objects/str_internal.h"
#include "objects/intobject.h"
#include "objects/rangeobject.h"
#include "objects/tupleobject.h"
#include "vm/errors.h"
#include "gc/alloc.h"
#include <string.h>

Object *str_char_cache[256];
static Object *empty_str;

/* ------------------------------------------------------------------------------------------ */
/* UTF-8 counting and code point offsets                                                        */

#define HIGH_BITS 0x8080808080808080ULL

ssize_t str_utf8_count(const char *s, ssize_t n, bool *ascii)
{
    ssize_t cont = 0, i = 0;
    uint64_t high = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t h = w & HIGH_BITS;
        if (h) {
            high |= h;
            cont += __builtin_popcountll(h & ~(w << 1));   /* bytes 10xxxxxx */
        }
    }
    for (; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        high |= b & 0x80;
        cont += (b & 0xC0) == 0x80;
    }
    if (ascii) *ascii = high == 0;
    return n - cont;
}

/* The last code point <-> byte offset translation of a non-ASCII str, so that walking a string
 * by index (s[i] in a loop) is amortized O(1). Borrowed; cleared when that str dies. */
static struct { Object *s; ssize_t cp, off, nbytes; } idx_cache;

/* Moves [k] code points forward from byte offset [off] of valid UTF-8 [d] (k may be negative). */
static ssize_t utf8_advance(const char *d, ssize_t off, ssize_t k)
{
    const unsigned char *p = (const unsigned char *)d;
    for (; k > 0; k--) off += utf8_seqlen(p[off]);
    for (; k < 0; k++) {
        off--;
        while ((p[off] & 0xC0) == 0x80) off--;
    }
    return off;
}

ssize_t str_byte_offset(Object *s, ssize_t i)
{
    if (STR_IS_ASCII(s)) return i;
    ssize_t len = STR_LEN(s);
    if (i <= 0) return 0;
    if (i >= len) return STR_NBYTES(s);
    ssize_t cp = 0, off = 0, dist = i;
    if (len - i < dist) { cp = len; off = STR_NBYTES(s); dist = len - i; }
    if (idx_cache.s == s && idx_cache.nbytes == STR_NBYTES(s)) {
        ssize_t d = i > idx_cache.cp ? i - idx_cache.cp : idx_cache.cp - i;
        if (d < dist) { cp = idx_cache.cp; off = idx_cache.off; }
    }
    off = utf8_advance(STR_DATA(s), off, i - cp);
    idx_cache.s = s;
    idx_cache.cp = i;
    idx_cache.off = off;
    idx_cache.nbytes = STR_NBYTES(s);
    return off;
}

ssize_t str_cp_index(Object *s, ssize_t off)
{
    if (STR_IS_ASCII(s)) return off;
    if (idx_cache.s == s && idx_cache.nbytes == STR_NBYTES(s) && idx_cache.off <= off)
        return idx_cache.cp + str_utf8_count(STR_DATA(s) + idx_cache.off, off - idx_cache.off, NULL);
    return str_utf8_count(STR_DATA(s), off, NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* allocation                                                                                   */

Object *str_new_uninit(ssize_t nbytes, ssize_t length, bool ascii)
{
    if (nbytes == 0 && empty_str != NULL) return NEWREF(empty_str);
    if (nbytes < 0 || nbytes > (ssize_t)(SIZE_MAX / 2) - (ssize_t)sizeof(StrObject) - 1)
        return exc_no_memory();
    /* obj_alloc would zero-fill the whole block, data included, only for the caller to overwrite
     * it (a measurable cost for large strings: s + t, replace, join). So the block is taken from
     * mem_alloc here and only the header is set, with the same fields and size obj_alloc gives an
     * exact str (not GC-tracked, not a heap type); obj_free releases it as usual. */
    size_t size = (sizeof(StrObject) + (size_t)nbytes + 1 + 7) & ~(size_t)7;
    StrObject *so = mem_alloc(size);
    if (so == NULL) return exc_no_memory();
    Object *o = (Object *)so;
    o->refcnt = 1;
    REF_TOTAL_INC();
    o->type = &str_type;
    so->reserved = 0;
    so->ob.size = length;
    so->hash = -1;
    so->state = ascii ? STR_ASCII : 0;
    so->nbytes = nbytes;
    so->data[nbytes] = '\0';
    return o;
}

Object *str_finish(Object *s)
{
    STR_DATA(s)[STR_NBYTES(s)] = '\0';
    return s;
}

Object *str_empty_new(void)
{
    if (empty_str != NULL) return NEWREF(empty_str);
    return str_new_uninit(0, 0, true);
}

Object *str_from_utf8_known(const char *s, ssize_t nbytes, ssize_t length, bool ascii)
{
    if (length <= 1 && empty_str != NULL) {
        if (length == 0) return NEWREF(empty_str);
        int n;
        uint32_t cp = utf8_decode(s, &n);
        if (cp < 256) return NEWREF(str_char_cache[cp]);
    }
    Object *o = str_new_uninit(nbytes, length, ascii);
    if (o != NULL) memcpy(STR_DATA(o), s, (size_t)nbytes);
    return o;
}

Object *str_from_utf8(const char *s, ssize_t nbytes)
{
    bool ascii;
    ssize_t length = str_utf8_count(s, nbytes, &ascii);
    return str_from_utf8_known(s, nbytes, length, ascii);
}

Object *str_from_ascii(const char *s, ssize_t nbytes)
{
    return str_from_utf8_known(s, nbytes, nbytes, true);
}

Object *str_from_cstr(const char *s)
{
    return str_from_utf8(s, (ssize_t)strlen(s));
}

Object *str_from_codepoint(uint32_t cp)
{
    if (cp < 256 && str_char_cache[cp] != NULL) return NEWREF(str_char_cache[cp]);
    if (cp >= 0x110000) return exc_set_string(Exc_ValueError, "chr() arg not in range(0x110000)");
    char buf[4];
    int n = utf8_encode(cp, buf);
    return str_from_utf8_known(buf, n, 1, cp < 128);
}

/* A copy of [s]'s text as an instance of [type] (str or a subclass). */
static Object *str_copy_as(TypeObject *type, Object *s)
{
    if (type == &str_type) return str_from_utf8_known(STR_DATA(s), STR_NBYTES(s), STR_LEN(s), STR_IS_ASCII(s));
    Object *o = obj_alloc(type, STR_NBYTES(s) + 1);
    if (o == NULL) return NULL;
    StrObject *so = (StrObject *)o;
    so->ob.size = STR_LEN(s);
    so->hash = -1;
    so->state = STR_IS_ASCII(s) ? STR_ASCII : 0;
    so->nbytes = STR_NBYTES(s);
    memcpy(so->data, STR_DATA(s), (size_t)STR_NBYTES(s) + 1);
    return o;
}

Object *str_exact_new(Object *s)
{
    if (STR_CHECK_EXACT(s)) return NEWREF(s);
    return str_copy_as(&str_type, s);
}

/* ------------------------------------------------------------------------------------------ */
/* hashing and interning                                                                        */

/* MurmurHash64A with a fixed seed: fast (8 bytes a step) and well mixed. CPython uses SipHash
 * with a random seed, so no program can depend on the values. */
hash_t str_hash_bytes(const void *data, ssize_t n)
{
    if (n == 0) return 0;
    const uint64_t m = 0xc6a4a7935bd1e995ULL;
    const unsigned char *p = data;
    uint64_t h = 0x7a11eda7a11eULL ^ ((uint64_t)n * m);
    ssize_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t k;
        memcpy(&k, p + i, 8);
        k *= m;
        k ^= k >> 47;
        k *= m;
        h ^= k;
        h *= m;
    }
    if (i < n) {
        uint64_t t = 0;
        memcpy(&t, p + i, (size_t)(n - i));
        h ^= t;
        h *= m;
    }
    h ^= h >> 47;
    h *= m;
    h ^= h >> 47;
    hash_t r = (hash_t)h;
    return r == -1 ? -2 : r;
}

hash_t str_hash_value(Object *s)
{
    StrObject *so = (StrObject *)s;
    if (so->hash == -1) so->hash = str_hash_bytes(so->data, so->nbytes);
    return so->hash;
}

/* Open addressing with linear probing over borrowed pointers; TOMB marks a removed entry. */
static Object **itab;
static size_t itab_mask;            /* size - 1 (size a power of two), 0 when there is no table */
static size_t itab_used, itab_fill; /* live entries; live + tombstones */
static char tomb_marker;
#define TOMB ((Object *)&tomb_marker)

static Object *intern_find(const char *data, ssize_t nbytes, hash_t h)
{
    if (itab == NULL) return NULL;
    for (size_t i = (size_t)h & itab_mask;; i = (i + 1) & itab_mask) {
        Object *e = itab[i];
        if (e == NULL) return NULL;
        if (e != TOMB && ((StrObject *)e)->hash == h && STR_NBYTES(e) == nbytes &&
            memcmp(STR_DATA(e), data, (size_t)nbytes) == 0)
            return e;
    }
}

static int intern_resize(size_t newsize)
{
    Object **t = mem_calloc(newsize, sizeof(Object *));
    if (t == NULL) return -1;
    for (size_t i = 0; itab != NULL && i <= itab_mask; i++) {
        Object *e = itab[i];
        if (e == NULL || e == TOMB) continue;
        size_t j = (size_t)((StrObject *)e)->hash & (newsize - 1);
        while (t[j] != NULL) j = (j + 1) & (newsize - 1);
        t[j] = e;
    }
    mem_free(itab);
    itab = t;
    itab_mask = newsize - 1;
    itab_fill = itab_used;
    return 0;
}

/* Adds [s] (exact str, not interned, no equal entry) to the table; 0 or -1 (no exception). */
static int intern_add(Object *s)
{
    if (itab == NULL || (itab_fill + 1) * 3 >= (itab_mask + 1) * 2) {
        size_t size = itab == NULL ? 1024 : (itab_mask + 1);
        while ((itab_used + 1) * 3 >= size) size *= 2;
        if (itab_used * 3 < size / 2 && size > 1024) size /= 2;  /* mostly tombstones: stay */
        if (intern_resize(size < 1024 ? 1024 : size) < 0) return -1;
    }
    hash_t h = str_hash_value(s);
    size_t i = (size_t)h & itab_mask;
    while (itab[i] != NULL && itab[i] != TOMB) i = (i + 1) & itab_mask;
    if (itab[i] == NULL) itab_fill++;
    itab[i] = s;
    itab_used++;
    ((StrObject *)s)->state |= STR_INTERNED;
    return 0;
}

static void intern_remove(Object *s)
{
    if (itab == NULL) return;
    for (size_t i = (size_t)((StrObject *)s)->hash & itab_mask;; i = (i + 1) & itab_mask) {
        if (itab[i] == NULL) return;
        if (itab[i] == s) {
            itab[i] = TOMB;
            itab_used--;
            return;
        }
    }
}

void str_intern_inplace(Object **p)
{
    Object *s = *p;
    if (!STR_CHECK_EXACT(s) || (((StrObject *)s)->state & STR_INTERNED)) return;
    Object *found = intern_find(STR_DATA(s), STR_NBYTES(s), str_hash_value(s));
    if (found != NULL) {
        OBJ_SETREF(*p, NEWREF(found));
        return;
    }
    (void)intern_add(s);        /* out of memory: the string simply stays un-interned */
}

Object *str_intern_cstr(const char *s)
{
    ssize_t n = (ssize_t)strlen(s);
    Object *found = intern_find(s, n, str_hash_bytes(s, n));
    if (found != NULL) return NEWREF(found);
    Object *o = str_from_utf8(s, n);
    if (o != NULL) str_intern_inplace(&o);
    return o;
}

/* ------------------------------------------------------------------------------------------ */
/* comparison, concatenation, repetition                                                        */

bool str_eq(Object *a, Object *b)
{
    if (a == b) return true;
    if (STR_NBYTES(a) != STR_NBYTES(b)) return false;
    hash_t ha = ((StrObject *)a)->hash, hb = ((StrObject *)b)->hash;
    if (ha != -1 && hb != -1 && ha != hb) return false;
    return memcmp(STR_DATA(a), STR_DATA(b), (size_t)STR_NBYTES(a)) == 0;
}

bool str_eq_cstr(Object *a, const char *s)
{
    size_t n = strlen(s);
    return (size_t)STR_NBYTES(a) == n && memcmp(STR_DATA(a), s, n) == 0;
}

/* UTF-8 byte order is code point order, so memcmp compares code points. */
int str_compare(Object *a, Object *b)
{
    ssize_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    int c = memcmp(STR_DATA(a), STR_DATA(b), (size_t)(na < nb ? na : nb));
    if (c != 0) return c;
    return na < nb ? -1 : na > nb ? 1 : 0;
}

static Object *str_richcompare(Object *a, Object *b, int op)
{
    if (!STR_CHECK(a) || !STR_CHECK(b)) RETURN_NOTIMPL;
    bool r;
    if (op == RICH_EQ || op == RICH_NE) {
        r = str_eq(a, b) == (op == RICH_EQ);
    } else {
        int c = str_compare(a, b);
        switch (op) {
        case RICH_LT: r = c < 0; break;
        case RICH_LE: r = c <= 0; break;
        case RICH_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return bool_from(r);
}

Object *str_concat(Object *a, Object *b)
{
    if (STR_NBYTES(b) == 0 && STR_CHECK_EXACT(a)) return NEWREF(a);
    if (STR_NBYTES(a) == 0 && STR_CHECK_EXACT(b)) return NEWREF(b);
    ssize_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    if (na > (ssize_t)(SIZE_MAX / 4) - nb) return exc_set_string(Exc_OverflowError, "strings are too large to concat");
    Object *o = str_new_uninit(na + nb, STR_LEN(a) + STR_LEN(b), STR_IS_ASCII(a) && STR_IS_ASCII(b));
    if (o == NULL) return NULL;
    memcpy(STR_DATA(o), STR_DATA(a), (size_t)na);
    memcpy(STR_DATA(o) + na, STR_DATA(b), (size_t)nb);
    return o;
}

int str_concat_inplace(Object **pleft, Object *right)
{
    Object *a = *pleft;
    StrObject *so = (StrObject *)a;
    ssize_t na = STR_NBYTES(a), nb = STR_NBYTES(right);
    if (REFCNT(a) != 1 || !STR_CHECK_EXACT(a) || (so->state & STR_INTERNED) || na == 0 || nb == 0 ||
        na > (ssize_t)(SIZE_MAX / 4) - nb) {
        Object *r = str_concat(a, right);
        OBJ_SETREF(*pleft, r);
        return r == NULL ? -1 : 0;
    }
    if (idx_cache.s == a) idx_cache.s = NULL;
    ssize_t len = STR_LEN(a) + STR_LEN(right);
    bool ascii = STR_IS_ASCII(a) && STR_IS_ASCII(right);
    Object *r = obj_resize(a, na + nb + 1);
    if (r == NULL) {
        OBJ_CLEAR(*pleft);
        return -1;
    }
    so = (StrObject *)r;
    memcpy(so->data + na, STR_DATA(right), (size_t)nb);
    so->data[na + nb] = '\0';
    so->nbytes = na + nb;
    so->ob.size = len;
    so->hash = -1;
    so->state = ascii ? STR_ASCII : 0;
    *pleft = r;
    return 0;
}

static Object *str_add_slot(Object *a, Object *b)
{
    if (!STR_CHECK(a) || !STR_CHECK(b)) RETURN_NOTIMPL;
    return str_concat(a, b);
}

static Object *str_sq_concat(Object *a, Object *b)
{
    if (!STR_CHECK(b))
        return exc_format(Exc_TypeError, "can only concatenate str (not \"%s\") to str", obj_type_name(b));
    return str_concat(a, b);
}

static Object *str_repeat(Object *s, ssize_t n)
{
    if (n <= 0 || STR_NBYTES(s) == 0) return str_empty_new();
    if (n == 1) return str_exact_new(s);
    ssize_t nb = STR_NBYTES(s);
    if (nb > ((ssize_t)(SIZE_MAX / 4)) / n)
        return exc_set_string(Exc_OverflowError, "repeated string is too long");
    ssize_t total = nb * n;
    Object *o = str_new_uninit(total, STR_LEN(s) * n, STR_IS_ASCII(s));
    if (o == NULL) return NULL;
    char *d = STR_DATA(o);
    if (nb == 1) {
        memset(d, STR_DATA(s)[0], (size_t)total);
    } else {
        memcpy(d, STR_DATA(s), (size_t)nb);
        ssize_t done = nb;
        while (done < total) {
            ssize_t chunk = done < total - done ? done : total - done;
            memcpy(d + done, d, (size_t)chunk);
            done += chunk;
        }
    }
    return o;
}

static bool has_index(Object *o)
{
    return INT_CHECK(o) || TYPE(o)->nb_index != NULL;
}

static Object *str_mul_slot(Object *a, Object *b)
{
    Object *s = a, *count = b;
    if (!STR_CHECK(s)) { s = b; count = a; }
    if (!STR_CHECK(s) || !has_index(count)) RETURN_NOTIMPL;
    ssize_t n = obj_as_ssize(count, Exc_OverflowError);
    if (n == -1 && exc_occurred()) return NULL;
    return str_repeat(s, n);
}

/* ------------------------------------------------------------------------------------------ */
/* length, indexing, slicing, contains                                                          */

static ssize_t str_len_slot(Object *s)
{
    return STR_LEN(s);
}

Object *str_substr(Object *s, ssize_t start, ssize_t stop)
{
    ssize_t len = STR_LEN(s);
    if (start < 0) start = 0;
    if (stop > len) stop = len;
    if (start >= stop) return str_empty_new();
    if (start == 0 && stop == len) return str_exact_new(s);
    ssize_t b0 = str_byte_offset(s, start);
    ssize_t b1 = str_byte_offset(s, stop);
    return str_from_utf8_known(STR_DATA(s) + b0, b1 - b0, stop - start, STR_IS_ASCII(s));
}

/* s[i] for a resolved index 0 <= i < len. */
static Object *str_char_at(Object *s, ssize_t i)
{
    if (STR_IS_ASCII(s)) return NEWREF(str_char_cache[(unsigned char)STR_DATA(s)[i]]);
    int n;
    uint32_t cp = utf8_decode(STR_DATA(s) + str_byte_offset(s, i), &n);
    return str_from_codepoint(cp);
}

static Object *str_slice_step(Object *s, ssize_t start, ssize_t n, ssize_t step)
{
    const char *src = STR_DATA(s);
    if (STR_IS_ASCII(s)) {
        Object *o = str_new_uninit(n, n, true);
        if (o == NULL) return NULL;
        char *d = STR_DATA(o);
        for (ssize_t k = 0; k < n; k++) d[k] = src[start + k * step];
        return o;
    }
    /* two walks: the size, then the copy */
    ssize_t first = str_byte_offset(s, start), off = first, total = 0;
    bool ascii = true;
    for (ssize_t k = 0; k < n; k++) {
        int len = utf8_seqlen((unsigned char)src[off]);
        total += len;
        ascii &= len == 1;
        if (k + 1 < n) off = utf8_advance(src, off, step);
    }
    if (n == 1) return str_from_utf8_known(src + first, total, 1, ascii);
    Object *o = str_new_uninit(total, n, ascii);
    if (o == NULL) return NULL;
    char *d = STR_DATA(o);
    off = first;
    for (ssize_t k = 0; k < n; k++) {
        int len = utf8_seqlen((unsigned char)src[off]);
        memcpy(d, src + off, (size_t)len);
        d += len;
        if (k + 1 < n) off = utf8_advance(src, off, step);
    }
    return o;
}

static Object *str_getitem_slot(Object *s, Object *key)
{
    ssize_t len = STR_LEN(s);
    if (INT_CHECK(key) || (TYPE(key)->nb_index != NULL && !SLICE_CHECK(key))) {
        ssize_t i;
        if (INT_CHECK_EXACT(key) && INT_IS_COMPACT(key)) {
            i = INT_COMPACT_VALUE(key);
        } else {
            i = obj_as_ssize(key, Exc_IndexError);
            if (i == -1 && exc_occurred()) return NULL;
        }
        if (i < 0) i += len;
        if (i < 0 || i >= len) return exc_set_string(Exc_IndexError, "string index out of range");
        return str_char_at(s, i);
    }
    if (SLICE_CHECK(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, len, &start, &stop, &step);
        if (n < 0) return NULL;
        if (n == 0) return str_empty_new();
        if (step == 1) return str_substr(s, start, start + n);
        return str_slice_step(s, start, n, step);
    }
    return exc_format(Exc_TypeError, "string indices must be integers, not '%s'", obj_type_name(key));
}

static int str_contains_slot(Object *s, Object *sub)
{
    if (!STR_CHECK(sub)) {
        exc_format(Exc_TypeError, "'in <string>' requires string as left operand, not %s", obj_type_name(sub));
        return -1;
    }
    if (STR_NBYTES(sub) == 0) return 1;
    return str_find_bytes(STR_DATA(s), STR_NBYTES(s), STR_DATA(sub), STR_NBYTES(sub)) >= 0;
}

/* ------------------------------------------------------------------------------------------ */
/* repr                                                                                         */

static char repr_quote(Object *s)
{
    const char *d = STR_DATA(s);
    ssize_t n = STR_NBYTES(s);
    if (memchr(d, '\'', (size_t)n) != NULL && memchr(d, '"', (size_t)n) == NULL) return '"';
    return '\'';
}

/* Extra bytes an ASCII byte takes in a repr (beyond itself): 1 for \\ \t \n \r, 3 for \xNN;
 * the quote characters are handled by the caller. */
static const uint8_t ascii_escape_extra[128] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3,
};

/* Bytes of the escape for a non-ASCII code point (0: kept as is). */
static int escape_len_wide(uint32_t cp, bool ascii)
{
    if (!ascii && (str_ucd_flags(cp) & UC_PRINTABLE)) return 0;
    return cp < 0x100 ? 4 : cp < 0x10000 ? 6 : 10;
}

static char *write_escape(char *o, uint32_t cp)
{
    static const char hex[] = "0123456789abcdef";
    *o++ = '\\';
    switch (cp) {
    case '\t': *o++ = 't'; return o;
    case '\n': *o++ = 'n'; return o;
    case '\r': *o++ = 'r'; return o;
    case '\\': case '\'': case '"': *o++ = (char)cp; return o;
    default: break;
    }
    int digits;
    if (cp < 0x100) { *o++ = 'x'; digits = 2; }
    else if (cp < 0x10000) { *o++ = 'u'; digits = 4; }
    else { *o++ = 'U'; digits = 8; }
    for (int k = digits - 1; k >= 0; k--) *o++ = hex[(cp >> (4 * k)) & 15];
    return o;
}

/* Computes the size of the quoted, escaped text: bytes returned, code points in *ncp. */
static ssize_t repr_size(Object *s, char quote, bool ascii, ssize_t *ncp, bool *all_ascii)
{
    const unsigned char *d = (const unsigned char *)STR_DATA(s);
    ssize_t n = STR_NBYTES(s), bytes = 2 + n, cps = 2 + STR_LEN(s);
    bool asc = true;
    for (ssize_t i = 0; i < n;) {
        unsigned char b = d[i];
        if (b < 0x80) {
            ssize_t e = ascii_escape_extra[b] + (b == (unsigned char)quote);
            bytes += e;
            cps += e;
            i++;
            continue;
        }
        int len;
        uint32_t cp = utf8_decode((const char *)d + i, &len);
        int e = escape_len_wide(cp, ascii);
        if (e) { bytes += e - len; cps += e - 1; }
        else asc = false;
        i += len;
    }
    *ncp = cps;
    *all_ascii = asc;
    return bytes;
}

static void repr_fill(Object *s, char quote, bool ascii, char *o)
{
    const unsigned char *d = (const unsigned char *)STR_DATA(s);
    ssize_t n = STR_NBYTES(s);
    *o++ = quote;
    for (ssize_t i = 0; i < n;) {
        unsigned char b = d[i];
        if (b < 0x80) {
            if (ascii_escape_extra[b] == 0 && b != (unsigned char)quote) *o++ = (char)b;
            else o = write_escape(o, b);
            i++;
            continue;
        }
        int len;
        uint32_t cp = utf8_decode((const char *)d + i, &len);
        if (escape_len_wide(cp, ascii)) {
            o = write_escape(o, cp);
        } else {
            memcpy(o, d + i, (size_t)len);
            o += len;
        }
        i += len;
    }
    *o = quote;
}

void str_repr_to(StrBuilder *sb, Object *s, bool ascii)
{
    char quote = repr_quote(s);
    ssize_t ncp;
    bool all_ascii;
    ssize_t n = repr_size(s, quote, ascii, &ncp, &all_ascii);
    char *o = sb_grow(sb, n, ncp, all_ascii);
    if (o != NULL) repr_fill(s, quote, ascii, o);
}

Object *str_repr_of(Object *s)
{
    char quote = repr_quote(s);
    ssize_t ncp;
    bool all_ascii;
    ssize_t n = repr_size(s, quote, false, &ncp, &all_ascii);
    Object *o = str_new_uninit(n, ncp, all_ascii);
    if (o == NULL) return NULL;
    repr_fill(s, quote, false, STR_DATA(o));
    return o;
}

Object *str_to_ascii(Object *s)
{
    if (STR_IS_ASCII(s)) return NEWREF(s);
    const char *d = STR_DATA(s);
    ssize_t n = STR_NBYTES(s), total = 0;
    for (ssize_t i = 0; i < n;) {
        int len;
        uint32_t cp = utf8_decode(d + i, &len);
        total += cp < 128 ? 1 : cp < 0x100 ? 4 : cp < 0x10000 ? 6 : 10;
        i += len;
    }
    Object *o = str_new_uninit(total, total, true);
    if (o == NULL) return NULL;
    char *out = STR_DATA(o);
    for (ssize_t i = 0; i < n;) {
        int len;
        uint32_t cp = utf8_decode(d + i, &len);
        if (cp < 128) *out++ = (char)cp;
        else out = write_escape(out, cp);
        i += len;
    }
    return o;
}

static Object *str_repr_slot(Object *s)
{
    return str_repr_of(s);
}

static Object *str_str_slot(Object *s)
{
    return str_exact_new(s);
}

static hash_t str_hash_slot(Object *s)
{
    return str_hash_value(s);
}

/* ------------------------------------------------------------------------------------------ */
/* iteration                                                                                    */

typedef struct StrIterObject {
    Object ob;
    Object *str;                    /* NULL once exhausted */
    ssize_t off;                    /* byte offset of the next code point */
} StrIterObject;

static Object *str_iter_slot(Object *s)
{
    StrIterObject *it = (StrIterObject *)obj_alloc(&str_iter_type, 0);
    if (it == NULL) return NULL;
    it->str = NEWREF(s);
    it->off = 0;
    return (Object *)it;
}

static Object *str_iter_next(Object *o)
{
    StrIterObject *it = (StrIterObject *)o;
    Object *s = it->str;
    if (s == NULL) return NULL;
    if (it->off >= STR_NBYTES(s)) {
        OBJ_CLEAR(it->str);
        return NULL;
    }
    unsigned char b = (unsigned char)STR_DATA(s)[it->off];
    if (b < 128) {
        it->off++;
        return NEWREF(str_char_cache[b]);
    }
    int n;
    uint32_t cp = utf8_decode(STR_DATA(s) + it->off, &n);
    it->off += n;
    return str_from_codepoint(cp);
}

static Object *str_iter_self(Object *o)
{
    return NEWREF(o);
}

static void str_iter_dealloc(Object *o)
{
    OBJ_CLEAR(((StrIterObject *)o)->str);
    obj_free(o);
}

static Object *str_iter_length_hint(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("str_iterator.__length_hint__", nargs, kwnames) < 0) return NULL;
    StrIterObject *it = (StrIterObject *)self;
    if (it->str == NULL) return int_from_ssize(0);
    ssize_t left = STR_LEN(it->str) - str_cp_index(it->str, it->off);
    return int_from_ssize(left);
}

static MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, METH_DEFAULT, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject str_iter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "str_iterator",
    .basicsize = sizeof(StrIterObject),
    .flags = TPFLAG_IMMUTABLETYPE,
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

/* ------------------------------------------------------------------------------------------ */
/* str(), the type                                                                              */

static Object *str_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (nargs == 1 && kwnames == NULL) {
        a[0] = args[0];
    } else if (nargs != 0 || kwnames != NULL) {
        if (arg_parse("str", args, nargs, kwnames, names, 0, 0, a) < 0) return NULL;
    }
    Object *result;
    if (a[0] == NULL) {
        result = str_empty_new();
    } else if (a[1] == NULL && a[2] == NULL) {
        result = obj_str(a[0]);
    } else {
        const char *enc = NULL, *errs = NULL;
        for (int k = 1; k <= 2; k++) {
            if (a[k] != NULL && !STR_CHECK(a[k]))
                return exc_format(Exc_TypeError, "str() argument '%s' must be str, not %s", names[k],
                                  obj_type_name(a[k]));
        }
        if (a[1] != NULL) enc = STR_DATA(a[1]);
        if (a[2] != NULL) errs = STR_DATA(a[2]);
        if (STR_CHECK(a[0])) return exc_set_string(Exc_TypeError, "decoding str is not supported");
        if (!BYTES_CHECK(a[0]))
            return exc_format(Exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                              obj_type_name(a[0]));
        result = bytes_decode(BYTES_DATA(a[0]), BYTES_LEN(a[0]), enc, errs);
    }
    if (result == NULL || type == &str_type) return result;
    Object *sub = str_copy_as(type, result);
    OBJ_DECREF(result);
    return sub;
}

static void str_dealloc(Object *o)
{
    if (((StrObject *)o)->state & STR_INTERNED) intern_remove(o);
    if (idx_cache.s == o) idx_cache.s = NULL;
    obj_free(o);
}

TypeObject str_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "str",
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object.",
    .basicsize = sizeof(StrObject),
    .itemsize = 1,
    .flags = TPFLAG_BASETYPE | TPFLAG_STR_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .dealloc = str_dealloc,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter_slot,
    .nb = {[NB_ADD] = str_add_slot, [NB_MULTIPLY] = str_mul_slot, [NB_REMAINDER] = str_mod_slot},
    .len = str_len_slot,
    .getitem = str_getitem_slot,
    .contains = str_contains_slot,
    .sq_concat = str_sq_concat,
    .sq_repeat = str_repeat,
    .tp_new = str_tp_new,
    .methods = str_methods,
};

/* ------------------------------------------------------------------------------------------ */
/* start-up and shutdown                                                                        */

int str_init(void)
{
    str_ucd_init();
    if (empty_str == NULL) {
        Object *e = str_new_uninit(0, 0, true);
        if (e == NULL) return -1;
        str_intern_inplace(&e);
        empty_str = e;
    }
    for (uint32_t cp = 0; cp < 256; cp++) {
        if (str_char_cache[cp] != NULL) continue;
        char buf[2];
        int n = utf8_encode(cp, buf);
        Object *c = str_new_uninit(n, 1, cp < 128);
        if (c == NULL) return -1;
        memcpy(STR_DATA(c), buf, (size_t)n);
        str_intern_inplace(&c);
        str_char_cache[cp] = c;
    }
    return 0;
}

void str_fini(void)
{
    for (int cp = 0; cp < 256; cp++) OBJ_CLEAR(str_char_cache[cp]);
    OBJ_CLEAR(empty_str);
    /* strings still alive stay valid but are no longer interned */
    for (size_t i = 0; itab != NULL && i <= itab_mask; i++) {
        Object *e = itab[i];
        if (e != NULL && e != TOMB) ((StrObject *)e)->state &= ~STR_INTERNED;
    }
    mem_free(itab);
    itab = NULL;
    itab_mask = itab_used = itab_fill = 0;
    idx_cache.s = NULL;
    str_builder_fini();
    str_bytes_fini();
}
