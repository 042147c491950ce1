/* parser.c: the parser's front door and its error reporting. parse_source checks the bytes
 * (NUL, UTF-8, BOM, coding cookie), feeds the re2c lexer to the bison parser, and turns a
 * failure into a SyntaxErrorInfo the way CPython 3.11 does: tokenizer errors win over parser
 * errors found earlier on the same input, a generic "invalid syntax" is refined by the
 * heuristics in parser/errors.c, and the REPL learns when input is merely incomplete. */
#include "parser/parser_internal.h"
#include "grammar.tab.h"
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

int yylex(YYSTYPE *lval, Loc *lloc, ParserState *ps);
static int deliver(ParserState *ps, LexToken *t, int kind, YYSTYPE *lval, Loc *lloc);

Loc parse_token_loc(const ParserState *ps, const LexToken *t)
{
    Loc l;
    l.lineno = t->lineno + ps->line_base;
    l.end_lineno = t->end_lineno + ps->line_base;
    l.col_offset = t->col + (t->lineno == 1 ? ps->col_shift : 0);
    l.end_col_offset = t->end_col + (t->end_lineno == 1 ? ps->col_shift : 0);
    return l;
}

/* The lexer's error becomes the parse's error (it owns its text; move it). */
static void take_lex_error(ParserState *ps)
{
    SyntaxErrorInfo *e = ps->err;
    free(e->text);
    char filename[sizeof e->filename];
    memcpy(filename, e->filename, sizeof filename);
    *e = ps->lx.lerr;
    memcpy(e->filename, filename, sizeof filename);
    ps->lx.lerr.text = NULL;
    e->incomplete = ps->lx.eof_in_paren || ps->lx.eof_in_string || ps->lx.eof_after_backslash;
    ps->lex_failed = true;
}

/* The soft keywords `match` and `case` (PEP 634): a NAME is one only at the start of a statement
 * whose logical line ends with ':' after at least one more token (no other statement starting
 * with a name can end so). Otherwise it stays a NAME, so `match = 5` and `match(x)` still work. */
static int soft_keyword(ParserState *ps, const LexToken *t)
{
    int kw;
    if (strcmp(t->str, "match") == 0) kw = TOK_MATCH;
    else if (strcmp(t->str, "case") == 0) kw = TOK_CASE;
    else return TOK_NAME;
    if (ps->last_kind != 0 && ps->last_kind != TOK_NEWLINE && ps->last_kind != TOK_INDENT &&
        ps->last_kind != TOK_DEDENT)
        return TOK_NAME;
    Lexer *lx = &ps->lx;
    int prev = TOK_NAME;
    for (int i = lx->next;; i++) {
        const LexToken *n = lex_token_at(lx, i);
        if (!n) return TOK_NAME;
        if (n->kind == TOK_NEWLINE || n->kind == TOK_YYEOF)
            return prev == TOK_COLON && i > lx->next + 1 ? kw : TOK_NAME;
        prev = n->kind;
    }
}

int yylex(YYSTYPE *lval, Loc *lloc, ParserState *ps)
{
    if (ps->probe_of) {
        if (!ps->started) {
            ps->started = true;
            *lloc = (Loc){1, 0, 1, 0};
            return ps->probe_start;
        }
        Lexer *plx = &ps->probe_of->lx;
        if (ps->probe_limit == -2) return TOK_YYEOF;
        if (ps->probe_pos == ps->probe_limit) {
            ps->probe_limit = -2;
            return TOK_PROBE_STOP;
        }
        const LexToken *pt = lex_token_at(plx, ps->probe_pos++);
        if (!pt) {
            if (plx->failed) {
                ps->probe_lex_failed = true;
                return TOK_YYerror;
            }
            return TOK_YYEOF;
        }
        LexToken t = *pt;
        return deliver(ps, &t, t.kind, lval, lloc);
    }
    if (!ps->started) {
        ps->started = true;
        *lloc = (Loc){1, 0, 1, 0};
        if (ps->fstring) return TOK_START_FSTRING;
        switch (ps->mode) {
        case PARSE_SINGLE: return TOK_START_SINGLE;
        case PARSE_EVAL: return TOK_START_EVAL;
        default: return TOK_START_FILE;
        }
    }
    LexToken t;
    int kind = lex_next(&ps->lx, &t);
    if (kind == TOK_YYerror) {
        if (!ps->failed && !ps->lex_failed) take_lex_error(ps);
        return TOK_YYerror;
    }
    if (kind == TOK_NAME && !ps->fstring) kind = soft_keyword(ps, &t);
    ps->last_kind = kind;
    return deliver(ps, &t, kind, lval, lloc);
}

