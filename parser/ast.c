/* ast.c: the AST's memory (a bump allocator over malloc'd blocks, freed all at once) and
 * ast_dump_*, which prints a tree the way Python 3.11's ast.dump(tree) does (no attributes),
 * so tests can compare tally's parser with CPython's on the same source. */
#include "parser/ast.h"
#include <stdlib.h>
#include <string.h>
#include <math.h>

/* ---- arena ------------------------------------------------------------------------------- */

#define ARENA_BLOCK 65536
#define ARENA_ALIGN 16

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t used, size;
    _Alignas(ARENA_ALIGN) unsigned char data[];
} ArenaBlock;

struct AstArena {
    ArenaBlock *head;
};

AstArena *ast_arena_new(void)
{
    return calloc(1, sizeof(AstArena));
}

void ast_arena_free(AstArena *a)
{
    if (!a) return;
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void *ast_alloc(AstArena *a, size_t size)
{
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0) size = ARENA_ALIGN;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t bsize = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        b = malloc(sizeof *b + bsize);
        if (!b) return NULL;
        b->size = bsize;
        b->used = 0;
        if (size > ARENA_BLOCK / 4 && a->head) {
            /* a big block goes behind the current one so its free space stays usable */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *ast_strdup(AstArena *a, const char *s, size_t len)
{
    char *p = ast_alloc(a, len + 1);
    if (!p) return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

int ast_vec_push(AstArena *a, AstVec *v, void *item)
{
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **items = ast_alloc(a, sizeof *items * (size_t)cap);
        if (!items) return -1;
        if (v->len) memcpy(items, v->items, sizeof *items * (size_t)v->len);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = item;
    return 0;
}

/* ---- repr of constants ------------------------------------------------------------------ */

static bool printable(uint32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return false;
    if (c == 0x061C || c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200F)) return false;
    if ((c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000) return false;
    if (c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE000 && c <= 0xF8FF)) return false;
    if ((c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) return false;
    if ((c >= 0xE0000 && c <= 0xE0FFF) || c >= 0xF0000) return false;
    return true;
}

static uint32_t decode_utf8(const unsigned char *s, size_t n, size_t *used)
{
    if (s[0] < 0x80 || n < 2) { *used = 1; return s[0]; }
    if (s[0] < 0xE0) { *used = 2; return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); }
    if (s[0] < 0xF0 || n < 4) {
        *used = n < 3 ? n : 3;
        if (n < 3) return 0xFFFD;
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *used = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

static void repr_str(const char *s, size_t len, bool bytes, FILE *out)
{
    bool has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    if (bytes) fputc('b', out);
    fputc(q, out);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c == q || c == '\\') { fprintf(out, "\\%c", c); i++; continue; }
        if (c == '\t') { fputs("\\t", out); i++; continue; }
        if (c == '\n') { fputs("\\n", out); i++; continue; }
        if (c == '\r') { fputs("\\r", out); i++; continue; }
        if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
            fprintf(out, "\\x%02x", c);
            i++;
            continue;
        }
        if (c < 0x80) { fputc(c, out); i++; continue; }
        size_t n;
        uint32_t cp = decode_utf8((const unsigned char *)s + i, len - i, &n);
        if (printable(cp)) fwrite(s + i, 1, n, out);
        else if (cp < 0x100) fprintf(out, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000) fprintf(out, "\\u%04x", (unsigned)cp);
        else fprintf(out, "\\U%08x", (unsigned)cp);
        i += n;
    }
    fputc(q, out);
}

/* An integer literal ("0x_ff", "1_000") printed in decimal, at any size. */
static void repr_int(const char *text, FILE *out)
{
    int base = 10;
    const char *p = text;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) { base = 16; p += 2; }
    else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O')) { base = 8; p += 2; }
    else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) { base = 2; p += 2; }
    size_t n = strlen(p) * 2 + 2, nd = 1;
    unsigned char *d = calloc(n, 1);          /* decimal digits, least significant first */
    if (!d) { fputs(text, out); return; }
    for (; *p; p++) {
        int v;
        if (*p == '_') continue;
        if (*p >= '0' && *p <= '9') v = *p - '0';
        else if (*p >= 'a' && *p <= 'f') v = *p - 'a' + 10;
        else v = *p - 'A' + 10;
        int carry = v;
        for (size_t i = 0; i < nd; i++) {
            int x = d[i] * base + carry;
            d[i] = (unsigned char)(x % 10);
            carry = x / 10;
        }
        while (carry) { d[nd++] = (unsigned char)(carry % 10); carry /= 10; }
    }
    while (nd > 1 && d[nd - 1] == 0) nd--;
    for (size_t i = nd; i-- > 0;) fputc('0' + d[i], out);
    free(d);
}

