/* strunicode.h: the Unicode character database (objects/strunicode.c, tables generated from
 * CPython 3.11's unicodedata): property flags and case mappings of code points. */
#ifndef TALLY_STRUNICODE_H
#define TALLY_STRUNICODE_H

#include "common/config.h"

/* Decodes the code point at [s] (valid UTF-8); stores its byte length in *n. */
static inline uint32_t str_utf8_decode(const char *s, int *n)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned char b = p[0];
    if (b < 0x80) { *n = 1; return b; }
    if (b < 0xE0) { *n = 2; return ((uint32_t)(b & 0x1F) << 6) | (p[1] & 0x3F); }
    if (b < 0xF0) {
        *n = 3;
        return ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

#define UC_ALPHA 0x0001
#define UC_DECIMAL 0x0002
#define UC_DIGIT 0x0004
#define UC_NUMERIC 0x0008
#define UC_PRINTABLE 0x0010
#define UC_UPPER 0x0020
#define UC_LOWER 0x0040
#define UC_TITLE 0x0080
#define UC_SPACE 0x0100
#define UC_XID_START 0x0200
#define UC_XID_CONTINUE 0x0400
#define UC_CASED 0x0800
#define UC_CASE_IGNORABLE 0x1000

extern uint16_t str_latin1_flags[256];           /* UC_* bits of U+0000..U+00FF (filled by str_init) */
uint32_t str_ucd_flags_slow(uint32_t cp);        /* binary search in the tables */
static inline uint32_t str_ucd_flags(uint32_t cp)
{
    return cp < 256 ? str_latin1_flags[cp] : str_ucd_flags_slow(cp);
}
void str_ucd_init(void);                         /* fills str_latin1_flags */

enum { UC_MAP_UPPER, UC_MAP_LOWER, UC_MAP_TITLE, UC_MAP_FOLD };
/* Full case mapping of [cp] ([kind] one of UC_MAP_*): writes 1..3 code points to out, returns the count. */
int str_ucd_map(uint32_t cp, int kind, uint32_t out[3]);

#endif
