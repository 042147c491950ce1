/* str_internal.h: what the str/bytes files (strobject.c, strbuilder.c, strmethods.c, strformat.c,
 * strunicode.c, bytesobject.c) share and nobody else needs: UTF-8 helpers, the Unicode database
 * queries, the singletons, argument checking with CPython's messages, and cross-file slots. */
#ifndef TALLY_STR_INTERNAL_H
#define TALLY_STR_INTERNAL_H

#include "objects/strobject.h"
#include "objects/strunicode.h"

/* ---- UTF-8 (tally's str holds "generalized" UTF-8: lone surrogates are 3-byte sequences) ---- */

/* Length of the sequence introduced by lead byte [b] (valid UTF-8 only). */
static inline int utf8_seqlen(unsigned char b)
{
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/* Decodes the code point at [s] (valid UTF-8); stores its byte length in *n. */
static inline uint32_t utf8_decode(const char *s, int *n)
{
    return str_utf8_decode(s, n);
}

/* Writes code point [cp] (< 0x110000) at [out]; returns the byte count (1..4). */
static inline int utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

static inline int utf8_cplen(uint32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Number of code points in [s, s+n) (valid UTF-8); sets *ascii when every byte is < 0x80. */
ssize_t str_utf8_count(const char *s, ssize_t n, bool *ascii);

/* ---- construction ---- */

/* A str of known length and ASCII-ness from valid UTF-8; "" and one-character strings below
 * U+0100 come back as the shared singletons. New reference, NULL with MemoryError. */
Object *str_from_utf8_known(const char *s, ssize_t nbytes, ssize_t length, bool ascii);
/* The shared "" (new reference). */
Object *str_empty_new(void);
/* Returns [s] itself for an exact str, else a new exact str with the same text (for methods
 * that return self unchanged: CPython returns an exact copy for subclasses). */
Object *str_exact_new(Object *s);
/* hash of raw bytes: the function behind str and bytes hashes; never -1. */
hash_t str_hash_bytes(const void *data, ssize_t n);

/* (the Unicode database: objects/strunicode.h, included above) */
/* True for line boundaries of str.splitlines: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
static inline bool str_ucd_is_linebreak(uint32_t cp)
{
    return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 ||
           cp == 0x2028 || cp == 0x2029;
}

/* ---- singletons and caches (strobject.c) ---- */
extern Object *str_char_cache[256];              /* one-character strings U+0000..U+00FF */

/* ---- argument checking with the messages of CPython's str methods (strmethods.c) ---- */
/* "str.upper() takes no arguments (1 given)" / "str.upper() takes no keyword arguments" */
int str_arg_none(const char *name, ssize_t nargs, Object *kwnames);
/* "str.join() takes exactly one argument (0 given)" */
int str_arg_one(const char *name, ssize_t nargs, Object *kwnames);
/* Argument Clinic's varargs form: "center expected at least 1 argument, got 0", keywords:
 * "str.center() takes no keyword arguments". */
int str_arg_range(const char *name, ssize_t nargs, Object *kwnames, ssize_t min, ssize_t max);
/* The older form: "find() takes at least 1 argument (0 given)", "find() takes no keyword arguments". */
int str_arg_old(const char *name, ssize_t nargs, Object *kwnames, ssize_t min, ssize_t max);
/* Positional-or-keyword parameters [names] (NULL-terminated), none required; out[] gets
 * borrowed values or NULL. "'zz' is an invalid keyword argument for split()" etc. */
int str_arg_kw(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames,
               const char *const *names, Object **out);
/* A start/end argument of find() etc.: None or an index (via __index__), else TypeError
 * "slice indices must be integers or None or have an __index__ method". 0 or -1. */
int str_arg_slice_index(Object *o, ssize_t *out);
/* Resolves start/end against [len] as slice indices do (negative from the end, clamped). */
void str_adjust_indices(ssize_t *start, ssize_t *end, ssize_t len);

/* Byte-string search (strmethods.c): forward/backward offset of [n, n+nn) in [h, h+hn) or -1
 * (an empty needle is found at 0 / hn); count of non-overlapping matches, at most max. */
ssize_t str_find_bytes(const char *h, ssize_t hn, const char *n, ssize_t nn);
ssize_t str_rfind_bytes(const char *h, ssize_t hn, const char *n, ssize_t nn);
ssize_t str_count_bytes(const char *h, ssize_t hn, const char *n, ssize_t nn, ssize_t max);
/* Releases bytes' cached b'' (bytesobject.c; called by str_fini). */
void str_bytes_fini(void);

/* ---- codecs shared by str and bytes (strmethods.c) ---- */
enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };
enum { ERRORS_STRICT, ERRORS_IGNORE, ERRORS_REPLACE, ERRORS_BACKSLASHREPLACE, ERRORS_SURROGATEESCAPE };
/* Canonical codec for an encoding name (case, '-', '_' and spaces ignored as CPython does);
 * -1 with LookupError "unknown encoding: xx". */
int str_codec_lookup(const char *encoding);
/* Error handler by name (NULL: strict); -1 with LookupError "unknown error handler name 'x'".
 * Looked up only when an error occurs, as CPython does. */
int str_errors_lookup(const char *errors);
/* Decodes bytes with a codec and handler (strcodecs.c); new str or NULL with UnicodeDecodeError. */
Object *str_decode(const char *s, ssize_t n, int codec, const char *errors);

/* ---- slots and tables implemented in one file and used in another ---- */
extern MethodDef str_methods[];                  /* strmethods.c */
/* str.encode, str.maketrans, str.translate (strcodecs.c) */
Object *str_m_encode(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
Object *str_m_maketrans(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
Object *str_m_translate(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
/* str.format_map and str.__format__ (strformat.c) */
Object *str_format_map_method(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
Object *str_dunder_format_method(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
Object *str_mod_slot(Object *a, Object *b);      /* strformat.c: the % operator */
/* Reserves [n] bytes at the end of sb holding [ncp] code points (ascii: all of them ASCII) and
 * returns where to write them; NULL (sb marked failed) when out of memory. */
char *sb_grow(StrBuilder *sb, ssize_t n, ssize_t ncp, bool ascii);
/* Makes room for [n] more bytes without using them; false (sb marked failed) when out of memory. */
bool sb_reserve(StrBuilder *sb, ssize_t n);
/* Appends [n] bytes known to be ASCII (no counting). */
void sb_append_ascii(StrBuilder *sb, const char *s, ssize_t n);
/* Frees the repr guard's storage (strbuilder.c; called by str_fini). */
void str_builder_fini(void);
/* Writes repr(s) into sb (quotes and escapes); [ascii] also escapes every non-ASCII code point. */
void str_repr_to(StrBuilder *sb, Object *s, bool ascii);

/* Raises a UnicodeEncodeError/UnicodeDecodeError with CPython's five arguments
 * (encoding, object, start, end, reason); returns NULL. */
Object *str_raise_unicode_error(TypeObject *type, const char *encoding, Object *object,
                                ssize_t start, ssize_t end, const char *reason);

#endif
