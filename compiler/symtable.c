/* symtable.c: scopes and name binding, the compiler's first pass (a port of CPython 3.11's
 * Python/symtable.c). Pass 1 walks the AST, opening a SymScope per module, class, function, lambda
 * and comprehension and recording how each name is used (DEF_* flags). Pass 2 (analyze_block)
 * resolves every name to local, global (explicit or implicit), free or cell, top-down with the sets
 * of names bound and declared global in the enclosing functions, and bottom-up with the free names
 * of the children. Errors are SyntaxErrors with CPython's messages and locations. */
#include "compiler/symtable.h"
#include "gc/alloc.h"
#include "vm/errors.h"
#include <string.h>
#include <stdio.h>

/* ------------------------------------------------------------------------------------------ */
/* String map                                                                                 */

static unsigned hash_str(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

int symtable_map_find(const StrMap *m, const char *key, int *val)
{
    if (m->nslots == 0) return -1;
    unsigned mask = (unsigned)m->nslots - 1;
    for (unsigned i = hash_str(key) & mask;; i = (i + 1) & mask) {
        int e = m->slots[i];
        if (e < 0) return -1;
        if (strcmp(m->keys[e], key) == 0) {
            if (val) *val = m->vals[e];
            return e;
        }
    }
}

static int map_rehash(StrMap *m, int nslots)
{
    int *slots = mem_alloc(sizeof(int) * (size_t)nslots);
    if (!slots) return -1;
    for (int i = 0; i < nslots; i++) slots[i] = -1;
    unsigned mask = (unsigned)nslots - 1;
    for (int e = 0; e < m->len; e++) {
        unsigned i = hash_str(m->keys[e]) & mask;
        while (slots[i] >= 0) i = (i + 1) & mask;
        slots[i] = e;
    }
    mem_free(m->slots);
    m->slots = slots;
    m->nslots = nslots;
    return 0;
}

int symtable_map_put(StrMap *m, const char *key, int val)
{
    int e = symtable_map_find(m, key, NULL);
    if (e >= 0) {
        m->vals[e] = val;
        return e;
    }
    if (m->len == m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        const char **keys = mem_realloc(m->keys, sizeof(char *) * (size_t)cap);
        if (!keys) return -1;
        m->keys = keys;
        int *vals = mem_realloc(m->vals, sizeof(int) * (size_t)cap);
        if (!vals) return -1;
        m->vals = vals;
        m->cap = cap;
    }
    if ((m->len + 1) * 2 > m->nslots && map_rehash(m, m->nslots ? m->nslots * 2 : 16) < 0)
        return -1;
    e = m->len++;
    m->keys[e] = key;
    m->vals[e] = val;
    unsigned mask = (unsigned)m->nslots - 1;
    unsigned i = hash_str(key) & mask;
    while (m->slots[i] >= 0) i = (i + 1) & mask;
    m->slots[i] = e;
    return e;
}

void symtable_map_fini(StrMap *m)
{
    mem_free(m->keys);
    mem_free(m->vals);
    mem_free(m->slots);
    memset(m, 0, sizeof(*m));
}

/* Sets of names are maps whose value is 1 (present) or 0 (discarded). */
static bool set_has(const StrMap *s, const char *k)
{
    int v;
    return s != NULL && symtable_map_find(s, k, &v) >= 0 && v;
}

static int set_add(StrMap *s, const char *k)
{
    return symtable_map_put(s, k, 1) < 0 ? -1 : 0;
}

static int set_discard(StrMap *s, const char *k)
{
    int v;
    int e = symtable_map_find(s, k, &v);
    if (e >= 0) s->vals[e] = 0;
    return e >= 0 && v;
}

static int set_update(StrMap *dst, const StrMap *src)
{
    if (!src) return 0;
    for (int i = 0; i < src->len; i++)
        if (src->vals[i] && set_add(dst, src->keys[i]) < 0) return -1;
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* String pool                                                                                */

struct StrPool {
    struct StrPool *next;
    size_t used, size;
    char data[];
};

char *symtable_strdup(SymTable *st, const char *s, size_t len)
{
    StrPool *p = st->pool;
    if (!p || p->size - p->used < len + 1) {
        size_t size = len + 1 > 4000 ? len + 1 : 4000;
        StrPool *np = mem_alloc(sizeof(StrPool) + size);
        if (!np) {
            exc_no_memory();
            return NULL;
        }
        np->next = p;
        np->used = 0;
        np->size = size;
        st->pool = np;
        p = np;
    }
    char *r = p->data + p->used;
    memcpy(r, s, len);
    r[len] = '\0';
    p->used += len + 1;
    return r;
}

const char *symtable_mangle(SymTable *st, const char *private_name, const char *name)
{
    size_t nlen = strlen(name);
    if (private_name == NULL || name[0] != '_' || name[1] != '_') return name;
    /* don't mangle __id__ or dotted names (import a.__b) */
    if ((nlen >= 2 && name[nlen - 1] == '_' && name[nlen - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_name == '_') private_name++;
    if (*private_name == '\0') return name;      /* don't mangle if the class is all underscores */
    size_t plen = strlen(private_name);
    char *buf = mem_alloc(plen + nlen + 2);
    if (!buf) {
        exc_no_memory();
        return NULL;
    }
    buf[0] = '_';
    memcpy(buf + 1, private_name, plen);
    memcpy(buf + 1 + plen, name, nlen + 1);
    char *r = symtable_strdup(st, buf, plen + nlen + 1);
    mem_free(buf);
    return r;
}

/* ------------------------------------------------------------------------------------------ */
/* Errors                                                                                     */

int symtable_syntax_error(const char *filename, const char *source, size_t len, Loc loc,
                          const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    char *text = NULL;
    if (source && filename && filename[0] != '<' && loc.lineno >= 1) {
        /* the source line, with its newline, as CPython reads it back from the file */
        size_t pos = 0;
        for (int line = 1; line < loc.lineno && pos < len; pos++)
            if (source[pos] == '\n') line++;
        if (pos < len) {
            size_t end = pos;
            while (end < len && source[end] != '\n') end++;
            if (end < len) end++;
            text = mem_alloc(end - pos + 1);
            if (text) {
                memcpy(text, source + pos, end - pos);
                text[end - pos] = '\0';
            }
        }
    }
    exc_set_syntax_error("SyntaxError", msg, filename ? filename : "<unknown>", loc.lineno,
                         loc.col_offset + 1, text, loc.end_lineno, loc.end_col_offset + 1);
    mem_free(text);
    return -1;
}

#define ST_ERROR(st, loc, ...) \
    symtable_syntax_error((st)->filename, (st)->source, (st)->source_len, (loc), __VA_ARGS__)

/* ------------------------------------------------------------------------------------------ */
/* Scopes                                                                                     */

static int push_ptr(void ***arr, int *n, int *cap, void *p)
{
    if (*n == *cap) {
        int ncap = *cap ? *cap * 2 : 8;
        void **a = mem_realloc(*arr, sizeof(void *) * (size_t)ncap);
        if (!a) return -1;
        *arr = a;
        *cap = ncap;
    }
    (*arr)[(*n)++] = p;
    return 0;
}

static unsigned hash_ptr(const void *p)
{
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= 0x9E3779B1u;
    return (unsigned)(v ^ (v >> 13));
}

static int index_scope(SymTable *st, SymScope *s)
{
    if ((st->nkeys + 1) * 2 > st->capkeys) {
        int ncap = st->capkeys ? st->capkeys * 2 : 64;
        const void **keys = mem_calloc((size_t)ncap, sizeof(void *));
        SymScope **vals = mem_calloc((size_t)ncap, sizeof(SymScope *));
        if (!keys || !vals) {
            mem_free(keys);
            mem_free(vals);
            return -1;
        }
        for (int i = 0; i < st->capkeys; i++) {
            if (!st->keys[i]) continue;
            unsigned j = hash_ptr(st->keys[i]) & (unsigned)(ncap - 1);
            while (keys[j]) j = (j + 1) & (unsigned)(ncap - 1);
            keys[j] = st->keys[i];
            vals[j] = st->vals[i];
        }
        mem_free(st->keys);
        mem_free(st->vals);
        st->keys = keys;
        st->vals = vals;
        st->capkeys = ncap;
    }
    unsigned j = hash_ptr(s->key) & (unsigned)(st->capkeys - 1);
    while (st->keys[j]) j = (j + 1) & (unsigned)(st->capkeys - 1);
    st->keys[j] = s->key;
    st->vals[j] = s;
    st->nkeys++;
    return 0;
}

SymScope *symtable_lookup(const SymTable *st, const void *key)
{
    if (st->capkeys == 0) return NULL;
    for (unsigned j = hash_ptr(key) & (unsigned)(st->capkeys - 1);;
         j = (j + 1) & (unsigned)(st->capkeys - 1)) {
        if (!st->keys[j]) return NULL;
        if (st->keys[j] == key) return st->vals[j];
    }
}

int symtable_flags(const SymScope *s, const char *name)
{
    int v;
    return symtable_map_find(&s->symbols, name, &v) >= 0 ? v : 0;
}

int symtable_scope(const SymScope *s, const char *name)
{
    return (symtable_flags(s, name) >> SCOPE_OFFSET) & SCOPE_MASK;
}

static void scope_free(SymScope *s)
{
    if (!s) return;
    for (int i = 0; i < s->nchildren; i++) scope_free(s->children[i]);
    symtable_map_fini(&s->symbols);
    mem_free(s->params);
    mem_free(s->children);
    mem_free(s->directives);
    mem_free(s);
}

void symtable_free(SymTable *st)
{
    if (!st) return;
    scope_free(st->top);
    mem_free(st->stack);
    mem_free(st->keys);
    mem_free(st->vals);
    while (st->pool) {
        StrPool *next = st->pool->next;
        mem_free(st->pool);
        st->pool = next;
    }
    mem_free(st);
}

static int enter_block(SymTable *st, const char *name, BlockType type, const void *key, Loc loc)
{
    SymScope *s = mem_calloc(1, sizeof(SymScope));
    if (!s) goto nomem;
    s->type = type;
    s->name = name;
    s->key = key;
    s->loc = loc;
    SymScope *prev = st->cur;
    if (prev && (prev->nested || prev->type == BLOCK_FUNCTION)) s->nested = true;
    if (prev) {
        s->comp_iter_expr = prev->comp_iter_expr;
        if (push_ptr((void ***)&prev->children, &prev->nchildren, &prev->capchildren, s) < 0) {
            scope_free(s);
            goto nomem;
        }
    } else {
        st->top = s;
    }
    if (index_scope(st, s) < 0) goto nomem;
    if (push_ptr((void ***)&st->stack, &st->nstack, &st->capstack, s) < 0) goto nomem;
    st->cur = s;
    return 0;
nomem:
    exc_no_memory();
    return -1;
}

static void exit_block(SymTable *st)
{
    st->nstack--;
    st->cur = st->nstack > 0 ? st->stack[st->nstack - 1] : NULL;
}

static int record_directive(SymTable *st, const char *name, Loc loc)
{
    SymScope *s = st->cur;
    if (s->ndirectives == s->capdirectives) {
        int ncap = s->capdirectives ? s->capdirectives * 2 : 4;
        Directive *d = mem_realloc(s->directives, sizeof(Directive) * (size_t)ncap);
        if (!d) {
            exc_no_memory();
            return -1;
        }
        s->directives = d;
        s->capdirectives = ncap;
    }
    s->directives[s->ndirectives].name = name;
    s->directives[s->ndirectives].loc = loc;
    s->ndirectives++;
    return 0;
}

static int add_def_helper(SymTable *st, const char *name, int flag, SymScope *ste, Loc loc)
{
    const char *mangled = symtable_mangle(st, st->private_name, name);
    if (!mangled) return -1;
    int val;
    if (symtable_map_find(&ste->symbols, mangled, &val) >= 0) {
        if ((flag & DEF_PARAM) && (val & DEF_PARAM))
            return ST_ERROR(st, loc, "duplicate argument '%s' in function definition", name);
        val |= flag;
    } else {
        val = flag;
    }
    if (ste->comp_iter_target) {
        /* an iteration variable of a comprehension: conflicts with walrus targets */
        if (val & (DEF_GLOBAL | DEF_NONLOCAL))
            return ST_ERROR(st, loc,
                            "comprehension inner loop cannot rebind assignment expression target '%s'",
                            name);
        val |= DEF_COMP_ITER;
    }
    if (symtable_map_put(&ste->symbols, mangled, val) < 0) goto nomem;
    if (flag & DEF_PARAM) {
        if (push_ptr((void ***)&ste->params, &ste->nparams, &ste->capparams, (void *)mangled) < 0)
            goto nomem;
    } else if (flag & DEF_GLOBAL) {
        int gval = flag, old;
        if (symtable_map_find(&st->top->symbols, mangled, &old) >= 0) gval |= old;
        if (symtable_map_put(&st->top->symbols, mangled, gval) < 0) goto nomem;
    }
    return 0;
nomem:
    exc_no_memory();
    return -1;
}

static int add_def(SymTable *st, const char *name, int flag, Loc loc)
{
    return add_def_helper(st, name, flag, st->cur, loc);
}

/* ------------------------------------------------------------------------------------------ */
/* Pass 1: the visitor                                                                        */

static int visit_stmt(SymTable *st, Stmt *s);
static int visit_expr(SymTable *st, Expr *e);

static int visit_stmts(SymTable *st, const AstVec *v)
{
    for (int i = 0; i < v->len; i++)
        if (visit_stmt(st, v->items[i]) < 0) return -1;
    return 0;
}

static int visit_exprs(SymTable *st, const AstVec *v)
{
    for (int i = 0; i < v->len; i++)    /* NULL items (kw_defaults, dict ** keys) are skipped */
        if (v->items[i] && visit_expr(st, v->items[i]) < 0) return -1;
    return 0;
}

static int visit_keywords(SymTable *st, const AstVec *v)
{
    for (int i = 0; i < v->len; i++)
        if (visit_expr(st, ((Keyword *)v->items[i])->value) < 0) return -1;
    return 0;
}

static int visit_params(SymTable *st, const AstVec *v)
{
    for (int i = 0; i < v->len; i++) {
        Arg *a = v->items[i];
        if (add_def(st, a->name, DEF_PARAM, a->loc) < 0) return -1;
    }
    return 0;
}

static int visit_arguments(SymTable *st, Arguments *a)
{
    if (visit_params(st, &a->posonlyargs) < 0 || visit_params(st, &a->args) < 0 ||
        visit_params(st, &a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        if (add_def(st, a->vararg->name, DEF_PARAM, a->vararg->loc) < 0) return -1;
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->name, DEF_PARAM, a->kwarg->loc) < 0) return -1;
        st->cur->varkeywords = true;
    }
    return 0;
}

static int visit_argannotations(SymTable *st, const AstVec *v)
{
    for (int i = 0; i < v->len; i++) {
        Arg *a = v->items[i];
        if (a->annotation && visit_expr(st, a->annotation) < 0) return -1;
    }
    return 0;
}

static int check_annotation(SymTable *st, Expr *e);

static int visit_annotations(SymTable *st, Arguments *a, Expr *returns)
{
    if (st->future_annotations) {
        /* annotations become strings: they bind nothing, but some expressions are refused */
        const AstVec *lists[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
        for (int k = 0; k < 3; k++)
            for (int i = 0; i < lists[k]->len; i++)
                if (check_annotation(st, ((Arg *)lists[k]->items[i])->annotation) < 0) return -1;
        if (a->vararg && check_annotation(st, a->vararg->annotation) < 0) return -1;
        if (a->kwarg && check_annotation(st, a->kwarg->annotation) < 0) return -1;
        return check_annotation(st, returns);
    }
    if (visit_argannotations(st, &a->posonlyargs) < 0 || visit_argannotations(st, &a->args) < 0)
        return -1;
    if (a->vararg && a->vararg->annotation && visit_expr(st, a->vararg->annotation) < 0) return -1;
    if (a->kwarg && a->kwarg->annotation && visit_expr(st, a->kwarg->annotation) < 0) return -1;
    if (visit_argannotations(st, &a->kwonlyargs) < 0) return -1;
    if (returns && visit_expr(st, returns) < 0) return -1;
    return 0;
}

static int visit_alias(SymTable *st, Alias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->type != BLOCK_MODULE)
            return ST_ERROR(st, a->loc, "import * only allowed at module level");
        return 0;
    }
    const char *dot = strchr(name, '.');
    if (dot) {
        name = symtable_strdup(st, name, (size_t)(dot - name));
        if (!name) return -1;
    }
    return add_def(st, name, DEF_IMPORT, a->loc);
}

static int visit_global_or_nonlocal(SymTable *st, Stmt *s, bool global)
{
    for (int i = 0; i < s->v.global.names.len; i++) {
        const char *name = s->v.global.names.items[i];
        const char *mangled = symtable_mangle(st, st->private_name, name);
        if (!mangled) return -1;
        int cur = symtable_flags(st->cur, mangled);
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            const char *fmt;
            if (cur & DEF_PARAM)
                fmt = global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
            else if (cur & DEF_USE)
                fmt = global ? "name '%s' is used prior to global declaration"
                             : "name '%s' is used prior to nonlocal declaration";
            else if (cur & DEF_ANNOT)
                fmt = global ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
            else
                fmt = global ? "name '%s' is assigned to before global declaration"
                             : "name '%s' is assigned to before nonlocal declaration";
            return ST_ERROR(st, s->loc, fmt, name);
        }
        if (add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s->loc) < 0) return -1;
        if (record_directive(st, mangled, s->loc) < 0) return -1;
    }
    return 0;
}