static double literal_value(const char *text)
{
    char buf[512];
    size_t n = 0;
    for (const char *p = text; *p && n + 1 < sizeof buf; p++)
        if (*p != '_' && *p != 'j' && *p != 'J') buf[n++] = *p;
    buf[n] = '\0';
    return strtod(buf, NULL);
}

/* Python's repr(float) (the shortest string that reads back the same); [dot0] adds ".0" to
 * integral values as float.__repr__ does (complex.__repr__ does not). */
static void repr_double(double x, bool dot0, FILE *out)
{
    if (isinf(x)) { fputs(x > 0 ? "inf" : "-inf", out); return; }
    if (isnan(x)) { fputs("nan", out); return; }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x) break;
    }
    char digits[32];
    int nd = 0, exp10 = 0;
    bool neg = false;
    const char *p = buf;
    if (*p == '-') { neg = true; p++; }
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[nd++] = *p;
    if (*p == 'e') exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = '\0';
    int decpt = exp10 + 1;
    if (neg) fputc('-', out);
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            fputs("0.", out);
            for (int i = 0; i < -decpt; i++) fputc('0', out);
            fputs(digits, out);
        } else if (decpt >= nd) {
            fputs(digits, out);
            for (int i = nd; i < decpt; i++) fputc('0', out);
            if (dot0) fputs(".0", out);
        } else {
            fprintf(out, "%.*s.%s", decpt, digits, digits + decpt);
        }
    } else {
        fputc(digits[0], out);
        if (nd > 1) fprintf(out, ".%s", digits + 1);
        fprintf(out, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    }
}

/* ---- dump -------------------------------------------------------------------------------- */

static const char *const binop_names[] = {
    "Add", "BitAnd", "FloorDiv", "LShift", "MatMult", "Mult", "Mod", "BitOr",
    "Pow", "RShift", "Sub", "Div", "BitXor"
};
static const char *const unop_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const cmp_names[] = {
    "Lt", "LtE", "Eq", "NotEq", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"
};
static const char *const ctx_names[] = {"Load()", "Store()", "Del()"};

typedef struct Dump {
    FILE *out;
    bool attrs;     /* include_attributes=True */
} Dump;

static void dump_expr(const Expr *e, Dump *d);
static void dump_stmt(const Stmt *s, Dump *d);

typedef void (*DumpFn)(const void *, Dump *);

static void dump_list(const AstVec *v, DumpFn fn, Dump *d)
{
    FILE *out = d->out;
    fputc('[', out);
    for (int i = 0; i < v->len; i++) {
        if (i) fputs(", ", out);
        if (v->items[i]) fn(v->items[i], d);
        else fputs("None", out);
    }
    fputc(']', out);
}

/* Ends a node: its location when dumping attributes, then ')'. [nofields]: nothing was
 * printed between the parentheses yet. */
static void close_node_ex(Dump *d, const Loc *l, bool nofields)
{
    if (d->attrs)
        fprintf(d->out, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                nofields ? "" : ", ", l->lineno, l->col_offset, l->end_lineno, l->end_col_offset);
    fputc(')', d->out);
}

static void close_node(Dump *d, const Loc *l)
{
    close_node_ex(d, l, false);
}

static void dump_expr_v(const void *e, Dump *d) { dump_expr(e, d); }
static void dump_stmt_v(const void *s, Dump *d) { dump_stmt(s, d); }

static void dump_ident_v(const void *s, Dump *d)
{
    FILE *out = d->out;
    repr_str(s, strlen(s), false, out);
}

