/* unparse.c: an expression back to source text, as CPython 3.11's Python/ast_unparse.c writes it
 * (minimal parentheses from operator precedence, normalized spacing). Used for the annotations of
 * a module under `from __future__ import annotations`, which are stored as these strings. */
#include "compiler/compile_internal.h"
#include "vm/errors.h"
#include "objects/strobject.h"
#include "objects/floatobject.h"
#include <string.h>

enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct Unparser {
    Compiler *c;
    StrBuilder sb;
    int err;
} Unparser;

static void put(Unparser *u, const char *s)
{
    sb_append_cstr(&u->sb, s);
}

static void put_if(Unparser *u, bool cond, const char *s)
{
    if (cond) put(u, s);
}

static void expr(Unparser *u, Expr *e, int level);

static void exprs(Unparser *u, const AstVec *v, int level)
{
    for (int i = 0; i < v->len; i++) {
        put_if(u, i > 0, ", ");
        expr(u, v->items[i], level);
    }
}

static void constant(Unparser *u, Expr *e)
{
    if (e->v.constant.kind == CONST_ELLIPSIS) {
        put(u, "...");
        return;
    }
    Object *o = compile_const_object(u->c, e);
    if (!o) {
        u->err = -1;
        return;
    }
    if (TYPE(o) == &float_type && (FLOAT_VALUE(o) > 1e308 || FLOAT_VALUE(o) < -1e308)) {
        put(u, FLOAT_VALUE(o) < 0 ? "-1e309" : "1e309");     /* infinity has no literal */
    } else if (sb_append_repr(&u->sb, o) < 0) {
        u->err = -1;
    }
    OBJ_DECREF(o);
}

static void arg(Unparser *u, Arg *a)
{
    put(u, a->name);
    if (a->annotation) {
        put(u, ": ");
        expr(u, a->annotation, PR_TEST);
    }
}

static void arguments(Unparser *u, Arguments *a)
{
    bool first = true;
    int nposonly = a->posonlyargs.len, nargs = a->args.len, ndefaults = a->defaults.len;
    for (int i = 0; i < nposonly + nargs; i++) {
        put_if(u, !first, ", ");
        first = false;
        arg(u, i < nposonly ? a->posonlyargs.items[i] : a->args.items[i - nposonly]);
        int di = i - nposonly - nargs + ndefaults;
        if (di >= 0) {
            put(u, "=");
            expr(u, a->defaults.items[di], PR_TEST);
        }
        put_if(u, nposonly && i + 1 == nposonly, ", /");
    }
    if (a->vararg || a->kwonlyargs.len) {
        put_if(u, !first, ", ");
        first = false;
        put(u, "*");
        if (a->vararg) arg(u, a->vararg);
    }
    for (int i = 0; i < a->kwonlyargs.len; i++) {
        put_if(u, !first, ", ");
        first = false;
        arg(u, a->kwonlyargs.items[i]);
        Expr *d = a->kw_defaults.items[i];
        if (d) {
            put(u, "=");
            expr(u, d, PR_TEST);
        }
    }
    if (a->kwarg) {
        put_if(u, !first, ", ");
        put(u, "**");
        arg(u, a->kwarg);
    }
}

static void comprehensions(Unparser *u, const AstVec *gens)
{
    for (int i = 0; i < gens->len; i++) {
        Comprehension *g = gens->items[i];
        put(u, " for ");
        expr(u, g->target, PR_TUPLE);
        put(u, " in ");
        expr(u, g->iter, PR_TEST + 1);
        for (int k = 0; k < g->ifs.len; k++) {
            put(u, " if ");
            expr(u, g->ifs.items[k], PR_TEST + 1);
        }
    }
}

static Object *unparse_at(Compiler *c, Expr *e, int level);

/* The body of an f-string (literal braces doubled); the caller adds f and the quotes via repr. */
static void fstring_body(Unparser *u, Expr *e)
{
    const AstVec *values = &e->v.joinedstr.values;
    for (int i = 0; i < values->len; i++) {
        Expr *v = values->items[i];
        if (v->kind == EXPR_CONST && v->v.constant.kind == CONST_STR) {
            const char *p = v->v.constant.bytes, *end = p + v->v.constant.len;
            while (p < end) {
                const char *q = p;
                while (q < end && *q != '{' && *q != '}') q++;
                if (q < end) q++;               /* the brace, then it again */
                sb_append(&u->sb, p, q - p);
                if (q[-1] == '{' || q[-1] == '}') sb_append(&u->sb, q - 1, 1);
                p = q;
            }
        } else if (v->kind == EXPR_FORMATTED) {
            Object *inner = unparse_at(u->c, v->v.formatted.value, PR_TEST + 1);
            if (!inner) {
                u->err = -1;
                return;
            }
            put(u, STR_DATA(inner)[0] == '{' ? "{ " : "{");
            sb_append_str(&u->sb, inner);
            OBJ_DECREF(inner);
            if (v->v.formatted.conversion > 0) {
                char conv[3] = {'!', (char)v->v.formatted.conversion, 0};
                put(u, conv);
            }
            if (v->v.formatted.format_spec) {
                put(u, ":");
                fstring_body(u, v->v.formatted.format_spec);
            }
            put(u, "}");
        }
    }
}

