/* lexer.re: tally's tokenizer, a re2c scanner over UTF-8 Python 3.11 source.
 * re2c flags (the Makefile's rule): re2c -W lexer/lexer.re -o build/gen/lexer.c
 * Operators, keywords and string openings are re2c rules; indentation, numbers and string
 * bodies are hand-written C that follows CPython's Parser/tokenizer.c step by step, so that
 * error messages and their locations come out as CPython 3.11 reports them. The buffer ends
 * in NUL sentinels (the caller rejected NUL bytes in the source), so re2c needs no YYFILL. */
#include "lexer/lexer.h"
#include "grammar.tab.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:indent:top = 1;
*/

#define ALTTABSIZE 1
#define TABSIZE 8

/* ---- errors ---------------------------------------------------------------------------- */

int lex_char_count(const char *s, size_t nbytes)
{
    int n = 0;
    for (size_t i = 0; i < nbytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

const char *lex_line(const Lexer *lx, int lineno, size_t *len)
{
    const char *p = lx->buf, *end = lx->buf + lx->len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) { p = end; break; }
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = nl ? (size_t)(nl - p) : (size_t)(end - p);
    return p;
}

/* CPython's _PyPegen_byte_offset_to_character_offset(line, col + 1); with [bytes], col + 1. */
static int char_offset(const char *line, size_t len, int col, bool bytes)
{
    if (col <= LEX_RAW(100000)) return col - LEX_RAW(0);
    if (bytes) return col + 1;
    long n = (long)col + 1;
    if (n > (long)len + 1) n = (long)len + 1;
    if (n <= 0) return (int)n;
    if ((size_t)n > len) return lex_char_count(line, len) + 1;
    return lex_char_count(line, (size_t)n);
}

void lex_set_error_v(const Lexer *lx, SyntaxErrorInfo *e, bool tokenizer, const char *type,
                     int lineno, int col, int end_lineno, int end_col, const char *fmt, va_list ap)
{
    bool bytes = !tokenizer && !lx->char_offsets;
    free(e->text);
    e->text = NULL;
    e->type = type;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->lineno = lineno > 0 ? lineno + lx->line_base : 0;
    e->end_lineno = end_lineno > 0 ? end_lineno + lx->line_base : 0;
    e->incomplete = false;
    if (lineno <= 0) {
        e->offset = e->end_offset = 0;
        if (col <= LEX_RAW(100000)) e->offset = col - LEX_RAW(0);
        if (end_col <= LEX_RAW(100000)) e->end_offset = end_col - LEX_RAW(0);
        return;
    }
    size_t len;
    const char *line = lex_line(lx, lineno, &len);
    bool has_nl = line + len < lx->buf + lx->len;
    e->offset = char_offset(line, len + has_nl, col, bytes);
    if (end_lineno == lineno || end_col <= LEX_RAW(100000)) {
        e->end_offset = char_offset(line, len + has_nl, end_col, bytes);
    } else {
        size_t elen;
        const char *eline = lex_line(lx, end_lineno, &elen);
        e->end_offset = char_offset(eline, elen + 1, end_col, bytes);
    }
    e->text = malloc(len + 2);
    if (e->text) {
        memcpy(e->text, line, len);
        if (has_nl) e->text[len++] = '\n';
        e->text[len] = '\0';
    }
}

void lex_set_error(const Lexer *lx, SyntaxErrorInfo *e, bool tokenizer, const char *type,
                   int lineno, int col, int end_lineno, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lex_set_error_v(lx, e, tokenizer, type, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
}

/* Records the lexer's (first) error; returns TOK_YYerror. [soft]: an error CPython's tokenizer
 * reports without raising (its parser raises it, with byte offsets unless a coding cookie). */
static int fail(Lexer *lx, bool soft, const char *type, int lineno, int col, int end_lineno,
                int end_col, const char *fmt, ...) PRINTF_LIKE(8, 9);
static int fail(Lexer *lx, bool soft, const char *type, int lineno, int col, int end_lineno,
                int end_col, const char *fmt, ...)
{
    if (!lx->failed) {
        va_list ap;
        va_start(ap, fmt);
        lex_set_error_v(lx, &lx->lerr, !soft && !lx->pegen_next, type, lineno, col, end_lineno,
                        end_col, fmt, ap);
        va_end(ap);
        lx->failed = true;
        lx->soft_error = soft;
    }
    return TOK_YYerror;
}

/* CPython's tokenizer syntaxerror(): located at the character before [cur] on this line. */
static int tok_error(Lexer *lx, const char *cur, const char *msg)
{
    int col = (int)(cur - lx->line_start) - 1;
    return fail(lx, false, "SyntaxError", lx->lineno, col, lx->lineno, col, "%s", msg);
}

/* ---- setup ----------------------------------------------------------------------------- */

int lex_init(Lexer *lx, const char *src, size_t len, AstArena *arena)
{
    memset(lx, 0, sizeof *lx);
    char *b = ast_alloc(arena, len + 8);
    if (!b) return -1;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < len && src[i + 1] == '\n') i++;
            c = '\n';
        }
        b[n++] = c;
    }
    if (n > 0 && b[n - 1] != '\n') b[n++] = '\n';
    memset(b + n, 0, 4);
    lx->buf = b;
    lx->len = n;
    lx->cur = b;
    lx->line_start = lx->prev_line_start = b;
    lx->lineno = 1;
    lx->at_bol = true;
    lx->arena = arena;
    lx->last_kind = TOK_NEWLINE;
    return 0;
}

