/* errors.c: what to say when bison rejects a token. CPython 3.11 re-parses a failing input
 * with extra "invalid_*" grammar rules to find a better message than "invalid syntax"; tally
 * gets the common ones by looking at the token history around the failing token: a missing
 * ':' or indented block, a forgotten comma, a Python 2 print statement, a missing 'else'. */
#include "parser/parser_internal.h"
#include "grammar.tab.h"
#include <string.h>

typedef struct Scan {
    Lexer *lx;
    bool lex_failed;    /* looking ahead hit a lexical error */
} Scan;

static const LexToken *tok(Scan *sc, int i)
{
    if (i < 0) return NULL;
    const LexToken *t = lex_token_at(sc->lx, i);
    if (!t && sc->lx->failed) sc->lex_failed = true;
    return t;
}

static int kind_at(Scan *sc, int i)
{
    const LexToken *t = tok(sc, i);
    return t ? t->kind : -1;
}

static bool is_open(int k) { return k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE || k == TOK_WITH_LPAREN; }
static bool is_close(int k) { return k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE; }

static bool starts_atom(int k)
{
    switch (k) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAR: case TOK_LSQB:
    case TOK_LBRACE: case TOK_NONE: case TOK_TRUE: case TOK_FALSE: case TOK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool ends_atom(int k)
{
    switch (k) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_RPAR: case TOK_RSQB:
    case TOK_RBRACE: case TOK_NONE: case TOK_TRUE: case TOK_FALSE: case TOK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool is_binop(int k)
{
    switch (k) {
    case TOK_PLUS: case TOK_MINUS: case TOK_STAR: case TOK_SLASH: case TOK_DOUBLESLASH:
    case TOK_PERCENT: case TOK_AT: case TOK_DOUBLESTAR: case TOK_LEFTSHIFT: case TOK_RIGHTSHIFT:
    case TOK_AMPER: case TOK_VBAR: case TOK_CIRCUMFLEX: case TOK_LESS: case TOK_GREATER:
    case TOK_EQEQUAL: case TOK_NOTEQUAL: case TOK_LESSEQUAL: case TOK_GREATEREQUAL:
    case TOK_IN: case TOK_IS: case TOK_AND: case TOK_OR:
        return true;
    default:
        return false;
    }
}

/* Index of the bracket matching the one at [i] (forward for openers, backward for closers). */
static int match(Scan *sc, int i)
{
    const LexToken *t = tok(sc, i);
    if (!t) return -1;
    if (is_open(t->kind)) {
        for (int j = i + 1;; j++) {
            const LexToken *u = tok(sc, j);
            if (!u || u->kind == TOK_YYEOF) return -1;
            if (is_close(u->kind) && u->level == t->level + 1) return j;
        }
    }
    for (int j = i - 1; j >= 0; j--) {
        const LexToken *u = tok(sc, j);
        if (u && is_open(u->kind) && u->level == t->level - 1) return j;
    }
    return -1;
}

/* The first token of the disjunction (CPython's `a` in invalid_expression) ending at [j]. */
static int expr_start(Scan *sc, int j)
{
    for (;;) {
        for (;;) {
            int k = kind_at(sc, j);
            if (is_close(k)) {
                j = match(sc, j);
                if (j < 0) return -1;
                if ((kind_at(sc, j) == TOK_LPAR || kind_at(sc, j) == TOK_LSQB) &&
                    ends_atom(kind_at(sc, j - 1))) {
                    j--;
                    continue;
                }
                break;
            }
            if (k == TOK_NAME && kind_at(sc, j - 1) == TOK_DOT && ends_atom(kind_at(sc, j - 2))) {
                j -= 2;
                continue;
            }
            if (k == TOK_STRING) {
                while (kind_at(sc, j - 1) == TOK_STRING) j--;
            }
            break;
        }
        for (;;) {
            int p = kind_at(sc, j - 1);
            if (p == TOK_NOT && kind_at(sc, j - 2) != TOK_IS) { j--; continue; }
            if ((p == TOK_MINUS || p == TOK_PLUS || p == TOK_TILDE) && !ends_atom(kind_at(sc, j - 2))) {
                j--;
                continue;
            }
            break;
        }
        int p = kind_at(sc, j - 1);
        if (p == TOK_IN && kind_at(sc, j - 2) == TOK_NOT && ends_atom(kind_at(sc, j - 3))) {
            j -= 3;
            continue;
        }
        if (p == TOK_NOT && kind_at(sc, j - 2) == TOK_IS && ends_atom(kind_at(sc, j - 3))) {
            j -= 3;
            continue;
        }
        if (is_binop(p) && ends_atom(kind_at(sc, j - 2))) {
            j -= 2;
            continue;
        }
        return j;
    }
}

/* parse_probe, noting a lexical error met on the way in [sc]. */
static int probe(ParserState *ps, Scan *sc, int start, int index)
{
    int r = parse_probe(ps, start, index);
    if (r == -2) sc->lex_failed = true;
    return r;
}

/* First token of the logical line containing token [i]. */
static int line_start(Scan *sc, int i)
{
    while (i > 0) {
        const LexToken *p = tok(sc, i - 1);
        if (!p || ((p->kind == TOK_NEWLINE || p->kind == TOK_INDENT || p->kind == TOK_DEDENT) &&
                   p->level == 0))
            break;
        i--;
    }
    return i;
}

static const char *block_keyword(int k);

/* First token of the simple statement containing token [i]: after a compound header's ':' or
 * a ';' on the same logical line. */
static int stmt_start(Scan *sc, int i)
{
    int s = line_start(sc, i), start = s;
    bool header = block_keyword(kind_at(sc, s)) != NULL;
    for (int j = s; j < i; j++) {
        const LexToken *u = tok(sc, j);
        if (u->level != 0) continue;
        if (u->kind == TOK_SEMI) start = j + 1;
        if (u->kind == TOK_LAMBDA) header = false;
        if (u->kind == TOK_COLON && header) {
            start = j + 1;
            header = false;
        }
    }
    return start;
}

static Loc range(const LexToken *a, const LexToken *b)
{
    Loc l = {a->lineno, a->col, b->end_lineno, b->end_col};
    return l;
}

/* Records an error located at lexer tokens (local coordinates). */
static void error_toks(ParserState *ps, const char *type, const LexToken *a, const LexToken *b,
                       const char *msg)
{
    Loc l = range(a, b);
    l.lineno += ps->line_base;
    l.end_lineno += ps->line_base;
    if (a->lineno == 1) l.col_offset += ps->col_shift;
    if (b->end_lineno == 1) l.end_col_offset += ps->col_shift;
    parse_error_at(ps, type, l, "%s", msg);
}

static const char *block_keyword(int k)
{
    switch (k) {
    case TOK_IF: return "'if' statement";
    case TOK_ELIF: return "'elif' statement";
    case TOK_ELSE: return "'else' statement";
    case TOK_WHILE: return "'while' statement";
    case TOK_FOR: return "'for' statement";
    case TOK_WITH: return "'with' statement";
    case TOK_TRY: return "'try' statement";
    case TOK_EXCEPT: return "'except' statement";
    case TOK_FINALLY: return "'finally' statement";
    case TOK_DEF: return "function definition";
    case TOK_CLASS: return "class definition";
    default: return NULL;
    }
}

/* "expected an indented block after ...": the token after `:` NEWLINE is not an INDENT. */
static bool missing_block(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    if (t->kind == TOK_INDENT || kind_at(sc, li - 1) != TOK_NEWLINE || kind_at(sc, li - 2) != TOK_COLON)
        return false;
    int s = line_start(sc, li - 2);
    const char *what = block_keyword(kind_at(sc, s));
    if (!what) return false;
    char msg[128];
    snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what,
             tok(sc, s)->lineno + ps->line_base);
    bool at_end = t->start == sc->lx->buf + sc->lx->len;
    if (t->kind == TOK_YYEOF || t->kind == TOK_DEDENT)
        parse_error_raw(ps, "IndentationError", t->lineno + ps->line_base,
                        at_end && ps->mode == PARSE_FILE ? 0 : t->col,
                        t->lineno + ps->line_base, -1, "%s", msg);
    else
        error_toks(ps, "IndentationError", t, t, msg);
    return true;
}

/* "expected ':'" and "expected '('" after compound statement headers. */
/* Whether tokens (s, li) complete the header of compound statement [k] (CPython's
 * invalid_*_stmt rules want the whole header before the NEWLINE). */
static bool header_complete(ParserState *ps, Scan *sc, int k, int s, int li)
{
    switch (k) {
    case TOK_IF: case TOK_ELIF: case TOK_WHILE:
        return probe(ps, sc, TOK_START_PROBE_NAMED, s + 1) == li - 1;
    case TOK_FOR:
        for (int i = s + 1; i < li; i++) {
            const LexToken *u = tok(sc, i);
            if (u->kind == TOK_IN && u->level == 0)
                return i + 1 < li && probe(ps, sc, TOK_START_PROBE_TSE, i + 1) == li - 1;
        }
        return false;
    case TOK_EXCEPT:
        if (li == s + 1) return true;
        if (kind_at(sc, li - 2) == TOK_AS && kind_at(sc, li - 1) == TOK_NAME)
            return probe(ps, sc, TOK_START_PROBE_TEST, s + 1) == li - 3;
        return probe(ps, sc, TOK_START_PROBE_TEST, s + 1) == li - 1;
    case TOK_CLASS:
        if (kind_at(sc, s + 1) != TOK_NAME) return false;
        return li == s + 2 || (kind_at(sc, s + 2) == TOK_LPAR && match(sc, s + 2) == li - 1);
    default:
        return ends_atom(kind_at(sc, li - 1));
    }
}

static bool missing_colon(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    int s = line_start(sc, li);
    int k = kind_at(sc, s);
    if (k == TOK_DEF && li == s + 2 && kind_at(sc, s + 1) == TOK_NAME && t->kind != TOK_LPAR) {
        error_toks(ps, "SyntaxError", t, t, "expected '('");
        return true;
    }
    if (t->level != 0 || t->kind == TOK_COLON) return false;
    for (int i = s + 1; i < li; i++) {
        const LexToken *u = tok(sc, i);
        if (u->level == 0 && (u->kind == TOK_COLON || u->kind == TOK_SEMI)) return false;
    }
    switch (k) {
    case TOK_TRY: case TOK_FINALLY: case TOK_ELSE:
        if (li != s + 1) return false;
        break;
    case TOK_DEF:
        if (kind_at(sc, s + 2) != TOK_LPAR || match(sc, s + 2) > li) return false;
        if (kind_at(sc, li - 1) == TOK_RARROW) return false;
        break;
    case TOK_IF: case TOK_ELIF: case TOK_WHILE: case TOK_FOR: case TOK_WITH: case TOK_CLASS:
    case TOK_EXCEPT:
        if (t->kind != TOK_NEWLINE || (li < s + 2 && k != TOK_EXCEPT)) return false;
        if (!header_complete(ps, sc, k, s, li)) return false;
        break;
    default:
        return false;
    }
    error_toks(ps, "SyntaxError", t, t, "expected ':'");
    return true;
}

/* `print x` / `exec x`: "Missing parentheses in call to 'print'. Did you mean print(...)?" */
static bool legacy_print(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li), *p = tok(sc, li - 1);
    if (!p || p->kind != TOK_NAME || (strcmp(p->str, "print") != 0 && strcmp(p->str, "exec") != 0))
        return false;
    if (!starts_atom(t->kind) || t->kind == TOK_LPAR || t->kind == TOK_LSQB) return false;
    int end = probe(ps, sc, TOK_START_PROBE_TSE, li);
    if (end < 0) return false;
    char msg[128];
    snprintf(msg, sizeof msg, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
             p->str, p->str);
    error_toks(ps, "SyntaxError", p, tok(sc, end), msg);
    return true;
}

