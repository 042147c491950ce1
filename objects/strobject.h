/* strobject.h: str (immutable UTF-8 text, length counted in code points, cached hash) and bytes.
 * Layout: 48-byte header then the UTF-8 data and a NUL inline, so an ASCII str's getsizeof is
 * 49 + len as in CPython 3.11 (non-ASCII text is smaller than CPython's: a documented difference). */
#ifndef TALLY_STROBJECT_H
#define TALLY_STROBJECT_H

#include "objects/object.h"
#include <stdarg.h>

typedef struct StrObject {
    VarObject ob;          /* size: length in code points */
    hash_t hash;           /* -1 until computed */
    uint32_t state;        /* STR_INTERNED | STR_ASCII */
    uint32_t reserved;
    ssize_t nbytes;        /* length of data in bytes, without the NUL */
    char data[];           /* UTF-8, NUL-terminated */
} StrObject;

#define STR_INTERNED 1u
#define STR_ASCII 2u

#define STR_CHECK(o) TYPE_HAS_FLAG(TYPE(o), TPFLAG_STR_SUBCLASS)
#define STR_CHECK_EXACT(o) (TYPE(o) == &str_type)
#define STR_DATA(o) (((StrObject *)(o))->data)           /* borrowed, NUL-terminated UTF-8 */
#define STR_NBYTES(o) (((StrObject *)(o))->nbytes)
#define STR_LEN(o) SIZE(o)                               /* code points */
#define STR_IS_ASCII(o) ((((StrObject *)(o))->state & STR_ASCII) != 0)

typedef struct BytesObject {
    VarObject ob;          /* size: number of bytes */
    hash_t hash;
    char data[];           /* NUL-terminated for convenience */
} BytesObject;

#define BYTES_CHECK(o) TYPE_HAS_FLAG(TYPE(o), TPFLAG_BYTES_SUBCLASS)
#define BYTES_DATA(o) (((BytesObject *)(o))->data)
#define BYTES_LEN(o) SIZE(o)

int str_init(void);                               /* interning table, one-character strings, "" */
void str_fini(void);

Object *str_from_cstr(const char *s);
Object *str_from_utf8(const char *s, ssize_t nbytes);       /* s must be valid UTF-8 */
/* s must be ASCII (number formatting): no counting pass; one-character results are cached. */
Object *str_from_ascii(const char *s, ssize_t nbytes);
/* Decodes possibly invalid UTF-8; UnicodeDecodeError with CPython's message on bad input. */
Object *str_decode_utf8(const char *s, ssize_t nbytes);
Object *str_new_uninit(ssize_t nbytes, ssize_t length, bool ascii);   /* fill data, then str_finish */
/* printf-like: %s (C string), %d %i %u %ld %lu %zd %zu %lld %x %c, %% and
 * %R (repr of an Object), %S (str of an Object), %U (a str Object's text), %T (type name of an Object),
 * %.Ns / %.NU / %.NR truncate to N characters. */
Object *str_from_format(const char *fmt, ...);
Object *str_from_vformat(const char *fmt, va_list ap);
Object *str_from_codepoint(uint32_t cp);          /* chr(cp); one-character strings are cached */

Object *str_intern_cstr(const char *s);           /* the interned str with this text */
void str_intern_inplace(Object **p);              /* replace *p (owned) by its interned twin */
bool str_eq(Object *a, Object *b);                /* both str */
bool str_eq_cstr(Object *a, const char *s);
int str_compare(Object *a, Object *b);            /* code point order: <0, 0, >0 */
hash_t str_hash_value(Object *s);
Object *str_concat(Object *a, Object *b);         /* both str */
Object *str_join(Object *sep, Object *iterable);  /* sep.join(iterable) */
/* "".join(items[0..n)) with the items all str (BUILD_STRING of an f-string): one allocation,
 * a fresh result as CPython's _PyUnicode_JoinArray gives. New reference, NULL with an exception. */