static int visit_annassign(SymTable *st, Stmt *s)
{
    Expr *target = s->v.annassign.target;
    if (target->kind == EXPR_NAME) {
        const char *mangled = symtable_mangle(st, st->private_name, target->v.name.id);
        if (!mangled) return -1;
        int cur = symtable_flags(st->cur, mangled);
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->v.annassign.simple)
            return ST_ERROR(st, s->loc, (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                             : "annotated name '%s' can't be nonlocal",
                            target->v.name.id);
        if (s->v.annassign.simple) {
            if (add_def(st, target->v.name.id, DEF_ANNOT | DEF_LOCAL, target->loc) < 0) return -1;
        } else if (s->v.annassign.value) {
            if (add_def(st, target->v.name.id, DEF_LOCAL, target->loc) < 0) return -1;
        }
    } else if (visit_expr(st, target) < 0) {
        return -1;
    }
    if (st->future_annotations) {
        if (check_annotation(st, s->v.annassign.annotation) < 0) return -1;
    } else if (visit_expr(st, s->v.annassign.annotation) < 0) {
        return -1;
    }
    if (s->v.annassign.value && visit_expr(st, s->v.annassign.value) < 0) return -1;
    return 0;
}

/* Names bound by a match-statement pattern become locals; value and class expressions are uses. */
static int visit_pattern(SymTable *st, Pattern *p)
{
    switch (p->kind) {
    case PAT_VALUE:
        return visit_expr(st, p->v.value.value);
    case PAT_SINGLETON:
        return 0;
    case PAT_SEQUENCE:
    case PAT_OR:
        for (int i = 0; i < p->v.seq.patterns.len; i++)
            if (visit_pattern(st, p->v.seq.patterns.items[i]) < 0) return -1;
        return 0;
    case PAT_MAPPING:
        if (visit_exprs(st, &p->v.mapping.keys) < 0) return -1;
        for (int i = 0; i < p->v.mapping.patterns.len; i++)
            if (visit_pattern(st, p->v.mapping.patterns.items[i]) < 0) return -1;
        return p->v.mapping.rest ? add_def(st, p->v.mapping.rest, DEF_LOCAL, p->loc) : 0;
    case PAT_CLASS:
        if (visit_expr(st, p->v.cls.cls) < 0) return -1;
        for (int i = 0; i < p->v.cls.patterns.len; i++)
            if (visit_pattern(st, p->v.cls.patterns.items[i]) < 0) return -1;
        for (int i = 0; i < p->v.cls.kwd_patterns.len; i++)
            if (visit_pattern(st, p->v.cls.kwd_patterns.items[i]) < 0) return -1;
        return 0;
    case PAT_STAR:
        return p->v.star.name ? add_def(st, p->v.star.name, DEF_LOCAL, p->loc) : 0;
    case PAT_AS:
        if (p->v.as.pattern && visit_pattern(st, p->v.as.pattern) < 0) return -1;
        return p->v.as.name ? add_def(st, p->v.as.name, DEF_LOCAL, p->loc) : 0;
    }
    return 0;
}