/* Two expressions side by side inside brackets: "invalid syntax. Perhaps you forgot a comma?" */
/* A parenthesized expression's node starts inside its parentheses: the first token of the
 * node spanning tokens [a, b]. */
static int unparen(Scan *sc, int a, int b)
{
    while (kind_at(sc, a) == TOK_LPAR && match(sc, a) == b && b > a + 1) {
        int level = tok(sc, a)->level + 1;
        for (int i = a + 1; i < b; i++) {
            const LexToken *u = tok(sc, i);
            if (u->level == level && (u->kind == TOK_COMMA || u->kind == TOK_FOR ||
                                      u->kind == TOK_YIELD))
                return a;
        }
        a++;
        b--;
    }
    return a;
}

/* CPython 3.11 takes any prefix of a soft keyword ("_", "case", "match") for one: it compares
 * only the name's length (_PyPegen_soft_keyword_token). "c" and "ma" count. */
static bool soft_keyword(const char *name)
{
    static const char *const kws[] = {"_", "case", "match"};
    size_t n = strlen(name);
    for (int i = 0; i < 3; i++)
        if (strncmp(kws[i], name, n) == 0) return true;
    return false;
}

static bool missing_comma(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    if ((!starts_atom(t->kind) && t->kind != TOK_TILDE && t->kind != TOK_NOT &&
         t->kind != TOK_LAMBDA) || t->kind == TOK_LPAR || t->kind == TOK_LSQB)
        return false;
    if (!ends_atom(kind_at(sc, li - 1))) return false;
    /* statements whose names are not expressions */
    int k = kind_at(sc, line_start(sc, li));
    if (k == TOK_FROM || k == TOK_IMPORT || k == TOK_GLOBAL || k == TOK_NONLOCAL ||
        (t->level == 0 && (k == TOK_DEF || k == TOK_CLASS)))
        return false;
    /* CPython's second pass parses the second expression whatever the bracket level, so a
     * lexical error inside it is met (and reported) first */
    int b = probe(ps, sc, TOK_START_PROBE_TEST, li);
    if (b < 0 || t->level == 0) return false;
    int a = expr_start(sc, li - 1);
    if (a < 0) return false;
    if (kind_at(sc, a - 1) == TOK_IF) return false;    /* a condition is not an expression */
    bool default_value = kind_at(sc, a - 1) == TOK_EQUAL;
    /* def f(a b) and lambda a b: are parameter lists, not expressions (defaults are) */
    for (int i = li - 1; i >= 0 && !default_value; i--) {
        const LexToken *u = tok(sc, i);
        if (u->level < t->level) {
            if (u->kind == TOK_LPAR && kind_at(sc, i - 1) == TOK_NAME && kind_at(sc, i - 2) == TOK_DEF)
                return false;
            break;
        }
        if (u->level == t->level && u->kind == TOK_COLON) break;
        if (u->level == t->level && u->kind == TOK_LAMBDA) return false;
    }
    /* in a comprehension, the iterable and the conditions are not parsed as expressions */
    for (int i = li - 1; i >= 0; i--) {
        const LexToken *u = tok(sc, i);
        if (u->level < t->level || (u->level == t->level && u->kind == TOK_FOR)) break;
        if (u->level == t->level && (u->kind == TOK_IN || u->kind == TOK_IF)) {
            bool comp = false;
            for (int j = i - 1; j >= 0; j--) {
                const LexToken *v = tok(sc, j);
                if (v->level < t->level) break;
                if (v->level == t->level && v->kind == TOK_FOR) { comp = true; break; }
            }
            if (comp) return false;
        }
    }
    const LexToken *at = tok(sc, a);
    if (at->kind == TOK_NAME && kind_at(sc, a + 1) == TOK_STRING) return false;
    if (at->kind == TOK_NAME && soft_keyword(at->str)) return false;
    at = tok(sc, unparen(sc, a, li - 1));
    error_toks(ps, "SyntaxError", at, tok(sc, b), "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

/* The bracket that encloses token [li], or -1. */
static int opener(Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    for (int i = li - 1; i >= 0; i--) {
        const LexToken *u = tok(sc, i);
        if (u->level < t->level) return is_open(u->kind) ? i : -1;
    }
    return -1;
}

/* f(a, *, b) and def f(a=, b): CPython's invalid_arguments and invalid_default. */
static bool bare_star_or_default(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    if ((t->kind != TOK_COMMA && t->kind != TOK_RPAR) || t->level < 1) return false;
    int o = opener(sc, li), p = kind_at(sc, li - 1);
    if (o < 1 || kind_at(sc, o) != TOK_LPAR) return false;
    bool def = kind_at(sc, o - 1) == TOK_NAME && kind_at(sc, o - 2) == TOK_DEF;
    bool keyword = false;       /* CPython's rule wants keyword arguments before the '*' */
    for (int i = o + 1; i < li - 1; i++) {
        const LexToken *u = tok(sc, i);
        if (u->level == t->level && u->kind == TOK_EQUAL) keyword = true;
    }
    if (p == TOK_STAR && keyword && kind_at(sc, li - 2) == TOK_COMMA && !def &&
        ends_atom(kind_at(sc, o - 1))) {
        const LexToken *star = tok(sc, li - 1);
        error_toks(ps, "SyntaxError", star, star,
                   "iterable argument unpacking follows keyword argument unpacking");
        return true;
    }
    if (p == TOK_EQUAL && def && kind_at(sc, li - 2) == TOK_NAME) {
        const LexToken *eq = tok(sc, li - 1);
        error_toks(ps, "SyntaxError", eq, eq, "expected default value expression");
        return true;
    }
    return false;
}

/* {k: v, k2 v2}: CPython's invalid_kvpair, "':' expected after dictionary key". */
static bool dict_missing_colon(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    if (t->kind == TOK_COLON || t->level < 1 || !ends_atom(kind_at(sc, li - 1))) return false;
    int o = opener(sc, li);
    if (o < 0 || kind_at(sc, o) != TOK_LBRACE) return false;
    int a = expr_start(sc, li - 1);
    if (a < 1 || kind_at(sc, a - 1) != TOK_COMMA) return false;
    bool dict = false;
    for (int i = o + 1; i < a; i++) {
        const LexToken *u = tok(sc, i);
        if (u->level == t->level && u->kind == TOK_COLON) dict = true;
        if (u->level == t->level && (u->kind == TOK_FOR || u->kind == TOK_LAMBDA)) return false;
    }
    if (!dict) return false;
    const LexToken *end = tok(sc, li - 1);
    parse_error_raw(ps, "SyntaxError", end->end_lineno + ps->line_base, end->end_col,
                    end->end_lineno + ps->line_base, 0, "':' expected after dictionary key");
    return true;
}

/* def f(a, (b, c)): "Function parameters cannot be parenthesized" */
static bool parenthesized_params(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    if (t->kind != TOK_LPAR) return false;
    int pk = kind_at(sc, li - 1);
    if (pk != TOK_COMMA && pk != TOK_LPAR && pk != TOK_LAMBDA) return false;
    bool lambda = false;
    int i = li - 1;
    for (; i >= 0; i--) {
        const LexToken *u = tok(sc, i);
        if (u->level < t->level) break;
        if (u->kind == TOK_LAMBDA && u->level == t->level) { lambda = true; break; }
        if (u->level == t->level && u->kind != TOK_NAME && u->kind != TOK_COMMA) return false;
    }
    if (!lambda && !(i >= 2 && kind_at(sc, i) == TOK_LPAR && kind_at(sc, i - 1) == TOK_NAME &&
                     kind_at(sc, i - 2) == TOK_DEF))
        return false;
    int close = -1;
    for (int j = li + 1;; j++) {
        const LexToken *u = tok(sc, j);
        if (!u || u->kind == TOK_YYEOF) return false;
        if (u->kind == TOK_RPAR && u->level == t->level + 1) { close = j; break; }
        if (u->kind != TOK_NAME && u->kind != TOK_COMMA) return false;
        if (u->kind == TOK_NAME && kind_at(sc, j + 1) == TOK_NAME) return false;
    }
    if (close == li + 1) return false;
    error_toks(ps, "SyntaxError", t, tok(sc, close), lambda
               ? "Lambda expression parameters cannot be parenthesized"
               : "Function parameters cannot be parenthesized");
    return true;
}

/* `a if b` without else: "expected 'else' after 'if' expression". */
static bool missing_else(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    int s = stmt_start(sc, li);
    /* the leftmost `a if b` (not a statement's `if`, nor a comprehension's) on the way to the
     * failing token, whose `b` ends before something other than else or ':' */
    for (int i = s + 1; i < li; i++) {
        const LexToken *u = tok(sc, i);
        if (u->kind != TOK_IF || u->level > t->level || !ends_atom(kind_at(sc, i - 1))) continue;
        bool comp = false;
        for (int j = i - 1; j >= s; j--) {
            const LexToken *v = tok(sc, j);
            if (v->level < u->level) break;
            if (v->level == u->level && v->kind == TOK_FOR) comp = true;
        }
        if (comp) continue;
        int b = probe(ps, sc, TOK_START_PROBE_OR, i + 1);
        if (b < 0) {
            if (sc->lex_failed) return false;
            continue;
        }
        int n = kind_at(sc, b + 1);
        if (n == TOK_ELSE || n == TOK_COLON) continue;
        int a = expr_start(sc, i - 1);
        if (a < 0) return false;
        error_toks(ps, "SyntaxError", tok(sc, a), tok(sc, b), "expected 'else' after 'if' expression");
        return true;
    }
    return false;
}

/* What CPython's _PyPegen_get_expr_name would call the primary in tokens [a, b], or NULL when
 * it is not a bitwise-or level expression that invalid_named_expression reports. */
static const char *primary_name(Scan *sc, int a, int b)
{
    int level = tok(sc, a)->level;
    bool binop = false;
    for (int i = a; i <= b; i++) {
        const LexToken *u = tok(sc, i);
        if (u->level != level) continue;
        switch (u->kind) {
        case TOK_LESS: case TOK_GREATER: case TOK_EQEQUAL: case TOK_NOTEQUAL: case TOK_LESSEQUAL:
        case TOK_GREATEREQUAL: case TOK_IN: case TOK_IS: case TOK_AND: case TOK_OR: case TOK_NOT:
        case TOK_IF: case TOK_LAMBDA:
            return NULL;
        default:
            if (is_binop(u->kind) && i > a && ends_atom(kind_at(sc, i - 1))) binop = true;
        }
    }
    int ka = kind_at(sc, a), kb = kind_at(sc, b);
    if (binop || ka == TOK_MINUS || ka == TOK_PLUS || ka == TOK_TILDE) return "expression";
    if (a == b) {
        switch (ka) {
        case TOK_NUMBER: return "literal";
        case TOK_ELLIPSIS: return "ellipsis";
        default: return NULL;
        }
    }
    if (ka == TOK_STRING && kb == TOK_STRING) return "literal";
    if (kb == TOK_RPAR && match(sc, b) > a) return "function call";
    if (kb == TOK_RSQB && match(sc, b) > a) return "subscript";
    if (kb == TOK_NAME && kind_at(sc, b - 1) == TOK_DOT) return "attribute";
    return NULL;
}

/* `if x = 1:`, `[x = 1]` and the like: where a named expression may stand, CPython's
 * invalid_named_expression reports the '='. */
static bool eq_in_condition(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    if (t->kind != TOK_EQUAL || li < 2) return false;
    int a = expr_start(sc, li - 1);
    if (a < 1) return false;
    if (t->level == 0) {
        int s = line_start(sc, li);
        int k = kind_at(sc, s);
        if ((k != TOK_IF && k != TOK_ELIF && k != TOK_WHILE && k != TOK_AT) || a != s + 1)
            return false;
    } else {
        const LexToken *before = tok(sc, a - 1);
        int open = a - 1;
        if (before->kind == TOK_COMMA && before->level == t->level) {
            while (open >= 0 && !(is_open(kind_at(sc, open)) && tok(sc, open)->level == t->level - 1))
                open--;
        } else if (!is_open(before->kind)) {
            return false;
        }
        if (open < 0) return false;
        int ko = kind_at(sc, open);
        if (ko == TOK_LPAR && ends_atom(kind_at(sc, open - 1))) return false;   /* a call */
        if (ko != TOK_LPAR && ko != TOK_LSQB && ko != TOK_LBRACE) return false;
    }
    int b = probe(ps, sc, TOK_START_PROBE_EXPR, li + 1);
    if (b < 0) return false;
    int n = kind_at(sc, b + 1);
    if (n == TOK_EQUAL || n == TOK_COLONEQUAL) return false;
    if (li == a + 1 && kind_at(sc, a) == TOK_NAME) {
        error_toks(ps, "SyntaxError", tok(sc, a), tok(sc, b),
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    const char *what = primary_name(sc, a, li - 1);
    if (!what) return false;
    char msg[128];
    snprintf(msg, sizeof msg, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    error_toks(ps, "SyntaxError", tok(sc, a), tok(sc, li - 1), msg);
    return true;
}

const LexToken *parse_token_after(ParserState *ps, Loc l)
{
    Scan sc = {&ps->lx, false};
    int line = l.lineno - ps->line_base;
    for (int i = ps->lx.next - 1; i >= 0; i--) {
        const LexToken *t = tok(&sc, i);
        if (t->lineno == line && t->col == l.col_offset - (line == 1 ? ps->col_shift : 0))
            return tok(&sc, i + 1);
        if (t->lineno < line) break;
    }
    return NULL;
}

/* `f(x):` then no annotation: CPython never took `f(x)` for an annotation target, so it
 * reports the ':' itself. */
static bool annotation_colon(ParserState *ps, Scan *sc, int li)
{
    const LexToken *c = tok(sc, li - 1);
    if (!c || c->kind != TOK_COLON || c->level != 0 || li < 2) return false;
    int s = stmt_start(sc, li - 1);
    if (s >= li - 1 || block_keyword(kind_at(sc, s)) || kind_at(sc, s) == TOK_LAMBDA ||
        !ends_atom(kind_at(sc, li - 2)))
        return false;
    int a = expr_start(sc, li - 2);
    if (a != s) {
        error_toks(ps, "SyntaxError", c, c, "invalid syntax");
        return true;
    }
    if (a == li - 2 && kind_at(sc, a) == TOK_NAME) return false;
    const char *what = primary_name(sc, a, li - 2);
    if (what && (strcmp(what, "attribute") == 0 || strcmp(what, "subscript") == 0)) return false;
    if (kind_at(sc, a) == TOK_LPAR && li - 2 == a + 2 && kind_at(sc, a + 1) == TOK_NAME) return false;
    error_toks(ps, "SyntaxError", c, c, "invalid syntax");
    return true;
}

static bool expects(const int *expected, int n, int kind)
{
    for (int i = 0; i < n; i++)
        if (expected[i] == kind) return true;
    return false;
}

void parse_report_syntax_error(ParserState *ps, int lookahead_kind, const int *expected, int n)
{
    if (ps->probe_of) {
        /* the construct ended just before the failing token if it could end there */
        if (expects(expected, n, TOK_PROBE_STOP)) {
            ps->probe_end = ps->probe_pos - 2;
        } else if (lookahead_kind == TOK_EQUAL) {
            /* CPython's invalid_named_expression reads on after `name =` (the tokens matter
             * for the "was never closed" check that follows) */
            parse_probe(ps->probe_of, TOK_START_PROBE_EXPR, ps->probe_pos);
        }
        return;
    }
    if (ps->failed || ps->lex_failed) return;
    Lexer *lx = &ps->lx;
    Scan sc = {lx, false};
    int li = lx->next - 1;
    if (li < 0) {
        parse_error_last(ps, "invalid syntax");
        return;
    }
    const LexToken *t = tok(&sc, li);
    if (ps->mode == PARSE_SINGLE && ps->single_done && !ps->fstring) {
        if (ps->single_simple && li > 0) {
            const LexToken *p = tok(&sc, li - 1);
            error_toks(ps, "SyntaxError", p, p,
                       "multiple statements found while compiling a single statement");
        } else {
            error_toks(ps, "SyntaxError", t, t, "invalid syntax");
        }
        return;
    }
    if (missing_block(ps, &sc, li)) return;
    if (t->kind == TOK_INDENT) {
        parse_error_raw(ps, "IndentationError", t->lineno + ps->line_base, t->col,
                        t->lineno + ps->line_base, -1, "unexpected indent");
        ps->no_rescan = true;
        return;
    }
    if (expects(expected, n, TOK_EXCEPT) && expects(expected, n, TOK_FINALLY) &&
        t->kind != TOK_EXCEPT && t->kind != TOK_FINALLY) {
        parse_error_last(ps, "expected 'except' or 'finally' block");
        return;
    }
    if (parenthesized_params(ps, &sc, li) || bare_star_or_default(ps, &sc, li) ||
        dict_missing_colon(ps, &sc, li))
        return;
    if (missing_colon(ps, &sc, li) || eq_in_condition(ps, &sc, li) ||
        legacy_print(ps, &sc, li) || missing_comma(ps, &sc, li) || missing_else(ps, &sc, li))
        return;
    if (sc.lex_failed) return;      /* the lexical error found while looking ahead wins */
    if (annotation_colon(ps, &sc, li)) return;
    if (t->kind == TOK_YYEOF) {
        parse_error_raw(ps, "SyntaxError", t->lineno + ps->line_base, 0, t->lineno + ps->line_base,
                        0, "invalid syntax");
        return;
    }
    if (t->kind == TOK_DEDENT) {
        parse_error_raw(ps, "IndentationError", t->lineno + ps->line_base, t->col,
                        t->lineno + ps->line_base, -1, "unexpected unindent");
        ps->no_rescan = true;
        return;
    }
    error_toks(ps, "SyntaxError", t, t, "invalid syntax");
}