/* Prints ", name=value" for an optional field (nothing when NULL, as ast.dump does). */
static void opt_expr(const char *name, const Expr *e, Dump *d)
{
    FILE *out = d->out;
    if (!e) return;
    fprintf(out, ", %s=", name);
    dump_expr(e, d);
}

static void opt_ident(const char *name, const char *s, bool first, Dump *d)
{
    FILE *out = d->out;
    if (!s) return;
    fprintf(out, "%s%s=", first ? "" : ", ", name);
    repr_str(s, strlen(s), false, out);
}

static void dump_arg(const void *p, Dump *d)
{
    FILE *out = d->out;
    const Arg *a = p;
    fputs("arg(arg=", out);
    repr_str(a->name, strlen(a->name), false, out);
    opt_expr("annotation", a->annotation, d);
    close_node(d, &a->loc);
}

static void dump_arguments(const Arguments *a, Dump *d)
{
    FILE *out = d->out;
    fputs("arguments(posonlyargs=", out);
    dump_list(&a->posonlyargs, dump_arg, d);
    fputs(", args=", out);
    dump_list(&a->args, dump_arg, d);
    if (a->vararg) {
        fputs(", vararg=", out);
        dump_arg(a->vararg, d);
    }
    fputs(", kwonlyargs=", out);
    dump_list(&a->kwonlyargs, dump_arg, d);
    fputs(", kw_defaults=", out);
    dump_list(&a->kw_defaults, dump_expr_v, d);
    if (a->kwarg) {
        fputs(", kwarg=", out);
        dump_arg(a->kwarg, d);
    }
    fputs(", defaults=", out);
    dump_list(&a->defaults, dump_expr_v, d);
    fputc(')', out);
}

static void dump_keyword(const void *p, Dump *d)
{
    FILE *out = d->out;
    const Keyword *k = p;
    fputs("keyword(", out);
    opt_ident("arg", k->arg, true, d);
    fprintf(out, "%svalue=", k->arg ? ", " : "");
    dump_expr(k->value, d);
    close_node(d, &k->loc);
}

static void dump_comprehension(const void *p, Dump *d)
{
    FILE *out = d->out;
    const Comprehension *c = p;
    fputs("comprehension(target=", out);
    dump_expr(c->target, d);
    fputs(", iter=", out);
    dump_expr(c->iter, d);
    fputs(", ifs=", out);
    dump_list(&c->ifs, dump_expr_v, d);
    fputs(", is_async=0)", out);
}

static void dump_alias(const void *p, Dump *d)
{
    FILE *out = d->out;
    const Alias *a = p;
    fputs("alias(name=", out);
    repr_str(a->name, strlen(a->name), false, out);
    opt_ident("asname", a->asname, false, d);
    close_node(d, &a->loc);
}

static void dump_withitem(const void *p, Dump *d)
{
    FILE *out = d->out;
    const WithItem *w = p;
    fputs("withitem(context_expr=", out);
    dump_expr(w->context_expr, d);
    opt_expr("optional_vars", w->optional_vars, d);
    fputc(')', out);
}

static void dump_handler(const void *p, Dump *d)
{
    FILE *out = d->out;
    const ExceptHandler *h = p;
    fputs("ExceptHandler(", out);
    if (h->type) {
        fputs("type=", out);
        dump_expr(h->type, d);
    }
    opt_ident("name", h->name, !h->type, d);
    fprintf(out, "%sbody=", h->type || h->name ? ", " : "");
    dump_list(&h->body, dump_stmt_v, d);
    close_node(d, &h->loc);
}

static void dump_const(const Expr *e, Dump *d)
{
    FILE *out = d->out;
    fputs("Constant(value=", out);
    switch (e->v.constant.kind) {
    case CONST_NONE: fputs("None", out); break;
    case CONST_TRUE: fputs("True", out); break;
    case CONST_FALSE: fputs("False", out); break;
    case CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case CONST_INT: repr_int(e->v.constant.text, out); break;
    case CONST_FLOAT: repr_double(literal_value(e->v.constant.text), true, out); break;
    case CONST_IMAG:
        repr_double(literal_value(e->v.constant.text), false, out);
        fputc('j', out);
        break;
    case CONST_STR: case CONST_BYTES:
        repr_str(e->v.constant.bytes, e->v.constant.len, e->v.constant.kind == CONST_BYTES, out);
        break;
    }
    if (e->v.constant.u_prefix) fputs(", kind='u'", out);
}