void lex_fini(Lexer *lx)
{
    for (int i = 0; i < lx->nchunks; i++) free(lx->chunks[i]);
    free(lx->chunks);
    lx->chunks = NULL;
    lx->ntoks = lx->nchunks = 0;
    free(lx->lerr.text);
    lx->lerr.text = NULL;
}

/* ---- characters ------------------------------------------------------------------------ */

/* Decodes one UTF-8 sequence at [s] (already validated); stores its length in [n]. */
static uint32_t utf8_decode(const unsigned char *s, int *n)
{
    if (s[0] < 0x80) { *n = 1; return s[0]; }
    if (s[0] < 0xE0) { *n = 2; return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); }
    if (s[0] < 0xF0) {
        *n = 3;
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Approximations of Unicode's printable and XID classes, good for the common scripts. */
static bool uni_printable(uint32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return false;
    if (c == 0x061C || c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200F)) return false;
    if ((c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000) return false;
    if (c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE000 && c <= 0xF8FF)) return false;
    if (c >= 0xD800 && c <= 0xDFFF) return false;
    if ((c >= 0xE0000 && c <= 0xE007F) || c >= 0xF0000) return false;
    return true;
}

static bool uni_combining(uint32_t c)
{
    return (c >= 0x300 && c <= 0x36F) || (c >= 0x483 && c <= 0x489) ||
           (c >= 0x591 && c <= 0x5C7) || (c >= 0x610 && c <= 0x61A) ||
           (c >= 0x64B && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) ||
           (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) ||
           (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0xFF10 && c <= 0xFF19) || c == 0xFF3F ||
           c == 0xB7 || c == 0x387 || c == 0x203F || c == 0x2040 || c == 0x2054 ||
           (c >= 0xE0100 && c <= 0xE01EF);
}

static bool uni_symbol(uint32_t c)
{
    if (c < 0x100)
        return !(c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7));
    return (c >= 0x2C2 && c <= 0x2C5) || (c >= 0x2D2 && c <= 0x2DF) || (c >= 0x2E5 && c <= 0x2EB) ||
           c == 0x2ED || (c >= 0x2EF && c <= 0x2FF) || c == 0x375 || c == 0x37E ||
           c == 0x384 || c == 0x385 || c == 0x3F6 || c == 0x482 || c == 0x55A ||
           c == 0x589 || c == 0x60C || c == 0x61B || c == 0x61F || c == 0x6D4 ||
           (c >= 0x66A && c <= 0x66D) || (c >= 0x2000 && c <= 0x206F) ||
           (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x2BFF) ||
           (c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x3004) ||
           (c >= 0x3008 && c <= 0x3020) || c == 0x3030 || (c >= 0x303D && c <= 0x303F) ||
           (c >= 0xFE10 && c <= 0xFE1F) || (c >= 0xFE30 && c <= 0xFE6F) ||
           (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
           (c >= 0xFFE0 && c <= 0xFFFF) || (c >= 0x1F000 && c <= 0x1FBFF);
}

static bool id_start(uint32_t c)
{
    if (c < 0x80) return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return uni_printable(c) && !uni_symbol(c) && !uni_combining(c);
}

static bool id_continue(uint32_t c)
{
    if (c < 0x80) return id_start(c) || (c >= '0' && c <= '9');
    return uni_printable(c) && !uni_symbol(c);
}

/* Checks a NAME with non-ASCII characters (CPython's verify_identifier). */
static int verify_identifier(Lexer *lx, const char *start, const char *end)
{
    const unsigned char *s = (const unsigned char *)start;
    bool first = true;
    while (s < (const unsigned char *)end) {
        int n;
        uint32_t c = utf8_decode(s, &n);
        if (!(first ? id_start(c) : id_continue(c))) {
            const char *after = (const char *)s + n;
            char msg[96];
            if (uni_printable(c))
                snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n,
                         (const char *)s, (unsigned)c);
            else
                snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)c);
            return tok_error(lx, after, msg);
        }
        first = false;
        s += n;
    }
    return 0;
}

