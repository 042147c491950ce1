/* parser_internal.h: what the bison grammar (parser/grammar.y) shares with the other parser
 * files: the parser state, the shapes the grammar builds before they become AST nodes (parameter
 * and argument items), node constructors, and the checks that give CPython's error messages.
 * Not for use outside parser/ and lexer/ (and the front end's unit tests). */
#ifndef TALLY_PARSER_INTERNAL_H
#define TALLY_PARSER_INTERNAL_H

#include "parser/parser.h"
#include "lexer/lexer.h"

/* Expression trees deeper than this are a SyntaxError ("too many nested parentheses") so the
 * compiler and ast_dump can recurse without running out of C stack. CPython 3.11 gives up
 * (RecursionError) near 3000. */
#define MAX_AST_DEPTH 2000

typedef struct ParserState {
    Lexer lx;
    AstArena *arena;
    SyntaxErrorInfo *err;
    ParseMode mode;
    bool fstring;               /* parsing an f-string replacement field "(expr)" */
    bool started;               /* the START_* token has been handed to bison */
    bool failed;                /* err holds an error raised by the parser (not the lexer) */
    bool lex_failed;            /* the lexer's error was delivered and copied into err */
    bool no_rescan;             /* CPython does not tokenize the rest after this error */
    int nunits;                 /* statements (simple-statement lines count once) parsed */
    bool single_done;           /* PARSE_SINGLE: the one statement has been reduced */
    bool single_simple;         /* ... and it was a simple statement line */
    bool with_force_tuple;      /* `with (...)` items include a starred or := element */
    int last_kind;              /* kind of the last token handed to bison (0: none yet) */
    struct ParserState *probe_of;   /* a probe (see parse_probe) of this parser's tokens */
    int probe_start;            /* the probe's START_PROBE_* token */
    int probe_pos;              /* next token of probe_of's history to hand out */
    int probe_limit;            /* hand out PROBE_STOP at this index (-1: never) */
    int probes_active;          /* probes of this parser now running (bounds their nesting) */
    int probe_end;              /* result: last token of the construct, or -1 */
    bool probe_lex_failed;      /* the probe met a lexical error */
    Stmt *semi_stmt;            /* the last statement seen before a line-ending ';' ... */
    Loc semi_loc;               /* ... and that ';' */
    int line_base;              /* f-string field: added to token lines ... */
    int col_shift;              /* ... and to columns on the field's first line */
    Module *result;
} ParserState;

/* A parameter as the grammar sees it, before the order checks build an Arguments. */
typedef enum { PARAM_PLAIN, PARAM_STAR, PARAM_DSTAR, PARAM_SLASH } ParamKind;
typedef struct ParamItem {
    ParamKind kind;
    Arg *arg;                   /* NULL for a bare '*' and for '/' */
    Expr *def;                  /* default value, or NULL */
    Loc loc;                    /* the whole item */
    Loc def_loc;                /* the '=' default part, where there is one */
} ParamItem;

/* A call argument as the grammar sees it, before the order checks. */
typedef enum { ARG_POS, ARG_STAR, ARG_KEYWORD, ARG_DSTAR, ARG_GENEXP } ArgItemKind;
typedef struct ArgItem {
    ArgItemKind kind;
    Expr *value;                /* the value (Starred for *x, GeneratorExp for ARG_GENEXP) */
    Expr *target;               /* ARG_KEYWORD: what stood left of '=' */
    Loc loc;
    Loc eq_loc;                 /* ARG_KEYWORD: from the target to the '=' */
} ArgItem;

/* A bracketed list as parsed: elements, whether a comma was seen, or a comprehension. */
typedef struct SeqBuild {
    AstVec elts;
    bool comma;
    AstVec gens;                /* Comprehension*, non-empty for a comprehension */
} SeqBuild;

/* A dict or set display as parsed. */
typedef struct DictBuild {
    bool is_dict;
    AstVec keys, values;        /* dict: keys[i] NULL for **values[i]; set: values */
    AstVec gens;
} DictBuild;

/* What the targets are being checked for (selects CPython's wording). */
typedef enum {
    TARGET_ASSIGN1,             /* first target of `a = b`: may get "cannot assign to X here.
                                 * Maybe you meant '==' instead of '='?" */
    TARGET_ASSIGN,              /* later targets, annotated targets: "cannot assign to X" */
    TARGET_PLAIN,               /* for/with/comprehension targets: "cannot assign to X" */
    TARGET_DEL                  /* "cannot delete X" */
} TargetKind;

/* -- parser.c ------------------------------------------------------------------------------ */
/* Records a parser error at [loc] (0-based byte columns) unless one is already recorded.
 * Always returns -1 so actions can write `if (...) return parse_fail(...)`. */
int parse_error_at(ParserState *ps, const char *type, Loc loc, const char *fmt, ...)
    PRINTF_LIKE(4, 5);
