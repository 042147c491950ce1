/* strings.c: string literals, from the lexer's raw tokens to AST constants. Escapes are decoded
 * here (str: unicode escapes into UTF-8; bytes: byte escapes), adjacent literals are
 * concatenated, and f-strings are split into JoinedStr/FormattedValue parts with each
 * replacement field parsed by re-entering the parser, following CPython 3.11's
 * Parser/string_parser.c so that errors and their locations match. */
#include "parser/parser_internal.h"
#include "grammar.tab.h"
#include <stdlib.h>
#include <string.h>

typedef struct Buf {
    char *p;
    size_t len, cap;
    bool oom;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) { b->oom = true; return; }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void buf_byte(Buf *b, unsigned char c) { buf_add(b, (const char *)&c, 1); }

static void buf_utf8(Buf *b, uint32_t c)
{
    char s[4];
    int n;
    if (c < 0x80) { s[0] = (char)c; n = 1; }
    else if (c < 0x800) { s[0] = (char)(0xC0 | (c >> 6)); s[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
    else if (c < 0x10000) {
        s[0] = (char)(0xE0 | (c >> 12));
        s[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        s[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | (c >> 18));
        s[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        s[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    buf_add(b, s, (size_t)n);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Position of [p] in the buffer CPython hands to the unicode-escape codec, where every
 * non-ASCII character of the literal has become a 10-byte \Uxxxxxxxx escape. */
static long codec_pos(const char *start, const char *p)
{
    long n = 0;
    for (const char *q = start; q < p; q++) {
        unsigned char c = (unsigned char)*q;
        if (c < 0x80) n++;
        else if ((c & 0xC0) != 0x80) n += 10;
    }
    return n;
}

/* Decodes the escapes of a str literal's text [s, end) into [b]. -1 with the error set. */
static int decode_str(ParserState *ps, const char *s, const char *end, Buf *b)
{
    const char *start = s;
    while (s < end) {
        if (*s != '\\') {
            const char *q = s;
            while (q < end && *q != '\\') q++;
            buf_add(b, s, (size_t)(q - s));
            s = q;
            continue;
        }
        const char *esc = s++;
        if (s >= end) { buf_byte(b, '\\'); break; }
        char c = *s++;
        const char *what = NULL;
        int ndig = 0;
        switch (c) {
        case '\n': break;
        case '\\': buf_byte(b, '\\'); break;
        case '\'': buf_byte(b, '\''); break;
        case '"': buf_byte(b, '"'); break;
        case 'a': buf_byte(b, '\a'); break;
        case 'b': buf_byte(b, '\b'); break;
        case 'f': buf_byte(b, '\f'); break;
        case 'n': buf_byte(b, '\n'); break;
        case 'r': buf_byte(b, '\r'); break;
        case 't': buf_byte(b, '\t'); break;
        case 'v': buf_byte(b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++) v = v * 8 + (uint32_t)(*s++ - '0');
            buf_utf8(b, v);
            break;
        }
        case 'x': ndig = 2; what = "truncated \\xXX escape"; break;
        case 'u': ndig = 4; what = "truncated \\uXXXX escape"; break;
        case 'U': ndig = 8; what = "truncated \\UXXXXXXXX escape"; break;
        case 'N':
            if (s < end && *s == '{') {
                const char *close = memchr(s, '}', (size_t)(end - s));
                if (close) s = close + 1;
            }
            parse_error_last(ps, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                             "position %ld-%ld: \\N{...} escapes are not supported by tally",
                             codec_pos(start, esc), codec_pos(start, s) - 1);
            return -1;
        default:
            buf_byte(b, '\\');
            s--;
            break;
        }
        if (ndig) {
            uint32_t v = 0;
            int i;
            for (i = 0; i < ndig && s < end && hexval(*s) >= 0; i++) v = v * 16 + (uint32_t)hexval(*s++);
            if (i < ndig) {
                parse_error_last(ps, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                 "position %ld-%ld: %s", codec_pos(start, esc),
                                 codec_pos(start, s) - 1, what);
                return -1;
            }
            if (v > 0x10FFFF) {
                parse_error_last(ps, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                 "position %ld-%ld: illegal Unicode character",
                                 codec_pos(start, esc), codec_pos(start, s) - 1);
                return -1;
            }
            buf_utf8(b, v);
        }
    }
    return 0;
}

/* Decodes a bytes literal's text (escapes unless [raw]) into [b]. */
static int decode_bytes(ParserState *ps, const LexToken *t, bool raw, Buf *b)
{
    const char *s = t->body, *end = t->body + t->body_len;
    for (const char *p = s; p < end; p++) {
        if ((unsigned char)*p >= 0x80) {
            return parse_error_at(ps, "SyntaxError", parse_token_loc(ps, t),
                                  "bytes can only contain ASCII literal characters");
        }
    }
    if (raw) {
        buf_add(b, s, (size_t)(end - s));
        return 0;
    }
    const char *start = s;
    while (s < end) {
        if (*s != '\\') { buf_byte(b, (unsigned char)*s++); continue; }
        const char *esc = s++;
        if (s >= end) { buf_byte(b, '\\'); break; }
        char c = *s++;
        switch (c) {
        case '\n': break;
        case '\\': buf_byte(b, '\\'); break;
        case '\'': buf_byte(b, '\''); break;
        case '"': buf_byte(b, '"'); break;
        case 'a': buf_byte(b, '\a'); break;
        case 'b': buf_byte(b, '\b'); break;
        case 'f': buf_byte(b, '\f'); break;
        case 'n': buf_byte(b, '\n'); break;
        case 'r': buf_byte(b, '\r'); break;
        case 't': buf_byte(b, '\t'); break;
        case 'v': buf_byte(b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++) v = v * 8 + (unsigned)(*s++ - '0');
            buf_byte(b, (unsigned char)(v & 0xFF));
            break;
        }
        case 'x':
            if (end - s >= 2 && hexval(s[0]) >= 0 && hexval(s[1]) >= 0) {
                buf_byte(b, (unsigned char)(hexval(s[0]) * 16 + hexval(s[1])));
                s += 2;
                break;
            }
            return parse_error_last(ps, "(value error) invalid \\x escape at position %ld",
                                    (long)(esc - start));
        default:
            buf_byte(b, '\\');
            s--;
            break;
        }
    }
    return 0;
}

/* ---- f-strings --------------------------------------------------------------------------- */

typedef struct FState {
    AstVec values;              /* Expr*: Constant and FormattedValue parts so far */
    Buf last;                   /* literal text not yet turned into a Constant */
    bool has_last;
} FState;

static int flush_literal(ParserState *ps, FState *st, Loc loc)
{
    if (!st->has_last || st->last.len == 0) {
        st->has_last = false;
        return 0;
    }
    Expr *c = ast_const(ps, CONST_STR, loc);
    if (!c) return -1;
    c->v.constant.bytes = ast_strdup(ps->arena, st->last.p, st->last.len);
    c->v.constant.len = st->last.len;
    st->last.len = 0;
    st->has_last = false;
    if (!c->v.constant.bytes || ast_vec_push(ps->arena, &st->values, c) < 0)
        return parse_error_at(ps, "MemoryError", loc, "out of memory");
    return 0;
}

static int add_literal(ParserState *ps, FState *st, const char *s, size_t n, bool raw)
{
    if (n == 0) return 0;
    st->has_last = true;
    if (raw) {
        buf_add(&st->last, s, n);
        return 0;
    }
    return decode_str(ps, s, s + n, &st->last);
}

static Expr *fstring_parse(ParserState *ps, const LexToken *t, const char **str, const char *end,
                           bool raw, int level, Loc loc);

/* Where CPython 3.11 places a field's expression (fstring_find_expr_location): lines and
 * columns to add to positions inside the "(expr)" text. */
static void field_location(const LexToken *t, const char *brace, int *lines, int *cols)
{
    *lines = 0;
    *cols = 0;
    bool newline_after_brace = true;
    for (const char *p = brace + 1; *p && *p != '}' && *p != '\n'; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    if (!newline_after_brace) {
        const char *p = brace;
        while (p > t->start && *p != '\n') p--;
        *cols = (int)(brace - p);
        if (*p == '\n') *cols -= 1;
    }
    for (const char *p = t->start; p < brace; p++)
        if (*p == '\n') (*lines)++;
}

/* fstring_find_expr: parses one replacement field at *str (on '{'). */
static Expr *fstring_field(ParserState *ps, const LexToken *t, const char **str, const char *end,
                           bool raw, int level, FState *st, Loc loc)
{
    const char *brace = *str;
    if (level >= 2) {
        parse_error_last(ps, "f-string: expressions nested too deeply");
        return NULL;
    }
    (*str)++;
    const char *expr_start = *str;
    char quote = 0;
    int string_type = 0, depth = 0;
    char stack[MAX_PARSE_DEPTH];
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') {
            parse_error_last(ps, "f-string expression part cannot include a backslash");
            return NULL;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= MAX_PARSE_DEPTH) {
                parse_error_last(ps, "f-string: too many nested parenthesis");
                return NULL;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            parse_error_last(ps, "f-string expression part cannot include '#'");
            return NULL;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                    (*str)++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                parse_error_last(ps, "f-string: unmatched '%c'", ch);
                return NULL;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                parse_error_last(ps, "f-string: closing parenthesis '%c' does not match "
                                 "opening parenthesis '%c'", ch, open);
                return NULL;
            }
        }
    }
    const char *expr_end = *str;
    if (quote) {
        parse_error_last(ps, "f-string: unterminated string");
        return NULL;
    }
    if (depth) {
        parse_error_last(ps, "f-string: unmatched '%c'", stack[depth - 1]);
        return NULL;
    }
    if (*str >= end) goto expecting;

    /* fstring_compile_expr */
    const char *p = expr_start;
    while (p < expr_end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\f')) p++;
    if (p == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            parse_error_last(ps, "f-string: expression required before '%c'", *expr_end);
        else
            parse_error_last(ps, "f-string: empty expression not allowed");
        return NULL;
    }
    int lines, cols;
    field_location(t, brace, &lines, &cols);
    Loc tl = parse_token_loc(ps, t);
    Expr *value = parse_fstring_field(ps, expr_start, (size_t)(expr_end - expr_start),
                                      tl.lineno + lines, (lines == 0 ? tl.col_offset : 0) + cols);
    if (!value) return NULL;

    bool debug = false;
    if (**str == '=') {
        (*str)++;
        while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' ||
                              **str == '\f' || **str == '\r' || **str == '\v'))
            (*str)++;
        if (*str >= end) goto expecting;
        st->has_last = true;
        buf_add(&st->last, expr_start, (size_t)(*str - expr_start));
        debug = true;
    }
    int conversion = -1;
    if (**str == '!') {
        (*str)++;
        if (*str >= end) goto expecting;
        conversion = (unsigned char)**str;
        (*str)++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            parse_error_last(ps, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return NULL;
        }
    }
    Expr *spec = NULL;
    if (*str < end && **str == ':') {
        (*str)++;
        if (*str >= end) goto expecting;
        spec = fstring_parse(ps, t, str, end, raw, level + 1, parse_token_loc(ps, t));
        if (!spec) return NULL;
    }
    if (*str >= end || **str != '}') goto expecting;
    (*str)++;
    if (debug && !spec && conversion == -1) conversion = 'r';
    Expr *f = ast_new_expr(ps, EXPR_FORMATTED, loc);
    if (!f) return NULL;
    f->v.formatted.value = value;
    f->v.formatted.conversion = conversion;
    f->v.formatted.format_spec = spec;
    if (ast_child(ps, f, value) < 0 || ast_child(ps, f, spec) < 0) return NULL;
    return f;
expecting:
    parse_error_last(ps, "f-string: expecting '}'");
    return NULL;
}

/* fstring_find_literal: literal text up to a '{' (or, in a format spec, a '}').
 * Returns 1 when it stopped after a doubled brace, 0 otherwise, -1 on error. */
static int fstring_literal(ParserState *ps, const char **str, const char *end, bool raw,
                           int level, FState *st)
{
    const char *s = *str, *literal_start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (level == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    parse_error_last(ps, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (add_literal(ps, st, literal_start, (size_t)(s - literal_start), raw) < 0) return -1;
    return result;
}

/* _PyPegen_FstringParser_ConcatFstring over one f-string body (or a format spec). */
static int fstring_concat(ParserState *ps, const LexToken *t, FState *st, const char **str,
                          const char *end, bool raw, int level, Loc loc)
{
    for (;;) {
        int r = fstring_literal(ps, str, end, raw, level, st);
        if (r < 0) return -1;
        if (r == 1) continue;
        if (*str >= end || **str == '}') break;
        Expr *f = fstring_field(ps, t, str, end, raw, level, st, loc);
        if (!f) return -1;
        if (flush_literal(ps, st, loc) < 0) return -1;
        if (ast_vec_push(ps->arena, &st->values, f) < 0)
            return parse_error_at(ps, "MemoryError", loc, "out of memory");
    }
    if (level != 0 && (*str >= end || **str != '}'))
        return parse_error_last(ps, "f-string: expecting '}'");
    return 0;
}

static Expr *joined(ParserState *ps, FState *st, Loc loc)
{
    if (flush_literal(ps, st, loc) < 0) return NULL;
    Expr *e = ast_new_expr(ps, EXPR_JOINEDSTR, loc);
    if (!e) return NULL;
    e->v.joinedstr.values = st->values;
    for (int i = 0; i < st->values.len; i++)
        if (ast_child(ps, e, st->values.items[i]) < 0) return NULL;
    return e;
}

static Expr *fstring_parse(ParserState *ps, const LexToken *t, const char **str, const char *end,
                           bool raw, int level, Loc loc)
{
    FState st;
    memset(&st, 0, sizeof st);
    Expr *e = NULL;
    if (fstring_concat(ps, t, &st, str, end, raw, level, loc) == 0) e = joined(ps, &st, loc);
    free(st.last.p);
    return e;
}

Expr *parse_strings(ParserState *ps, AstVec toks, Loc loc)
{
    const LexToken *first = toks.items[0];
    bool bytesmode = first->str_flags & STR_BYTES, fmode = false;
    FState st;
    memset(&st, 0, sizeof st);
    Expr *result = NULL;
    for (int i = 0; i < toks.len; i++) {
        const LexToken *t = toks.items[i];
        bool raw = t->str_flags & STR_RAW;
        if (((t->str_flags & STR_BYTES) != 0) != bytesmode) {
            parse_error_last(ps, "cannot mix bytes and nonbytes literals");
            goto done;
        }
        if (bytesmode) {
            if (decode_bytes(ps, t, raw, &st.last) < 0) goto done;
        } else if (t->str_flags & STR_FSTRING) {
            fmode = true;
            const char *s = t->body;
            if (fstring_concat(ps, t, &st, &s, t->body + t->body_len, raw, 0, loc) < 0) goto done;
        } else {
            if (add_literal(ps, &st, t->body, t->body_len, raw) < 0) goto done;
        }
        if (st.last.oom) {
            parse_error_at(ps, "MemoryError", loc, "out of memory");
            goto done;
        }
    }
    if (fmode) {
        result = joined(ps, &st, loc);
    } else {
        result = ast_const(ps, bytesmode ? CONST_BYTES : CONST_STR, loc);
        if (result) {
            result->v.constant.bytes = ast_strdup(ps->arena, st.last.p ? st.last.p : "", st.last.len);
            result->v.constant.len = st.last.len;
            result->v.constant.u_prefix = first->start[0] == 'u';   /* CPython: lower-case only */
            if (!result->v.constant.bytes) {
                parse_error_at(ps, "MemoryError", loc, "out of memory");
                result = NULL;
            }
        }
    }
done:
    free(st.last.p);
    return result;
}
