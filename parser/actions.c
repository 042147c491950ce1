/* actions.c: AST node constructors used by the grammar's actions, and the checks CPython's
 * PEG grammar does with its invalid_* rules: assignment/del targets, walrus targets, call
 * argument order, parameter order. Every node lives in the parse's arena; a failed check
 * records CPython's message and location and makes the action abort the parse. */
#include "parser/parser_internal.h"
#include "grammar.tab.h"
#include <string.h>

static Loc tok_loc(Loc l)       /* a one-character location at the start of [l] */
{
    Loc t = {l.lineno, l.col_offset, l.lineno, l.col_offset + 1};
    return t;
}

static void *oom(ParserState *ps)
{
    parse_error_at(ps, "MemoryError", (Loc){0, 0, 0, 0}, "out of memory");
    return NULL;
}

Expr *ast_new_expr(ParserState *ps, ExprKind kind, Loc loc)
{
    Expr *e = ast_alloc(ps->arena, sizeof *e);
    if (!e) return oom(ps);
    e->kind = kind;
    e->loc = loc;
    e->depth = 1;
    return e;
}

Stmt *ast_new_stmt(ParserState *ps, StmtKind kind, Loc loc)
{
    Stmt *s = ast_alloc(ps->arena, sizeof *s);
    if (!s) return oom(ps);
    s->kind = kind;
    s->loc = loc;
    return s;
}

int ast_child(ParserState *ps, Expr *e, const Expr *child)
{
    if (!child || child->depth < e->depth) return 0;
    e->depth = child->depth + 1;
    if (e->depth > MAX_AST_DEPTH) {
        parse_error_last(ps, "too many nested parentheses");
        return -1;
    }
    return 0;
}

static int children(ParserState *ps, Expr *e, AstVec v)
{
    for (int i = 0; i < v.len; i++)
        if (ast_child(ps, e, v.items[i]) < 0) return -1;
    return 0;
}

AstVec ast_vec1(ParserState *ps, void *item)
{
    AstVec v = {0};
    if (ast_vec_push(ps->arena, &v, item) < 0) oom(ps);
    return v;
}

int ast_vec_extend(ParserState *ps, AstVec *dst, AstVec src)
{
    for (int i = 0; i < src.len; i++) {
        if (ast_vec_push(ps->arena, dst, src.items[i]) < 0) {
            oom(ps);
            return -1;
        }
    }
    return 0;
}

Expr *ast_name(ParserState *ps, const char *id, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_NAME, loc);
    if (e) e->v.name.id = id;
    return e;
}

Expr *ast_const(ParserState *ps, ConstKind kind, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_CONST, loc);
    if (e) e->v.constant.kind = kind;
    return e;
}

Expr *ast_binop(ParserState *ps, Expr *l, BinaryOperator op, Expr *r, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_BINOP, loc);
    if (!e) return NULL;
    e->v.binop.left = l;
    e->v.binop.op = op;
    e->v.binop.right = r;
    if (ast_child(ps, e, l) < 0 || ast_child(ps, e, r) < 0) return NULL;
    return e;
}

Expr *ast_unaryop(ParserState *ps, UnaryOperator op, Expr *operand, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_UNARYOP, loc);
    if (!e) return NULL;
    e->v.unaryop.op = op;
    e->v.unaryop.operand = operand;
    return ast_child(ps, e, operand) < 0 ? NULL : e;
}

Expr *ast_boolop(ParserState *ps, BoolOperator op, AstVec values, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_BOOLOP, loc);
    if (!e) return NULL;
    e->v.boolop.op = op;
    e->v.boolop.values = values;
    return children(ps, e, values) < 0 ? NULL : e;
}

Expr *ast_compare(ParserState *ps, Expr *left, bool extend, CmpOperator op, Expr *right, Loc loc)
{
    Expr *e = left;
    if (!extend) {
        e = ast_new_expr(ps, EXPR_COMPARE, loc);
        if (!e) return NULL;
        e->v.compare.left = left;
        if (ast_child(ps, e, left) < 0) return NULL;
    }
    CmpOperator *ops = ast_alloc(ps->arena, sizeof *ops * (size_t)(e->v.compare.nops + 1));
    if (!ops) return oom(ps);
    if (e->v.compare.nops) memcpy(ops, e->v.compare.ops, sizeof *ops * (size_t)e->v.compare.nops);
    ops[e->v.compare.nops++] = op;
    e->v.compare.ops = ops;
    if (ast_vec_push(ps->arena, &e->v.compare.comparators, right) < 0) return oom(ps);
    e->loc = loc;
    return ast_child(ps, e, right) < 0 ? NULL : e;
}