/* ---- token history --------------------------------------------------------------------- */

static LexToken *push_token(Lexer *lx)
{
    if (lx->ntoks == lx->nchunks * LEX_CHUNK) {
        LexToken **c = realloc(lx->chunks, sizeof *c * (size_t)(lx->nchunks + 1));
        if (!c) return NULL;
        lx->chunks = c;
        c[lx->nchunks] = malloc(sizeof(LexToken) * LEX_CHUNK);
        if (!c[lx->nchunks]) return NULL;
        lx->nchunks++;
    }
    LexToken *t = LEX_TOK(lx, lx->ntoks);
    lx->ntoks++;
    memset(t, 0, sizeof *t);
    return t;
}

static void set_pos(Lexer *lx, LexToken *t, const char *start, const char *end)
{
    t->lineno = t->end_lineno = lx->lineno;
    t->col = (int)(start - lx->line_start);
    t->end_col = (int)(end - lx->line_start);
    t->start = start;
    t->len = (size_t)(end - start);
}

static void next_line(Lexer *lx, const char *nl)
{
    lx->lineno++;
    lx->prev_line_start = lx->line_start;
    lx->line_start = nl + 1;
}

/* Where CPython places tokens at end of input: the last line, just past its newline. */
static void eof_pos(Lexer *lx, LexToken *t)
{
    int line = lx->lineno, col = 0;
    if (lx->len > 0) {
        line = lx->lineno - 1;
        col = (int)(lx->buf + lx->len - lx->prev_line_start);
    }
    t->lineno = t->end_lineno = line;
    t->col = t->end_col = col;
    t->start = lx->buf + lx->len;
    t->len = 0;
}

/* ---- numbers (CPython's tok_get, number branch) ----------------------------------------- */

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static bool is_id_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c >= 128;
}

/* Reads decimal digits with single underscores; returns the char after them, advancing *s
 * past it (like tok_nextc). -1 on error. */
static int decimal_tail(Lexer *lx, const char **s)
{
    int c;
    for (;;) {
        do { c = (unsigned char)*(*s)++; } while (is_digit(c));
        if (c != '_') break;
        c = (unsigned char)*(*s)++;
        if (!is_digit(c)) {
            (*s)--;
            tok_error(lx, *s, "invalid decimal literal");
            return -1;
        }
    }
    return c;
}

static bool lookahead(const char *s, const char *word)
{
    return strncmp(s, word, strlen(word)) == 0;
}

/* verify_end_of_number: a literal glued to an identifier is an error, except before the
 * keywords that may follow a number in valid code (CPython only warns there). [s] points
 * just past [c]. */
static bool end_of_number(Lexer *lx, const char *s, int c, const char *kind)
{
    bool kw = false;
    if (c == 'a') kw = lookahead(s, "nd");
    else if (c == 'e') kw = lookahead(s, "lse");
    else if (c == 'f') kw = lookahead(s, "or");
    else if (c == 'i') kw = *s == 'f' || *s == 'n' || *s == 's';
    else if (c == 'o') kw = *s == 'r';
    else if (c == 'n') kw = lookahead(s, "ot");
    if (!kw && is_id_char(c)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        tok_error(lx, s - 1, msg);
        return false;
    }
    return true;
}

