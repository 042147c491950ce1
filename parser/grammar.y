/* grammar.y: the Python 3.11 grammar (without async/await) as a pure, reentrant
 * LALR(1) bison parser with locations, building the AST of parser/ast.h.
 * bison -Wall -d parser/grammar.y -o build/gen/grammar.tab.c
 * The PEG grammar of CPython is not LALR(1) in a few places; the usual answers are used:
 * assignment targets are parsed as expressions and checked afterwards (parser/actions.c),
 * parameters and call arguments are flat lists checked for order, and the lexer turns the '('
 * of `with (a as b, c):` into WITH_LPAREN by looking ahead to the ':'. One start symbol per
 * ParseMode, chosen by a first pseudo-token. */

%code requires {
#include "parser/parser_internal.h"
}

%define api.pure full
%define api.location.type {Loc}
%define api.token.prefix {TOK_}
%define parse.error custom
%locations
%param {ParserState *ps}
%expect 0

%code {
#include <string.h>

int yylex(YYSTYPE *lval, Loc *lloc, ParserState *ps);
static void yyerror(Loc *lloc, ParserState *ps, const char *msg);

#define YYMAXDEPTH 10000
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                         \
    do {                                                                    \
        if (N) {                                                            \
            (Cur).lineno = YYRHSLOC(Rhs, 1).lineno;                         \
            (Cur).col_offset = YYRHSLOC(Rhs, 1).col_offset;                 \
            (Cur).end_lineno = YYRHSLOC(Rhs, N).end_lineno;                 \
            (Cur).end_col_offset = YYRHSLOC(Rhs, N).end_col_offset;         \
        } else {                                                            \
            (Cur).lineno = (Cur).end_lineno = YYRHSLOC(Rhs, 0).end_lineno;  \
            (Cur).col_offset = (Cur).end_col_offset =                       \
                YYRHSLOC(Rhs, 0).end_col_offset;                            \
        }                                                                   \
    } while (0)

/* Actions: stop the parse when a helper failed (it recorded the error). */
#define CK(x) do { if (!(x)) YYABORT; } while (0)
#define CKI(x) do { if ((x) < 0) YYABORT; } while (0)

static Loc span(Loc a, Loc b)
{
    Loc l = a;
    l.end_lineno = b.end_lineno;
    l.end_col_offset = b.end_col_offset;
    return l;
}

/* A compound statement ends where the last token of its last block ends (CPython skips
 * NEWLINE/INDENT/DEDENT, so a trailing ';' counts). */
#define span_block(a, body) span_block_(ps, (a), (body))
static Loc span_block_(ParserState *ps, Loc a, AstVec body)
{
    if (body.len == 0) return a;
    Stmt *last = body.items[body.len - 1];
    return span(a, last == ps->semi_stmt ? ps->semi_loc : last->loc);
}

static Stmt *mk_if(ParserState *ps, StmtKind kind, Expr *test, AstVec body, AstVec orelse, Loc l)
{
    Stmt *s = ast_new_stmt(ps, kind, span_block(span_block(l, body), orelse));
    if (!s) return NULL;
    s->v.if_.test = test;
    s->v.if_.body = body;
    s->v.if_.orelse = orelse;
    return s;
}

static Stmt *mk_expr_stmt(ParserState *ps, Expr *e, Loc l)
{
    Stmt *s = ast_new_stmt(ps, STMT_EXPR, l);
    if (s) s->v.expr.value = e;
    return s;
}

/* An assignment target; an unparenthesized yield gets CPython's special message. */
static int assign_target(ParserState *ps, Expr *e, Loc l, TargetKind kind)
{
    if ((e->kind == EXPR_YIELD || e->kind == EXPR_YIELD_FROM) &&
        e->loc.col_offset == l.col_offset && e->loc.lineno == l.lineno)
        return parse_error_at(ps, "SyntaxError", e->loc, "assignment to yield expression not possible");
    return ast_set_target(ps, e, CTX_STORE, kind);
}

static int check_ann_target(ParserState *ps, Expr *e)
{
    if (e->kind == EXPR_TUPLE)
        return parse_error_at(ps, "SyntaxError", e->loc, "only single target (not tuple) can be annotated");
    if (e->kind == EXPR_LIST)
        return parse_error_at(ps, "SyntaxError", e->loc, "only single target (not list) can be annotated");
    if (e->kind != EXPR_NAME && e->kind != EXPR_ATTRIBUTE && e->kind != EXPR_SUBSCRIPT)
        return parse_error_at(ps, "SyntaxError", e->loc, "illegal target for annotation");
    return ast_set_target(ps, e, CTX_STORE, TARGET_ASSIGN);
}

static SeqBuild seq1(ParserState *ps, Expr *e)
{
    SeqBuild sb;
    memset(&sb, 0, sizeof sb);
    sb.elts = ast_vec1(ps, e);
    return sb;
}

static Expr *number(ParserState *ps, LexToken *t, Loc l)
{
    Expr *e = ast_const(ps, (ConstKind)t->num_kind, l);
    if (e) e->v.constant.text = t->str;
    return e;
}

/* Appends [item] (NULL: a failed constructor, whose error is recorded) to [v]. */
static int push(ParserState *ps, AstVec *v, void *item)
{
    if (!item) return -1;
    if (ast_vec_push(ps->arena, v, item) < 0)
        return parse_error_at(ps, "MemoryError", (Loc){0, 0, 0, 0}, "out of memory");
    return 0;
}

/* The items of `with ( ... ):`. A starred or := item means the parentheses were a tuple
 * after all (CPython's first alternative fails and the second parses one expression). */
static int with_paren_items(ParserState *ps, AstVec *items, bool comma, Loc loc)
{
    if (!ps->with_force_tuple) return 0;
    AstVec elts = {0};
    for (int i = 0; i < items->len; i++) {
        WithItem *w = items->items[i];
        if (w->optional_vars) {
            parse_error_at(ps, "SyntaxError", w->optional_vars->loc, "invalid syntax");
            return -1;
        }
        if (push(ps, &elts, w->context_expr) < 0) return -1;
    }
    WithItem *w = items->items[0];
    if (elts.len > 1 || comma) {
        w->context_expr = ast_seq(ps, EXPR_TUPLE, elts, loc);
        if (!w->context_expr) return -1;
    }
    items->len = 1;
    return 0;
}
/* ---- match-statement patterns ---- */

static Pattern *mk_pat(ParserState *ps, PatternKind kind, Loc l)
{
    Pattern *p = ast_alloc(ps->arena, sizeof *p);
    if (!p) {
        parse_error_at(ps, "MemoryError", l, "out of memory");
        return NULL;
    }
    p->kind = kind;
    p->loc = l;
    return p;
}

/* A bracketed or open list of patterns: a group "(p)" stays p unless [always_seq] or a comma. */
static Pattern *pat_seq(ParserState *ps, SeqBuild *sb, bool always_seq, Loc l)
{
    if (!always_seq && !sb->comma && sb->elts.len == 1) {
        Pattern *p = sb->elts.items[0];
        if (p->kind == PAT_STAR) {     /* CPython fails at the token after `*name` */
            for (int i = ps->lx.next > 0 ? ps->lx.next - 1 : 0;; i++) {
                const LexToken *t = lex_token_at(&ps->lx, i);
                if (!t) break;
                Loc tl = parse_token_loc(ps, t);
                if (tl.lineno > p->loc.end_lineno || (tl.lineno == p->loc.end_lineno &&
                                                      tl.col_offset >= p->loc.end_col_offset)) {
                    parse_error_at(ps, "SyntaxError", tl, "invalid syntax");
                    return NULL;
                }
            }
            parse_error_last(ps, "invalid syntax");
            return NULL;
        }
        return p;
    }
    Pattern *p = mk_pat(ps, PAT_SEQUENCE, l);
    if (p) p->v.seq.patterns = sb->elts;
    return p;
}

static Pattern *pat_or(ParserState *ps, AstVec alts, Loc l)
{
    if (alts.len == 1) return alts.items[0];
    Pattern *p = mk_pat(ps, PAT_OR, l);
    if (p) p->v.seq.patterns = alts;
    return p;
}

static Pattern *pat_literal(ParserState *ps, Expr *e, Loc l)
{
    if (e->kind == EXPR_CONST && (e->v.constant.kind == CONST_NONE ||
                                  e->v.constant.kind == CONST_TRUE ||
                                  e->v.constant.kind == CONST_FALSE)) {
        Pattern *p = mk_pat(ps, PAT_SINGLETON, l);
        if (p) p->v.singleton.value = e->v.constant.kind;
        return p;
    }
    if (e->kind == EXPR_BINOP) {
        Expr *r = e->v.binop.right, *le = e->v.binop.left;
        if (le->kind == EXPR_UNARYOP) le = le->v.unaryop.operand;
        if (r->v.constant.kind != CONST_IMAG) {
            parse_error_at(ps, "SyntaxError", r->loc, "imaginary number required in complex literal");
            return NULL;
        }
        if (le->v.constant.kind == CONST_IMAG) {
            parse_error_at(ps, "SyntaxError", le->loc, "real number required in complex literal");
            return NULL;
        }
    }
    Pattern *p = mk_pat(ps, PAT_VALUE, l);
    if (p) p->v.value.value = e;
    return p;
}

/* {k: p, ..., **rest}: [items] are one-pair PAT_MAPPING nodes. */
static Pattern *pat_map(ParserState *ps, AstVec items, const char *rest, Loc l)
{
    Pattern *p = mk_pat(ps, PAT_MAPPING, l);
    if (!p) return NULL;
    for (int i = 0; i < items.len; i++) {
        Pattern *it = items.items[i];
        if (push(ps, &p->v.mapping.keys, it->v.mapping.keys.items[0]) < 0 ||
            push(ps, &p->v.mapping.patterns, it->v.mapping.patterns.items[0]) < 0)
            return NULL;
    }
    p->v.mapping.rest = rest;
    return p;
}

/* cls(items): keyword items are PAT_CLASS nodes without cls. */
static Pattern *pat_class(ParserState *ps, Expr *cls, AstVec items, Loc l)
{
    Pattern *p = mk_pat(ps, PAT_CLASS, l);
    if (!p) return NULL;
    p->v.cls.cls = cls;
    for (int i = 0; i < items.len; i++) {
        Pattern *it = items.items[i];
        if (it->kind == PAT_CLASS && !it->v.cls.cls) {
            if (push(ps, &p->v.cls.kwd_attrs, it->v.cls.kwd_attrs.items[0]) < 0 ||
                push(ps, &p->v.cls.kwd_patterns, it->v.cls.kwd_patterns.items[0]) < 0)
                return NULL;
        } else if (p->v.cls.kwd_attrs.len) {
            parse_error_at(ps, "SyntaxError", it->loc, "positional patterns follow keyword patterns");
            return NULL;
        } else if (push(ps, &p->v.cls.patterns, it) < 0) {
            return NULL;
        }
    }
    return p;
}
}