static int visit_match(SymTable *st, Stmt *s)
{
    if (visit_expr(st, s->v.match.subject) < 0) return -1;
    for (int i = 0; i < s->v.match.cases.len; i++) {
        MatchCase *m = s->v.match.cases.items[i];
        if (visit_pattern(st, m->pattern) < 0) return -1;
        if (m->guard && visit_expr(st, m->guard) < 0) return -1;
        if (visit_stmts(st, &m->body) < 0) return -1;
    }
    return 0;
}

static int visit_stmt_body(SymTable *st, Stmt *s)
{
    switch (s->kind) {
    case STMT_FUNCTIONDEF: {
        Arguments *a = s->v.funcdef.args;
        if (add_def(st, s->v.funcdef.name, DEF_LOCAL, s->loc) < 0) return -1;
        if (visit_exprs(st, &a->defaults) < 0 || visit_exprs(st, &a->kw_defaults) < 0) return -1;
        if (visit_annotations(st, a, s->v.funcdef.returns) < 0) return -1;
        if (visit_exprs(st, &s->v.funcdef.decorators) < 0) return -1;
        if (enter_block(st, s->v.funcdef.name, BLOCK_FUNCTION, s, s->loc) < 0) return -1;
        if (visit_arguments(st, a) < 0 || visit_stmts(st, &s->v.funcdef.body) < 0) return -1;
        exit_block(st);
        return 0;
    }
    case STMT_CLASSDEF: {
        if (add_def(st, s->v.classdef.name, DEF_LOCAL, s->loc) < 0) return -1;
        if (visit_exprs(st, &s->v.classdef.bases) < 0 || visit_keywords(st, &s->v.classdef.keywords) < 0 ||
            visit_exprs(st, &s->v.classdef.decorators) < 0)
            return -1;
        if (enter_block(st, s->v.classdef.name, BLOCK_CLASS, s, s->loc) < 0) return -1;
        const char *saved = st->private_name;
        st->private_name = s->v.classdef.name;
        int r = visit_stmts(st, &s->v.classdef.body);
        st->private_name = saved;
        if (r < 0) return -1;
        exit_block(st);
        return 0;
    }
    case STMT_RETURN:
        return s->v.ret.value ? visit_expr(st, s->v.ret.value) : 0;
    case STMT_DELETE:
        return visit_exprs(st, &s->v.del.targets);
    case STMT_ASSIGN:
        if (visit_exprs(st, &s->v.assign.targets) < 0) return -1;
        return visit_expr(st, s->v.assign.value);
    case STMT_ANNASSIGN:
        return visit_annassign(st, s);
    case STMT_AUGASSIGN:
        if (visit_expr(st, s->v.augassign.target) < 0) return -1;
        return visit_expr(st, s->v.augassign.value);
    case STMT_FOR:
        if (visit_expr(st, s->v.for_.target) < 0 || visit_expr(st, s->v.for_.iter) < 0) return -1;
        if (visit_stmts(st, &s->v.for_.body) < 0) return -1;
        return visit_stmts(st, &s->v.for_.orelse);
    case STMT_WHILE:
        if (visit_expr(st, s->v.while_.test) < 0 || visit_stmts(st, &s->v.while_.body) < 0) return -1;
        return visit_stmts(st, &s->v.while_.orelse);
    case STMT_IF:
        if (visit_expr(st, s->v.if_.test) < 0 || visit_stmts(st, &s->v.if_.body) < 0) return -1;
        return visit_stmts(st, &s->v.if_.orelse);
    case STMT_WITH:
        for (int i = 0; i < s->v.with.items.len; i++) {
            WithItem *w = s->v.with.items.items[i];
            if (visit_expr(st, w->context_expr) < 0) return -1;
            if (w->optional_vars && visit_expr(st, w->optional_vars) < 0) return -1;
        }
        return visit_stmts(st, &s->v.with.body);
    case STMT_RAISE:
        if (s->v.raise.exc && visit_expr(st, s->v.raise.exc) < 0) return -1;
        if (s->v.raise.cause && visit_expr(st, s->v.raise.cause) < 0) return -1;
        return 0;
    case STMT_TRY:
        if (visit_stmts(st, &s->v.try_.body) < 0 || visit_stmts(st, &s->v.try_.orelse) < 0) return -1;
        for (int i = 0; i < s->v.try_.handlers.len; i++) {
            ExceptHandler *h = s->v.try_.handlers.items[i];
            if (h->type && visit_expr(st, h->type) < 0) return -1;
            if (h->name && add_def(st, h->name, DEF_LOCAL, h->loc) < 0) return -1;
            if (visit_stmts(st, &h->body) < 0) return -1;
        }
        return visit_stmts(st, &s->v.try_.finalbody);
    case STMT_ASSERT:
        if (visit_expr(st, s->v.assert_.test) < 0) return -1;
        return s->v.assert_.msg ? visit_expr(st, s->v.assert_.msg) : 0;
    case STMT_IMPORT:
        for (int i = 0; i < s->v.import.names.len; i++)
            if (visit_alias(st, s->v.import.names.items[i]) < 0) return -1;
        return 0;
    case STMT_IMPORTFROM:
        for (int i = 0; i < s->v.importfrom.names.len; i++)
            if (visit_alias(st, s->v.importfrom.names.items[i]) < 0) return -1;
        return 0;
    case STMT_GLOBAL:
        return visit_global_or_nonlocal(st, s, true);
    case STMT_NONLOCAL:
        return visit_global_or_nonlocal(st, s, false);
    case STMT_EXPR:
        return visit_expr(st, s->v.expr.value);
    case STMT_MATCH:
        return visit_match(st, s);
    case STMT_PASS:
    case STMT_BREAK:
    case STMT_CONTINUE:
        return 0;
    }
    return 0;
}