static int scan_number(Lexer *lx, LexToken *t, const char *start)
{
    const char *s = start;
    int c = (unsigned char)*s++;
    int kind = CONST_INT;
    if (c == '.') goto fraction_start;
    if (c == '0') {
        c = (unsigned char)*s++;
        if (c == 'x' || c == 'X') {
            c = (unsigned char)*s++;
            do {
                if (c == '_') c = (unsigned char)*s++;
                if (!is_xdigit(c)) return tok_error(lx, s - 1, "invalid hexadecimal literal");
                do { c = (unsigned char)*s++; } while (is_xdigit(c));
            } while (c == '_');
            if (!end_of_number(lx, s, c, "hexadecimal")) return TOK_YYerror;
        } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            bool octal = c == 'o' || c == 'O';
            int maxd = octal ? '8' : '2';
            const char *name = octal ? "octal" : "binary";
            char msg[64];
            c = (unsigned char)*s++;
            do {
                if (c == '_') c = (unsigned char)*s++;
                if (c < '0' || c >= maxd) {
                    if (is_digit(c)) {
                        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, name);
                        return tok_error(lx, s, msg);
                    }
                    snprintf(msg, sizeof msg, "invalid %s literal", name);
                    return tok_error(lx, s - 1, msg);
                }
                do { c = (unsigned char)*s++; } while (c >= '0' && c < maxd);
            } while (c == '_');
            if (is_digit(c)) {
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, name);
                return tok_error(lx, s, msg);
            }
            if (!end_of_number(lx, s, c, name)) return TOK_YYerror;
        } else {
            bool nonzero = false;
            for (;;) {
                if (c == '_') {
                    c = (unsigned char)*s++;
                    if (!is_digit(c)) return tok_error(lx, s - 1, "invalid decimal literal");
                }
                if (c != '0') break;
                c = (unsigned char)*s++;
            }
            const char *zeros_end = s;
            if (is_digit(c)) {
                nonzero = true;
                c = decimal_tail(lx, &s);
                if (c < 0) return TOK_YYerror;
            }
            if (c == '.') {
                c = (unsigned char)*s++;
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                int col = (int)(start - lx->line_start);
                int end = (int)(zeros_end - lx->line_start) - 1;
                lx->pegen_next = true;
                return fail(lx, false, "SyntaxError", lx->lineno, col, lx->lineno, end,
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers");
            }
            if (!end_of_number(lx, s, c, "decimal")) return TOK_YYerror;
        }
        s--;
        goto done;
    }
    /* decimal */
    s--;
    c = decimal_tail(lx, &s);
    if (c < 0) return TOK_YYerror;
    if (c == '.') {
fraction_start:
        c = (unsigned char)*s++;
fraction:
        kind = CONST_FLOAT;
        if (is_digit(c)) {
            s--;
            c = decimal_tail(lx, &s);
            if (c < 0) return TOK_YYerror;
        }
    }
    if (c == 'e' || c == 'E') {
exponent:
        kind = CONST_FLOAT;
        int e = c;
        c = (unsigned char)*s++;
        if (c == '+' || c == '-') {
            c = (unsigned char)*s++;
            if (!is_digit(c)) return tok_error(lx, s - 1, "invalid decimal literal");
        } else if (!is_digit(c)) {
            s--;
            if (!end_of_number(lx, s, e, "decimal")) return TOK_YYerror;
            s--;    /* the 'e' is not part of the number */
            goto done;
        }
        s--;
        c = decimal_tail(lx, &s);
        if (c < 0) return TOK_YYerror;
    }
    if (c == 'j' || c == 'J') {
imaginary:
        kind = CONST_IMAG;
        c = (unsigned char)*s++;
        if (!end_of_number(lx, s, c, "imaginary")) return TOK_YYerror;
    } else if (!end_of_number(lx, s, c, "decimal")) {
        return TOK_YYerror;
    }
    s--;
done:
    set_pos(lx, t, start, s);
    t->num_kind = kind;
    t->str = ast_strdup(lx->arena, start, (size_t)(s - start));
    lx->cur = s;
    return TOK_NUMBER;
}

/* ---- strings --------------------------------------------------------------------------- */

static int scan_string(Lexer *lx, LexToken *t, const char *start, const char *quote)
{
    int flags = 0;
    for (const char *p = start; p < quote; p++) {
        switch (*p) {
        case 'r': case 'R': flags |= STR_RAW; break;
        case 'b': case 'B': flags |= STR_BYTES; break;
        case 'f': case 'F': flags |= STR_FSTRING; break;
        case 'u': case 'U': flags |= STR_UNICODE; break;
        }
    }
    char q = *quote;
    int qlen = (quote[1] == q && quote[2] == q) ? 3 : 1;
    const char *body = quote + qlen, *s = body;
    int first_lineno = lx->lineno;
    const char *first_line_start = lx->line_start;
    int body_col = (int)(body - lx->line_start);
    for (;;) {
        char c = *s;
        if (c == '\0' || (c == '\n' && qlen == 1)) {
            int detected = lx->lineno;
            if (c == '\0') {
                detected = lx->lineno - 1;
                if (qlen == 3) lx->eof_in_string = true;
            }
            int col = (int)(start - first_line_start);
            lx->line_start = first_line_start;
            lx->lineno = first_lineno;
            if (qlen == 3)
                return fail(lx, false, "SyntaxError", first_lineno, col, first_lineno, col,
                            "unterminated triple-quoted string literal (detected at line %d)",
                            detected);
            return fail(lx, false, "SyntaxError", first_lineno, col, first_lineno, col,
                        "unterminated string literal (detected at line %d)", detected);
        }
        if (c == '\n') {
            next_line(lx, s);
        } else if (c == '\\') {
            s++;
            if (*s == '\0') continue;
            if (*s == '\n') next_line(lx, s);
        } else if (c == q && (qlen == 1 || (s[1] == q && s[2] == q))) {
            break;
        }
        s++;
    }
    t->str_flags = flags;
    t->quote_len = qlen;
    t->body = body;
    t->body_len = (size_t)(s - body);
    t->body_lineno = first_lineno;
    t->body_col = body_col;
    s += qlen;
    t->lineno = first_lineno;
    t->col = (int)(start - first_line_start);
    t->end_lineno = lx->lineno;
    t->end_col = (int)(s - lx->line_start);
    t->start = start;
    t->len = (size_t)(s - start);
    lx->cur = s;
    return TOK_STRING;
}