%union {
    const char *str;
    Expr *expr;
    Stmt *stmt;
    AstVec vec;
    LexToken *tok;
    Arguments *args;
    Arg *arg;
    Comprehension *comp;
    int ival;
    ExceptHandler *handler;
    WithItem *witem;
    Alias *alias;
    ParamItem *param;
    ArgItem *argitem;
    SeqBuild seq;
    DictBuild dict;
    Pattern *pat;
    MatchCase *mcase;
}

%token <str> NAME "identifier"
%token <tok> NUMBER "number"
%token <tok> STRING "string"
%token NEWLINE "newline" INDENT "indent" DEDENT "dedent"
%token START_FILE START_SINGLE START_EVAL START_FSTRING
%token START_PROBE_TEST START_PROBE_TSE START_PROBE_EXPR START_PROBE_NAMED START_PROBE_OR
%token PROBE_STOP
%token WITH_LPAREN "'(' after with"
%token MATCH "soft keyword 'match'" CASE "soft keyword 'case'"
%token ERRORTOKEN "invalid token"
%token FALSE "False" NONE "None" TRUE "True" AND "and" AS "as" ASSERT "assert"
       ASYNC "async" AWAIT "await" BREAK "break" CLASS "class" CONTINUE "continue"
       DEF "def" DEL "del" ELIF "elif" ELSE "else" EXCEPT "except" FINALLY "finally"
       FOR "for" FROM "from" GLOBAL "global" IF "if" IMPORT "import" IN "in" IS "is"
       LAMBDA "lambda" NONLOCAL "nonlocal" NOT "not" OR "or" PASS "pass" RAISE "raise"
       RETURN "return" TRY "try" WHILE "while" WITH "with" YIELD "yield"
%token LPAR "(" RPAR ")" LSQB "[" RSQB "]" LBRACE "{" RBRACE "}" COLON ":" COMMA ","
       SEMI ";" PLUS "+" MINUS "-" STAR "*" SLASH "/" VBAR "|" AMPER "&" LESS "<"
       GREATER ">" EQUAL "=" DOT "." PERCENT "%" EQEQUAL "==" NOTEQUAL "!="
       LESSEQUAL "<=" GREATEREQUAL ">=" TILDE "~" CIRCUMFLEX "^" LEFTSHIFT "<<"
       RIGHTSHIFT ">>" DOUBLESTAR "**" PLUSEQUAL "+=" MINEQUAL "-=" STAREQUAL "*="
       SLASHEQUAL "/=" PERCENTEQUAL "%=" AMPEREQUAL "&=" VBAREQUAL "|="
       CIRCUMFLEXEQUAL "^=" LEFTSHIFTEQUAL "<<=" RIGHTSHIFTEQUAL ">>="
       DOUBLESTAREQUAL "**=" DOUBLESLASH "//" DOUBLESLASHEQUAL "//=" AT "@" ATEQUAL "@="
       RARROW "->" ELLIPSIS "..." COLONEQUAL ":="

%type <vec> stmts stmts1 stmt simple_stmts small_stmts block elifs else_opt handlers
%type <vec> decorators dotted_as_names import_as_names import_targets name_list strings
%type <vec> params param_list lparams lparam_list arglist arg_list comp_for comp_ifs
%type <vec> with_items wp_items assign_targets testlist_list
%type <stmt> small_stmt expr_stmt compound_stmt funcdef classdef with_stmt try_stmt
%type <stmt> import_stmt def_head ann_assign
%type <args> lambda_head
%type <expr> test or_test and_test not_test comparison expr xor_expr and_expr shift_expr
%type <expr> arith_expr term factor power atom_expr atom star_expr namedexpr_test
%type <expr> testlist_star_expr testlist yield_expr annotated_rhs lambdef opt_test
%type <expr> subscript subscriptlist tse_elem el_elem tc_elem exprlist_expr
%type <expr> decorator ret_opt
%type <seq> tse_list testlist_comp tc_list sub_list exprlist el_list
%type <dict> dictorsetmaker dict_list set_list
%type <param> param_item lparam_item
%type <arg> star_param
%type <argitem> argument
%type <comp> comp_clause
%type <handler> handler
%type <witem> with_item wp_item
%type <alias> dotted_as_name import_as_name
%type <str> dotted_name
%type <ival> comp_op augassign dots
%type <expr> annotation_opt star_annotation_opt
%type <vec> class_args
%type <stmt> match_stmt
%type <expr> subject_expr name_or_attr lit_expr signed_number opt_guard map_key
%type <vec> case_blocks or_alts map_items class_items
%type <mcase> case_block
%type <pat> patterns pattern closed_pattern star_pattern maybe_star_pattern class_item map_item
%type <seq> pattern_list

