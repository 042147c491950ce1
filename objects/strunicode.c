/* strunicode.c: the Unicode character database behind str's predicates and case mappings.
 * The tables (strunicode_db.h) are generated from CPython 3.11's own answers by
 * strunicode_gen.py, so isalpha/isdigit/isprintable/upper/title/casefold... agree with CPython.
 * Lookups are binary searches; the first 256 code points are served from a flat cache. */
#include "objects/str_internal.h"

typedef struct CaseRecord {
    uint8_t multi;                  /* 0: fields are deltas; 1: indexes into uc_case_special */
    int32_t map[4];                 /* upper, lower, title, casefold */
} CaseRecord;

typedef struct CaseRun {
    uint32_t first, last;
    uint16_t even, odd;             /* records for even and odd offsets from first */
} CaseRun;

#include "objects/strunicode_db.h"

#define NRANGES ((ssize_t)(sizeof uc_ranges / sizeof uc_ranges[0]))
#define NRUNS ((ssize_t)(sizeof uc_case_runs / sizeof uc_case_runs[0]))
#define NZEROS ((ssize_t)(sizeof uc_decimal_zeros / sizeof uc_decimal_zeros[0]))

uint16_t str_latin1_flags[256];
/* single-code-point case mappings of U+0000..U+00FF (0: see the tables: a multi-character result) */
static uint16_t latin1_map[4][256];

uint32_t str_ucd_flags_slow(uint32_t cp)
{
    if (cp >= 0x110000) return 0;
    ssize_t lo = 0, hi = NRANGES - 1;      /* find the last entry whose start <= cp */
    while (lo < hi) {
        ssize_t mid = (lo + hi + 1) / 2;
        if ((uc_ranges[mid] >> 8) <= cp) lo = mid;
        else hi = mid - 1;
    }
    return uc_combos[uc_ranges[lo] & 0xFF];
}

static int map_slow(uint32_t cp, int kind, uint32_t out[3]);

void str_ucd_init(void)
{
    for (uint32_t cp = 0; cp < 256; cp++) {
        str_latin1_flags[cp] = (uint16_t)str_ucd_flags_slow(cp);
        for (int kind = 0; kind < 4; kind++) {
            uint32_t out[3];
            int n = map_slow(cp, kind, out);
            latin1_map[kind][cp] = n == 1 ? (uint16_t)out[0] : 0;
        }
    }
}

int str_ucd_map(uint32_t cp, int kind, uint32_t out[3])
{
    if (cp < 256 && (latin1_map[kind][cp] != 0 || cp == 0)) {
        out[0] = latin1_map[kind][cp];
        return 1;
    }
    return map_slow(cp, kind, out);
}

static int map_slow(uint32_t cp, int kind, uint32_t out[3])
{
    ssize_t lo = 0, hi = NRUNS - 1;
    while (lo <= hi) {
        ssize_t mid = (lo + hi) / 2;
        const CaseRun *run = &uc_case_runs[mid];
        if (cp < run->first) {
            hi = mid - 1;
        } else if (cp > run->last) {
            lo = mid + 1;
        } else {
            const CaseRecord *rec = &uc_case_records[((cp - run->first) & 1) ? run->odd : run->even];
            if (!rec->multi) {
                out[0] = (uint32_t)((int32_t)cp + rec->map[kind]);
                return 1;
            }
            const uint32_t *sp = &uc_case_special[rec->map[kind]];
            int n = (int)sp[0];
            for (int i = 0; i < n; i++) out[i] = sp[1 + i];
            return n;
        }
    }
    out[0] = cp;
    return 1;
}

int str_unicode_decimal(uint32_t cp)
{
    if (cp < 128) return (cp >= '0' && cp <= '9') ? (int)(cp - '0') : -1;
    if (!(str_ucd_flags(cp) & UC_DECIMAL)) return -1;
    ssize_t lo = 0, hi = NZEROS - 1;
    while (lo < hi) {
        ssize_t mid = (lo + hi + 1) / 2;
        if (uc_decimal_zeros[mid] <= cp) lo = mid;
        else hi = mid - 1;
    }
    return (int)(cp - uc_decimal_zeros[lo]);
}

bool str_unicode_isspace(uint32_t cp)
{
    return (str_ucd_flags(cp) & UC_SPACE) != 0;
}

bool str_unicode_is_id_start(uint32_t cp)
{
    if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return (str_ucd_flags(cp) & UC_XID_START) != 0;
}

bool str_unicode_is_id_continue(uint32_t cp)
{
    if (cp < 128)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' ||
               (cp >= '0' && cp <= '9');
    return (str_ucd_flags(cp) & UC_XID_CONTINUE) != 0;
}

bool str_unicode_isprintable(uint32_t cp)
{
    return (str_ucd_flags(cp) & UC_PRINTABLE) != 0;
}