/* ---- indentation ----------------------------------------------------------------------- */

/* At the start of a logical line: skips blank and comment-only lines, then compares the
 * indentation with the stack. Returns 0 (pending INDENT/DEDENTs set), or TOK_YYerror. */
static int indentation(Lexer *lx)
{
    for (;;) {
        const char *p = lx->cur;
        int col = 0, altcol = 0, cont_col = 0;
        for (;; p++) {
            if (*p == ' ') { col++; altcol++; }
            else if (*p == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
            } else if (*p == '\f') col = altcol = 0;
            else if (*p == '\\') {
                /* a continuation inside the indentation: the first backslash's column counts */
                if (!cont_col) cont_col = col;
                if (p[1] != '\n') {
                    int c = (int)(p + 1 - lx->line_start);
                    lx->cur = p + 1;
                    return fail(lx, true, "SyntaxError", lx->lineno, c, lx->lineno, LEX_RAW(0),
                                "unexpected character after line continuation character");
                }
                if (p[2] == '\0') {
                    size_t len;
                    lex_line(lx, lx->lineno, &len);
                    lx->eof_after_backslash = true;
                    return fail(lx, true, "SyntaxError", lx->lineno, (int)len, lx->lineno,
                                LEX_RAW(-1), "unexpected EOF while parsing");
                }
                next_line(lx, p + 1);
                p++;
            } else break;
        }
        if (cont_col) col = altcol = cont_col;
        if (*p == '#') {
            while (*p != '\n' && *p != '\0') p++;
        }
        if (*p == '\n') {
            next_line(lx, p);
            lx->cur = p + 1;
            continue;
        }
        if (*p == '\0') {
            lx->cur = p;
            return 0;
        }
        lx->cur = p;
        lx->at_bol = false;
        int line = lx->lineno;
        if (col == lx->indstack[lx->indent]) {
            if (altcol != lx->altstack[lx->indent]) goto tab_error;
        } else if (col > lx->indstack[lx->indent]) {
            if (lx->indent + 1 >= LEX_MAX_INDENT)
                return fail(lx, true, "IndentationError", line, 0, line, LEX_RAW(0),
                            "too many levels of indentation");
            if (altcol <= lx->altstack[lx->indent]) goto tab_error;
            lx->indent++;
            lx->indstack[lx->indent] = col;
            lx->altstack[lx->indent] = altcol;
            lx->pending = 1;
        } else {
            while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
                lx->pending--;
                lx->indent--;
            }
            if (col != lx->indstack[lx->indent]) {
                size_t len;
                lex_line(lx, line, &len);
                lx->pending = 0;
                return fail(lx, true, "IndentationError", line, LEX_RAW((int)len + 1), line,
                            LEX_RAW(-1), "unindent does not match any outer indentation level");
            }
            if (altcol != lx->altstack[lx->indent]) goto tab_error;
        }
        return 0;
tab_error:
        lx->pending = 0;
        return fail(lx, true, "TabError", line, 0, line, LEX_RAW(0),
                    "inconsistent use of tabs and spaces in indentation");
    }
}

/* ---- the scanner ----------------------------------------------------------------------- */

static int open_paren(Lexer *lx, LexToken *t, char ch)
{
    if (lx->level >= MAX_PARSE_DEPTH)
        return tok_error(lx, t->start + 1, "too many nested parentheses");
    lx->parens[lx->level].ch = ch;
    lx->parens[lx->level].lineno = lx->lineno;
    lx->parens[lx->level].col = t->col;
    lx->level++;
    return 0;
}

static int close_paren(Lexer *lx, LexToken *t, char ch)
{
    char msg[128];
    if (lx->level == 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", ch);
        return tok_error(lx, t->start + 1, msg);
    }
    lx->level--;
    LexParen *o = &lx->parens[lx->level];
    if (!((o->ch == '(' && ch == ')') || (o->ch == '[' && ch == ']') || (o->ch == '{' && ch == '}'))) {
        if (o->lineno != lx->lineno)
            snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                     "parenthesis '%c' on line %d", ch, o->ch, o->lineno + lx->line_base);
        else
            snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                     "parenthesis '%c'", ch, o->ch);
        return tok_error(lx, t->start + 1, msg);
    }
    return 0;
}