Expr *ast_seq(ParserState *ps, ExprKind kind, AstVec elts, Loc loc)
{
    Expr *e = ast_new_expr(ps, kind, loc);
    if (!e) return NULL;
    if (kind == EXPR_SET) e->v.set.elts = elts;
    else e->v.list.elts = elts;
    return children(ps, e, elts) < 0 ? NULL : e;
}

Expr *ast_tuple_or_single(ParserState *ps, SeqBuild *sb, Loc loc)
{
    if (sb->elts.len == 1 && !sb->comma) return sb->elts.items[0];
    return ast_seq(ps, EXPR_TUPLE, sb->elts, loc);
}

static int check_comp_elt(ParserState *ps, Expr *elt)
{
    if (elt->kind == EXPR_STARRED)
        return parse_error_at(ps, "SyntaxError", elt->loc,
                              "iterable unpacking cannot be used in comprehension");
    return 0;
}

static Expr *comp(ParserState *ps, ExprKind kind, Expr *elt, Expr *value, AstVec gens, Loc loc)
{
    if (check_comp_elt(ps, elt) < 0) return NULL;
    Expr *e = ast_new_expr(ps, kind, loc);
    if (!e) return NULL;
    e->v.comp.elt = elt;
    e->v.comp.value = value;
    e->v.comp.generators = gens;
    if (ast_child(ps, e, elt) < 0 || ast_child(ps, e, value) < 0) return NULL;
    for (int i = 0; i < gens.len; i++) {
        Comprehension *c = gens.items[i];
        if (ast_child(ps, e, c->target) < 0 || ast_child(ps, e, c->iter) < 0 ||
            children(ps, e, c->ifs) < 0)
            return NULL;
    }
    return e;
}

Expr *ast_genexp(ParserState *ps, Expr *elt, AstVec gens, Loc loc)
{
    return comp(ps, EXPR_GENEXP, elt, NULL, gens, loc);
}

Expr *ast_paren(ParserState *ps, SeqBuild *sb, Loc loc)
{
    if (sb->gens.len) return ast_genexp(ps, sb->elts.items[0], sb->gens, loc);
    if (sb->elts.len == 1 && !sb->comma) {
        Expr *e = sb->elts.items[0];
        if (e->kind == EXPR_STARRED) {
            parse_error_at(ps, "SyntaxError", e->loc, "cannot use starred expression here");
            return NULL;
        }
        return e;
    }
    return ast_seq(ps, EXPR_TUPLE, sb->elts, loc);
}

Expr *ast_bracket(ParserState *ps, SeqBuild *sb, Loc loc)
{
    if (sb->gens.len) return comp(ps, EXPR_LISTCOMP, sb->elts.items[0], NULL, sb->gens, loc);
    return ast_seq(ps, EXPR_LIST, sb->elts, loc);
}

Expr *ast_brace(ParserState *ps, DictBuild *db, Loc loc)
{
    if (db->is_dict) {
        if (db->gens.len)
            return comp(ps, EXPR_DICTCOMP, db->keys.items[0], db->values.items[0], db->gens, loc);
        Expr *e = ast_new_expr(ps, EXPR_DICT, loc);
        if (!e) return NULL;
        e->v.dict.keys = db->keys;
        e->v.dict.values = db->values;
        if (children(ps, e, db->keys) < 0 || children(ps, e, db->values) < 0) return NULL;
        return e;
    }
    if (db->gens.len) return comp(ps, EXPR_SETCOMP, db->values.items[0], NULL, db->gens, loc);
    return ast_seq(ps, EXPR_SET, db->values, loc);
}