Object *str_join_array(Object *const *items, ssize_t n);
Object *str_repr_of(Object *s);                   /* repr of a str with CPython's quoting */
/* Index of the [i]-th code point's first byte (O(1) for ASCII). */
ssize_t str_byte_offset(Object *s, ssize_t i);
Object *str_substr(Object *s, ssize_t start, ssize_t stop);     /* code point range, clamped */
/* The % operator: format % args (args a tuple, a mapping or a single value). */
Object *str_percent_format(Object *format, Object *args);
/* format(value, spec) for str values: alignment, width, precision, fill. */
Object *str_format_spec(Object *s, Object *spec);
Object *str_format_method(Object *format, Object *const *args, ssize_t nargs, Object *kwnames);  /* str.format */

Object *bytes_from_data(const char *data, ssize_t len);
Object *bytes_repr_of(Object *b);                 /* b'...' with CPython's escapes */

/* A growing UTF-8 buffer for building a str (repr of containers, join, format). On OOM it
 * remembers the failure and sb_finish raises MemoryError. */
typedef struct StrBuilder {
    char *buf;
    ssize_t len, cap;
    ssize_t ncodepoints;
    bool ascii;
    bool failed;
} StrBuilder;

void sb_init(StrBuilder *sb);
void sb_append(StrBuilder *sb, const char *s, ssize_t nbytes);   /* valid UTF-8 */
void sb_append_cstr(StrBuilder *sb, const char *s);
void sb_append_char(StrBuilder *sb, char c);                      /* an ASCII byte */
void sb_append_codepoint(StrBuilder *sb, uint32_t cp);
int sb_append_str(StrBuilder *sb, Object *s);                     /* a str object; 0 */
int sb_append_repr(StrBuilder *sb, Object *o);                    /* repr(o); -1 on error */
int sb_append_strof(StrBuilder *sb, Object *o);                   /* str(o); -1 on error */
Object *sb_finish(StrBuilder *sb);                /* the str, or NULL with MemoryError; frees the buffer */
void sb_fini(StrBuilder *sb);                     /* abandon: frees the buffer */

/* Repr recursion guard for containers ([...] for a list containing itself): 1 if [o] is already
 * being repr'ed (print "..."), 0 if entered (call repr_leave after), -1 on error. */
int repr_enter(Object *o);
void repr_leave(Object *o);

/* ---- additions (the str/bytes helper) ---- */

/* *pleft (owned) = *pleft + right (a str). When the caller holds the only reference to an exact,
 * non-interned *pleft it is grown in place (so `s += t` in a loop is amortized linear, as in
 * CPython); otherwise *pleft is replaced by a new string. 0, or -1 with *pleft cleared. */
int str_concat_inplace(Object **pleft, Object *right);
/* Completes a str from str_new_uninit after its data was filled: writes the NUL; returns s. */
Object *str_finish(Object *s);
/* format(value, spec) (spec a str, may be "" or NULL): the __format__ protocol with fast paths
 * for exact str, int and float. New reference, NULL with an exception (f-strings, format()). */
Object *str_format_value(Object *value, Object *spec);
/* ascii() of a repr: escapes every non-ASCII code point of [s] as \xNN, \uNNNN or \UNNNNNNNN. */
Object *str_to_ascii(Object *s);
/* s.encode(encoding, errors) (NULL args mean "utf-8", "strict"); a bytes object, or NULL with
 * LookupError/UnicodeEncodeError. */
Object *str_encode(Object *s, const char *encoding, const char *errors);
/* b.decode(encoding, errors) for raw bytes (NULL args mean "utf-8", "strict"). */
Object *bytes_decode(const char *data, ssize_t len, const char *encoding, const char *errors);
/* A bytes object of [len] zero bytes to fill before it escapes; NULL with MemoryError. */
Object *bytes_new_uninit(ssize_t len);
/* The UTF-8 length of a str's first [n] code points is str_byte_offset; the reverse: */
ssize_t str_cp_index(Object *s, ssize_t byte_offset);

/* Unicode character properties (CPython 3.11's database). */
int str_unicode_decimal(uint32_t cp);             /* decimal digit value (int('\u0663') == 3), or -1 */
bool str_unicode_isspace(uint32_t cp);            /* str.isspace() of one code point */
bool str_unicode_is_id_start(uint32_t cp);        /* may start an identifier ('_' included) */
bool str_unicode_is_id_continue(uint32_t cp);     /* may continue an identifier */
bool str_unicode_isprintable(uint32_t cp);        /* repr() keeps it as is */

#endif