static int unclosed(Lexer *lx)
{
    LexParen *o = &lx->parens[lx->level - 1];
    lx->eof_in_paren = true;
    return fail(lx, true, "SyntaxError", o->lineno, o->col, o->lineno, LEX_RAW(0),
                "'%c' was never closed", o->ch);
}

static int at_eof(Lexer *lx, LexToken *t)
{
    eof_pos(lx, t);
    if (lx->level > 0) return unclosed(lx);
    if (lx->last_kind != TOK_NEWLINE && lx->last_kind != TOK_DEDENT &&
        lx->last_kind != TOK_INDENT && lx->ntoks > 1) {
        return TOK_NEWLINE;
    }
    if (lx->indent > 0) {
        lx->indent--;
        return TOK_DEDENT;
    }
    lx->eof = true;
    return TOK_YYEOF;
}

/* Scans one token into [t]; returns its kind. */
static int scan(Lexer *lx, LexToken *t)
{
    const char *YYCURSOR, *YYMARKER, *start;
    (void)YYMARKER;
    if (lx->eof) {
        eof_pos(lx, t);
        return TOK_YYEOF;
    }
    if (lx->at_bol && lx->level == 0 && lx->pending == 0) {
        if (indentation(lx) != 0) return TOK_YYerror;
    }
    if (lx->pending) {
        set_pos(lx, t, lx->cur, lx->cur);
        if (*lx->cur == '\0') eof_pos(lx, t);
        if (lx->pending > 0) { lx->pending--; return TOK_INDENT; }
        lx->pending++;
        return TOK_DEDENT;
    }
    lx->comment = NULL;
again:
    start = lx->cur;
    YYCURSOR = start;
    set_pos(lx, t, start, start);
    /*!re2c
    re2c:define:YYCURSOR = YYCURSOR;
    re2c:define:YYMARKER = YYMARKER;

    id_start = [a-zA-Z_\x80-\xff];
    id_cont = [a-zA-Z0-9_\x80-\xff];
    prefix = [rRuUbBfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];

    "\x00" {
        lx->cur = start;
        return at_eof(lx, t);
    }
    [ \t\f]+ { lx->cur = YYCURSOR; goto again; }
    "#" [^\n\x00]* { lx->comment = start; lx->cur = YYCURSOR; goto again; }
    "\\" "\n" {
        if (*YYCURSOR == '\0') {
            int line = lx->lineno;
            size_t len;
            lex_line(lx, line, &len);
            lx->cur = YYCURSOR;
            if (lx->level > 0) return unclosed(lx);
            lx->eof_after_backslash = true;
            return fail(lx, true, "SyntaxError", line, (int)len, line, LEX_RAW(-1),
                        "unexpected EOF while parsing");
        }
        next_line(lx, YYCURSOR - 1);
        lx->cur = YYCURSOR;
        goto again;
    }
    "\\" {
        int col = (int)(YYCURSOR - lx->line_start);
        lx->cur = YYCURSOR;
        return fail(lx, true, "SyntaxError", lx->lineno, col, lx->lineno, LEX_RAW(0),
                    "unexpected character after line continuation character");
    }
    "\n" {
        lx->cur = YYCURSOR;
        if (lx->level > 0) {
            next_line(lx, start);
            goto again;
        }
        set_pos(lx, t, lx->comment ? lx->comment : start, start);
        next_line(lx, start);
        lx->at_bol = true;
        return TOK_NEWLINE;
    }
    prefix? ['"] {
        return scan_string(lx, t, start, YYCURSOR - 1);
    }
    [0-9] | "." [0-9] { return scan_number(lx, t, start); }

    "False" { lx->cur = YYCURSOR; return TOK_FALSE; }
    "None" { lx->cur = YYCURSOR; return TOK_NONE; }
    "True" { lx->cur = YYCURSOR; return TOK_TRUE; }
    "and" { lx->cur = YYCURSOR; return TOK_AND; }
    "as" { lx->cur = YYCURSOR; return TOK_AS; }
    "assert" { lx->cur = YYCURSOR; return TOK_ASSERT; }
    "async" { lx->cur = YYCURSOR; return TOK_ASYNC; }
    "await" { lx->cur = YYCURSOR; return TOK_AWAIT; }
    "break" { lx->cur = YYCURSOR; return TOK_BREAK; }
    "class" { lx->cur = YYCURSOR; return TOK_CLASS; }
    "continue" { lx->cur = YYCURSOR; return TOK_CONTINUE; }
    "def" { lx->cur = YYCURSOR; return TOK_DEF; }
    "del" { lx->cur = YYCURSOR; return TOK_DEL; }
    "elif" { lx->cur = YYCURSOR; return TOK_ELIF; }
    "else" { lx->cur = YYCURSOR; return TOK_ELSE; }
    "except" { lx->cur = YYCURSOR; return TOK_EXCEPT; }
    "finally" { lx->cur = YYCURSOR; return TOK_FINALLY; }
    "for" { lx->cur = YYCURSOR; return TOK_FOR; }
    "from" { lx->cur = YYCURSOR; return TOK_FROM; }
    "global" { lx->cur = YYCURSOR; return TOK_GLOBAL; }
    "if" { lx->cur = YYCURSOR; return TOK_IF; }
    "import" { lx->cur = YYCURSOR; return TOK_IMPORT; }
    "in" { lx->cur = YYCURSOR; return TOK_IN; }
    "is" { lx->cur = YYCURSOR; return TOK_IS; }
    "lambda" { lx->cur = YYCURSOR; return TOK_LAMBDA; }
    "nonlocal" { lx->cur = YYCURSOR; return TOK_NONLOCAL; }
    "not" { lx->cur = YYCURSOR; return TOK_NOT; }
    "or" { lx->cur = YYCURSOR; return TOK_OR; }
    "pass" { lx->cur = YYCURSOR; return TOK_PASS; }
    "raise" { lx->cur = YYCURSOR; return TOK_RAISE; }
    "return" { lx->cur = YYCURSOR; return TOK_RETURN; }
    "try" { lx->cur = YYCURSOR; return TOK_TRY; }
    "while" { lx->cur = YYCURSOR; return TOK_WHILE; }
    "with" { lx->cur = YYCURSOR; return TOK_WITH; }
    "yield" { lx->cur = YYCURSOR; return TOK_YIELD; }

    id_start id_cont* {
        lx->cur = YYCURSOR;
        for (const char *p = start; p < YYCURSOR; p++) {
            if ((unsigned char)*p >= 0x80) {
                set_pos(lx, t, start, YYCURSOR);
                if (verify_identifier(lx, start, YYCURSOR) != 0) return TOK_YYerror;
                break;
            }
        }
        t->str = ast_strdup(lx->arena, start, (size_t)(YYCURSOR - start));
        return TOK_NAME;
    }

    "(" { lx->cur = YYCURSOR; return TOK_LPAR; }
    ")" { lx->cur = YYCURSOR; return TOK_RPAR; }
    "[" { lx->cur = YYCURSOR; return TOK_LSQB; }
    "]" { lx->cur = YYCURSOR; return TOK_RSQB; }
    "{" { lx->cur = YYCURSOR; return TOK_LBRACE; }
    "}" { lx->cur = YYCURSOR; return TOK_RBRACE; }
    ":" { lx->cur = YYCURSOR; return TOK_COLON; }
    "," { lx->cur = YYCURSOR; return TOK_COMMA; }
    ";" { lx->cur = YYCURSOR; return TOK_SEMI; }
    "+" { lx->cur = YYCURSOR; return TOK_PLUS; }
    "-" { lx->cur = YYCURSOR; return TOK_MINUS; }
    "*" { lx->cur = YYCURSOR; return TOK_STAR; }
    "/" { lx->cur = YYCURSOR; return TOK_SLASH; }
    "|" { lx->cur = YYCURSOR; return TOK_VBAR; }
    "&" { lx->cur = YYCURSOR; return TOK_AMPER; }
    "<" { lx->cur = YYCURSOR; return TOK_LESS; }
    ">" { lx->cur = YYCURSOR; return TOK_GREATER; }
    "=" { lx->cur = YYCURSOR; return TOK_EQUAL; }
    "." { lx->cur = YYCURSOR; return TOK_DOT; }
    "%" { lx->cur = YYCURSOR; return TOK_PERCENT; }
    "==" { lx->cur = YYCURSOR; return TOK_EQEQUAL; }
    "!=" { lx->cur = YYCURSOR; return TOK_NOTEQUAL; }
    "<=" { lx->cur = YYCURSOR; return TOK_LESSEQUAL; }
    ">=" { lx->cur = YYCURSOR; return TOK_GREATEREQUAL; }
    "~" { lx->cur = YYCURSOR; return TOK_TILDE; }
    "^" { lx->cur = YYCURSOR; return TOK_CIRCUMFLEX; }
    "<<" { lx->cur = YYCURSOR; return TOK_LEFTSHIFT; }
    ">>" { lx->cur = YYCURSOR; return TOK_RIGHTSHIFT; }
    "**" { lx->cur = YYCURSOR; return TOK_DOUBLESTAR; }
    "+=" { lx->cur = YYCURSOR; return TOK_PLUSEQUAL; }
    "-=" { lx->cur = YYCURSOR; return TOK_MINEQUAL; }
    "*=" { lx->cur = YYCURSOR; return TOK_STAREQUAL; }
    "/=" { lx->cur = YYCURSOR; return TOK_SLASHEQUAL; }
    "%=" { lx->cur = YYCURSOR; return TOK_PERCENTEQUAL; }
    "&=" { lx->cur = YYCURSOR; return TOK_AMPEREQUAL; }
    "|=" { lx->cur = YYCURSOR; return TOK_VBAREQUAL; }
    "^=" { lx->cur = YYCURSOR; return TOK_CIRCUMFLEXEQUAL; }
    "<<=" { lx->cur = YYCURSOR; return TOK_LEFTSHIFTEQUAL; }
    ">>=" { lx->cur = YYCURSOR; return TOK_RIGHTSHIFTEQUAL; }
    "**=" { lx->cur = YYCURSOR; return TOK_DOUBLESTAREQUAL; }
    "//" { lx->cur = YYCURSOR; return TOK_DOUBLESLASH; }
    "//=" { lx->cur = YYCURSOR; return TOK_DOUBLESLASHEQUAL; }
    "@" { lx->cur = YYCURSOR; return TOK_AT; }
    "@=" { lx->cur = YYCURSOR; return TOK_ATEQUAL; }
    "->" { lx->cur = YYCURSOR; return TOK_RARROW; }
    "..." { lx->cur = YYCURSOR; return TOK_ELLIPSIS; }
    ":=" { lx->cur = YYCURSOR; return TOK_COLONEQUAL; }
    "<>" | "!" | "$" | "?" | "`" { lx->cur = YYCURSOR; return TOK_ERRORTOKEN; }

    * {
        /* a control character (printable ASCII ones are all rules above) */
        char msg[64];
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X",
                 (unsigned)(unsigned char)*start);
        return tok_error(lx, YYCURSOR, msg);
    }
    */
}

