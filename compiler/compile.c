/* compile.c: the compiler's core: entry points (compile_module, compile_source), compilation units
 * (one per code object), the constant and name tables, instruction emission with positions and
 * exception handlers, name resolution to opcodes (compile_nameop) and constant folding.
 * The statement and expression visitors live in compile_stmt.c and compile_expr.c, the assembler
 * in assemble.c. Shapes and choices follow CPython 3.11's Python/compile.c. */
#include "compiler/compile_internal.h"
#include "gc/alloc.h"
#include "vm/errors.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/complexobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include <string.h>
#include <math.h>

const Loc compile_no_loc = {-1, -1, -1, -1};

/* ------------------------------------------------------------------------------------------ */
/* Errors                                                                                     */

static int verror_at(Compiler *c, Loc loc, const char *fmt, va_list ap)
{
    char msg[512];
    vsnprintf(msg, sizeof(msg), fmt, ap);
    return symtable_syntax_error(c->filename, c->source, c->source_len, loc, "%s", msg);
}

int compile_error(Compiler *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = verror_at(c, c->u->loc, fmt, ap);
    va_end(ap);
    return r;
}

int compile_error_at(Compiler *c, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = verror_at(c, loc, fmt, ap);
    va_end(ap);
    return r;
}

static int no_memory(void)
{
    exc_no_memory();
    return -1;
}

/* ------------------------------------------------------------------------------------------ */
/* Constants                                                                                  */

static uint64_t const_hash(Object *o)
{
    if (STR_CHECK_EXACT(o)) return (uint64_t)str_hash_value(o);
    if (TYPE(o) == &int_type || TYPE(o) == &bool_type) return (uint64_t)int_hash_value(o) ^ (TYPE(o) == &bool_type);
    if (TYPE(o) == &float_type) {
        uint64_t bits;
        double d = FLOAT_VALUE(o);
        memcpy(&bits, &d, sizeof(bits));
        return bits * 0x9E3779B97F4A7C15ull;
    }
    if (TYPE(o) == &complex_type) {
        uint64_t bits[2];
        double d[2] = {COMPLEX_REAL(o), COMPLEX_IMAG(o)};
        memcpy(bits, d, sizeof(bits));
        return (bits[0] * 0x9E3779B97F4A7C15ull) ^ (bits[1] * 1000003u);
    }
    if (TYPE(o) == &bytes_type) {
        uint64_t h = 1469598103934665603ull;
        for (ssize_t i = 0; i < BYTES_LEN(o); i++) h = (h ^ (unsigned char)BYTES_DATA(o)[i]) * 1099511628211ull;
        return h;
    }
    if (TYPE(o) == &tuple_type) {
        uint64_t h = 0x345678u + (uint64_t)TUPLE_SIZE(o);
        for (ssize_t i = 0; i < TUPLE_SIZE(o); i++) h = (h ^ const_hash(TUPLE_GET(o, i))) * 1000003u;
        return h;
    }
    return (uint64_t)(uintptr_t)o * 0x9E3779B97F4A7C15ull;
}

/* Same type and same value, as CPython's _PyCode_ConstantKey (1 and 1.0 and True differ; so do
 * 0.0 and -0.0). Code objects are only equal to themselves. */
static bool const_equal(Object *a, Object *b)
{
    if (a == b) return true;
    if (TYPE(a) != TYPE(b)) return false;
    if (TYPE(a) == &str_type) return str_eq(a, b);
    if (TYPE(a) == &int_type) return int_compare(a, b) == 0;
    if (TYPE(a) == &float_type) {
        double x = FLOAT_VALUE(a), y = FLOAT_VALUE(b);
        return memcmp(&x, &y, sizeof(double)) == 0;
    }
    if (TYPE(a) == &complex_type) {
        double x[2] = {COMPLEX_REAL(a), COMPLEX_IMAG(a)}, y[2] = {COMPLEX_REAL(b), COMPLEX_IMAG(b)};
        return memcmp(x, y, sizeof(x)) == 0;
    }
    if (TYPE(a) == &bytes_type)
        return BYTES_LEN(a) == BYTES_LEN(b) && memcmp(BYTES_DATA(a), BYTES_DATA(b), (size_t)BYTES_LEN(a)) == 0;
    if (TYPE(a) == &tuple_type) {
        if (TUPLE_SIZE(a) != TUPLE_SIZE(b)) return false;
        for (ssize_t i = 0; i < TUPLE_SIZE(a); i++)
            if (!const_equal(TUPLE_GET(a, i), TUPLE_GET(b, i))) return false;
        return true;
    }
    return false;
}