static int recursion_error(void)
{
    exc_set_string(Exc_RecursionError, "maximum recursion depth exceeded during compilation");
    return -1;
}

static int visit_stmt(SymTable *st, Stmt *s)
{
    if (++st->depth > COMPILE_MAX_DEPTH) return recursion_error();
    int r = visit_stmt_body(st, s);
    st->depth--;
    return r;
}

/* A walrus inside a comprehension binds in the nearest enclosing function (or module) scope. */
static int extend_namedexpr_scope(SymTable *st, Expr *e)
{
    const char *target = e->v.name.id;
    for (int i = st->nstack - 1; i >= 0; i--) {
        SymScope *ste = st->stack[i];
        if (ste->comprehension != COMP_NONE) {
            const char *mangled = symtable_mangle(st, st->private_name, target);
            if (!mangled) return -1;
            if (symtable_flags(ste, mangled) & DEF_COMP_ITER)
                return ST_ERROR(st, e->loc,
                                "assignment expression cannot rebind comprehension iteration variable '%s'",
                                target);
            continue;
        }
        if (ste->type == BLOCK_FUNCTION) {
            const char *mangled = symtable_mangle(st, st->private_name, target);
            if (!mangled) return -1;
            int flag = (symtable_flags(ste, mangled) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
            if (add_def(st, target, flag, e->loc) < 0) return -1;
            if (record_directive(st, mangled, e->loc) < 0) return -1;
            return add_def_helper(st, target, DEF_LOCAL, ste, e->loc);
        }
        if (ste->type == BLOCK_MODULE) {
            const char *mangled = symtable_mangle(st, st->private_name, target);
            if (!mangled) return -1;
            if (add_def(st, target, DEF_GLOBAL, e->loc) < 0) return -1;
            if (record_directive(st, mangled, e->loc) < 0) return -1;
            return add_def_helper(st, target, DEF_GLOBAL, ste, e->loc);
        }
        /* a class body */
        return ST_ERROR(st, e->loc,
                        "assignment expression within a comprehension cannot be used in a class body");
    }
    return 0;
}

static int handle_namedexpr(SymTable *st, Expr *e)
{
    if (st->cur->comp_iter_expr > 0)
        return ST_ERROR(st, e->loc, "assignment expression cannot be used in a comprehension iterable expression");
    if (st->cur->comprehension != COMP_NONE && extend_namedexpr_scope(st, e->v.named.target) < 0)
        return -1;
    if (visit_expr(st, e->v.named.value) < 0) return -1;
    return visit_expr(st, e->v.named.target);
}

static int handle_comprehension(SymTable *st, Expr *e, const char *scope_name, CompKind kind)
{
    AstVec *gens = &e->v.comp.generators;
    Comprehension *outermost = gens->items[0];
    /* the outermost iterable is evaluated in the enclosing scope */
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, outermost->iter);
    st->cur->comp_iter_expr--;
    if (r < 0) return -1;
    if (enter_block(st, scope_name, BLOCK_FUNCTION, e, e->loc) < 0) return -1;
    SymScope *cs = st->cur;
    cs->comprehension = kind;
    if (add_def(st, ".0", DEF_PARAM, e->loc) < 0) return -1;
    cs->comp_iter_target = true;
    r = visit_expr(st, outermost->target);
    cs->comp_iter_target = false;
    if (r < 0 || visit_exprs(st, &outermost->ifs) < 0) return -1;
    for (int i = 1; i < gens->len; i++) {
        Comprehension *g = gens->items[i];
        cs->comp_iter_target = true;
        r = visit_expr(st, g->target);
        cs->comp_iter_target = false;
        if (r < 0) return -1;
        cs->comp_iter_expr++;
        r = visit_expr(st, g->iter);
        cs->comp_iter_expr--;
        if (r < 0 || visit_exprs(st, &g->ifs) < 0) return -1;
    }
    if (kind == COMP_DICT && visit_expr(st, e->v.comp.value) < 0) return -1;
    if (visit_expr(st, e->v.comp.elt) < 0) return -1;
    cs->generator = kind == COMP_GENEXP;
    exit_block(st);
    return 0;
}