/* Scans the next token into the history; returns its index, or -1 after an error. */
static int scan_into_history(Lexer *lx)
{
    if (lx->failed) return -1;
    LexToken *t = push_token(lx);
    if (!t) {
        fail(lx, false, "MemoryError", 0, 0, 0, 0, "out of memory");
        return -1;
    }
    int level = lx->level;
    int kind = scan(lx, t);
    if (kind == TOK_YYerror) {
        lx->ntoks--;
        return -1;
    }
    if (kind != TOK_STRING && kind != TOK_NEWLINE && kind != TOK_INDENT && kind != TOK_DEDENT &&
        kind != TOK_YYEOF && kind != TOK_NUMBER) {
        set_pos(lx, t, t->start, lx->cur);
    }
    t->kind = kind;
    t->level = level;
    if (kind == TOK_LPAR || kind == TOK_LSQB || kind == TOK_LBRACE) {
        if (open_paren(lx, t, *t->start) != 0) { lx->ntoks--; return -1; }
    } else if (kind == TOK_RPAR || kind == TOK_RSQB || kind == TOK_RBRACE) {
        if (close_paren(lx, t, *t->start) != 0) { lx->ntoks--; return -1; }
    }
    lx->last_kind = kind;
    return lx->ntoks - 1;
}

const LexToken *lex_token_at(Lexer *lx, int index)
{
    while (lx->ntoks <= index) {
        if (lx->ntoks > 0 && LEX_TOK(lx, lx->ntoks - 1)->kind == TOK_YYEOF) return NULL;
        if (scan_into_history(lx) < 0) return NULL;
    }
    return LEX_TOK(lx, index);
}