static int consts_rehash(ConstTable *t, int nslots)
{
    int *slots = mem_alloc(sizeof(int) * (size_t)nslots);
    if (!slots) return -1;
    for (int i = 0; i < nslots; i++) slots[i] = -1;
    for (int e = 0; e < t->len; e++) {
        unsigned j = (unsigned)const_hash(t->items[e]) & (unsigned)(nslots - 1);
        while (slots[j] >= 0) j = (j + 1) & (unsigned)(nslots - 1);
        slots[j] = e;
    }
    mem_free(t->slots);
    t->slots = slots;
    t->nslots = nslots;
    return 0;
}

int compile_add_const_steal(Compiler *c, Object *o)
{
    ConstTable *t = &c->u->consts;
    unsigned h = (unsigned)const_hash(o);
    if (t->nslots) {
        for (unsigned j = h & (unsigned)(t->nslots - 1);; j = (j + 1) & (unsigned)(t->nslots - 1)) {
            int e = t->slots[j];
            if (e < 0) break;
            if (const_equal(t->items[e], o)) {
                OBJ_DECREF(o);
                return e;
            }
        }
    }
    if (t->len == t->cap) {
        int cap = t->cap ? t->cap * 2 : 8;
        Object **items = mem_realloc(t->items, sizeof(Object *) * (size_t)cap);
        if (!items) goto nomem;
        t->items = items;
        t->cap = cap;
    }
    if ((t->len + 1) * 2 > t->nslots && consts_rehash(t, t->nslots ? t->nslots * 2 : 16) < 0) goto nomem;
    int e = t->len++;
    t->items[e] = o;
    unsigned j = h & (unsigned)(t->nslots - 1);
    while (t->slots[j] >= 0) j = (j + 1) & (unsigned)(t->nslots - 1);
    t->slots[j] = e;
    return e;
nomem:
    OBJ_DECREF(o);
    return no_memory();
}

static void consts_fini(ConstTable *t)
{
    for (int i = 0; i < t->len; i++) OBJ_DECREF(t->items[i]);
    mem_free(t->items);
    mem_free(t->slots);
    memset(t, 0, sizeof(*t));
}

static bool all_name_chars(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
            return false;
    }
    return true;
}

bool compile_is_const(Expr *e)
{
    return e->kind == EXPR_CONST;
}

Object *compile_const_object(Compiler *c, Expr *e)
{
    UNUSED(c);
    switch (e->v.constant.kind) {
    case CONST_NONE: return obj_newref(NONE);
    case CONST_TRUE: return obj_newref(TRUE_OBJ);
    case CONST_FALSE: return obj_newref(FALSE_OBJ);
    case CONST_ELLIPSIS: return obj_newref(ELLIPSIS);
    case CONST_INT: return int_from_literal(e->v.constant.text);
    case CONST_FLOAT: return float_from_literal(e->v.constant.text);
    case CONST_IMAG: return complex_from_literal(e->v.constant.text);
    case CONST_STR: {
        Object *s = str_from_utf8(e->v.constant.bytes, (ssize_t)e->v.constant.len);
        if (s && all_name_chars(e->v.constant.bytes, e->v.constant.len)) str_intern_inplace(&s);
        return s;
    }
    case CONST_BYTES:
        return bytes_from_data(e->v.constant.bytes, (ssize_t)e->v.constant.len);
    }
    return exc_bad_internal_call("compile_const_object");
}

/* ---- constant folding (CPython's Python/ast_opt.c, within its size limits) ---- */

#define MAX_INT_BITS 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096

static bool is_int(Object *o) { return TYPE(o) == &int_type || TYPE(o) == &bool_type; }