static int yield_in_comprehension(SymTable *st, Expr *e)
{
    const char *what = "generator expression";
    switch (st->cur->comprehension) {
    case COMP_LIST: what = "list comprehension"; break;
    case COMP_SET: what = "set comprehension"; break;
    case COMP_DICT: what = "dict comprehension"; break;
    default: break;
    }
    return ST_ERROR(st, e->loc, "'yield' inside %s", what);
}

static int visit_expr_body(SymTable *st, Expr *e)
{
    switch (e->kind) {
    case EXPR_NAMED:
        return handle_namedexpr(st, e);
    case EXPR_BOOLOP:
        return visit_exprs(st, &e->v.boolop.values);
    case EXPR_BINOP:
        if (visit_expr(st, e->v.binop.left) < 0) return -1;
        return visit_expr(st, e->v.binop.right);
    case EXPR_UNARYOP:
        return visit_expr(st, e->v.unaryop.operand);
    case EXPR_LAMBDA: {
        Arguments *a = e->v.lambda.args;
        if (visit_exprs(st, &a->defaults) < 0 || visit_exprs(st, &a->kw_defaults) < 0) return -1;
        if (enter_block(st, "lambda", BLOCK_FUNCTION, e, e->loc) < 0) return -1;
        if (visit_arguments(st, a) < 0 || visit_expr(st, e->v.lambda.body) < 0) return -1;
        exit_block(st);
        return 0;
    }
    case EXPR_IFEXP:
        if (visit_expr(st, e->v.ifexp.test) < 0 || visit_expr(st, e->v.ifexp.body) < 0) return -1;
        return visit_expr(st, e->v.ifexp.orelse);
    case EXPR_DICT:
        if (visit_exprs(st, &e->v.dict.keys) < 0) return -1;
        return visit_exprs(st, &e->v.dict.values);
    case EXPR_SET:
        return visit_exprs(st, &e->v.set.elts);
    case EXPR_GENEXP:
        return handle_comprehension(st, e, "genexpr", COMP_GENEXP);
    case EXPR_LISTCOMP:
        return handle_comprehension(st, e, "listcomp", COMP_LIST);
    case EXPR_SETCOMP:
        return handle_comprehension(st, e, "setcomp", COMP_SET);
    case EXPR_DICTCOMP:
        return handle_comprehension(st, e, "dictcomp", COMP_DICT);
    case EXPR_YIELD:
    case EXPR_YIELD_FROM:
        if (e->v.yield.value && visit_expr(st, e->v.yield.value) < 0) return -1;
        st->cur->generator = true;
        if (st->cur->comprehension != COMP_NONE) return yield_in_comprehension(st, e);
        return 0;
    case EXPR_COMPARE:
        if (visit_expr(st, e->v.compare.left) < 0) return -1;
        return visit_exprs(st, &e->v.compare.comparators);
    case EXPR_CALL:
        if (visit_expr(st, e->v.call.func) < 0 || visit_exprs(st, &e->v.call.args) < 0) return -1;
        return visit_keywords(st, &e->v.call.keywords);
    case EXPR_FORMATTED:
        if (visit_expr(st, e->v.formatted.value) < 0) return -1;
        return e->v.formatted.format_spec ? visit_expr(st, e->v.formatted.format_spec) : 0;
    case EXPR_JOINEDSTR:
        return visit_exprs(st, &e->v.joinedstr.values);
    case EXPR_CONST:
        return 0;
    case EXPR_ATTRIBUTE:
        return visit_expr(st, e->v.attribute.value);
    case EXPR_SUBSCRIPT:
        if (visit_expr(st, e->v.subscript.value) < 0) return -1;
        return visit_expr(st, e->v.subscript.slice);
    case EXPR_STARRED:
        return visit_expr(st, e->v.starred.value);
    case EXPR_SLICE:
        if (e->v.slice.lower && visit_expr(st, e->v.slice.lower) < 0) return -1;
        if (e->v.slice.upper && visit_expr(st, e->v.slice.upper) < 0) return -1;
        return e->v.slice.step ? visit_expr(st, e->v.slice.step) : 0;
    case EXPR_NAME:
        if (add_def(st, e->v.name.id, e->v.name.ctx == CTX_LOAD ? DEF_USE : DEF_LOCAL, e->loc) < 0)
            return -1;
        /* a function that calls super() needs __class__ */
        if (e->v.name.ctx == CTX_LOAD && st->cur->type == BLOCK_FUNCTION &&
            strcmp(e->v.name.id, "super") == 0)
            return add_def(st, "__class__", DEF_USE, e->loc);
        return 0;
    case EXPR_LIST:
    case EXPR_TUPLE:
        return visit_exprs(st, &e->v.list.elts);
    }
    return 0;
}