/* Same, located at the lookahead token (CPython's RAISE_SYNTAX_ERROR without a location). */
int parse_error_last(ParserState *ps, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* Same with raw CPython offsets (already 1-based, in characters). */
int parse_error_raw(ParserState *ps, const char *type, int lineno, int offset, int end_lineno,
                    int end_offset, const char *fmt, ...) PRINTF_LIKE(7, 8);
/* Parses [len] bytes of an f-string field as "(expr)"; returns the expression or NULL with
 * ps->err set. [lineno]/[col] locate the field's first character in the real source. */
Expr *parse_fstring_field(ParserState *ps, const char *text, size_t len, int lineno, int col);
/* The location of lexer token [t] in the real source (f-string fields are shifted). */
Loc parse_token_loc(const ParserState *ps, const LexToken *t);
/* Bison's name for token kind [kind] ("identifier", "'('", ...). Defined in grammar.y. */
const char *parse_token_name(int kind);
/* Runs bison over [ps] (defined in grammar.y). 0 ok, 1 syntax error, 2 out of memory. */
int parse_run(ParserState *ps);
/* Parses, with a throw-away parser, the construct [start] (TOK_START_PROBE_TEST: an
 * expression, _TSE: star expressions, _EXPR: a bitwise-or expression) from token [index] of
 * [ps]'s history, as CPython's second pass would. Returns the index of its last token, -1 if
 * none parses there, or -2 if a lexical error was met on the way (it then wins). */
int parse_probe(ParserState *ps, int start, int index);
/* The token that follows the one at [l] (scanning ahead if needed), or NULL. */
const LexToken *parse_token_after(ParserState *ps, Loc l);
/* Called by bison on a syntax error at the lookahead token (heuristics live in errors.c). */
void parse_report_syntax_error(ParserState *ps, int lookahead_kind, const int *expected, int n);

/* -- actions.c ----------------------------------------------------------------------------- */
Expr *ast_new_expr(ParserState *ps, ExprKind kind, Loc loc);
Stmt *ast_new_stmt(ParserState *ps, StmtKind kind, Loc loc);
/* Raises depth of [e] to cover [child]; records "too many nested parentheses" past the limit.
 * Returns -1 on that error. */
int ast_child(ParserState *ps, Expr *e, const Expr *child);
Expr *ast_name(ParserState *ps, const char *id, Loc loc);
Expr *ast_const(ParserState *ps, ConstKind kind, Loc loc);
Expr *ast_binop(ParserState *ps, Expr *l, BinaryOperator op, Expr *r, Loc loc);
Expr *ast_unaryop(ParserState *ps, UnaryOperator op, Expr *operand, Loc loc);
Expr *ast_boolop(ParserState *ps, BoolOperator op, AstVec values, Loc loc);
/* left OP right; with [extend], [left] is a Compare that gets one more operator instead. */
Expr *ast_compare(ParserState *ps, Expr *left, bool extend, CmpOperator op, Expr *right, Loc loc);
Expr *ast_seq(ParserState *ps, ExprKind kind, AstVec elts, Loc loc);       /* List/Tuple/Set */
Expr *ast_tuple_or_single(ParserState *ps, SeqBuild *sb, Loc loc);
Expr *ast_paren(ParserState *ps, SeqBuild *sb, Loc loc);                   /* ( ... ) */
Expr *ast_bracket(ParserState *ps, SeqBuild *sb, Loc loc);                 /* [ ... ] */
Expr *ast_brace(ParserState *ps, DictBuild *db, Loc loc);                  /* { ... } */
Expr *ast_unary1(ParserState *ps, ExprKind kind, Expr *value, Loc loc);    /* Starred/Yield.. */
Expr *ast_attribute(ParserState *ps, Expr *value, const char *attr, Loc loc);
Expr *ast_subscript(ParserState *ps, Expr *value, Expr *slice, Loc loc);
Expr *ast_slice(ParserState *ps, Expr *lower, Expr *upper, Expr *step, Loc loc);
Expr *ast_ifexp(ParserState *ps, Expr *body, Expr *test, Expr *orelse, Loc loc);
Expr *ast_lambda(ParserState *ps, Arguments *args, Expr *body, Loc loc);
Expr *ast_named(ParserState *ps, Expr *target, Expr *value, Loc loc);
Expr *ast_call(ParserState *ps, Expr *func, AstVec items, Loc loc);       /* ArgItem* */
int ast_call_trailing_comma(ParserState *ps, AstVec items);  /* f(x for x in y,) is an error */
/* The `t=` of a keyword argument must be a plain name (checked as soon as the '=' is seen, as
 * CPython's invalid_kwarg does). [item_start]: where the argument starts. */
int ast_check_keyword(ParserState *ps, Expr *t, Loc item_start, Loc eq_loc);
Comprehension *ast_comprehension(ParserState *ps, Expr *target, Expr *iter, AstVec ifs);
Expr *ast_genexp(ParserState *ps, Expr *elt, AstVec gens, Loc loc);
/* Checks [e] as an assignment/del target and sets its context. 0, or -1 with the error set. */
int ast_set_target(ParserState *ps, Expr *e, ExprContext ctx, TargetKind kind);
int ast_check_aug_target(ParserState *ps, Expr *e);
/* Builds Arguments from ParamItem* [items]; [lambda] selects CPython's lambda wording. */
Arguments *ast_arguments(ParserState *ps, AstVec items, bool lambda);
Arg *ast_arg(ParserState *ps, const char *name, Expr *annotation, Loc loc);
Alias *ast_alias(ParserState *ps, const char *name, const char *asname, Loc loc);
char *ast_dotted(ParserState *ps, const char *a, const char *b);          /* "a.b" */
Module *ast_module(ParserState *ps, AstVec body);
int ast_vec_extend(ParserState *ps, AstVec *dst, AstVec src);
AstVec ast_vec1(ParserState *ps, void *item);

/* -- strings.c ----------------------------------------------------------------------------- */
/* Concatenates adjacent string tokens [toks] (LexToken*) into a Constant or JoinedStr.
 * NULL with ps->err set on a bad escape, bytes/str mixing or an f-string error. */
Expr *parse_strings(ParserState *ps, AstVec toks, Loc loc);

#endif