/* Whether folding [a op b] stays within CPython's limits (it doesn't fold what could be huge). */
static bool fold_is_safe(Object *a, Object *b, int op)
{
    if (op == OP_MULT) {
        if (is_int(a) && is_int(b)) {
            if (int_sign(a) == 0 || int_sign(b) == 0) return true;
            return int_bit_length(a) + int_bit_length(b) <= MAX_INT_BITS;
        }
        Object *n = is_int(a) ? a : b, *seq = is_int(a) ? b : a;
        if (!is_int(n)) return true;
        ssize_t size;
        ssize_t limit = MAX_STR_SIZE;
        if (TYPE(seq) == &tuple_type) {
            size = TUPLE_SIZE(seq);
            limit = MAX_COLLECTION_SIZE;
        } else if (TYPE(seq) == &str_type) {
            size = STR_LEN(seq);
        } else if (TYPE(seq) == &bytes_type) {
            size = BYTES_LEN(seq);
        } else {
            return true;
        }
        if (size == 0) return true;
        int overflow = 0;
        long k = int_as_long(n, &overflow);
        return !overflow && k >= 0 && k <= limit / size;
    }
    if (op == OP_POW) {
        if (is_int(a) && is_int(b) && int_sign(a) != 0 && int_sign(b) > 0) {
            int overflow = 0;
            long w = int_as_long(b, &overflow);
            if (overflow || w > MAX_INT_BITS) return false;
            return int_bit_length(a) <= MAX_INT_BITS / w;
        }
        return true;
    }
    if (op == OP_LSHIFT) {
        if (is_int(a) && is_int(b) && int_sign(a) != 0 && int_sign(b) != 0) {
            int overflow = 0;
            long w = int_as_long(b, &overflow);
            if (overflow || w < 0) return true;        /* negative shift: raises, not folded */
            return w <= MAX_INT_BITS && int_bit_length(a) <= MAX_INT_BITS - w;
        }
        return true;
    }
    if (op == OP_MOD) return TYPE(a) != &str_type && TYPE(a) != &bytes_type;
    return true;
}

static bool foldable_type(Object *o)
{
    TypeObject *t = TYPE(o);
    return t == &int_type || t == &bool_type || t == &float_type || t == &complex_type || t == &str_type ||
           t == &bytes_type || t == &tuple_type;
}

/* An operation that failed at compile time is left for run time (CPython's make_const). */
static Object *fold_result(Object *r, int *err)
{
    if (r == NULL) {
        if (exc_matches(Exc_MemoryError)) {
            *err = -1;
            return NULL;
        }
        exc_clear();
    }
    return r;
}