static int visit_expr(SymTable *st, Expr *e)
{
    if (++st->depth > COMPILE_MAX_DEPTH) return recursion_error();
    int r = visit_expr_body(st, e);
    st->depth--;
    return r;
}

/* ------------------------------------------------------------------------------------------ */
/* Pass 2: analysis                                                                           */

static int error_at_directive(SymTable *st, SymScope *ste, const char *name, const char *fmt)
{
    for (int i = 0; i < ste->ndirectives; i++)
        if (strcmp(ste->directives[i].name, name) == 0)
            return ST_ERROR(st, ste->directives[i].loc, fmt, name);
    return ST_ERROR(st, ste->loc, fmt, name);
}

static int analyze_name(SymTable *st, SymScope *ste, int *scopes, int idx, const char *name, int flags,
                        StrMap *bound, StrMap *local, StrMap *free, StrMap *global)
{
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            return error_at_directive(st, ste, name, "name '%s' is nonlocal and global");
        scopes[idx] = SCOPE_GLOBAL_EXPLICIT;
        if (set_add(global, name) < 0) return -1;
        if (bound) set_discard(bound, name);
        return 0;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(st, ste, name, "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name))
            return error_at_directive(st, ste, name, "no binding for nonlocal '%s' found");
        scopes[idx] = SCOPE_FREE;
        ste->has_free = true;
        return set_add(free, name);
    }
    if (flags & DEF_BOUND) {
        scopes[idx] = SCOPE_LOCAL;
        if (set_add(local, name) < 0) return -1;
        set_discard(global, name);
        return 0;
    }
    /* bound in an enclosing function: free here */
    if (bound && set_has(bound, name)) {
        scopes[idx] = SCOPE_FREE;
        ste->has_free = true;
        return set_add(free, name);
    }
    if (global && set_has(global, name)) {
        scopes[idx] = SCOPE_GLOBAL_IMPLICIT;
        return 0;
    }
    if (ste->nested) ste->has_free = true;
    scopes[idx] = SCOPE_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_block(SymTable *st, SymScope *ste, StrMap *bound, StrMap *free, StrMap *global);

static int analyze_child_block(SymTable *st, SymScope *entry, StrMap *bound, StrMap *free,
                               StrMap *global, StrMap *child_free)
{
    StrMap tbound = {0}, tfree = {0}, tglobal = {0};
    int r = -1;
    if (set_update(&tbound, bound) < 0 || set_update(&tfree, free) < 0 || set_update(&tglobal, global) < 0) {
        exc_no_memory();
        goto done;
    }
    if (analyze_block(st, entry, &tbound, &tfree, &tglobal) < 0) goto done;
    if (set_update(child_free, &tfree) < 0) {
        exc_no_memory();
        goto done;
    }
    r = 0;
done:
    symtable_map_fini(&tbound);
    symtable_map_fini(&tfree);
    symtable_map_fini(&tglobal);
    return r;
}

static int update_symbols(SymScope *ste, const int *scopes, StrMap *bound, StrMap *newfree, bool classflag)
{
    StrMap *symbols = &ste->symbols;
    int nsyms = symbols->len;
    for (int i = 0; i < nsyms; i++) symbols->vals[i] |= scopes[i] << SCOPE_OFFSET;
    for (int i = 0; i < newfree->len; i++) {
        if (!newfree->vals[i]) continue;
        const char *name = newfree->keys[i];
        int e = symtable_map_find(symbols, name, NULL);
        if (e >= 0) {
            /* a free variable of a method with the same name as a class-body binding */
            if (classflag && (symbols->vals[e] & (DEF_BOUND | DEF_GLOBAL)))
                symbols->vals[e] |= DEF_FREE_CLASS;
            continue;       /* a cell, or already free here */
        }
        if (bound && !set_has(bound, name)) continue;   /* a global */
        if (symtable_map_put(symbols, name, SCOPE_FREE << SCOPE_OFFSET) < 0) {
            exc_no_memory();
            return -1;
        }
    }
    return 0;
}

static int analyze_block(SymTable *st, SymScope *ste, StrMap *bound, StrMap *free, StrMap *global)
{
    StrMap local = {0}, newbound = {0}, newglobal = {0}, newfree = {0}, allfree = {0};
    int nsyms = ste->symbols.len;
    int *scopes = mem_calloc((size_t)(nsyms ? nsyms : 1), sizeof(int));
    int r = -1;
    if (!scopes) goto nomem;

    /* Class bindings aren't visible in methods: what children see is fixed before the names. */
    if (ste->type == BLOCK_CLASS) {
        if (set_update(&newglobal, global) < 0 || set_update(&newbound, bound) < 0) goto nomem;
    }
    for (int i = 0; i < nsyms; i++) {
        if (analyze_name(st, ste, scopes, i, ste->symbols.keys[i], ste->symbols.vals[i], bound, &local,
                         free, global) < 0)
            goto done;
    }
    if (ste->type != BLOCK_CLASS) {
        if (ste->type == BLOCK_FUNCTION && set_update(&newbound, &local) < 0) goto nomem;
        if (set_update(&newbound, bound) < 0 || set_update(&newglobal, global) < 0) goto nomem;
    } else if (set_add(&newbound, "__class__") < 0) {
        goto nomem;
    }
    for (int i = 0; i < ste->nchildren; i++) {
        SymScope *child = ste->children[i];
        if (analyze_child_block(st, child, &newbound, &newfree, &newglobal, &allfree) < 0) goto done;
        if (child->has_free || child->child_free) ste->child_free = true;
    }
    if (set_update(&newfree, &allfree) < 0) goto nomem;
    if (ste->type == BLOCK_FUNCTION) {
        /* locals that children use become cells */
        for (int i = 0; i < nsyms; i++) {
            if (scopes[i] == SCOPE_LOCAL && set_has(&newfree, ste->symbols.keys[i])) {
                scopes[i] = SCOPE_CELL;
                set_discard(&newfree, ste->symbols.keys[i]);
            }
        }
    } else if (ste->type == BLOCK_CLASS) {
        if (set_discard(&newfree, "__class__")) ste->needs_class_closure = true;
    }
    if (update_symbols(ste, scopes, bound, &newfree, ste->type == BLOCK_CLASS) < 0) goto done;
    if (set_update(free, &newfree) < 0) goto nomem;
    r = 0;
    goto done;
nomem:
    exc_no_memory();
done:
    mem_free(scopes);
    symtable_map_fini(&local);
    symtable_map_fini(&newbound);
    symtable_map_fini(&newglobal);
    symtable_map_fini(&newfree);
    symtable_map_fini(&allfree);
    return r;
}

/* ------------------------------------------------------------------------------------------ */
/* Future statements (CPython's future.c)                                                     */

/* Under `from __future__ import annotations`, yield and := are refused inside annotations. */
static int check_annotation_vec(SymTable *st, const AstVec *v)
{
    for (int i = 0; i < v->len; i++)
        if (check_annotation(st, v->items[i]) < 0) return -1;
    return 0;
}

static int check_annotation(SymTable *st, Expr *e)
{
    if (!e) return 0;
    switch (e->kind) {
    case EXPR_YIELD:
    case EXPR_YIELD_FROM:
        return ST_ERROR(st, e->loc, "'yield expression' can not be used within an annotation");
    case EXPR_NAMED:
        return ST_ERROR(st, e->loc, "'named expression' can not be used within an annotation");
    case EXPR_BOOLOP: return check_annotation_vec(st, &e->v.boolop.values);
    case EXPR_BINOP:
        if (check_annotation(st, e->v.binop.left) < 0) return -1;
        return check_annotation(st, e->v.binop.right);
    case EXPR_UNARYOP: return check_annotation(st, e->v.unaryop.operand);
    case EXPR_IFEXP:
        if (check_annotation(st, e->v.ifexp.test) < 0 || check_annotation(st, e->v.ifexp.body) < 0) return -1;
        return check_annotation(st, e->v.ifexp.orelse);
    case EXPR_DICT:
        if (check_annotation_vec(st, &e->v.dict.keys) < 0) return -1;
        return check_annotation_vec(st, &e->v.dict.values);
    case EXPR_SET: return check_annotation_vec(st, &e->v.set.elts);
    case EXPR_COMPARE:
        if (check_annotation(st, e->v.compare.left) < 0) return -1;
        return check_annotation_vec(st, &e->v.compare.comparators);
    case EXPR_CALL:
        if (check_annotation(st, e->v.call.func) < 0 || check_annotation_vec(st, &e->v.call.args) < 0) return -1;
        for (int i = 0; i < e->v.call.keywords.len; i++)
            if (check_annotation(st, ((Keyword *)e->v.call.keywords.items[i])->value) < 0) return -1;
        return 0;
    case EXPR_ATTRIBUTE: return check_annotation(st, e->v.attribute.value);
    case EXPR_SUBSCRIPT:
        if (check_annotation(st, e->v.subscript.value) < 0) return -1;
        return check_annotation(st, e->v.subscript.slice);
    case EXPR_STARRED: return check_annotation(st, e->v.starred.value);
    case EXPR_LIST:
    case EXPR_TUPLE: return check_annotation_vec(st, &e->v.list.elts);
    case EXPR_SLICE:
        if (check_annotation(st, e->v.slice.lower) < 0 || check_annotation(st, e->v.slice.upper) < 0) return -1;
        return check_annotation(st, e->v.slice.step);
    default: return 0;
    }
}

/* Reads the future statements at the top of the module (after the docstring). */
static int parse_futures(SymTable *st, Module *mod)
{
    static const char *const known[] = {"nested_scopes", "generators", "division", "absolute_import",
                                        "with_statement", "print_function", "unicode_literals",
                                        "barry_as_FLUFL", "generator_stop", "annotations", NULL};
    bool docstring = false;
    for (int i = 0; i < mod->body.len; i++) {
        Stmt *s = mod->body.items[i];
        if (s->kind == STMT_IMPORTFROM && s->v.importfrom.module && s->v.importfrom.level == 0 &&
            strcmp(s->v.importfrom.module, "__future__") == 0) {
            for (int k = 0; k < s->v.importfrom.names.len; k++) {
                const char *feature = ((Alias *)s->v.importfrom.names.items[k])->name;
                Loc at = {s->loc.lineno, s->loc.col_offset, s->loc.lineno, -1};
                if (strcmp(feature, "braces") == 0) return ST_ERROR(st, at, "not a chance");
                int j = 0;
                while (known[j] && strcmp(known[j], feature) != 0) j++;
                if (!known[j]) return ST_ERROR(st, at, "future feature %.100s is not defined", feature);
                if (strcmp(feature, "annotations") == 0) st->future_annotations = true;
            }
            st->future_lineno = s->loc.lineno;
        } else if (s->kind == STMT_EXPR && !docstring && s->v.expr.value->kind == EXPR_CONST &&
                   s->v.expr.value->v.constant.kind == CONST_STR) {
            docstring = true;
        } else {
            break;
        }
    }
    return 0;
}

SymTable *symtable_build(Module *mod, const char *filename, const char *source, size_t len)
{
    SymTable *st = mem_calloc(1, sizeof(SymTable));
    if (!st) {
        exc_no_memory();
        return NULL;
    }
    st->filename = filename;
    st->source = source;
    st->source_len = len;
    Loc top = {0, 0, 0, 0};
    if (mod->mode != PARSE_EVAL && parse_futures(st, mod) < 0) goto fail;
    if (enter_block(st, "top", BLOCK_MODULE, mod, top) < 0) goto fail;
    if (visit_stmts(st, &mod->body) < 0) goto fail;
    exit_block(st);
    StrMap free = {0}, global = {0};
    int r = analyze_block(st, st->top, NULL, &free, &global);
    symtable_map_fini(&free);
    symtable_map_fini(&global);
    if (r < 0) goto fail;
    return st;
fail:
    symtable_free(st);
    return NULL;
}