static void dump_comp(const char *name, const Expr *e, Dump *d)
{
    FILE *out = d->out;
    fprintf(out, "%s(", name);
    if (e->kind == EXPR_DICTCOMP) {
        fputs("key=", out);
        dump_expr(e->v.comp.elt, d);
        fputs(", value=", out);
        dump_expr(e->v.comp.value, d);
    } else {
        fputs("elt=", out);
        dump_expr(e->v.comp.elt, d);
    }
    fputs(", generators=", out);
    dump_list(&e->v.comp.generators, dump_comprehension, d);
}

static void dump_expr(const Expr *e, Dump *d)
{
    FILE *out = d->out;
    switch (e->kind) {
    case EXPR_BOOLOP:
        fprintf(out, "BoolOp(op=%s(), values=", e->v.boolop.op == BOOL_AND ? "And" : "Or");
        dump_list(&e->v.boolop.values, dump_expr_v, d);
        break;
    case EXPR_NAMED:
        fputs("NamedExpr(target=", out);
        dump_expr(e->v.named.target, d);
        fputs(", value=", out);
        dump_expr(e->v.named.value, d);
        break;
    case EXPR_BINOP:
        fputs("BinOp(left=", out);
        dump_expr(e->v.binop.left, d);
        fprintf(out, ", op=%s(), right=", binop_names[e->v.binop.op]);
        dump_expr(e->v.binop.right, d);
        break;
    case EXPR_UNARYOP:
        fprintf(out, "UnaryOp(op=%s(), operand=", unop_names[e->v.unaryop.op]);
        dump_expr(e->v.unaryop.operand, d);
        break;
    case EXPR_LAMBDA:
        fputs("Lambda(args=", out);
        dump_arguments(e->v.lambda.args, d);
        fputs(", body=", out);
        dump_expr(e->v.lambda.body, d);
        break;
    case EXPR_IFEXP:
        fputs("IfExp(test=", out);
        dump_expr(e->v.ifexp.test, d);
        fputs(", body=", out);
        dump_expr(e->v.ifexp.body, d);
        fputs(", orelse=", out);
        dump_expr(e->v.ifexp.orelse, d);
        break;
    case EXPR_DICT:
        fputs("Dict(keys=", out);
        dump_list(&e->v.dict.keys, dump_expr_v, d);
        fputs(", values=", out);
        dump_list(&e->v.dict.values, dump_expr_v, d);
        break;
    case EXPR_SET:
        fputs("Set(elts=", out);
        dump_list(&e->v.set.elts, dump_expr_v, d);
        break;
    case EXPR_LISTCOMP: dump_comp("ListComp", e, d); break;
    case EXPR_SETCOMP: dump_comp("SetComp", e, d); break;
    case EXPR_DICTCOMP: dump_comp("DictComp", e, d); break;
    case EXPR_GENEXP: dump_comp("GeneratorExp", e, d); break;
    case EXPR_YIELD:
        fputs("Yield(", out);
        if (e->v.yield.value) {
            fputs("value=", out);
            dump_expr(e->v.yield.value, d);
        }
        break;
    case EXPR_YIELD_FROM:
        fputs("YieldFrom(value=", out);
        dump_expr(e->v.yield.value, d);
        break;
    case EXPR_COMPARE:
        fputs("Compare(left=", out);
        dump_expr(e->v.compare.left, d);
        fputs(", ops=[", out);
        for (int i = 0; i < e->v.compare.nops; i++)
            fprintf(out, "%s%s()", i ? ", " : "", cmp_names[e->v.compare.ops[i]]);
        fputs("], comparators=", out);
        dump_list(&e->v.compare.comparators, dump_expr_v, d);
        break;
    case EXPR_CALL:
        fputs("Call(func=", out);
        dump_expr(e->v.call.func, d);
        fputs(", args=", out);
        dump_list(&e->v.call.args, dump_expr_v, d);
        fputs(", keywords=", out);
        dump_list(&e->v.call.keywords, dump_keyword, d);
        break;
    case EXPR_FORMATTED:
        fputs("FormattedValue(value=", out);
        dump_expr(e->v.formatted.value, d);
        fprintf(out, ", conversion=%d", e->v.formatted.conversion);
        opt_expr("format_spec", e->v.formatted.format_spec, d);
        break;
    case EXPR_JOINEDSTR:
        fputs("JoinedStr(values=", out);
        dump_list(&e->v.joinedstr.values, dump_expr_v, d);
        break;
    case EXPR_CONST:
        dump_const(e, d);
        break;
    case EXPR_ATTRIBUTE:
        fputs("Attribute(value=", out);
        dump_expr(e->v.attribute.value, d);
        fputs(", attr=", out);
        dump_ident_v(e->v.attribute.attr, d);
        fprintf(out, ", ctx=%s", ctx_names[e->v.attribute.ctx]);
        break;
    case EXPR_SUBSCRIPT:
        fputs("Subscript(value=", out);
        dump_expr(e->v.subscript.value, d);
        fputs(", slice=", out);
        dump_expr(e->v.subscript.slice, d);
        fprintf(out, ", ctx=%s", ctx_names[e->v.subscript.ctx]);
        break;
    case EXPR_STARRED:
        fputs("Starred(value=", out);
        dump_expr(e->v.starred.value, d);
        fprintf(out, ", ctx=%s", ctx_names[e->v.starred.ctx]);
        break;
    case EXPR_NAME:
        fputs("Name(id=", out);
        dump_ident_v(e->v.name.id, d);
        fprintf(out, ", ctx=%s", ctx_names[e->v.name.ctx]);
        break;
    case EXPR_LIST:
    case EXPR_TUPLE:
        fputs(e->kind == EXPR_LIST ? "List(elts=" : "Tuple(elts=", out);
        dump_list(&e->v.list.elts, dump_expr_v, d);
        fprintf(out, ", ctx=%s", ctx_names[e->v.list.ctx]);
        break;
    case EXPR_SLICE: {
        const char *sep = "";
        fputs("Slice(", out);
        if (e->v.slice.lower) { fputs("lower=", out); dump_expr(e->v.slice.lower, d); sep = ", "; }
        if (e->v.slice.upper) {
            fprintf(out, "%supper=", sep);
            dump_expr(e->v.slice.upper, d);
            sep = ", ";
        }
        if (e->v.slice.step) { fprintf(out, "%sstep=", sep); dump_expr(e->v.slice.step, d); }
        break;
    }
    }
    close_node_ex(d, &e->loc, (e->kind == EXPR_YIELD && !e->v.yield.value) ||
                  (e->kind == EXPR_SLICE && !e->v.slice.lower && !e->v.slice.upper &&
                   !e->v.slice.step));
}

