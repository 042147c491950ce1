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

/* The last token of the expression starting at [i] (unary operators, atoms with trailers,
 * binary operators, `x if c else y`), or -1. */
static int expr_end(Scan *sc, int i)
{
    for (;;) {
        int k = kind_at(sc, i);
        while (k == TOK_MINUS || k == TOK_PLUS || k == TOK_TILDE || k == TOK_NOT || k == TOK_AWAIT)
            k = kind_at(sc, ++i);
        if (k == TOK_LAMBDA) {
            const LexToken *t0 = tok(sc, i);
            int level = t0->level;
            for (i++;; i++) {
                const LexToken *t = tok(sc, i);
                if (!t || t->kind == TOK_YYEOF || t->level < level) return -1;
                if (t->kind == TOK_COLON && t->level == level) break;
            }
            i++;
            continue;
        }
        if (!starts_atom(k)) return -1;
        if (is_open(k)) {
            i = match(sc, i);
            if (i < 0) return -1;
        } else if (k == TOK_STRING) {
            while (kind_at(sc, i + 1) == TOK_STRING) i++;
        }
        for (;;) {
            int n = kind_at(sc, i + 1);
            if (n == TOK_LPAR || n == TOK_LSQB) {
                i = match(sc, i + 1);
                if (i < 0) return -1;
            } else if (n == TOK_DOT && kind_at(sc, i + 2) == TOK_NAME) {
                i += 2;
            } else {
                break;
            }
        }
        int n = kind_at(sc, i + 1);
        if (n == TOK_NOT && kind_at(sc, i + 2) == TOK_IN) { i += 3; continue; }
        if (n == TOK_IS && kind_at(sc, i + 2) == TOK_NOT) { i += 3; continue; }
        if (is_binop(n) || n == TOK_IF || n == TOK_ELSE) { i += 2; continue; }
        return i;
    }
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
        if (k == TOK_CLASS && (li - s < 2 || kind_at(sc, s + 1) != TOK_NAME)) return false;
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
    int end = expr_end(sc, li);
    while (end >= 0 && kind_at(sc, end + 1) == TOK_COMMA) {
        int k = kind_at(sc, end + 2);
        if (!starts_atom(k) && k != TOK_MINUS && k != TOK_PLUS && k != TOK_TILDE && k != TOK_NOT)
            break;
        int e2 = expr_end(sc, end + 2);
        if (e2 < 0) break;
        end = e2;
    }
    if (sc->lex_failed || end < 0) return false;
    char msg[128];
    snprintf(msg, sizeof msg, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
             p->str, p->str);
    error_toks(ps, "SyntaxError", p, tok(sc, end), msg);
    return true;
}

/* Two expressions side by side inside brackets: "invalid syntax. Perhaps you forgot a comma?" */
static bool missing_comma(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    if (t->level == 0 || !starts_atom(t->kind) || t->kind == TOK_LPAR || t->kind == TOK_LSQB)
        return false;
    if (!ends_atom(kind_at(sc, li - 1))) return false;
    /* a comprehension's `for ... in x` is not parsed as an expression */
    for (int i = li - 1; i >= 0; i--) {
        const LexToken *u = tok(sc, i);
        if (u->level < t->level) break;
        if (u->level == t->level && u->kind == TOK_FOR) return false;
    }
    int a = expr_start(sc, li - 1);
    if (a < 0) return false;
    const LexToken *at = tok(sc, a);
    if (at->kind == TOK_NAME && kind_at(sc, a + 1) == TOK_STRING) return false;
    if (at->kind == TOK_NAME && (strcmp(at->str, "match") == 0 || strcmp(at->str, "case") == 0 ||
                                 strcmp(at->str, "_") == 0))
        return false;
    int b = expr_end(sc, li);
    if (sc->lex_failed || b < 0) return false;
    error_toks(ps, "SyntaxError", at, tok(sc, b), "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

/* `a if b` without else: "expected 'else' after 'if' expression". */
static bool missing_else(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    if (t->kind == TOK_ELSE || t->kind == TOK_COLON) return false;
    int i = li - 1, level = t->level;
    for (; i > 0; i--) {
        const LexToken *u = tok(sc, i);
        if (u->level < level || u->kind == TOK_NEWLINE || u->kind == TOK_INDENT ||
            u->kind == TOK_DEDENT || u->kind == TOK_COMMA || u->kind == TOK_EQUAL ||
            u->kind == TOK_FOR || u->kind == TOK_ELSE || u->kind == TOK_LAMBDA)
            return false;
        if (u->kind == TOK_IF && u->level == level) break;
    }
    if (i <= 0 || i == li - 1 || !ends_atom(kind_at(sc, i - 1))) return false;
    int s = line_start(sc, i);
    if (s == i) return false;
    for (int j = i - 1; j >= s; j--) {     /* a comprehension's `if` needs no else */
        const LexToken *u = tok(sc, j);
        if (u->level < level) break;
        if (u->level == level && u->kind == TOK_FOR) return false;
    }
    int a = expr_start(sc, i - 1);
    if (a < 0) return false;
    error_toks(ps, "SyntaxError", tok(sc, a), tok(sc, li - 1), "expected 'else' after 'if' expression");
    return true;
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

/* `if x = 1:` and the like, where CPython's invalid_named_expression reports the '='. */
static bool eq_in_condition(ParserState *ps, Scan *sc, int li)
{
    const LexToken *t = tok(sc, li);
    if (t->kind != TOK_EQUAL || t->level != 0) return false;
    int s = line_start(sc, li);
    int k = kind_at(sc, s);
    if ((k != TOK_IF && k != TOK_ELIF && k != TOK_WHILE) || li < s + 2) return false;
    int a = expr_start(sc, li - 1);
    if (a != s + 1) return false;
    int b = expr_end(sc, li + 1);
    if (sc->lex_failed || b < 0) return false;
    int n = kind_at(sc, b + 1);
    if (n == TOK_EQUAL || n == TOK_COLONEQUAL) return false;
    if (li == s + 2 && kind_at(sc, s + 1) == TOK_NAME) {
        error_toks(ps, "SyntaxError", tok(sc, s + 1), tok(sc, b),
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

static bool expects(const int *expected, int n, int kind)
{
    for (int i = 0; i < n; i++)
        if (expected[i] == kind) return true;
    return false;
}

void parse_report_syntax_error(ParserState *ps, int lookahead_kind, const int *expected, int n)
{
    (void)lookahead_kind;
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
        return;
    }
    if (expects(expected, n, TOK_EXCEPT) && expects(expected, n, TOK_FINALLY) &&
        t->kind != TOK_EXCEPT && t->kind != TOK_FINALLY) {
        parse_error_last(ps, "expected 'except' or 'finally' block");
        return;
    }
    if (missing_colon(ps, &sc, li) || eq_in_condition(ps, &sc, li) ||
        legacy_print(ps, &sc, li) || missing_comma(ps, &sc, li) || missing_else(ps, &sc, li))
        return;
    if (sc.lex_failed) return;      /* the lexical error found while looking ahead wins */
    if (t->kind == TOK_YYEOF) {
        parse_error_raw(ps, "SyntaxError", t->lineno + ps->line_base, 0, t->lineno + ps->line_base,
                        0, "invalid syntax");
        return;
    }
    if (t->kind == TOK_DEDENT) {
        parse_error_raw(ps, "IndentationError", t->lineno + ps->line_base, t->col,
                        t->lineno + ps->line_base, -1, "unexpected unindent");
        return;
    }
    error_toks(ps, "SyntaxError", t, t, "invalid syntax");
}