%%

start
    : START_FILE stmts                  { CK(ps->result = ast_module(ps, $2)); }
    | START_SINGLE                      { CK(ps->result = ast_module(ps, (AstVec){0})); }
    | START_SINGLE stmt                 { ps->single_done = true;
                                          CK(ps->result = ast_module(ps, $2)); }
    | START_EVAL testlist NEWLINE       { Stmt *s; CK(s = mk_expr_stmt(ps, $2, @2));
                                          CK(ps->result = ast_module(ps, ast_vec1(ps, s))); }
    | START_FSTRING testlist_star_expr NEWLINE
                                        { Stmt *s; CK(s = mk_expr_stmt(ps, $2, @2));
                                          CK(ps->result = ast_module(ps, ast_vec1(ps, s))); }
    /* error reporting probes how far an expression extends (PROBE_STOP never comes) */
    | START_PROBE_TEST test PROBE_STOP
    | START_PROBE_TSE testlist_star_expr PROBE_STOP
    | START_PROBE_EXPR expr PROBE_STOP
    | START_PROBE_NAMED namedexpr_test PROBE_STOP
    | START_PROBE_OR or_test PROBE_STOP
    ;

stmts
    : %empty                            { $$ = (AstVec){0}; }
    | stmts stmt                        { $$ = $1; CKI(ast_vec_extend(ps, &$$, $2)); ps->nunits++; }
    ;

stmts1
    : stmt                              { $$ = $1; }
    | stmts1 stmt                       { $$ = $1; CKI(ast_vec_extend(ps, &$$, $2)); }
    ;

stmt
    : simple_stmts                      { $$ = $1; ps->single_simple = true; }
    | compound_stmt                     { $$ = ast_vec1(ps, $1); ps->single_simple = false; }
    ;

simple_stmts
    : small_stmts NEWLINE               { $$ = $1; }
    | small_stmts SEMI NEWLINE          { $$ = $1;    /* a block ending here ends at the ';' */
                                          ps->semi_stmt = $1.items[$1.len - 1];
                                          ps->semi_loc = @2; }
    ;