static void body_orelse(const AstVec *body, const AstVec *orelse, Dump *d)
{
    FILE *out = d->out;
    fputs(", body=", out);
    dump_list(body, dump_stmt_v, d);
    fputs(", orelse=", out);
    dump_list(orelse, dump_stmt_v, d);
}

static void dump_pattern(const void *p, Dump *d);

static void dump_pattern(const void *pv, Dump *d)
{
    FILE *out = d->out;
    const Pattern *p = pv;
    bool nofields = false;
    switch (p->kind) {
    case PAT_VALUE:
        fputs("MatchValue(value=", out);
        dump_expr(p->v.value.value, d);
        break;
    case PAT_SINGLETON:
        fprintf(out, "MatchSingleton(value=%s", p->v.singleton.value == CONST_NONE ? "None" :
                p->v.singleton.value == CONST_TRUE ? "True" : "False");
        break;
    case PAT_SEQUENCE:
    case PAT_OR:
        fputs(p->kind == PAT_OR ? "MatchOr(patterns=" : "MatchSequence(patterns=", out);
        dump_list(&p->v.seq.patterns, dump_pattern, d);
        break;
    case PAT_MAPPING:
        fputs("MatchMapping(keys=", out);
        dump_list(&p->v.mapping.keys, dump_expr_v, d);
        fputs(", patterns=", out);
        dump_list(&p->v.mapping.patterns, dump_pattern, d);
        opt_ident("rest", p->v.mapping.rest, false, d);
        break;
    case PAT_CLASS:
        fputs("MatchClass(cls=", out);
        dump_expr(p->v.cls.cls, d);
        fputs(", patterns=", out);
        dump_list(&p->v.cls.patterns, dump_pattern, d);
        fputs(", kwd_attrs=", out);
        dump_list(&p->v.cls.kwd_attrs, dump_ident_v, d);
        fputs(", kwd_patterns=", out);
        dump_list(&p->v.cls.kwd_patterns, dump_pattern, d);
        break;
    case PAT_STAR:
        fputs("MatchStar(", out);
        opt_ident("name", p->v.star.name, true, d);
        nofields = !p->v.star.name;
        break;
    case PAT_AS:
        fputs("MatchAs(", out);
        if (p->v.as.pattern) {
            fputs("pattern=", out);
            dump_pattern(p->v.as.pattern, d);
        }
        opt_ident("name", p->v.as.name, !p->v.as.pattern, d);
        nofields = !p->v.as.pattern && !p->v.as.name;
        break;
    }
    close_node_ex(d, &p->loc, nofields);
}