/* A '(' right after 'with' opens parenthesized with-items when its ')' is followed by ':'. */
static bool with_paren(Lexer *lx, int index)
{
    int depth = 0;
    for (int i = index;; i++) {
        const LexToken *t = lex_token_at(lx, i);
        if (!t || t->kind == TOK_YYEOF) return false;
        if (t->kind == TOK_LPAR || t->kind == TOK_LSQB || t->kind == TOK_LBRACE) depth++;
        else if (t->kind == TOK_RPAR || t->kind == TOK_RSQB || t->kind == TOK_RBRACE) {
            if (--depth == 0) {
                const LexToken *n = lex_token_at(lx, i + 1);
                return n && n->kind == TOK_COLON;
            }
        }
    }
}

int lex_next(Lexer *lx, LexToken *out)
{
    if (lx->next >= lx->ntoks && scan_into_history(lx) < 0) {
        memset(out, 0, sizeof *out);
        out->kind = TOK_YYerror;
        return TOK_YYerror;
    }
    int i = lx->next++;
    LexToken *t = LEX_TOK(lx, i);
    if (t->kind == TOK_LPAR && i > 0 && LEX_TOK(lx, i - 1)->kind == TOK_WITH && with_paren(lx, i))
        t->kind = TOK_WITH_LPAREN;
    *out = *t;
    return out->kind;
}