Object *compile_fold(Compiler *c, Expr *e, int *err)
{
    switch (e->kind) {
    case EXPR_CONST:
        {
            Object *o = compile_const_object(c, e);
            if (!o) *err = -1;
            return o;
        }
    case EXPR_NAME:
        if (e->v.name.ctx == CTX_LOAD && strcmp(e->v.name.id, "__debug__") == 0) return obj_newref(TRUE_OBJ);
        return NULL;
    case EXPR_TUPLE: {
        if (e->v.list.ctx != CTX_LOAD) return NULL;
        int n = e->v.list.elts.len;
        for (int i = 0; i < n; i++) {
            Expr *elt = e->v.list.elts.items[i];
            if (elt->kind == EXPR_STARRED) return NULL;
        }
        Object *t = tuple_new(n);
        if (!t) {
            *err = -1;
            return NULL;
        }
        for (int i = 0; i < n; i++) {
            Object *item = compile_fold(c, e->v.list.elts.items[i], err);
            if (!item) {
                OBJ_DECREF(t);
                return NULL;
            }
            tuple_set_item_steal(t, i, item);
        }
        return t;
    }
    case EXPR_UNARYOP: {
        Object *v = compile_fold(c, e->v.unaryop.operand, err);
        if (!v) return NULL;
        Object *r = NULL;
        switch (e->v.unaryop.op) {
        case UOP_NOT: {
            int t = obj_is_true(v);
            r = t < 0 ? NULL : obj_newref(t ? FALSE_OBJ : TRUE_OBJ);
            break;
        }
        case UOP_USUB:
            if (is_int(v) || TYPE(v) == &float_type || TYPE(v) == &complex_type) r = obj_negative(v);
            else {
                OBJ_DECREF(v);
                return NULL;
            }
            break;
        case UOP_UADD:
            if (is_int(v) || TYPE(v) == &float_type || TYPE(v) == &complex_type) r = obj_positive(v);
            else {
                OBJ_DECREF(v);
                return NULL;
            }
            break;
        case UOP_INVERT:
            if (is_int(v)) r = obj_invert(v);
            else {
                OBJ_DECREF(v);
                return NULL;
            }
            break;
        }
        OBJ_DECREF(v);
        return fold_result(r, err);
    }
    case EXPR_SUBSCRIPT: {
        /* "abc"[1], (1, 2)[0]: constant container and index (not slices) */
        if (e->v.subscript.ctx != CTX_LOAD || e->v.subscript.slice->kind == EXPR_SLICE) return NULL;
        Object *v = compile_fold(c, e->v.subscript.value, err);
        if (!v) return NULL;
        Object *k = compile_fold(c, e->v.subscript.slice, err);
        Object *r = NULL;
        if (k && (TYPE(v) == &str_type || TYPE(v) == &bytes_type || TYPE(v) == &tuple_type) && is_int(k))
            r = fold_result(obj_getitem(v, k), err);
        OBJ_DECREF(v);
        OBJ_XDECREF(k);
        if (r && TYPE(r) == &str_type && all_name_chars(STR_DATA(r), (size_t)STR_NBYTES(r))) str_intern_inplace(&r);
        return r;
    }
    case EXPR_BINOP: {
        Object *a = compile_fold(c, e->v.binop.left, err);
        if (!a) return NULL;
        Object *b = compile_fold(c, e->v.binop.right, err);
        if (!b) {
            OBJ_DECREF(a);
            return NULL;
        }
        Object *r = NULL;
        if (e->v.binop.op != OP_MATMUL && foldable_type(a) && foldable_type(b) &&
            fold_is_safe(a, b, e->v.binop.op)) {
            r = fold_result(obj_binary_op(a, b, (int)e->v.binop.op), err);
            /* folded strings must stay small (CPython's limit applies to concatenation too) */
            if (r && ((TYPE(r) == &str_type && STR_LEN(r) > MAX_STR_SIZE) ||
                      (TYPE(r) == &bytes_type && BYTES_LEN(r) > MAX_STR_SIZE) ||
                      (TYPE(r) == &tuple_type && TUPLE_SIZE(r) > MAX_COLLECTION_SIZE)))
                OBJ_CLEAR(r);
            if (r && TYPE(r) == &str_type && all_name_chars(STR_DATA(r), (size_t)STR_NBYTES(r)))
                str_intern_inplace(&r);
        }
        OBJ_DECREF(a);
        OBJ_DECREF(b);
        return r;
    }
    default:
        return NULL;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Units                                                                                      */

static int map_add(StrMap *m, const char *name, int offset)
{
    int e = symtable_map_find(m, name, NULL);
    if (e >= 0) return e + offset;
    e = symtable_map_put(m, name, 0);
    return e < 0 ? no_memory() : e + offset;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* CPython's dictbytype: the names of [ste] whose scope is [scope] or that have [flag], sorted. */
static int names_by_scope(StrMap *out, SymScope *ste, int scope, int flag)
{
    int n = 0;
    const char **names = mem_alloc(sizeof(char *) * (size_t)(ste->symbols.len + 1));
    if (!names) return no_memory();
    for (int i = 0; i < ste->symbols.len; i++) {
        int v = ste->symbols.vals[i];
        if (((v >> SCOPE_OFFSET) & SCOPE_MASK) == scope || (v & flag)) names[n++] = ste->symbols.keys[i];
    }
    qsort(names, (size_t)n, sizeof(char *), cmp_names);
    int r = 0;
    for (int i = 0; i < n && r == 0; i++)
        if (map_add(out, names[i], 0) < 0) r = -1;
    mem_free(names);
    return r;
}

static int set_qualname(Compiler *c, Unit *u)
{
    Unit *parent = u->parent;
    const char *base = NULL;
    bool locals = false;
    if (parent && parent->kind != UNIT_MODULE) {
        bool force_global = false;
        if (u->kind == UNIT_FUNCTION || u->kind == UNIT_CLASS) {
            const char *mangled = symtable_mangle(c->st, parent->private_name, u->name);
            if (!mangled) return -1;
            if (symtable_scope(parent->ste, mangled) == SCOPE_GLOBAL_EXPLICIT) force_global = true;
        }
        if (!force_global) {
            base = parent->qualname;
            locals = parent->kind == UNIT_FUNCTION || parent->kind == UNIT_LAMBDA;
        }
    }
    if (!base) {
        u->qualname = u->name;
        return 0;
    }
    size_t blen = strlen(base), nlen = strlen(u->name);
    size_t len = blen + (locals ? 9 : 0) + 1 + nlen;
    char *buf = mem_alloc(len + 1);
    if (!buf) return no_memory();
    memcpy(buf, base, blen);
    size_t pos = blen;
    if (locals) {
        memcpy(buf + pos, ".<locals>", 9);
        pos += 9;
    }
    buf[pos++] = '.';
    memcpy(buf + pos, u->name, nlen + 1);
    u->qualname = symtable_strdup(c->st, buf, len);
    mem_free(buf);
    return u->qualname ? 0 : -1;
}

static void unit_free(Unit *u)
{
    consts_fini(&u->consts);
    symtable_map_fini(&u->names);
    symtable_map_fini(&u->varnames);
    symtable_map_fini(&u->cellvars);
    symtable_map_fini(&u->freevars);
    mem_free(u->code);
    mem_free(u->labels);
    mem_free(u->handlers);
    mem_free(u);
}

int compile_enter_scope(Compiler *c, const char *name, UnitKind kind, const void *key, int firstlineno)
{
    Unit *u = mem_calloc(1, sizeof(Unit));
    if (!u) return no_memory();
    u->parent = c->u;
    u->kind = kind;
    u->name = name;
    u->firstlineno = firstlineno;
    u->cur_handler = -1;
    u->loc = (Loc){firstlineno, 0, firstlineno, 0};
    u->ste = symtable_lookup(c->st, key);
    if (!u->ste) {
        mem_free(u);
        exc_bad_internal_call("compile_enter_scope: no symbol table entry");
        return -1;
    }
    u->private_name = c->u ? c->u->private_name : NULL;
    c->u = u;
    c->nestlevel++;
    for (int i = 0; i < u->ste->nparams; i++)
        TRY(map_add(&u->varnames, u->ste->params[i], 0));
    /* cells: parameters first (in parameter order), then the other cells sorted (CPython 3.11's
     * co_cellvars order) */
    for (int i = 0; i < u->ste->nparams; i++)
        if (symtable_scope(u->ste, u->ste->params[i]) == SCOPE_CELL) TRY(map_add(&u->cellvars, u->ste->params[i], 0));
    TRY(names_by_scope(&u->cellvars, u->ste, SCOPE_CELL, 0));
    if (u->ste->needs_class_closure) TRY(map_add(&u->cellvars, "__class__", 0));
    TRY(names_by_scope(&u->freevars, u->ste, SCOPE_FREE, DEF_FREE_CLASS));
    return set_qualname(c, u);
}

void compile_exit_scope(Compiler *c)
{
    Unit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    unit_free(u);
}

/* ------------------------------------------------------------------------------------------ */
/* Emission                                                                                   */

int compile_addop(Compiler *c, int op, int arg)
{
    Unit *u = c->u;
    if (arg < 0 || arg > INSTR_ARG_MAX) return compile_error(c, "too many constants or names in one code object");
    if (u->ncode == u->capcode) {
        int cap = u->capcode ? u->capcode * 2 : 64;
        CInstr *code = mem_realloc(u->code, sizeof(CInstr) * (size_t)cap);
        if (!code) return no_memory();
        u->code = code;
        u->capcode = cap;
    }
    CInstr *in = &u->code[u->ncode++];
    in->op = op;
    in->arg = arg;
    in->handler = u->cur_handler;
    in->loc = u->loc;
    return 0;
}

int compile_addop_jump(Compiler *c, int op, int label)
{
    return compile_addop(c, op, label);
}

int compile_new_label(Compiler *c)
{
    Unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 32;
        int *labels = mem_realloc(u->labels, sizeof(int) * (size_t)cap);
        if (!labels) return no_memory();
        u->labels = labels;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

int compile_bind_label(Compiler *c, int label)
{
    c->u->labels[label] = c->u->ncode;
    return 0;
}

int compile_push_handler(Compiler *c, int label, int adjust)
{
    Unit *u = c->u;
    if (u->nhandlers == u->caphandlers) {
        int cap = u->caphandlers ? u->caphandlers * 2 : 8;
        HandlerRec *h = mem_realloc(u->handlers, sizeof(HandlerRec) * (size_t)cap);
        if (!h) return no_memory();
        u->handlers = h;
        u->caphandlers = cap;
    }
    int idx = u->nhandlers++;
    u->handlers[idx] = (HandlerRec){label, u->cur_handler, adjust, -1};
    /* the SETUP mark itself belongs to the enclosing handler */
    TRY(compile_addop(c, PSEUDO_SETUP, idx));
    u->cur_handler = idx;
    return idx;
}

void compile_pop_handler(Compiler *c)
{
    Unit *u = c->u;
    if (u->cur_handler >= 0) u->cur_handler = u->handlers[u->cur_handler].outer;
}

int compile_push_fblock(Compiler *c, FBlockType t, int block, int exit, const void *datum, int outer_handler)
{
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) return compile_error(c, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->type = t;
    f->block = block;
    f->exit = exit;
    f->datum = datum;
    f->outer_handler = outer_handler;
    return 0;
}

void compile_pop_fblock(Compiler *c)
{
    c->u->nfblocks--;
}

int compile_load_const_steal(Compiler *c, Object *o)
{
    if (!o) return -1;
    int i = compile_add_const_steal(c, o);
    if (i < 0) return -1;
    return compile_addop(c, OP_LOAD_CONST, i);
}

int compile_load_none(Compiler *c)
{
    return compile_load_const_steal(c, obj_newref(NONE));
}

int compile_add_name(Compiler *c, const char *name)
{
    return map_add(&c->u->names, name, 0);
}

int compile_addop_name(Compiler *c, int op, const char *name, bool mangle)
{
    if (mangle) {
        name = symtable_mangle(c->st, c->u->private_name, name);
        if (!name) return -1;
    }
    int i = compile_add_name(c, name);
    if (i < 0) return -1;
    return compile_addop(c, op, i);
}

int compile_add_local(Compiler *c, const char *name)
{
    const char *mangled = symtable_mangle(c->st, c->u->private_name, name);
    return mangled ? map_add(&c->u->varnames, mangled, 0) : -1;
}

int compile_nameop(Compiler *c, const char *name, ExprContext ctx)
{
    Unit *u = c->u;
    if (strcmp(name, "__debug__") == 0) {
        if (ctx == CTX_STORE) return compile_error(c, "cannot assign to __debug__");
        if (ctx == CTX_DEL) return compile_error(c, "cannot delete __debug__");
    }
    const char *mangled = symtable_mangle(c->st, u->private_name, name);
    if (!mangled) return -1;
    enum { OPT_FAST, OPT_GLOBAL, OPT_DEREF, OPT_NAME } optype = OPT_NAME;
    StrMap *dict = &u->names;
    int offset = 0;
    bool function = u->ste->type == BLOCK_FUNCTION;
    switch (symtable_scope(u->ste, mangled)) {
    case SCOPE_FREE:
        dict = &u->freevars;
        offset = u->cellvars.len;
        optype = OPT_DEREF;
        break;
    case SCOPE_CELL:
        dict = &u->cellvars;
        optype = OPT_DEREF;
        break;
    case SCOPE_LOCAL:
        if (function) optype = OPT_FAST;
        break;
    case SCOPE_GLOBAL_IMPLICIT:
        if (function) optype = OPT_GLOBAL;
        break;
    case SCOPE_GLOBAL_EXPLICIT:
        optype = OPT_GLOBAL;
        break;
    default:
        break;
    }
    int op = 0;
    switch (optype) {
    case OPT_DEREF:
        op = ctx == CTX_LOAD ? (u->ste->type == BLOCK_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
           : ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        break;
    case OPT_FAST:
        op = ctx == CTX_LOAD ? OP_LOAD_FAST : ctx == CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST;
        dict = &u->varnames;
        break;
    case OPT_GLOBAL:
        op = ctx == CTX_LOAD ? OP_LOAD_GLOBAL : ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL;
        break;
    case OPT_NAME:
        op = ctx == CTX_LOAD ? OP_LOAD_NAME : ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME;
        break;
    }
    int arg = map_add(dict, mangled, offset);
    if (arg < 0) return -1;
    return compile_addop(c, op, arg);
}

/* ------------------------------------------------------------------------------------------ */
/* Entry points                                                                               */

static bool find_ann(const AstVec *stmts);

static bool find_ann_in(const Stmt *s)
{
    switch (s->kind) {
    case STMT_ANNASSIGN: return true;
    case STMT_FOR: return find_ann(&s->v.for_.body) || find_ann(&s->v.for_.orelse);
    case STMT_WHILE: return find_ann(&s->v.while_.body) || find_ann(&s->v.while_.orelse);
    case STMT_IF: return find_ann(&s->v.if_.body) || find_ann(&s->v.if_.orelse);
    case STMT_WITH: return find_ann(&s->v.with.body);
    case STMT_TRY:
        for (int i = 0; i < s->v.try_.handlers.len; i++)
            if (find_ann(&((ExceptHandler *)s->v.try_.handlers.items[i])->body)) return true;
        return find_ann(&s->v.try_.body) || find_ann(&s->v.try_.finalbody) || find_ann(&s->v.try_.orelse);
    default: return false;
    }
}

/* Does the body of a module or class contain an annotated assignment (not in nested scopes)? */
static bool find_ann(const AstVec *stmts)
{
    for (int i = 0; i < stmts->len; i++)
        if (find_ann_in(stmts->items[i])) return true;
    return false;
}

int compile_body(Compiler *c, const AstVec *body, bool is_module)
{
    int i = 0;
    if (is_module && body->len) SET_LOC(c, ((Stmt *)body->items[0])->loc);
    if (find_ann(body)) ADDOP(c, OP_SETUP_ANNOTATIONS);
    if (body->len == 0) return 0;
    Stmt *first = body->items[0];
    if (first->kind == STMT_EXPR && first->v.expr.value->kind == EXPR_CONST &&
        first->v.expr.value->v.constant.kind == CONST_STR) {
        /* the docstring */
        i = 1;
        SET_LOC(c, first->loc);
        VISIT_EXPR(c, first->v.expr.value);
        TRY(compile_nameop(c, "__doc__", CTX_STORE));
    }
    for (; i < body->len; i++) TRY(compile_visit_stmt(c, body->items[i]));
    return 0;
}

static int compile_mod(Compiler *c, Module *mod, CodeObject **out)
{
    TRY(compile_enter_scope(c, "<module>", UNIT_MODULE, mod, 1));
    bool add_none = true;
    switch (mod->mode) {
    case PARSE_FILE:
        TRY(compile_body(c, &mod->body, true));
        break;
    case PARSE_SINGLE:
        c->interactive = true;
        if (find_ann(&mod->body)) ADDOP(c, OP_SETUP_ANNOTATIONS);
        TRY(compile_visit_stmts(c, &mod->body));
        break;
    case PARSE_EVAL: {
        if (mod->body.len != 1 || ((Stmt *)mod->body.items[0])->kind != STMT_EXPR) {
            exc_bad_internal_call("compile_module: eval input must be one expression");
            return -1;
        }
        VISIT_EXPR(c, ((Stmt *)mod->body.items[0])->v.expr.value);
        UNSET_LOC(c);
        ADDOP(c, OP_RETURN_VALUE);
        add_none = false;
        break;
    }
    }
    *out = compile_assemble(c, add_none);
    return *out ? 0 : -1;
}

Object *compile_module(Module *mod, const char *filename, const char *source, size_t source_len)
{
    Compiler c;
    memset(&c, 0, sizeof(c));
    CodeObject *co = NULL;
    c.filename = filename ? filename : "<unknown>";
    c.source = source;
    c.source_len = source ? source_len : 0;
    c.filename_obj = str_from_cstr(c.filename);
    if (!c.filename_obj) goto done;
    if (source && c.filename[0] == '<') {
        c.source_obj = str_decode_utf8(source, (ssize_t)source_len);
        if (!c.source_obj) exc_clear();      /* only used for tracebacks: do without */
    }
    c.st = symtable_build(mod, c.filename, c.source, c.source_len);
    if (!c.st) goto done;
    if (compile_mod(&c, mod, &co) < 0) co = NULL;
done:
    while (c.u) compile_exit_scope(&c);
    symtable_free(c.st);
    OBJ_XDECREF(c.filename_obj);
    OBJ_XDECREF(c.source_obj);
    return (Object *)co;
}

Object *compile_source(const char *source, size_t len, const char *filename, ParseMode mode, bool *incomplete)
{
    if (incomplete) *incomplete = false;
    AstArena *arena = ast_arena_new();
    if (!arena) return exc_no_memory();
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof(err));
    Object *co = NULL;
    Module *mod = parse_source(source, len, filename, mode, arena, &err);
    if (!mod) {
        if (incomplete) *incomplete = err.incomplete;
        exc_set_syntax_error(err.type ? err.type : "SyntaxError", err.msg, err.filename[0] ? err.filename : filename,
                             err.lineno, err.offset, err.text, err.end_lineno, err.end_offset);
        parse_error_fini(&err);
    } else {
        co = compile_module(mod, filename, source, len);
    }
    ast_arena_free(arena);
    return co;
}