static void dump_match_case(const void *p, Dump *d)
{
    FILE *out = d->out;
    const MatchCase *m = p;
    fputs("match_case(pattern=", out);
    dump_pattern(m->pattern, d);
    opt_expr("guard", m->guard, d);
    fputs(", body=", out);
    dump_list(&m->body, dump_stmt_v, d);
    fputc(')', out);
}

static void dump_stmt(const Stmt *s, Dump *d)
{
    FILE *out = d->out;
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
        fputs("FunctionDef(name=", out);
        dump_ident_v(s->v.funcdef.name, d);
        fputs(", args=", out);
        dump_arguments(s->v.funcdef.args, d);
        fputs(", body=", out);
        dump_list(&s->v.funcdef.body, dump_stmt_v, d);
        fputs(", decorator_list=", out);
        dump_list(&s->v.funcdef.decorators, dump_expr_v, d);
        opt_expr("returns", s->v.funcdef.returns, d);
        break;
    case STMT_CLASSDEF:
        fputs("ClassDef(name=", out);
        dump_ident_v(s->v.classdef.name, d);
        fputs(", bases=", out);
        dump_list(&s->v.classdef.bases, dump_expr_v, d);
        fputs(", keywords=", out);
        dump_list(&s->v.classdef.keywords, dump_keyword, d);
        fputs(", body=", out);
        dump_list(&s->v.classdef.body, dump_stmt_v, d);
        fputs(", decorator_list=", out);
        dump_list(&s->v.classdef.decorators, dump_expr_v, d);
        break;
    case STMT_RETURN:
        fputs("Return(", out);
        if (s->v.ret.value) { fputs("value=", out); dump_expr(s->v.ret.value, d); }
        break;
    case STMT_DELETE:
        fputs("Delete(targets=", out);
        dump_list(&s->v.del.targets, dump_expr_v, d);
        break;
    case STMT_ASSIGN:
        fputs("Assign(targets=", out);
        dump_list(&s->v.assign.targets, dump_expr_v, d);
        fputs(", value=", out);
        dump_expr(s->v.assign.value, d);
        break;
    case STMT_AUGASSIGN:
        fputs("AugAssign(target=", out);
        dump_expr(s->v.augassign.target, d);
        fprintf(out, ", op=%s(), value=", binop_names[s->v.augassign.op]);
        dump_expr(s->v.augassign.value, d);
        break;
    case STMT_ANNASSIGN:
        fputs("AnnAssign(target=", out);
        dump_expr(s->v.annassign.target, d);
        fputs(", annotation=", out);
        dump_expr(s->v.annassign.annotation, d);
        opt_expr("value", s->v.annassign.value, d);
        fprintf(out, ", simple=%d", s->v.annassign.simple);
        break;
    case STMT_FOR:
        fputs("For(target=", out);
        dump_expr(s->v.for_.target, d);
        fputs(", iter=", out);
        dump_expr(s->v.for_.iter, d);
        body_orelse(&s->v.for_.body, &s->v.for_.orelse, d);
        break;
    case STMT_WHILE:
    case STMT_IF:
        fputs(s->kind == STMT_IF ? "If(test=" : "While(test=", out);
        dump_expr(s->v.if_.test, d);
        body_orelse(&s->v.if_.body, &s->v.if_.orelse, d);
        break;
    case STMT_WITH:
        fputs("With(items=", out);
        dump_list(&s->v.with.items, dump_withitem, d);
        fputs(", body=", out);
        dump_list(&s->v.with.body, dump_stmt_v, d);
        break;
    case STMT_RAISE:
        fputs("Raise(", out);
        if (s->v.raise.exc) { fputs("exc=", out); dump_expr(s->v.raise.exc, d); }
        if (s->v.raise.cause) {
            fputs(s->v.raise.exc ? ", cause=" : "cause=", out);
            dump_expr(s->v.raise.cause, d);
        }
        break;
    case STMT_TRY:
        fputs("Try(body=", out);
        dump_list(&s->v.try_.body, dump_stmt_v, d);
        fputs(", handlers=", out);
        dump_list(&s->v.try_.handlers, dump_handler, d);
        fputs(", orelse=", out);
        dump_list(&s->v.try_.orelse, dump_stmt_v, d);
        fputs(", finalbody=", out);
        dump_list(&s->v.try_.finalbody, dump_stmt_v, d);
        break;
    case STMT_ASSERT:
        fputs("Assert(test=", out);
        dump_expr(s->v.assert_.test, d);
        opt_expr("msg", s->v.assert_.msg, d);
        break;
    case STMT_IMPORT:
        fputs("Import(names=", out);
        dump_list(&s->v.import.names, dump_alias, d);
        break;
    case STMT_IMPORTFROM:
        fputs("ImportFrom(", out);
        opt_ident("module", s->v.importfrom.module, true, d);
        fputs(s->v.importfrom.module ? ", names=" : "names=", out);
        dump_list(&s->v.importfrom.names, dump_alias, d);
        fprintf(out, ", level=%d", s->v.importfrom.level);
        break;
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
        fputs(s->kind == STMT_GLOBAL ? "Global(names=" : "Nonlocal(names=", out);
        dump_list(&s->v.global.names, dump_ident_v, d);
        break;
    case STMT_EXPR:
        fputs("Expr(value=", out);
        dump_expr(s->v.expr.value, d);
        break;
    case STMT_MATCH:
        fputs("Match(subject=", out);
        dump_expr(s->v.match.subject, d);
        fputs(", cases=", out);
        dump_list(&s->v.match.cases, dump_match_case, d);
        break;
    case STMT_PASS: fputs("Pass(", out); break;
    case STMT_BREAK: fputs("Break(", out); break;
    case STMT_CONTINUE: fputs("Continue(", out); break;
    }
    close_node_ex(d, &s->loc, s->kind == STMT_PASS || s->kind == STMT_BREAK ||
                  s->kind == STMT_CONTINUE || (s->kind == STMT_RETURN && !s->v.ret.value) ||
                  (s->kind == STMT_RAISE && !s->v.raise.exc && !s->v.raise.cause));
}

void ast_dump_module_ex(const Module *m, bool attributes, FILE *out)
{
    Dump dd = {out, attributes}, *d = &dd;
    if (m->mode == PARSE_EVAL) {
        fputs("Expression(body=", out);
        if (m->body.len) dump_expr(((Stmt *)m->body.items[0])->v.expr.value, d);
        fputc(')', out);
        return;
    }
    fputs(m->mode == PARSE_SINGLE ? "Interactive(body=" : "Module(body=", out);
    dump_list(&m->body, dump_stmt_v, d);
    fputs(m->mode == PARSE_SINGLE ? ")" : ", type_ignores=[])", out);
}

void ast_dump_module(const Module *m, FILE *out)
{
    ast_dump_module_ex(m, false, out);
}

void ast_dump_expr(const Expr *e, FILE *out)
{
    Dump d = {out, false};
    dump_expr(e, &d);
}