Expr *ast_unary1(ParserState *ps, ExprKind kind, Expr *value, Loc loc)
{
    Expr *e = ast_new_expr(ps, kind, loc);
    if (!e) return NULL;
    if (kind == EXPR_STARRED) e->v.starred.value = value;
    else e->v.yield.value = value;
    return ast_child(ps, e, value) < 0 ? NULL : e;
}

Expr *ast_attribute(ParserState *ps, Expr *value, const char *attr, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_ATTRIBUTE, loc);
    if (!e) return NULL;
    e->v.attribute.value = value;
    e->v.attribute.attr = attr;
    return ast_child(ps, e, value) < 0 ? NULL : e;
}

Expr *ast_subscript(ParserState *ps, Expr *value, Expr *slice, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_SUBSCRIPT, loc);
    if (!e) return NULL;
    e->v.subscript.value = value;
    e->v.subscript.slice = slice;
    return ast_child(ps, e, value) < 0 || ast_child(ps, e, slice) < 0 ? NULL : e;
}

Expr *ast_slice(ParserState *ps, Expr *lower, Expr *upper, Expr *step, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_SLICE, loc);
    if (!e) return NULL;
    e->v.slice.lower = lower;
    e->v.slice.upper = upper;
    e->v.slice.step = step;
    if (ast_child(ps, e, lower) < 0 || ast_child(ps, e, upper) < 0 || ast_child(ps, e, step) < 0)
        return NULL;
    return e;
}

Expr *ast_ifexp(ParserState *ps, Expr *body, Expr *test, Expr *orelse, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_IFEXP, loc);
    if (!e) return NULL;
    e->v.ifexp.body = body;
    e->v.ifexp.test = test;
    e->v.ifexp.orelse = orelse;
    if (ast_child(ps, e, body) < 0 || ast_child(ps, e, test) < 0 || ast_child(ps, e, orelse) < 0)
        return NULL;
    return e;
}

Expr *ast_lambda(ParserState *ps, Arguments *args, Expr *body, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_LAMBDA, loc);
    if (!e) return NULL;
    e->v.lambda.args = args;
    e->v.lambda.body = body;
    if (ast_child(ps, e, body) < 0 || children(ps, e, args->defaults) < 0 ||
        children(ps, e, args->kw_defaults) < 0)
        return NULL;
    return e;
}

/* CPython's _PyPegen_get_expr_name. */
static const char *expr_name(const Expr *e)
{
    switch (e->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOLOP: case EXPR_BINOP: case EXPR_UNARYOP: return "expression";
    case EXPR_GENEXP: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELD_FROM: return "yield expression";
    case EXPR_LISTCOMP: return "list comprehension";
    case EXPR_SETCOMP: return "set comprehension";
    case EXPR_DICTCOMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINEDSTR: case EXPR_FORMATTED: return "f-string expression";
    case EXPR_CONST:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IFEXP: return "conditional expression";
    case EXPR_NAMED: return "named expression";
    case EXPR_SLICE: return "slice";
    }
    return "expression";
}

Expr *ast_named(ParserState *ps, Expr *target, Expr *value, Loc loc)
{
    bool parenthesized = target->loc.col_offset != loc.col_offset ||
                         target->loc.lineno != loc.lineno;
    if (target->kind != EXPR_NAME || parenthesized) {
        parse_error_at(ps, "SyntaxError", target->loc,
                       "cannot use assignment expressions with %s", expr_name(target));
        return NULL;
    }
    target->v.name.ctx = CTX_STORE;
    Expr *e = ast_new_expr(ps, EXPR_NAMED, loc);
    if (!e) return NULL;
    e->v.named.target = target;
    e->v.named.value = value;
    return ast_child(ps, e, value) < 0 ? NULL : e;
}

Comprehension *ast_comprehension(ParserState *ps, Expr *target, Expr *iter, AstVec ifs)
{
    Comprehension *c = ast_alloc(ps->arena, sizeof *c);
    if (!c) return oom(ps);
    c->target = target;
    c->iter = iter;
    c->ifs = ifs;
    return c;
}

/* ---- targets ----------------------------------------------------------------------------- */