static void fstring(Unparser *u, Expr *e)
{
    Unparser body = {u->c, {0}, 0};
    sb_init(&body.sb);
    fstring_body(&body, e);
    Object *s = sb_finish(&body.sb);
    if (!s || body.err) {
        OBJ_XDECREF(s);
        u->err = -1;
        return;
    }
    put(u, "f");
    if (sb_append_repr(&u->sb, s) < 0) u->err = -1;
    OBJ_DECREF(s);
}

static void expr(Unparser *u, Expr *e, int level)
{
    static const char *const binops[] = {" + ", " & ", " // ", " << ", " @ ", " * ", " % ", " | ",
                                         " ** ", " >> ", " - ", " / ", " ^ "};
    static const int binprec[] = {PR_ARITH, PR_BAND, PR_TERM, PR_SHIFT, PR_TERM, PR_TERM, PR_TERM, PR_BOR,
                                  PR_POWER, PR_SHIFT, PR_ARITH, PR_TERM, PR_BXOR};
    static const char *const cmps[] = {" < ", " <= ", " == ", " != ", " > ", " >= ", " is ", " is not ",
                                       " in ", " not in "};
    if (u->err) return;
    switch (e->kind) {
    case EXPR_BOOLOP: {
        int pr = e->v.boolop.op == BOOL_AND ? PR_AND : PR_OR;
        put_if(u, level > pr, "(");
        for (int i = 0; i < e->v.boolop.values.len; i++) {
            put_if(u, i > 0, e->v.boolop.op == BOOL_AND ? " and " : " or ");
            expr(u, e->v.boolop.values.items[i], pr + 1);
        }
        put_if(u, level > pr, ")");
        break;
    }
    case EXPR_NAMED:
        put_if(u, level > PR_TUPLE, "(");
        expr(u, e->v.named.target, PR_ATOM);
        put(u, " := ");
        expr(u, e->v.named.value, PR_ATOM);
        put_if(u, level > PR_TUPLE, ")");
        break;
    case EXPR_BINOP: {
        int pr = binprec[e->v.binop.op];
        bool rassoc = e->v.binop.op == OP_POW;
        put_if(u, level > pr, "(");
        expr(u, e->v.binop.left, pr + rassoc);
        put(u, binops[e->v.binop.op]);
        expr(u, e->v.binop.right, pr + !rassoc);
        put_if(u, level > pr, ")");
        break;
    }
    case EXPR_UNARYOP: {
        static const char *const ops[] = {"~", "not ", "+", "-"};
        int pr = e->v.unaryop.op == UOP_NOT ? PR_NOT : PR_FACTOR;
        put_if(u, level > pr, "(");
        put(u, ops[e->v.unaryop.op]);
        expr(u, e->v.unaryop.operand, pr);
        put_if(u, level > pr, ")");
        break;
    }
    case EXPR_LAMBDA: {
        Arguments *a = e->v.lambda.args;
        put_if(u, level > PR_TEST, "(");
        put(u, a->args.len + a->posonlyargs.len ? "lambda " : "lambda");
        arguments(u, a);
        put(u, ": ");
        expr(u, e->v.lambda.body, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    }
    case EXPR_IFEXP:
        put_if(u, level > PR_TEST, "(");
        expr(u, e->v.ifexp.body, PR_TEST + 1);
        put(u, " if ");
        expr(u, e->v.ifexp.test, PR_TEST + 1);
        put(u, " else ");
        expr(u, e->v.ifexp.orelse, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    case EXPR_DICT:
        put(u, "{");
        for (int i = 0; i < e->v.dict.values.len; i++) {
            put_if(u, i > 0, ", ");
            Expr *k = e->v.dict.keys.items[i];
            if (k) {
                expr(u, k, PR_TEST);
                put(u, ": ");
                expr(u, e->v.dict.values.items[i], PR_TEST);
            } else {
                put(u, "**");
                expr(u, e->v.dict.values.items[i], PR_EXPR);
            }
        }
        put(u, "}");
        break;
    case EXPR_SET:
        if (e->v.set.elts.len == 0) {
            put(u, "{*()}");
            break;
        }
        put(u, "{");
        exprs(u, &e->v.set.elts, PR_TEST);
        put(u, "}");
        break;
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_GENEXP:
        put(u, e->kind == EXPR_LISTCOMP ? "[" : e->kind == EXPR_SETCOMP ? "{" : "(");
        expr(u, e->v.comp.elt, PR_TEST);
        comprehensions(u, &e->v.comp.generators);
        put(u, e->kind == EXPR_LISTCOMP ? "]" : e->kind == EXPR_SETCOMP ? "}" : ")");
        break;
    case EXPR_DICTCOMP:
        put(u, "{");
        expr(u, e->v.comp.elt, PR_TEST);
        put(u, ": ");
        expr(u, e->v.comp.value, PR_TEST);
        comprehensions(u, &e->v.comp.generators);
        put(u, "}");
        break;
    case EXPR_YIELD:
    case EXPR_YIELD_FROM:
        put(u, e->kind == EXPR_YIELD ? "(yield" : "(yield from");
        if (e->v.yield.value) {
            put(u, " ");
            expr(u, e->v.yield.value, PR_TEST);
        }
        put(u, ")");
        break;
    case EXPR_COMPARE:
        put_if(u, level > PR_CMP, "(");
        expr(u, e->v.compare.left, PR_CMP + 1);
        for (int i = 0; i < e->v.compare.nops; i++) {
            put(u, cmps[e->v.compare.ops[i]]);
            expr(u, e->v.compare.comparators.items[i], PR_CMP + 1);
        }
        put_if(u, level > PR_CMP, ")");
        break;
    case EXPR_CALL: {
        expr(u, e->v.call.func, PR_ATOM);
        const AstVec *args = &e->v.call.args, *kws = &e->v.call.keywords;
        if (args->len == 1 && kws->len == 0 && ((Expr *)args->items[0])->kind == EXPR_GENEXP) {
            expr(u, args->items[0], PR_TEST);       /* f(x for x in y): one pair of parentheses */
            break;
        }
        put(u, "(");
        exprs(u, args, PR_TEST);
        for (int i = 0; i < kws->len; i++) {
            Keyword *k = kws->items[i];
            put_if(u, i > 0 || args->len > 0, ", ");
            if (k->arg) {
                put(u, k->arg);
                put(u, "=");
            } else {
                put(u, "**");
            }
            expr(u, k->value, PR_TEST);
        }
        put(u, ")");
        break;
    }
    case EXPR_FORMATTED: {
        /* only inside a JoinedStr; alone, CPython writes it as an f-string too */
        Expr wrap = {.kind = EXPR_JOINEDSTR, .loc = e->loc};
        void *item = e;
        wrap.v.joinedstr.values.items = &item;
        wrap.v.joinedstr.values.len = wrap.v.joinedstr.values.cap = 1;
        fstring(u, &wrap);
        break;
    }
    case EXPR_JOINEDSTR:
        fstring(u, e);
        break;
    case EXPR_CONST:
        constant(u, e);
        break;
    case EXPR_ATTRIBUTE: {
        Expr *v = e->v.attribute.value;
        expr(u, v, PR_ATOM);
        put(u, v->kind == EXPR_CONST && v->v.constant.kind == CONST_INT ? " ." : ".");
        put(u, e->v.attribute.attr);
        break;
    }
    case EXPR_SUBSCRIPT:
        expr(u, e->v.subscript.value, PR_ATOM);
        put(u, "[");
        expr(u, e->v.subscript.slice, PR_TUPLE);
        put(u, "]");
        break;
    case EXPR_STARRED:
        put(u, "*");
        expr(u, e->v.starred.value, PR_EXPR);
        break;
    case EXPR_NAME:
        put(u, e->v.name.id);
        break;
    case EXPR_LIST:
        put(u, "[");
        exprs(u, &e->v.list.elts, PR_TEST);
        put(u, "]");
        break;
    case EXPR_TUPLE: {
        int n = e->v.list.elts.len;
        if (n == 0) {
            put(u, "()");
            break;
        }
        put_if(u, level > PR_TUPLE, "(");
        exprs(u, &e->v.list.elts, PR_TEST);
        put_if(u, n == 1, ",");
        put_if(u, level > PR_TUPLE, ")");
        break;
    }
    case EXPR_SLICE:
        if (e->v.slice.lower) expr(u, e->v.slice.lower, PR_TEST);
        put(u, ":");
        if (e->v.slice.upper) expr(u, e->v.slice.upper, PR_TEST);
        if (e->v.slice.step) {
            put(u, ":");
            expr(u, e->v.slice.step, PR_TEST);
        }
        break;
    }
}

static Object *unparse_at(Compiler *c, Expr *e, int level)
{
    Unparser u = {c, {0}, 0};
    sb_init(&u.sb);
    expr(&u, e, level);
    if (u.err) {
        sb_fini(&u.sb);
        return NULL;
    }
    return sb_finish(&u.sb);
}

Object *compile_unparse(Compiler *c, Expr *e)
{
    return unparse_at(c, e, PR_TEST);
}