small_stmts
    : small_stmt                        { $$ = ast_vec1(ps, $1); }
    | small_stmts SEMI small_stmt       { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

small_stmt
    : expr_stmt
    | DEL exprlist                      { CK($$ = ast_new_stmt(ps, STMT_DELETE, @$));
                                          $$->v.del.targets = $2.elts;
                                          for (int i = 0; i < $2.elts.len; i++)
                                              CKI(ast_set_target(ps, $2.elts.items[i], CTX_DEL, TARGET_DEL)); }
    | PASS                              { CK($$ = ast_new_stmt(ps, STMT_PASS, @$)); }
    | BREAK                             { CK($$ = ast_new_stmt(ps, STMT_BREAK, @$)); }
    | CONTINUE                          { CK($$ = ast_new_stmt(ps, STMT_CONTINUE, @$)); }
    | RETURN                            { CK($$ = ast_new_stmt(ps, STMT_RETURN, @$)); }
    | RETURN testlist_star_expr         { CK($$ = ast_new_stmt(ps, STMT_RETURN, @$));
                                          $$->v.ret.value = $2; }
    | RAISE                             { CK($$ = ast_new_stmt(ps, STMT_RAISE, @$)); }
    | RAISE test                        { CK($$ = ast_new_stmt(ps, STMT_RAISE, @$));
                                          $$->v.raise.exc = $2; }
    | RAISE test FROM test              { CK($$ = ast_new_stmt(ps, STMT_RAISE, @$));
                                          $$->v.raise.exc = $2; $$->v.raise.cause = $4; }
    | GLOBAL name_list                  { CK($$ = ast_new_stmt(ps, STMT_GLOBAL, @$));
                                          $$->v.global.names = $2; }
    | NONLOCAL name_list                { CK($$ = ast_new_stmt(ps, STMT_NONLOCAL, @$));
                                          $$->v.global.names = $2; }
    | ASSERT test                       { CK($$ = ast_new_stmt(ps, STMT_ASSERT, @$));
                                          $$->v.assert_.test = $2; }
    | ASSERT test COMMA test            { CK($$ = ast_new_stmt(ps, STMT_ASSERT, @$));
                                          $$->v.assert_.test = $2; $$->v.assert_.msg = $4; }
    | import_stmt
    ;

name_list
    : NAME                              { $$ = ast_vec1(ps, (void *)$1); }
    | name_list COMMA NAME              { $$ = $1; CKI(push(ps, &$$, (void *)$3)); }
    ;

/* ---- assignment and expression statements ---- */

expr_stmt
    : testlist_star_expr                { CK($$ = mk_expr_stmt(ps, $1, @$)); }
    | yield_expr                        { CK($$ = mk_expr_stmt(ps, $1, @$)); }
    | ann_assign                        { $$ = $1; }
    | ann_assign EQUAL annotated_rhs    { $$ = $1; $$->loc = @$; $$->v.annassign.value = $3; }
    | testlist_star_expr augassign annotated_rhs
                                        { CKI(ast_check_aug_target(ps, $1));
                                          CK($$ = ast_new_stmt(ps, STMT_AUGASSIGN, @$));
                                          $$->v.augassign.target = $1;
                                          $$->v.augassign.op = (BinaryOperator)$2;
                                          $$->v.augassign.value = $3; }
    | assign_targets annotated_rhs      { CK($$ = ast_new_stmt(ps, STMT_ASSIGN, @$));
                                          $$->v.assign.targets = $1;
                                          $$->v.assign.value = $2; }
    ;

/* `target: annotation`; the target is checked once the annotation is parsed, as CPython's
 * invalid_assignment rules do */
ann_assign
    : testlist_star_expr COLON test     { CKI(check_ann_target(ps, $1));
                                          CK($$ = ast_new_stmt(ps, STMT_ANNASSIGN, @$));
                                          $$->v.annassign.target = $1;
                                          $$->v.annassign.annotation = $3;
                                          $$->v.annassign.simple = $1->kind == EXPR_NAME &&
                                              $1->loc.col_offset == @1.col_offset; }
    ;

assign_targets
    : annotated_rhs EQUAL               { CKI(assign_target(ps, $1, @1, TARGET_ASSIGN1));
                                          $$ = ast_vec1(ps, $1); }
    | assign_targets annotated_rhs EQUAL
                                        { CKI(assign_target(ps, $2, @2, TARGET_ASSIGN));
                                          $$ = $1; CKI(push(ps, &$$, $2)); }
    ;

annotated_rhs
    : testlist_star_expr
    | yield_expr
    ;

augassign
    : PLUSEQUAL { $$ = OP_ADD; } | MINEQUAL { $$ = OP_SUB; } | STAREQUAL { $$ = OP_MULT; }
    | ATEQUAL { $$ = OP_MATMUL; } | SLASHEQUAL { $$ = OP_DIV; } | PERCENTEQUAL { $$ = OP_MOD; }
    | AMPEREQUAL { $$ = OP_BITAND; } | VBAREQUAL { $$ = OP_BITOR; }
    | CIRCUMFLEXEQUAL { $$ = OP_BITXOR; } | LEFTSHIFTEQUAL { $$ = OP_LSHIFT; }
    | RIGHTSHIFTEQUAL { $$ = OP_RSHIFT; } | DOUBLESTAREQUAL { $$ = OP_POW; }
    | DOUBLESLASHEQUAL { $$ = OP_FLOORDIV; }
    ;

/* ---- imports ---- */

import_stmt
    : IMPORT dotted_as_names            { CK($$ = ast_new_stmt(ps, STMT_IMPORT, @$));
                                          $$->v.import.names = $2; }
    | FROM dotted_name IMPORT import_targets
                                        { CK($$ = ast_new_stmt(ps, STMT_IMPORTFROM, @$));
                                          $$->v.importfrom.module = $2;
                                          $$->v.importfrom.names = $4; }
    | FROM dots dotted_name IMPORT import_targets
                                        { CK($$ = ast_new_stmt(ps, STMT_IMPORTFROM, @$));
                                          $$->v.importfrom.module = $3;
                                          $$->v.importfrom.level = $2;
                                          $$->v.importfrom.names = $5; }
    | FROM dots IMPORT import_targets   { CK($$ = ast_new_stmt(ps, STMT_IMPORTFROM, @$));
                                          $$->v.importfrom.level = $2;
                                          $$->v.importfrom.names = $4; }
    ;

dots
    : DOT                               { $$ = 1; }
    | ELLIPSIS                          { $$ = 3; }
    | dots DOT                          { $$ = $1 + 1; }
    | dots ELLIPSIS                     { $$ = $1 + 3; }
    ;

dotted_name
    : NAME
    | dotted_name DOT NAME              { CK($$ = ast_dotted(ps, $1, $3)); }
    ;

dotted_as_names
    : dotted_as_name                    { $$ = ast_vec1(ps, $1); }
    | dotted_as_names COMMA dotted_as_name
                                        { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

dotted_as_name
    : dotted_name                       { CK($$ = ast_alias(ps, $1, NULL, @$)); }
    | dotted_name AS NAME               { CK($$ = ast_alias(ps, $1, $3, @$)); }
    ;

import_targets
    : STAR                              { Alias *a; CK(a = ast_alias(ps, "*", NULL, @$));
                                          $$ = ast_vec1(ps, a); }
    | LPAR import_as_names RPAR         { $$ = $2; }
    | LPAR import_as_names COMMA RPAR   { $$ = $2; }
    | import_as_names
    | import_as_names COMMA             { const LexToken *n = parse_token_after(ps, @2);
                                          if (n && n->kind == TOK_NEWLINE)
                                              parse_error_last(ps,
                                                  "trailing comma not allowed without surrounding parentheses");
                                          else if (n)
                                              parse_error_at(ps, "SyntaxError", parse_token_loc(ps, n),
                                                             "invalid syntax");
                                          YYABORT; }
    ;

import_as_names
    : import_as_name                    { $$ = ast_vec1(ps, $1); }
    | import_as_names COMMA import_as_name
                                        { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

import_as_name
    : NAME                              { CK($$ = ast_alias(ps, $1, NULL, @$)); }
    | NAME AS NAME                      { CK($$ = ast_alias(ps, $1, $3, @$)); }
    ;

/* ---- compound statements ---- */

compound_stmt
    : match_stmt
    | IF namedexpr_test COLON block elifs else_opt
                                        { /* fold `elif`s into nested Ifs from the last one back */
                                          AstVec orelse = $6;
                                          for (int i = $5.len - 1; i >= 0; i--) {
                                              Stmt *s = $5.items[i];
                                              s->v.if_.orelse = orelse;
                                              s->loc = span_block(s->loc, orelse);
                                              orelse = ast_vec1(ps, s);
                                          }
                                          CK($$ = mk_if(ps, STMT_IF, $2, $4, orelse, @1)); }
    | WHILE namedexpr_test COLON block else_opt
                                        { CK($$ = mk_if(ps, STMT_WHILE, $2, $4, $5, @1)); }
    | FOR exprlist_expr IN testlist_star_expr COLON block else_opt
                                        { CK($$ = ast_new_stmt(ps, STMT_FOR,
                                                  span_block(span_block(@1, $6), $7)));
                                          $$->v.for_.target = $2; $$->v.for_.iter = $4;
                                          $$->v.for_.body = $6; $$->v.for_.orelse = $7; }
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorators funcdef                { $$ = $2; $$->v.funcdef.decorators = $1; }
    | decorators classdef               { $$ = $2; $$->v.classdef.decorators = $1; }
    ;

elifs       /* left-recursive so long elif chains do not grow bison's stack */
    : %empty                            { $$ = (AstVec){0}; }
    | elifs ELIF namedexpr_test COLON block
                                        { Stmt *s; CK(s = mk_if(ps, STMT_IF, $3, $5, (AstVec){0}, @2));
                                          $$ = $1; CKI(push(ps, &$$, s)); }
    ;

else_opt
    : %empty                            { $$ = (AstVec){0}; }
    | ELSE COLON block                  { $$ = $3; }
    ;

try_stmt
    : TRY COLON block handlers else_opt { CK($$ = ast_new_stmt(ps, STMT_TRY, span_block(
                                              span(@1, ((ExceptHandler *)$4.items[$4.len - 1])->loc), $5)));
                                          $$->v.try_.body = $3; $$->v.try_.handlers = $4;
                                          $$->v.try_.orelse = $5; }
    | TRY COLON block handlers else_opt FINALLY COLON block
                                        { CK($$ = ast_new_stmt(ps, STMT_TRY, span_block(@1, $8)));
                                          $$->v.try_.body = $3; $$->v.try_.handlers = $4;
                                          $$->v.try_.orelse = $5; $$->v.try_.finalbody = $8; }
    | TRY COLON block FINALLY COLON block
                                        { CK($$ = ast_new_stmt(ps, STMT_TRY, span_block(@1, $6)));
                                          $$->v.try_.body = $3; $$->v.try_.finalbody = $6; }
    ;

handlers
    : handler                           { $$ = ast_vec1(ps, $1); }
    | handlers handler                  { $$ = $1; CKI(push(ps, &$$, $2)); }
    ;

handler
    : EXCEPT COLON block                { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->body = $3; $$->loc = span_block(@1, $3); }
    | EXCEPT test COLON block           { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->type = $2; $$->body = $4;
                                          $$->loc = span_block(@1, $4); }
    | EXCEPT test AS NAME COLON block   { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->type = $2; $$->name = $4; $$->body = $6;
                                          $$->loc = span_block(@1, $6); }
    | EXCEPT test COMMA testlist_list COLON
                                        { parse_error_at(ps, "SyntaxError", span(@2, @4),
                                              "multiple exception types must be parenthesized");
                                          YYABORT; }
    | EXCEPT test COMMA testlist_list AS
                                        { parse_error_at(ps, "SyntaxError", span(@2, @4),
                                              "multiple exception types must be parenthesized");
                                          YYABORT; }
    ;

with_stmt
    : WITH with_items COLON block       { CK($$ = ast_new_stmt(ps, STMT_WITH, span_block(@1, $4)));
                                          $$->v.with.items = $2; $$->v.with.body = $4; }
    | WITH WITH_LPAREN wp_items RPAR COLON block
                                        { CKI(with_paren_items(ps, &$3, false, span(@2, @4)));
                                          CK($$ = ast_new_stmt(ps, STMT_WITH, span_block(@1, $6)));
                                          $$->v.with.items = $3; $$->v.with.body = $6; }
    | WITH WITH_LPAREN wp_items COMMA RPAR COLON block
                                        { CKI(with_paren_items(ps, &$3, true, span(@2, @5)));
                                          CK($$ = ast_new_stmt(ps, STMT_WITH, span_block(@1, $7)));
                                          $$->v.with.items = $3; $$->v.with.body = $7; }
    | WITH WITH_LPAREN RPAR COLON block { WithItem *w; CK(w = ast_alloc(ps->arena, sizeof *w));
                                          CK(w->context_expr = ast_seq(ps, EXPR_TUPLE, (AstVec){0}, span(@2, @3)));
                                          CK($$ = ast_new_stmt(ps, STMT_WITH, span_block(@1, $5)));
                                          $$->v.with.items = ast_vec1(ps, w); $$->v.with.body = $5; }
    | WITH WITH_LPAREN yield_expr RPAR COLON block
                                        { WithItem *w; CK(w = ast_alloc(ps->arena, sizeof *w));
                                          w->context_expr = $3;
                                          CK($$ = ast_new_stmt(ps, STMT_WITH, span_block(@1, $6)));
                                          $$->v.with.items = ast_vec1(ps, w); $$->v.with.body = $6; }
    | WITH WITH_LPAREN namedexpr_test comp_for RPAR COLON block
                                        { WithItem *w; CK(w = ast_alloc(ps->arena, sizeof *w));
                                          CK(w->context_expr = ast_genexp(ps, $3, $4, span(@2, @5)));
                                          CK($$ = ast_new_stmt(ps, STMT_WITH, span_block(@1, $7)));
                                          $$->v.with.items = ast_vec1(ps, w); $$->v.with.body = $7; }
    ;

with_items
    : with_item                         { $$ = ast_vec1(ps, $1); }
    | with_items COMMA with_item        { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

with_item
    : test                              { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->context_expr = $1; }
    | test AS expr                      { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          CKI(ast_set_target(ps, $3, CTX_STORE, TARGET_PLAIN));
                                          $$->context_expr = $1; $$->optional_vars = $3; }
    ;

wp_items
    : wp_item                           { $$ = ast_vec1(ps, $1); }
    | wp_items COMMA wp_item            { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

wp_item
    : with_item
    | star_expr                         { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->context_expr = $1; ps->with_force_tuple = true; }
    | test COLONEQUAL test              { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          CK($$->context_expr = ast_named(ps, $1, $3, @$));
                                          ps->with_force_tuple = true; }
    ;

funcdef
    : def_head ret_opt COLON block      { $$ = $1; $$->loc = span_block(@1, $4);
                                          $$->v.funcdef.returns = $2;
                                          $$->v.funcdef.body = $4; }
    ;

def_head
    : DEF NAME LPAR params RPAR         { CK($$ = ast_new_stmt(ps, STMT_FUNCTIONDEF, @$));
                                          $$->v.funcdef.name = $2;
                                          CK($$->v.funcdef.args = ast_arguments(ps, $4, false)); }
    ;

ret_opt
    : %empty                            { $$ = NULL; }
    | RARROW test                       { $$ = $2; }
    ;

classdef
    : CLASS NAME class_args COLON block { CK($$ = ast_new_stmt(ps, STMT_CLASSDEF, span_block(@1, $5)));
                                          $$->v.classdef.name = $2;
                                          $$->v.classdef.body = $5;
                                          Expr *call; CK(call = ast_call(ps, NULL, $3, @3));
                                          $$->v.classdef.bases = call->v.call.args;
                                          $$->v.classdef.keywords = call->v.call.keywords; }
    ;

class_args
    : %empty                            { $$ = (AstVec){0}; }
    | LPAR RPAR                         { $$ = (AstVec){0}; }
    | LPAR arglist RPAR                 { $$ = $2; }
    ;

decorators
    : decorator                         { $$ = ast_vec1(ps, $1); }
    | decorators decorator              { $$ = $1; CKI(push(ps, &$$, $2)); }
    ;

decorator
    : AT namedexpr_test NEWLINE         { $$ = $2; }
    ;

block
    : simple_stmts
    | NEWLINE INDENT stmts1 DEDENT      { $$ = $3; }
    ;


/* ---- match statement (PEP 634); MATCH and CASE come from the lexer glue (parser.c) ---- */

match_stmt
    : MATCH subject_expr COLON NEWLINE INDENT case_blocks DEDENT
                                        { CK($$ = ast_new_stmt(ps, STMT_MATCH, @1));
                                          $$->v.match.subject = $2; $$->v.match.cases = $6;
                                          MatchCase *lc = $6.items[$6.len - 1];
                                          $$->loc = span_block($$->loc, lc->body); }
    ;

subject_expr
    : testlist_star_expr
    | test COLONEQUAL test              { CK($$ = ast_named(ps, $1, $3, @$)); }
    ;

case_blocks
    : case_block                        { $$ = ast_vec1(ps, $1); }
    | case_blocks case_block            { $$ = $1; CKI(push(ps, &$$, $2)); }
    ;

case_block
    : CASE patterns opt_guard COLON block
                                        { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->pattern = $2; $$->guard = $3; $$->body = $5; }
    ;

opt_guard
    : %empty                            { $$ = NULL; }
    | IF namedexpr_test                 { $$ = $2; }
    ;

patterns
    : pattern_list                      { CK($$ = pat_seq(ps, &$1, false, @$)); }
    | pattern_list COMMA                { $1.comma = true; CK($$ = pat_seq(ps, &$1, false, @$)); }
    ;

pattern_list
    : maybe_star_pattern                { $$ = seq1(ps, (Expr *)$1); }
    | pattern_list COMMA maybe_star_pattern
                                        { $$ = $1; $$.comma = true; CKI(push(ps, &$$.elts, $3)); }
    ;

maybe_star_pattern
    : star_pattern
    | pattern
    ;

star_pattern
    : STAR NAME                         { CK($$ = mk_pat(ps, PAT_STAR, @$));
                                          $$->v.star.name = strcmp($2, "_") ? $2 : NULL; }
    ;

pattern
    : or_alts                           { CK($$ = pat_or(ps, $1, @$)); }
    | or_alts AS NAME                   { if (strcmp($3, "_") == 0) {
                                              parse_error_at(ps, "SyntaxError", @3,
                                                             "cannot use '_' as a target");
                                              YYABORT;
                                          }
                                          CK($$ = mk_pat(ps, PAT_AS, @$));
                                          CK($$->v.as.pattern = pat_or(ps, $1, @1));
                                          $$->v.as.name = $3; }
    ;

or_alts
    : closed_pattern                    { $$ = ast_vec1(ps, $1); }
    | or_alts VBAR closed_pattern       { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

closed_pattern
    : lit_expr                          { CK($$ = pat_literal(ps, $1, @$)); }
    | name_or_attr                      { if ($1->kind == EXPR_NAME) {
                                              CK($$ = mk_pat(ps, PAT_AS, @$));
                                              if (strcmp($1->v.name.id, "_"))
                                                  $$->v.as.name = $1->v.name.id;
                                          } else {
                                              CK($$ = mk_pat(ps, PAT_VALUE, @$));
                                              $$->v.value.value = $1;
                                          } }
    | LPAR RPAR                         { SeqBuild sb; memset(&sb, 0, sizeof sb);
                                          CK($$ = pat_seq(ps, &sb, true, @$)); }
    | LPAR pattern_list RPAR            { CK($$ = pat_seq(ps, &$2, false, @$)); }
    | LPAR pattern_list COMMA RPAR      { $2.comma = true; CK($$ = pat_seq(ps, &$2, false, @$)); }
    | LSQB RSQB                         { SeqBuild sb; memset(&sb, 0, sizeof sb);
                                          CK($$ = pat_seq(ps, &sb, true, @$)); }
    | LSQB pattern_list RSQB            { CK($$ = pat_seq(ps, &$2, true, @$)); }
    | LSQB pattern_list COMMA RSQB      { CK($$ = pat_seq(ps, &$2, true, @$)); }
    | LBRACE RBRACE                     { CK($$ = mk_pat(ps, PAT_MAPPING, @$)); }
    | LBRACE map_items RBRACE           { CK($$ = pat_map(ps, $2, NULL, @$)); }
    | LBRACE map_items COMMA RBRACE     { CK($$ = pat_map(ps, $2, NULL, @$)); }
    | LBRACE DOUBLESTAR NAME RBRACE     { CK($$ = pat_map(ps, (AstVec){0}, $3, @$)); }
    | LBRACE DOUBLESTAR NAME COMMA RBRACE
                                        { CK($$ = pat_map(ps, (AstVec){0}, $3, @$)); }
    | LBRACE map_items COMMA DOUBLESTAR NAME RBRACE
                                        { CK($$ = pat_map(ps, $2, $5, @$)); }
    | LBRACE map_items COMMA DOUBLESTAR NAME COMMA RBRACE
                                        { CK($$ = pat_map(ps, $2, $5, @$)); }
    | name_or_attr LPAR RPAR            { CK($$ = pat_class(ps, $1, (AstVec){0}, @$)); }
    | name_or_attr LPAR class_items RPAR
                                        { CK($$ = pat_class(ps, $1, $3, @$)); }
    | name_or_attr LPAR class_items COMMA RPAR
                                        { CK($$ = pat_class(ps, $1, $3, @$)); }
    ;

name_or_attr
    : NAME                              { CK($$ = ast_name(ps, $1, @$)); }
    | name_or_attr DOT NAME             { CK($$ = ast_attribute(ps, $1, $3, @$)); }
    ;

lit_expr
    : signed_number
    | signed_number PLUS NUMBER         { Expr *r; CK(r = number(ps, $3, @3));
                                          CK($$ = ast_binop(ps, $1, OP_ADD, r, @$)); }
    | signed_number MINUS NUMBER        { Expr *r; CK(r = number(ps, $3, @3));
                                          CK($$ = ast_binop(ps, $1, OP_SUB, r, @$)); }
    | strings                           { CK($$ = parse_strings(ps, $1, @$));
                                          if ($$->kind != EXPR_CONST) {
                                              parse_error_at(ps, "SyntaxError", @$, "patterns may "
                                                  "only match literals and attribute lookups");
                                              YYABORT;
                                          } }
    | NONE                              { CK($$ = ast_const(ps, CONST_NONE, @$)); }
    | TRUE                              { CK($$ = ast_const(ps, CONST_TRUE, @$)); }
    | FALSE                             { CK($$ = ast_const(ps, CONST_FALSE, @$)); }
    ;

signed_number
    : NUMBER                            { CK($$ = number(ps, $1, @$)); }
    | MINUS NUMBER                      { Expr *n; CK(n = number(ps, $2, @2));
                                          CK($$ = ast_unaryop(ps, UOP_USUB, n, @$)); }
    ;

map_items
    : map_item                          { $$ = ast_vec1(ps, $1); }
    | map_items COMMA map_item          { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

map_item
    : map_key COLON pattern             { CK($$ = mk_pat(ps, PAT_MAPPING, @$));   /* one pair */
                                          CKI(push(ps, &$$->v.mapping.keys, $1));
                                          CKI(push(ps, &$$->v.mapping.patterns, $3)); }
    ;

map_key
    : lit_expr
    | name_or_attr                      { if ($1->kind == EXPR_NAME) {
                                              parse_error_last(ps, "invalid syntax");
                                              YYABORT;
                                          }
                                          $$ = $1; }
    ;

class_items
    : class_item                        { $$ = ast_vec1(ps, $1); }
    | class_items COMMA class_item      { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

class_item
    : pattern
    | NAME EQUAL pattern                { CK($$ = mk_pat(ps, PAT_CLASS, @$));   /* cls NULL: kw */
                                          CKI(push(ps, &$$->v.cls.kwd_attrs, (void *)$1));
                                          CKI(push(ps, &$$->v.cls.kwd_patterns, $3)); }
    ;

/* ---- parameters ---- */

params
    : %empty                            { $$ = (AstVec){0}; }
    | param_list
    | param_list COMMA
    ;

param_list
    : param_item                        { $$ = ast_vec1(ps, $1); }
    | param_list COMMA param_item       { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

param_item
    : NAME annotation_opt               { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          CK($$->arg = ast_arg(ps, $1, $2, @$)); }
    | NAME annotation_opt EQUAL test    { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          CK($$->arg = ast_arg(ps, $1, $2, span(@1, @2)));
                                          $$->def = $4; $$->def_loc = span(@3, @4); }
    | STAR                              { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_STAR; }
    | STAR star_param                   { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_STAR; $$->arg = $2; }
    | STAR star_param EQUAL test        { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_STAR; $$->arg = $2; $$->def = $4;
                                          $$->def_loc = span(@3, @4); }
    | DOUBLESTAR NAME annotation_opt    { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_DSTAR;
                                          CK($$->arg = ast_arg(ps, $2, $3, span(@2, @3))); }
    | DOUBLESTAR NAME annotation_opt EQUAL test
                                        { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_DSTAR; $$->def = $5;
                                          $$->def_loc = span(@4, @5);
                                          CK($$->arg = ast_arg(ps, $2, $3, span(@2, @3))); }
    | SLASH                             { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_SLASH; }
    ;

star_param
    : NAME star_annotation_opt          { CK($$ = ast_arg(ps, $1, $2, @$)); }
    ;

annotation_opt
    : %empty                            { $$ = NULL; }
    | COLON test                        { $$ = $2; }
    ;

star_annotation_opt
    : %empty                            { $$ = NULL; }
    | COLON test                        { $$ = $2; }
    | COLON star_expr                   { $$ = $2; }
    ;

lparams
    : %empty                            { $$ = (AstVec){0}; }
    | lparam_list
    | lparam_list COMMA
    ;

lparam_list
    : lparam_item                       { $$ = ast_vec1(ps, $1); }
    | lparam_list COMMA lparam_item     { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

lparam_item
    : NAME                              { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          CK($$->arg = ast_arg(ps, $1, NULL, @$)); }
    | NAME EQUAL test                   { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          CK($$->arg = ast_arg(ps, $1, NULL, @1));
                                          $$->def = $3; $$->def_loc = span(@2, @3); }
    | STAR                              { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_STAR; }
    | STAR NAME                         { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_STAR;
                                          CK($$->arg = ast_arg(ps, $2, NULL, @2)); }
    | STAR NAME EQUAL test              { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_STAR; $$->def = $4;
                                          $$->def_loc = span(@3, @4);
                                          CK($$->arg = ast_arg(ps, $2, NULL, @2)); }
    | DOUBLESTAR NAME                   { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_DSTAR;
                                          CK($$->arg = ast_arg(ps, $2, NULL, @2)); }
    | DOUBLESTAR NAME EQUAL test        { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_DSTAR; $$->def = $4;
                                          $$->def_loc = span(@3, @4);
                                          CK($$->arg = ast_arg(ps, $2, NULL, @2)); }
    | SLASH                             { CK($$ = ast_alloc(ps->arena, sizeof *$$)); $$->loc = @$;
                                          $$->kind = PARAM_SLASH; }
    ;

/* ---- expressions ---- */

testlist_star_expr
    : tse_list                          { CK($$ = ast_tuple_or_single(ps, &$1, @$)); }
    | tse_list COMMA                    { $1.comma = true; CK($$ = ast_tuple_or_single(ps, &$1, @$)); }
    ;

tse_list
    : tse_elem                          { $$ = seq1(ps, $1); }
    | tse_list COMMA tse_elem           { $$ = $1; $$.comma = true; CKI(push(ps, &$$.elts, $3)); }
    ;

tse_elem
    : test
    | star_expr
    ;

testlist
    : testlist_list                     { SeqBuild sb = {$1, $1.len > 1, {0}};
                                          CK($$ = ast_tuple_or_single(ps, &sb, @$)); }
    | testlist_list COMMA               { SeqBuild sb = {$1, true, {0}};
                                          CK($$ = ast_tuple_or_single(ps, &sb, @$)); }
    ;

testlist_list
    : test                              { $$ = ast_vec1(ps, $1); }
    | testlist_list COMMA test          { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

exprlist_expr
    : exprlist                          { CK($$ = ast_tuple_or_single(ps, &$1, @$));
                                          CKI(ast_set_target(ps, $$, CTX_STORE, TARGET_PLAIN)); }
    ;

exprlist
    : el_list
    | el_list COMMA                     { $$ = $1; $$.comma = true; }
    ;

el_list
    : el_elem                           { $$ = seq1(ps, $1); }
    | el_list COMMA el_elem             { $$ = $1; $$.comma = true; CKI(push(ps, &$$.elts, $3)); }
    ;

el_elem
    : expr
    | star_expr
    ;

namedexpr_test
    : test
    | test COLONEQUAL test              { CK($$ = ast_named(ps, $1, $3, @$)); }
    ;

test
    : or_test
    | or_test IF or_test ELSE test      { CK($$ = ast_ifexp(ps, $1, $3, $5, @$)); }
    | lambdef
    ;

lambdef
    : lambda_head test                  { CK($$ = ast_lambda(ps, $1, $2, @$)); }
    ;

lambda_head
    : LAMBDA lparams COLON              { CK($$ = ast_arguments(ps, $2, true)); }
    ;

or_test
    : and_test
    | or_test OR and_test               { $$ = $1;
                                          if ($1->kind != EXPR_BOOLOP || $1->v.boolop.op != BOOL_OR ||
                                              $1->loc.col_offset != @1.col_offset ||
                                              $1->loc.end_col_offset != @1.end_col_offset ||
                                              $1->loc.lineno != @1.lineno) {
                                              AstVec v = ast_vec1(ps, $1); CKI(push(ps, &v, $3));
                                              CK($$ = ast_boolop(ps, BOOL_OR, v, @$));
                                          } else {
                                              CKI(push(ps, &$$->v.boolop.values, $3));
                                              CKI(ast_child(ps, $$, $3));
                                              $$->loc = @$;
                                          } }
    ;

and_test
    : not_test
    | and_test AND not_test             { $$ = $1;
                                          if ($1->kind != EXPR_BOOLOP || $1->v.boolop.op != BOOL_AND ||
                                              $1->loc.col_offset != @1.col_offset ||
                                              $1->loc.end_col_offset != @1.end_col_offset ||
                                              $1->loc.lineno != @1.lineno) {
                                              AstVec v = ast_vec1(ps, $1); CKI(push(ps, &v, $3));
                                              CK($$ = ast_boolop(ps, BOOL_AND, v, @$));
                                          } else {
                                              CKI(push(ps, &$$->v.boolop.values, $3));
                                              CKI(ast_child(ps, $$, $3));
                                              $$->loc = @$;
                                          } }
    ;

not_test
    : NOT not_test                      { CK($$ = ast_unaryop(ps, UOP_NOT, $2, @$)); }
    | comparison
    ;

comparison
    : expr
    | comparison comp_op expr           { bool ext = $1->kind == EXPR_COMPARE &&
                                              $1->loc.col_offset == @1.col_offset &&
                                              $1->loc.lineno == @1.lineno &&
                                              $1->loc.end_col_offset == @1.end_col_offset;
                                          CK($$ = ast_compare(ps, $1, ext, (CmpOperator)$2, $3, @$)); }
    ;

comp_op
    : LESS { $$ = CMP_LT; } | GREATER { $$ = CMP_GT; } | EQEQUAL { $$ = CMP_EQ; }
    | GREATEREQUAL { $$ = CMP_GE; } | LESSEQUAL { $$ = CMP_LE; } | NOTEQUAL { $$ = CMP_NE; }
    | IN { $$ = CMP_IN; } | NOT IN { $$ = CMP_NOT_IN; } | IS { $$ = CMP_IS; }
    | IS NOT { $$ = CMP_IS_NOT; }
    ;

star_expr
    : STAR expr                         { CK($$ = ast_unary1(ps, EXPR_STARRED, $2, @$)); }
    ;

expr
    : xor_expr
    | expr VBAR xor_expr                { CK($$ = ast_binop(ps, $1, OP_BITOR, $3, @$)); }
    ;

xor_expr
    : and_expr
    | xor_expr CIRCUMFLEX and_expr      { CK($$ = ast_binop(ps, $1, OP_BITXOR, $3, @$)); }
    ;

and_expr
    : shift_expr
    | and_expr AMPER shift_expr         { CK($$ = ast_binop(ps, $1, OP_BITAND, $3, @$)); }
    ;

shift_expr
    : arith_expr
    | shift_expr LEFTSHIFT arith_expr   { CK($$ = ast_binop(ps, $1, OP_LSHIFT, $3, @$)); }
    | shift_expr RIGHTSHIFT arith_expr  { CK($$ = ast_binop(ps, $1, OP_RSHIFT, $3, @$)); }
    ;

arith_expr
    : term
    | arith_expr PLUS term              { CK($$ = ast_binop(ps, $1, OP_ADD, $3, @$)); }
    | arith_expr MINUS term             { CK($$ = ast_binop(ps, $1, OP_SUB, $3, @$)); }
    ;

term
    : factor
    | term STAR factor                  { CK($$ = ast_binop(ps, $1, OP_MULT, $3, @$)); }
    | term SLASH factor                 { CK($$ = ast_binop(ps, $1, OP_DIV, $3, @$)); }
    | term PERCENT factor               { CK($$ = ast_binop(ps, $1, OP_MOD, $3, @$)); }
    | term DOUBLESLASH factor           { CK($$ = ast_binop(ps, $1, OP_FLOORDIV, $3, @$)); }
    | term AT factor                    { CK($$ = ast_binop(ps, $1, OP_MATMUL, $3, @$)); }
    ;

factor
    : PLUS factor                       { CK($$ = ast_unaryop(ps, UOP_UADD, $2, @$)); }
    | MINUS factor                      { CK($$ = ast_unaryop(ps, UOP_USUB, $2, @$)); }
    | TILDE factor                      { CK($$ = ast_unaryop(ps, UOP_INVERT, $2, @$)); }
    | power
    ;

power
    : atom_expr
    | atom_expr DOUBLESTAR factor       { CK($$ = ast_binop(ps, $1, OP_POW, $3, @$)); }
    ;

atom_expr
    : atom
    | atom_expr LPAR RPAR               { CK($$ = ast_call(ps, $1, (AstVec){0}, @$)); }
    | atom_expr LPAR arglist RPAR       { ArgItem *a0 = $3.items[0];
                                          if ($3.len == 1 && a0->kind == ARG_GENEXP)
                                              a0->value->loc = span(@2, @4);   /* f(x for x in y) */
                                          CK($$ = ast_call(ps, $1, $3, @$)); }
    | atom_expr LSQB subscriptlist RSQB { CK($$ = ast_subscript(ps, $1, $3, @$)); }
    | atom_expr DOT NAME                { CK($$ = ast_attribute(ps, $1, $3, @$)); }
    ;

atom
    : LPAR RPAR                         { CK($$ = ast_seq(ps, EXPR_TUPLE, (AstVec){0}, @$)); }
    | LPAR yield_expr RPAR              { $$ = $2; }
    | LPAR testlist_comp RPAR           { CK($$ = ast_paren(ps, &$2, @$)); }
    | LSQB RSQB                         { CK($$ = ast_seq(ps, EXPR_LIST, (AstVec){0}, @$)); }
    | LSQB testlist_comp RSQB           { CK($$ = ast_bracket(ps, &$2, @$)); }
    | LBRACE RBRACE                     { DictBuild db; memset(&db, 0, sizeof db); db.is_dict = true;
                                          CK($$ = ast_brace(ps, &db, @$)); }
    | LBRACE dictorsetmaker RBRACE      { CK($$ = ast_brace(ps, &$2, @$)); }
    | NAME                              { CK($$ = ast_name(ps, $1, @$)); }
    | NUMBER                            { CK($$ = number(ps, $1, @$)); }
    | strings                           { CK($$ = parse_strings(ps, $1, @$)); }
    | ELLIPSIS                          { CK($$ = ast_const(ps, CONST_ELLIPSIS, @$)); }
    | NONE                              { CK($$ = ast_const(ps, CONST_NONE, @$)); }
    | TRUE                              { CK($$ = ast_const(ps, CONST_TRUE, @$)); }
    | FALSE                             { CK($$ = ast_const(ps, CONST_FALSE, @$)); }
    ;

strings
    : STRING                            { $$ = ast_vec1(ps, $1); }
    | strings STRING                    { $$ = $1; CKI(push(ps, &$$, $2)); }
    ;

testlist_comp
    : tc_elem comp_for                  { memset(&$$, 0, sizeof $$); $$.elts = ast_vec1(ps, $1);
                                          $$.gens = $2; }
    | tc_list
    | tc_list COMMA                     { $$ = $1; $$.comma = true; }
    ;

tc_list
    : tc_elem                           { $$ = seq1(ps, $1); }
    | tc_list COMMA tc_elem             { $$ = $1; $$.comma = true; CKI(push(ps, &$$.elts, $3)); }
    ;

tc_elem
    : namedexpr_test
    | star_expr
    ;

dictorsetmaker
    : dict_list
    | dict_list COMMA
    | test COLON test comp_for          { memset(&$$, 0, sizeof $$); $$.is_dict = true;
                                          $$.keys = ast_vec1(ps, $1); $$.values = ast_vec1(ps, $3);
                                          $$.gens = $4; }
    | DOUBLESTAR expr comp_for          { parse_error_at(ps, "SyntaxError", @1,
                                              "dict unpacking cannot be used in dict comprehension");
                                          YYABORT; }
    | set_list
    | set_list COMMA
    | tc_elem comp_for                  { memset(&$$, 0, sizeof $$);
                                          $$.values = ast_vec1(ps, $1); $$.gens = $2; }
    ;

dict_list
    : test COLON test                   { memset(&$$, 0, sizeof $$); $$.is_dict = true;
                                          $$.keys = ast_vec1(ps, $1); $$.values = ast_vec1(ps, $3); }
    | DOUBLESTAR expr                   { memset(&$$, 0, sizeof $$); $$.is_dict = true;
                                          CKI(ast_vec_push(ps->arena, &$$.keys, NULL));
                                          $$.values = ast_vec1(ps, $2); }
    | dict_list COMMA test COLON test   { $$ = $1; CKI(push(ps, &$$.keys, $3));
                                          CKI(push(ps, &$$.values, $5)); }
    | dict_list COMMA DOUBLESTAR expr   { $$ = $1; CKI(ast_vec_push(ps->arena, &$$.keys, NULL));
                                          CKI(push(ps, &$$.values, $4)); }
    ;

set_list
    : tc_elem                           { memset(&$$, 0, sizeof $$); $$.values = ast_vec1(ps, $1); }
    | set_list COMMA tc_elem            { $$ = $1; CKI(push(ps, &$$.values, $3)); }
    ;

comp_for
    : comp_clause                       { $$ = ast_vec1(ps, $1); }
    | comp_for comp_clause              { $$ = $1; CKI(push(ps, &$$, $2)); }
    ;

comp_clause
    : FOR exprlist_expr IN or_test comp_ifs
                                        { CK($$ = ast_comprehension(ps, $2, $4, $5)); }
    ;

comp_ifs
    : %empty                            { $$ = (AstVec){0}; }
    | comp_ifs IF or_test               { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

subscriptlist
    : sub_list                          { if ($1.elts.len == 1 && ((Expr *)$1.elts.items[0])->kind == EXPR_STARRED)
                                              $1.comma = true;      /* a[*b] is a[(*b,)] */
                                          CK($$ = ast_tuple_or_single(ps, &$1, @$)); }
    | sub_list COMMA                    { $1.comma = true; CK($$ = ast_tuple_or_single(ps, &$1, @$)); }
    ;

sub_list
    : subscript                         { $$ = seq1(ps, $1); }
    | sub_list COMMA subscript          { $$ = $1; $$.comma = true; CKI(push(ps, &$$.elts, $3)); }
    ;

subscript
    : namedexpr_test
    | star_expr
    | opt_test COLON opt_test           { CK($$ = ast_slice(ps, $1, $3, NULL, $1 ? @$ : span(@2, @$))); }
    | opt_test COLON opt_test COLON opt_test
                                        { CK($$ = ast_slice(ps, $1, $3, $5, $1 ? @$ : span(@2, @$))); }
    ;

opt_test
    : %empty                            { $$ = NULL; }
    | test
    ;

arglist
    : arg_list
    | arg_list COMMA                    { CKI(ast_call_trailing_comma(ps, $1)); }
    ;

arg_list
    : argument                          { $$ = ast_vec1(ps, $1); }
    | arg_list COMMA argument           { $$ = $1; CKI(push(ps, &$$, $3)); }
    ;

argument
    : test                              { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->kind = ARG_POS; $$->value = $1; $$->loc = @$; }
    | test comp_for                     { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->kind = ARG_GENEXP; $$->loc = @$;
                                          CK($$->value = ast_genexp(ps, $1, $2, @$)); }
    | test COLONEQUAL test              { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->kind = ARG_POS; $$->loc = @$;
                                          CK($$->value = ast_named(ps, $1, $3, @$)); }
    | test EQUAL { CKI(ast_check_keyword(ps, $1, @1, span(@1, @2))); } test
                                        { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->kind = ARG_KEYWORD; $$->target = $1; $$->value = $4;
                                          $$->loc = @$; $$->eq_loc = span(@1, @2); }
    | STAR test                         { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->kind = ARG_STAR; $$->loc = @$;
                                          CK($$->value = ast_unary1(ps, EXPR_STARRED, $2, @$)); }
    | DOUBLESTAR test                   { CK($$ = ast_alloc(ps->arena, sizeof *$$));
                                          $$->kind = ARG_DSTAR; $$->value = $2; $$->loc = @$; }
    ;

yield_expr
    : YIELD                             { CK($$ = ast_unary1(ps, EXPR_YIELD, NULL, @$)); }
    | YIELD testlist_star_expr          { CK($$ = ast_unary1(ps, EXPR_YIELD, $2, @$)); }
    | YIELD FROM test                   { CK($$ = ast_unary1(ps, EXPR_YIELD_FROM, $3, @$)); }
    ;

%%

static void yyerror(Loc *lloc, ParserState *ps, const char *msg)
{
    (void)lloc;
    if (strstr(msg, "exhausted"))
        parse_error_last(ps, "too many nested parentheses");
    else
        parse_error_last(ps, "%s", msg);
}

static int yyreport_syntax_error(const yypcontext_t *ctx, ParserState *ps)
{
    yysymbol_kind_t exp[128];
    int toks[128];
    int n = yypcontext_expected_tokens(ctx, exp, 128);
    int m = 0;
    for (int i = 0; i < n; i++) {
        for (int t = 0; t <= YYMAXUTOK; t++) {
            if (YYTRANSLATE(t) == exp[i]) { toks[m++] = t; break; }
        }
    }
    yysymbol_kind_t la = yypcontext_token(ctx);
    int la_tok = -1;
    for (int t = 0; t <= YYMAXUTOK; t++) {
        if (YYTRANSLATE(t) == la) { la_tok = t; break; }
    }
    parse_report_syntax_error(ps, la_tok, toks, m);
    return 0;
}

const char *parse_token_name(int kind)
{
    if (kind < 0 || kind > YYMAXUTOK) return "?";
    return yysymbol_name(YYTRANSLATE(kind));
}

int parse_run(ParserState *ps)
{
    return yyparse(ps);
}