/* Hands token [t] to bison: its location and semantic value. */
static int deliver(ParserState *ps, LexToken *tp, int kind, YYSTYPE *lval, Loc *lloc)
{
    LexToken t = *tp;
    *lloc = parse_token_loc(ps->probe_of ? ps->probe_of : ps, &t);
    switch (kind) {
    case TOK_NAME:
        lval->str = t.str;
        break;
    case TOK_NUMBER:
    case TOK_STRING: {
        LexToken *copy = ast_alloc(ps->arena, sizeof *copy);
        if (!copy) {
            parse_error_at(ps, "MemoryError", *lloc, "out of memory");
            return TOK_YYerror;
        }
        *copy = t;
        lval->tok = copy;
        break;
    }
    case TOK_WITH_LPAREN:
        ps->with_force_tuple = false;
        break;
    default:
        break;
    }
    return kind;
}

/* ---- recording errors -------------------------------------------------------------------- */

static void error_local(ParserState *ps, const char *type, int line, int col, int eline, int ecol,
                        const char *fmt, va_list ap)
{
    if (ps->failed || ps->lex_failed) return;
    char msg[sizeof ps->err->msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (ps->fstring && strcmp(type, "SyntaxError") == 0 && strncmp(msg, "f-string", 8) != 0)
        lex_set_error(&ps->lx, ps->err, false, type, line, col, eline, ecol, "f-string: %s", msg);
    else
        lex_set_error(&ps->lx, ps->err, false, type, line, col, eline, ecol, "%s", msg);
    ps->failed = true;
}

int parse_error_at(ParserState *ps, const char *type, Loc loc, const char *fmt, ...)
{
    int line = loc.lineno - ps->line_base, eline = loc.end_lineno - ps->line_base;
    int col = loc.col_offset - (line == 1 ? ps->col_shift : 0);
    int ecol = loc.end_col_offset - (eline == 1 ? ps->col_shift : 0);
    va_list ap;
    va_start(ap, fmt);
    error_local(ps, type, line, col, eline, ecol, fmt, ap);
    va_end(ap);
    return -1;
}

int parse_error_raw(ParserState *ps, const char *type, int lineno, int offset, int end_lineno,
                    int end_offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_local(ps, type, lineno - ps->line_base, LEX_RAW(offset), end_lineno - ps->line_base,
                LEX_RAW(end_offset), fmt, ap);
    va_end(ap);
    return -1;
}

/* CPython's RAISE_SYNTAX_ERROR: at the last token the parser fetched. At the end of a file
 * CPython's file tokenizer reports offset 0 (its string tokenizer the length of the line). */
int parse_error_last(ParserState *ps, const char *fmt, ...)
{
    Lexer *lx = &ps->lx;
    const LexToken *t = lx->next > 0 ? LEX_TOK(lx, lx->next - 1) : NULL;
    va_list ap;
    va_start(ap, fmt);
    if (!t)
        error_local(ps, "SyntaxError", 1, 0, 1, 0, fmt, ap);
    else if ((t->kind == TOK_YYEOF || (t->kind == TOK_DEDENT && t->start == lx->buf + lx->len)) &&
             ps->mode == PARSE_FILE && !ps->fstring)
        error_local(ps, "SyntaxError", t->lineno, LEX_RAW(0), t->lineno, LEX_RAW(-1), fmt, ap);
    else if (t->kind == TOK_YYEOF || t->kind == TOK_INDENT || t->kind == TOK_DEDENT)
        error_local(ps, "SyntaxError", t->lineno, t->col - 1, t->lineno, LEX_RAW(-1), fmt, ap);
    else
        error_local(ps, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, fmt, ap);
    va_end(ap);
    return -1;
}

/* ---- the run ----------------------------------------------------------------------------- */

/* After a parser error CPython tokenizes the rest of the input: a tokenizer error there
 * replaces the parser's, and an unclosed bracket opened before the error line is reported
 * instead (_PyPegen_tokenize_full_source_to_check_for_errors). */
static void scan_rest(ParserState *ps)
{
    Lexer *lx = &ps->lx;
    int err_line = lx->ntoks > 0 ? LEX_TOK(lx, lx->ntoks - 1)->lineno : 1;
    for (int i = lx->ntoks;; i++) {
        const LexToken *t = lex_token_at(lx, i);
        if (!t) break;
        if (t->kind == TOK_YYEOF) return;
    }
    if (!lx->failed) return;
    if (!lx->soft_error) {
        ps->failed = false;
        take_lex_error(ps);
        return;
    }
    if (lx->level > 0) {
        LexParen *o = &lx->parens[lx->level - 1];
        if (err_line > o->lineno) {
            lex_set_error(lx, ps->err, false, "SyntaxError", o->lineno, o->col, o->lineno, LEX_RAW(0),
                          "'%c' was never closed", o->ch);
        }
    }
}

/* PARSE_SINGLE: a compound statement is complete only once a blank line follows it. */
static bool ends_with_blank_line(const Lexer *lx)
{
    const char *b = lx->buf, *p = lx->buf + lx->len;
    if (p == b || p[-1] != '\n') return false;
    p--;
    while (p > b && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\f')) p--;
    return p > b && p[-1] == '\n';
}

static int run(ParserState *ps)
{
    int r = parse_run(ps);
    if (r == 0 && !ps->failed && !ps->lex_failed && ps->result) return 0;
    if (!ps->failed && !ps->lex_failed) {
        if (ps->lx.failed) take_lex_error(ps);
        else parse_error_last(ps, "invalid syntax");
    }
    return -1;
}

/* ---- input checks ------------------------------------------------------------------------ */

static void set_plain_error(SyntaxErrorInfo *err, int lineno, const char *text, size_t textlen,
                            const char *fmt, ...) PRINTF_LIKE(5, 6);
static void set_plain_error(SyntaxErrorInfo *err, int lineno, const char *text, size_t textlen,
                            const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    err->type = "SyntaxError";
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->lineno = err->end_lineno = lineno;
    err->offset = err->end_offset = 0;
    err->incomplete = false;
    free(err->text);
    err->text = NULL;
    if (text) {
        err->text = malloc(textlen + 1);
        if (err->text) {
            memcpy(err->text, text, textlen);
            err->text[textlen] = '\0';
        }
    }
}

/* Length of the valid UTF-8 sequence at [s] (at most [n] bytes), or 0. */
static int utf8_seq(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80) return 1;
    int len;
    uint32_t min, c;
    if ((s[0] & 0xE0) == 0xC0) { len = 2; min = 0x80; c = s[0] & 0x1F; }
    else if ((s[0] & 0xF0) == 0xE0) { len = 3; min = 0x800; c = s[0] & 0x0F; }
    else if ((s[0] & 0xF8) == 0xF0) { len = 4; min = 0x10000; c = s[0] & 0x07; }
    else return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    return len;
}

/* The PEP 263 coding cookie of line 1 or 2, lower-cased, or "" if none. */
static void coding_cookie(const char *src, size_t len, char *out, size_t outsz)
{
    out[0] = '\0';
    const char *p = src, *end = src + len;
    for (int line = 0; line < 2 && p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *q = p;
        while (q < le && (*q == ' ' || *q == '\t' || *q == '\f')) q++;
        if (q < le && *q == '#') {
            for (const char *c = q; c + 7 <= le; c++) {
                if (memcmp(c, "coding", 6) == 0 && (c[6] == ':' || c[6] == '=')) {
                    const char *v = c + 7;
                    while (v < le && (*v == ' ' || *v == '\t')) v++;
                    size_t n = 0;
                    while (v < le && n + 1 < outsz &&
                           ((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') ||
                            (*v >= '0' && *v <= '9') || *v == '-' || *v == '_' || *v == '.')) {
                        char ch = *v++;
                        out[n++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch - 'A' + 'a') : ch;
                    }
                    out[n] = '\0';
                    return;
                }
            }
        } else if (q < le) {
            return;     /* a cookie only counts before the first line of code */
        }
        if (!nl) break;
        p = nl + 1;
    }
}

static bool is_latin1(const char *enc)
{
    static const char *const names[] = {
        "latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso_8859_1", "iso-latin-1", "l1", NULL
    };
    for (int i = 0; names[i]; i++)
        if (strcmp(enc, names[i]) == 0 || (strncmp(enc, names[i], strlen(names[i])) == 0 &&
                                           enc[strlen(names[i])] == '-'))
            return true;
    return false;
}

/* Checks [src] and returns the UTF-8 text to parse (maybe [src] itself, maybe a transcoded
 * copy in [arena]), or NULL with [err] set. [declared]: a BOM or coding cookie was found. */
static const char *check_source(const char *src, size_t *len, AstArena *arena, SyntaxErrorInfo *err,
                                bool *declared)
{
    *declared = false;
    const char *nul = memchr(src, '\0', *len);
    if (nul) {
        int line = 1;
        const char *ls = src;
        for (const char *p = src; p < nul; p++)
            if (*p == '\n') { line++; ls = p + 1; }
        set_plain_error(err, line, ls, (size_t)(nul - ls), "source code cannot contain null bytes");
        return NULL;
    }
    if (*len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        *len -= 3;
        *declared = true;
    }
    char enc[64];
    coding_cookie(src, *len, enc, sizeof enc);
    if (enc[0]) *declared = true;
    if (enc[0] && is_latin1(enc)) {
        char *out = ast_alloc(arena, *len * 2 + 1);
        if (!out) return NULL;
        size_t n = 0;
        for (size_t i = 0; i < *len; i++) {
            unsigned char c = (unsigned char)src[i];
            if (c < 0x80) out[n++] = (char)c;
            else { out[n++] = (char)(0xC0 | (c >> 6)); out[n++] = (char)(0x80 | (c & 0x3F)); }
        }
        *len = n;
        return out;
    }
    if (enc[0] && strcmp(enc, "utf-8") != 0 && strcmp(enc, "utf8") != 0 &&
        strncmp(enc, "utf-8-", 6) != 0) {
        /* other ASCII-compatible codecs are accepted for ASCII-only text */
        for (size_t i = 0; i < *len; i++) {
            if ((unsigned char)src[i] >= 0x80) {
                set_plain_error(err, 0, NULL, 0, "encoding problem: %s (tally reads only UTF-8 "
                                "and Latin-1 source)", enc);
                return NULL;
            }
        }
    }
    int line = 1;
    for (size_t i = 0; i < *len;) {
        const unsigned char *s = (const unsigned char *)src + i;
        if (*s == '\n') line++;
        int n = utf8_seq(s, *len - i);
        if (n == 0) {
            set_plain_error(err, 0, NULL, 0, "Non-UTF-8 code starting with '\\x%02x' in file %s on "
                            "line %d, but no encoding declared; see "
                            "https://peps.python.org/pep-0263/ for details", *s, err->filename, line);
            return NULL;
        }
        i += (size_t)n;
    }
    return src;
}

Module *parse_source(const char *src, size_t len, const char *filename, ParseMode mode,
                     AstArena *arena, SyntaxErrorInfo *err)
{
    memset(err, 0, sizeof *err);
    err->type = "SyntaxError";
    snprintf(err->filename, sizeof err->filename, "%s", filename ? filename : "<string>");
    bool declared;
    src = check_source(src, &len, arena, err, &declared);
    if (!src) {
        if (err->msg[0] == '\0') {
            err->type = "MemoryError";
            err->lineno = 0;
        }
        return NULL;
    }
    ParserState ps;
    memset(&ps, 0, sizeof ps);
    ps.arena = arena;
    ps.err = err;
    ps.mode = mode;
    if (lex_init(&ps.lx, src, len, arena) < 0) {
        err->type = "MemoryError";
        return NULL;
    }
    ps.lx.char_offsets = declared;
    Module *m = NULL;
    if (run(&ps) == 0) {
        m = ps.result;
        if (mode == PARSE_SINGLE && m->body.len > 0 && !ps.single_simple &&
            !ends_with_blank_line(&ps.lx)) {
            set_plain_error(err, 0, NULL, 0, "incomplete input");
            err->incomplete = true;
            m = NULL;
        }
    } else {
        if (ps.failed && !ps.no_rescan && mode != PARSE_SINGLE) scan_rest(&ps);
        const LexToken *last = ps.lx.next > 0 ? LEX_TOK(&ps.lx, ps.lx.next - 1) : NULL;
        if (ps.failed && last && (last->kind == TOK_YYEOF ||
                                  (last->kind == TOK_DEDENT && last->start == ps.lx.buf + ps.lx.len)))
            err->incomplete = true;
    }
    lex_fini(&ps.lx);
    return m;
}

int parse_probe(ParserState *ps, int start, int index)
{
    if (ps->probes_active >= 3) return -1;
    ps->probes_active++;
    ParserState probe;
    memset(&probe, 0, sizeof probe);
    SyntaxErrorInfo perr;
    memset(&perr, 0, sizeof perr);
    probe.arena = ps->arena;
    probe.err = &perr;
    probe.mode = ps->mode;
    probe.fstring = ps->fstring;
    probe.line_base = ps->line_base;
    probe.col_shift = ps->col_shift;
    probe.probe_of = ps;
    probe.probe_start = start;
    probe.probe_pos = index;
    probe.probe_end = -1;
    probe.probe_limit = -1;
    if (lex_init(&probe.lx, "", 0, ps->arena) < 0) {
        ps->probes_active--;
        return -1;
    }
    probe.lx.line_base = ps->line_base;
    parse_run(&probe);
    int end = probe.probe_end;
    if (probe.probe_lex_failed) end = -2;
    else if (end < 0) {
        /* PEG backtracks to the longest prefix that is one: try shorter ones */
        int fail_at = probe.probe_pos - 1;
        for (int limit = fail_at; limit > index && limit > fail_at - 32 && end < 0; limit--) {
            ParserState retry = probe;
            retry.started = false;
            retry.failed = retry.lex_failed = false;
            retry.probe_pos = index;
            retry.probe_limit = limit;
            retry.probe_end = -1;
            if (parse_run(&retry) == 0) end = limit - 1;
            free(perr.text);
            perr.text = NULL;
        }
    }
    free(perr.text);
    lex_fini(&probe.lx);
    ps->probes_active--;
    return end;
}

Expr *parse_fstring_field(ParserState *ps, const char *text, size_t len, int lineno, int col)
{
    char *buf = ast_alloc(ps->arena, len + 3);
    if (!buf) {
        parse_error_last(ps, "out of memory");
        return NULL;
    }
    buf[0] = '(';
    memcpy(buf + 1, text, len);
    buf[len + 1] = ')';
    ParserState sub;
    memset(&sub, 0, sizeof sub);
    SyntaxErrorInfo serr;
    memset(&serr, 0, sizeof serr);
    sub.arena = ps->arena;
    sub.err = &serr;
    sub.mode = PARSE_EVAL;
    sub.fstring = true;
    sub.line_base = lineno - 1;
    sub.col_shift = col;
    Expr *e = NULL;
    if (lex_init(&sub.lx, buf, len + 2, ps->arena) < 0) {
        parse_error_last(ps, "out of memory");
        return NULL;
    }
    sub.lx.line_base = lineno - 1;
    if (run(&sub) == 0) {
        Stmt *s = sub.result->body.items[0];
        e = s->v.expr.value;
    } else if (!ps->failed && !ps->lex_failed) {
        free(ps->err->text);
        char filename[sizeof serr.filename];
        memcpy(filename, ps->err->filename, sizeof filename);
        *ps->err = serr;
        memcpy(ps->err->filename, filename, sizeof filename);
        serr.text = NULL;
        ps->failed = true;
    }
    free(serr.text);
    lex_fini(&sub.lx);
    return e;
}

/* ---- printing ---------------------------------------------------------------------------- */

/* pythonrun.c's print_error_text. */
static void print_error_text(FILE *out, long offset, long end_offset, const char *text)
{
    size_t caret_repetitions = (end_offset > 0 && end_offset > offset) ?
                               (size_t)(end_offset - offset) : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        long inl = nl - text;
        if (inl >= offset) break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    fputs("    ", out);
    fputs(text, out);
    if (text[len] != '\n') fputc('\n', out);
    if (offset < 0) return;
    fputs("    ", out);
    while (--offset >= 0) fputc(' ', out);
    for (size_t i = 0; i < caret_repetitions; i++) fputc('^', out);
    fputc('\n', out);
}

void parse_print_error_fields(FILE *out, const char *type, const char *msg, const char *filename,
                             int lineno, int offset, int end_lineno, int end_offset,
                             const char *text)
{
    if (lineno > 0) {
        fprintf(out, "  File \"%s\", line %d\n", filename, lineno);
        if (text) {
            long line_size = (long)strlen(text);
            long eoff = end_offset;
            /* CPython ignores the end of the range for SyntaxError's subclasses */
            if (strcmp(type, "SyntaxError") != 0) eoff = -1;
            else if (end_lineno > lineno) eoff = line_size;
            if (eoff > line_size + 1) eoff = line_size + 1;
            print_error_text(out, offset, eoff, text);
        }
    }
    if (msg && msg[0]) fprintf(out, "%s: %s\n", type, msg);
    else fprintf(out, "%s\n", type);
}

void parse_print_error(const SyntaxErrorInfo *err, FILE *out)
{
    parse_print_error_fields(out, err->type, err->msg, err->filename, err->lineno, err->offset,
                             err->end_lineno, err->end_offset, err->text);
}

void parse_error_fini(SyntaxErrorInfo *err)
{
    free(err->text);
    err->text = NULL;
}