/* CPython's _PyPegen_get_invalid_target: the first part of [e] that cannot be a target. */
static Expr *invalid_target(Expr *e, TargetKind kind)
{
    switch (e->kind) {
    case EXPR_LIST:
    case EXPR_TUPLE:
        for (int i = 0; i < e->v.list.elts.len; i++) {
            Expr *bad = invalid_target(e->v.list.elts.items[i], kind);
            if (bad) return bad;
        }
        return NULL;
    case EXPR_STARRED:
        if (kind == TARGET_DEL) return e;
        return invalid_target(e->v.starred.value, kind);
    case EXPR_NAME:
    case EXPR_SUBSCRIPT:
    case EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Expr *e, ExprContext ctx)
{
    switch (e->kind) {
    case EXPR_NAME: e->v.name.ctx = ctx; break;
    case EXPR_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case EXPR_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case EXPR_STARRED:
        e->v.starred.ctx = ctx;
        set_ctx(e->v.starred.value, ctx);
        break;
    case EXPR_LIST:
    case EXPR_TUPLE:
        e->v.list.ctx = ctx;
        for (int i = 0; i < e->v.list.elts.len; i++) set_ctx(e->v.list.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

/* Whether CPython's invalid_named_expression rule would report [bad] (the first target of a
 * statement) with "... here. Maybe you meant '==' instead of '='?": [bad] is a bitwise-or
 * level expression directly before the '=', and the right side is not followed by '='. */
static bool maybe_meant_eq(ParserState *ps, Expr *whole, Expr *bad)
{
    switch (bad->kind) {
    case EXPR_COMPARE: case EXPR_BOOLOP: case EXPR_IFEXP: case EXPR_LAMBDA:
    case EXPR_GENEXP: case EXPR_LIST: case EXPR_TUPLE: case EXPR_YIELD: case EXPR_YIELD_FROM:
        return false;
    case EXPR_UNARYOP:
        if (bad->v.unaryop.op == UOP_NOT) return false;
        break;
    case EXPR_CONST:
        if (bad->v.constant.kind == CONST_NONE || bad->v.constant.kind == CONST_TRUE ||
            bad->v.constant.kind == CONST_FALSE)
            return false;
        break;
    default:
        break;
    }
    if (bad != whole) {
        /* only the last element of an unparenthesized tuple stands right before the '=' */
        if (whole->kind != EXPR_TUPLE || whole->v.list.elts.len == 0 ||
            whole->v.list.elts.items[whole->v.list.elts.len - 1] != bad ||
            bad->loc.end_lineno != whole->loc.end_lineno ||
            bad->loc.end_col_offset != whole->loc.end_col_offset)
            return false;
    }
    /* The '=' is one of the last two tokens handed to bison; look at what follows it. */
    Lexer *lx = &ps->lx;
    int i = lx->next - 1;
    if (i > 0 && LEX_TOK(lx, i)->kind != TOK_EQUAL) i--;
    if (i < 0 || LEX_TOK(lx, i)->kind != TOK_EQUAL) return false;
    i++;
    const LexToken *t = lex_token_at(lx, i);
    if (!t) return false;
    switch (t->kind) {
    case TOK_YIELD: case TOK_STAR: case TOK_LAMBDA: case TOK_NOT: case TOK_NEWLINE:
        return false;
    default:
        break;
    }
    int level = t->level;
    for (;; i++) {
        t = lex_token_at(lx, i);
        if (!t || t->kind == TOK_YYEOF) return true;
        if (t->level < level) return true;
        if (t->level > level) continue;
        if (t->kind == TOK_NEWLINE || t->kind == TOK_SEMI) return true;
        if (t->kind == TOK_EQUAL || t->kind == TOK_COLONEQUAL) return false;
    }
}

int ast_set_target(ParserState *ps, Expr *e, ExprContext ctx, TargetKind kind)
{
    Expr *bad = invalid_target(e, kind);
    if (bad) {
        if (kind == TARGET_DEL)
            return parse_error_at(ps, "SyntaxError", bad->loc, "cannot delete %s", expr_name(bad));
        if (kind == TARGET_ASSIGN1 && maybe_meant_eq(ps, e, bad))
            return parse_error_at(ps, "SyntaxError", bad->loc,
                                  "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                  expr_name(bad));
        return parse_error_at(ps, "SyntaxError", bad->loc, "cannot assign to %s", expr_name(bad));
    }
    set_ctx(e, ctx);
    return 0;
}

int ast_check_aug_target(ParserState *ps, Expr *e)
{
    if (e->kind == EXPR_NAME || e->kind == EXPR_ATTRIBUTE || e->kind == EXPR_SUBSCRIPT) {
        set_ctx(e, CTX_STORE);
        return 0;
    }
    return parse_error_at(ps, "SyntaxError", e->loc,
                          "'%s' is an illegal expression for augmented assignment", expr_name(e));
}

/* ---- calls ------------------------------------------------------------------------------- */

/* CPython reports a misplaced generator argument from its element to the iterable (or the
 * last `if`) of its last `for` clause. */
static int genexp_error(ParserState *ps, Expr *g)
{
    Comprehension *c = g->v.comp.generators.items[g->v.comp.generators.len - 1];
    Expr *last = c->ifs.len ? c->ifs.items[c->ifs.len - 1] : c->iter;
    Loc l = g->v.comp.elt->loc;
    l.end_lineno = last->loc.end_lineno;
    l.end_col_offset = last->loc.end_col_offset;
    return parse_error_at(ps, "SyntaxError", l, "Generator expression must be parenthesized");
}

int ast_check_keyword(ParserState *ps, Expr *t, Loc item_start, Loc eq_loc)
{
    if (t->kind == EXPR_CONST && (t->v.constant.kind == CONST_TRUE ||
        t->v.constant.kind == CONST_FALSE || t->v.constant.kind == CONST_NONE))
        return parse_error_at(ps, "SyntaxError", eq_loc, "cannot assign to %s", expr_name(t));
    if (t->kind != EXPR_NAME || t->loc.col_offset != item_start.col_offset ||
        t->loc.lineno != item_start.lineno)
        return parse_error_at(ps, "SyntaxError", eq_loc,
                              "expression cannot contain assignment, perhaps you meant \"==\"?");
    return 0;
}

int ast_call_trailing_comma(ParserState *ps, AstVec items)
{
    ArgItem *it = items.items[0];
    if (items.len == 1 && it->kind == ARG_GENEXP) return genexp_error(ps, it->value);
    return 0;
}

Expr *ast_call(ParserState *ps, Expr *func, AstVec items, Loc loc)
{
    Expr *e = ast_new_expr(ps, EXPR_CALL, loc);
    if (!e) return NULL;
    e->v.call.func = func;
    if (ast_child(ps, e, func) < 0) return NULL;
    bool seen_kw = false, seen_dstar = false;
    Loc rpar = {loc.end_lineno, loc.end_col_offset - 1, loc.end_lineno, loc.end_col_offset};
    for (int i = 0; i < items.len; i++) {
        ArgItem *it = items.items[i];
        switch (it->kind) {
        case ARG_GENEXP:
            if (items.len > 1) {
                genexp_error(ps, it->value);
                return NULL;
            }
            /* fall through */
        case ARG_POS:
            if (seen_kw) {
                parse_error_at(ps, "SyntaxError", rpar, seen_dstar
                               ? "positional argument follows keyword argument unpacking"
                               : "positional argument follows keyword argument");
                return NULL;
            }
            /* fall through */
        case ARG_STAR:
            if (it->kind == ARG_STAR && seen_dstar) {
                parse_error_at(ps, "SyntaxError", tok_loc(it->loc),
                               "iterable argument unpacking follows keyword argument unpacking");
                return NULL;
            }
            if (ast_vec_push(ps->arena, &e->v.call.args, it->value) < 0) return oom(ps);
            break;
        case ARG_KEYWORD:
        case ARG_DSTAR: {
            Keyword *k = ast_alloc(ps->arena, sizeof *k);
            if (!k) return oom(ps);
            k->value = it->value;
            k->loc = it->loc;
            if (it->kind == ARG_KEYWORD) {
                k->arg = it->target->v.name.id;     /* checked by ast_check_keyword */
                seen_kw = true;
            } else {
                seen_kw = seen_dstar = true;
            }
            if (ast_vec_push(ps->arena, &e->v.call.keywords, k) < 0) return oom(ps);
            break;
        }
        }
        if (ast_child(ps, e, it->value) < 0) return NULL;
    }
    return e;
}

/* ---- parameters -------------------------------------------------------------------------- */

Arg *ast_arg(ParserState *ps, const char *name, Expr *annotation, Loc loc)
{
    Arg *a = ast_alloc(ps->arena, sizeof *a);
    if (!a) return oom(ps);
    a->name = name;
    a->annotation = annotation;
    a->loc = loc;
    return a;
}

Arguments *ast_arguments(ParserState *ps, AstVec items, bool lambda)
{
    Arguments *a = ast_alloc(ps->arena, sizeof *a);
    if (!a) return oom(ps);
    bool seen_slash = false, seen_star = false, seen_dstar = false, seen_default = false;
    for (int i = 0; i < items.len; i++) {
        ParamItem *p = items.items[i];
        if (seen_dstar) {
            parse_error_at(ps, "SyntaxError", p->loc, "arguments cannot follow var-keyword argument");
            return NULL;
        }
        switch (p->kind) {
        case PARAM_PLAIN:
            if (!seen_star) {
                if (p->def) {
                    seen_default = true;
                    if (ast_vec_push(ps->arena, &a->defaults, p->def) < 0) return oom(ps);
                } else if (seen_default) {
                    parse_error_at(ps, "SyntaxError", p->arg->loc,
                                   "non-default argument follows default argument");
                    return NULL;
                }
                if (ast_vec_push(ps->arena, &a->args, p->arg) < 0) return oom(ps);
            } else {
                if (ast_vec_push(ps->arena, &a->kwonlyargs, p->arg) < 0 ||
                    ast_vec_push(ps->arena, &a->kw_defaults, p->def) < 0)
                    return oom(ps);
            }
            break;
        case PARAM_SLASH:
            if (seen_star) {
                parse_error_at(ps, "SyntaxError", p->loc, "/ must be ahead of *");
                return NULL;
            }
            if (seen_slash) {
                parse_error_at(ps, "SyntaxError", p->loc, "/ may appear only once");
                return NULL;
            }
            if (a->args.len == 0) {
                parse_error_at(ps, "SyntaxError", p->loc, i + 1 < items.len
                               ? "at least one argument must precede /" : "invalid syntax");
                return NULL;
            }
            a->posonlyargs = a->args;
            a->args = (AstVec){0};
            seen_slash = true;
            break;
        case PARAM_STAR:
            if (seen_star) {
                parse_error_at(ps, "SyntaxError", tok_loc(p->loc), "* argument may appear only once");
                return NULL;
            }
            if (p->def) {
                parse_error_at(ps, "SyntaxError", tok_loc(p->def_loc),
                               "var-positional argument cannot have default value");
                return NULL;
            }
            if (!p->arg) {
                ParamItem *next = i + 1 < items.len ? items.items[i + 1] : NULL;
                if (!next || next->kind == PARAM_DSTAR) {
                    if (lambda) parse_error_last(ps, "named arguments must follow bare *");
                    else parse_error_at(ps, "SyntaxError", p->loc, "named arguments must follow bare *");
                    return NULL;
                }
            }
            a->vararg = p->arg;
            seen_star = true;
            break;
        case PARAM_DSTAR:
            if (p->def) {
                parse_error_at(ps, "SyntaxError", tok_loc(p->def_loc),
                               "var-keyword argument cannot have default value");
                return NULL;
            }
            a->kwarg = p->arg;
            seen_dstar = true;
            break;
        }
    }
    return a;
}

Alias *ast_alias(ParserState *ps, const char *name, const char *asname, Loc loc)
{
    Alias *a = ast_alloc(ps->arena, sizeof *a);
    if (!a) return oom(ps);
    a->name = name;
    a->asname = asname;
    a->loc = loc;
    return a;
}

char *ast_dotted(ParserState *ps, const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = ast_alloc(ps->arena, la + lb + 2);
    if (!s) return oom(ps);
    memcpy(s, a, la);
    s[la] = '.';
    memcpy(s + la + 1, b, lb + 1);
    return s;
}

Module *ast_module(ParserState *ps, AstVec body)
{
    Module *m = ast_alloc(ps->arena, sizeof *m);
    if (!m) return oom(ps);
    m->mode = ps->mode;
    m->body = body;
    return m;
}
