/* compile_match.c: the match statement (PEP 634), compiled as CPython 3.11 does. The subject
 * stays on the stack; each case tries its pattern and jumps to a "fail_pop" label (which pops
 * whatever the pattern left on the stack) when it does not match. Captured values wait on the
 * stack and are stored only once the whole pattern has matched; the guard runs after that. */
#include "compiler/compile_internal.h"
#include "objects/object.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/strobject.h"
#include "vm/errors.h"
#include <stdlib.h>
#include <string.h>

typedef struct NameList {
    const char **items;
    int len, cap;
} NameList;

typedef struct PatCtx {
    NameList stores;            /* names captured so far, in stack order (first = nearest the top) */
    int *fail_pop;              /* fail_pop[n]: label that pops n items and fails */
    int nfail_pop;
    int on_top;                 /* items above the captures that a failure must also pop */
    bool allow_irrefutable;
} PatCtx;

#define WILDCARD(p) ((p)->kind == PAT_AS && !(p)->v.as.name && !(p)->v.as.pattern)
#define WILDCARD_STAR(p) ((p)->kind == PAT_STAR && !(p)->v.star.name)

static int compile_pattern(Compiler *c, Pattern *p, PatCtx *pc);

static int names_append(NameList *l, const char *name)
{
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        const char **items = realloc(l->items, (size_t)cap * sizeof *items);
        if (!items) {
            exc_no_memory();
            return -1;
        }
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = name;
    return 0;
}

static int names_index(const NameList *l, const char *name)
{
    for (int i = 0; i < l->len; i++)
        if (strcmp(l->items[i], name) == 0) return i;
    return -1;
}

static int load_const_long(Compiler *c, long v)
{
    Object *o = int_from_long(v);
    if (!o) return -1;
    return compile_load_const_steal(c, o);
}

/* Moves the top of the stack down to position [count] (1 = the top). */
static int rotate(Compiler *c, int count)
{
    while (count > 1) ADDOP_I(c, OP_SWAP, count--);
    return 0;
}

static int ensure_fail_pop(Compiler *c, PatCtx *pc, int n)
{
    int size = n + 1;
    if (size <= pc->nfail_pop) return 0;
    int *f = realloc(pc->fail_pop, (size_t)size * sizeof *f);
    if (!f) {
        exc_no_memory();
        return -1;
    }
    pc->fail_pop = f;
    while (pc->nfail_pop < size) {
        int l = compile_new_label(c);
        if (l < 0) return -1;
        f[pc->nfail_pop++] = l;
    }
    return 0;
}

/* Emits [op] (a jump) to the label that pops everything this pattern has pushed so far. */
static int jump_to_fail_pop(Compiler *c, PatCtx *pc, int op)
{
    int pops = pc->on_top + pc->stores.len;
    TRY(ensure_fail_pop(c, pc, pops));
    ADDOP_JUMP(c, op, pc->fail_pop[pops]);
    return 0;
}

/* Binds the fail_pop labels: fail_pop[n] pops one item and falls into fail_pop[n - 1]. */
static int emit_and_reset_fail_pop(Compiler *c, PatCtx *pc)
{
    if (!pc->nfail_pop) return 0;
    while (--pc->nfail_pop) {
        USE_LABEL(c, pc->fail_pop[pc->nfail_pop]);
        ADDOP(c, OP_POP_TOP);
    }
    USE_LABEL(c, pc->fail_pop[0]);
    free(pc->fail_pop);
    pc->fail_pop = NULL;
    return 0;
}

static int error_duplicate_store(Compiler *c, const char *name)
{
    return compile_error(c, "multiple assignments to name '%s' in pattern", name);
}

/* Captures the top of the stack as [name] (NULL: discard it). */
static int store_name(Compiler *c, const char *name, PatCtx *pc)
{
    if (!name) {
        ADDOP(c, OP_POP_TOP);
        return 0;
    }
    if (strcmp(name, "__debug__") == 0) return compile_error(c, "cannot assign to __debug__");
    if (names_index(&pc->stores, name) >= 0) return error_duplicate_store(c, name);
    TRY(rotate(c, pc->on_top + pc->stores.len + 1));
    return names_append(&pc->stores, name);
}

/* A sub-pattern may always be irrefutable. */
static int compile_subpattern(Compiler *c, Pattern *p, PatCtx *pc)
{
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    int r = compile_pattern(c, p, pc);
    pc->allow_irrefutable = saved;
    return r;
}

static int pattern_as(Compiler *c, Pattern *p, PatCtx *pc)
{
    if (!p->v.as.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.as.name)
                return compile_error(c, "name capture '%s' makes remaining patterns unreachable",
                                     p->v.as.name);
            return compile_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->v.as.name, pc);
    }
    pc->on_top++;
    ADDOP_I(c, OP_COPY, 1);
    TRY(compile_pattern(c, p->v.as.pattern, pc));
    pc->on_top--;
    return store_name(c, p->v.as.name, pc);
}

static int pattern_sequence(Compiler *c, Pattern *p, PatCtx *pc)
{
    AstVec *pats = &p->v.seq.patterns;
    int size = pats->len, star = -1;
    bool only_wildcard = true;
    for (int i = 0; i < size; i++) {
        Pattern *sub = pats->items[i];
        if (sub->kind == PAT_STAR) {
            if (star >= 0) return compile_error(c, "multiple starred names in sequence pattern");
            only_wildcard = only_wildcard && WILDCARD_STAR(sub);
            star = i;
            continue;
        }
        only_wildcard = only_wildcard && WILDCARD(sub);
    }
    pc->on_top++;
    ADDOP(c, OP_MATCH_SEQUENCE);
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0 || size > 1) {
        ADDOP(c, OP_GET_LEN);
        TRY(load_const_long(c, star < 0 ? size : size - 1));
        ADDOP_I(c, OP_COMPARE_OP, star < 0 ? CMP_EQ : CMP_GE);
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) {
        ADDOP(c, OP_POP_TOP);
        return 0;
    }
    if (star < 0) ADDOP_I(c, OP_UNPACK_SEQUENCE, size);
    else ADDOP_I(c, OP_UNPACK_EX, star | ((size - star - 1) << 8));
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        Pattern *sub = pats->items[i];
        if (sub->kind == PAT_STAR) TRY(store_name(c, sub->v.star.name, pc));
        else TRY(compile_subpattern(c, sub, pc));
    }
    return 0;
}

/* "mapping pattern checks duplicate key (%R)" for repeated literal keys. */
static int check_mapping_keys(Compiler *c, AstVec *keys)
{
    int err = 0, r = 0;
    Object **vals = calloc((size_t)keys->len + 1, sizeof *vals);
    if (!vals) {
        exc_no_memory();
        return -1;
    }
    for (int i = 0; i < keys->len && r == 0; i++) {
        Expr *k = keys->items[i];
        if (k->kind == EXPR_ATTRIBUTE) continue;
        vals[i] = compile_fold(c, k, &err);
        if (!vals[i]) {
            if (err < 0) r = -1;
            continue;
        }
        for (int j = 0; j < i && r == 0; j++) {
            if (!vals[j]) continue;
            int eq = obj_richcompare_bool(vals[j], vals[i], CMP_EQ);
            if (eq < 0) {
                r = -1;
            } else if (eq) {
                Object *rep = obj_repr(vals[i]);
                if (!rep) r = -1;
                else {
                    r = compile_error(c, "mapping pattern checks duplicate key (%s)", STR_DATA(rep));
                    OBJ_DECREF(rep);
                }
            }
        }
    }
    for (int i = 0; i < keys->len; i++) OBJ_XDECREF(vals[i]);
    free(vals);
    return r;
}

static int pattern_mapping(Compiler *c, Pattern *p, PatCtx *pc)
{
    AstVec *keys = &p->v.mapping.keys, *pats = &p->v.mapping.patterns;
    int size = keys->len;
    const char *rest = p->v.mapping.rest;
    pc->on_top++;
    ADDOP(c, OP_MATCH_MAPPING);
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (!size && !rest) {
        pc->on_top--;
        ADDOP(c, OP_POP_TOP);
        return 0;
    }
    if (size) {
        ADDOP(c, OP_GET_LEN);
        TRY(load_const_long(c, size));
        ADDOP_I(c, OP_COMPARE_OP, CMP_GE);
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    TRY(check_mapping_keys(c, keys));
    SET_LOC(c, p->loc);
    TRY(compile_visit_exprs(c, keys));
    SET_LOC(c, p->loc);
    ADDOP_I(c, OP_BUILD_TUPLE, size);
    ADDOP(c, OP_MATCH_KEYS);
    pc->on_top += 2;
    ADDOP_I(c, OP_COPY, 1);
    TRY(compile_load_none(c));
    ADDOP_I(c, OP_IS_OP, 1);
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    ADDOP_I(c, OP_UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, pats->items[i], pc));
    }
    pc->on_top -= 2;
    if (rest) {
        /* rest = dict(subject); for key in keys: del rest[key] */
        ADDOP_I(c, OP_BUILD_MAP, 0);
        ADDOP_I(c, OP_SWAP, 3);
        ADDOP_I(c, OP_DICT_UPDATE, 2);
        ADDOP_I(c, OP_UNPACK_SEQUENCE, size);
        while (size) {
            ADDOP_I(c, OP_COPY, 1 + size--);
            ADDOP_I(c, OP_SWAP, 2);
            ADDOP(c, OP_DELETE_SUBSCR);
        }
        return store_name(c, rest, pc);
    }
    ADDOP(c, OP_POP_TOP);
    ADDOP(c, OP_POP_TOP);
    return 0;
}

static int pattern_class(Compiler *c, Pattern *p, PatCtx *pc)
{
    AstVec *pats = &p->v.cls.patterns, *attrs = &p->v.cls.kwd_attrs;
    AstVec *kwd_pats = &p->v.cls.kwd_patterns;
    int nargs = pats->len, nattrs = attrs->len;
    for (int i = 0; i < nattrs; i++) {
        const char *a = attrs->items[i];
        if (strcmp(a, "__debug__") == 0) {
            SET_LOC(c, ((Pattern *)kwd_pats->items[i])->loc);
            return compile_error(c, "cannot assign to __debug__");
        }
        for (int j = i + 1; j < nattrs; j++) {
            if (strcmp(a, attrs->items[j]) == 0) {
                SET_LOC(c, ((Pattern *)kwd_pats->items[j])->loc);
                return compile_error(c, "attribute name repeated in class pattern: %s", a);
            }
        }
    }
    SET_LOC(c, p->loc);
    VISIT_EXPR(c, p->v.cls.cls);
    SET_LOC(c, p->loc);
    Object *names = tuple_new(nattrs);
    if (!names) return -1;
    for (int i = 0; i < nattrs; i++) {
        Object *s = str_from_cstr(attrs->items[i]);
        if (!s) {
            OBJ_DECREF(names);
            return -1;
        }
        TUPLE_ITEMS(names)[i] = s;
    }
    TRY(compile_load_const_steal(c, names));
    ADDOP_I(c, OP_MATCH_CLASS, nargs);
    ADDOP_I(c, OP_COPY, 1);
    TRY(compile_load_none(c));
    ADDOP_I(c, OP_IS_OP, 1);
    pc->on_top++;
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    ADDOP_I(c, OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Pattern *sub = i < nargs ? pats->items[i] : kwd_pats->items[i - nargs];
        if (WILDCARD(sub)) {
            ADDOP(c, OP_POP_TOP);
            continue;
        }
        TRY(compile_subpattern(c, sub, pc));
    }
    return 0;
}

/* The body of pattern_or; [control] receives the first alternative's names. */
static int pattern_or_alts(Compiler *c, Pattern *p, PatCtx *pc, PatCtx *old, NameList *control,
                           int end)
{
    int size = p->v.seq.patterns.len;
    for (int i = 0; i < size; i++) {
        Pattern *alt = p->v.seq.patterns.items[i];
        SET_LOC(c, alt->loc);
        pc->stores.len = 0;
        pc->allow_irrefutable = i == size - 1 && old->allow_irrefutable;
        pc->fail_pop = NULL;
        pc->nfail_pop = 0;
        pc->on_top = 0;
        ADDOP_I(c, OP_COPY, 1);
        TRY(compile_pattern(c, alt, pc));
        int nstores = pc->stores.len;
        if (i == 0) {
            for (int k = 0; k < nstores; k++) TRY(names_append(control, pc->stores.items[k]));
        } else if (nstores != control->len) {
            return compile_error(c, "alternative patterns bind different names");
        } else if (nstores) {
            int icontrol = nstores;
            while (icontrol--) {
                int istores = names_index(&pc->stores, control->items[icontrol]);
                if (istores < 0) return compile_error(c, "alternative patterns bind different names");
                if (icontrol != istores) {
                    /* rotated = stores[:rot]; del stores[:rot]; stores[ic-is:ic-is] = rotated */
                    int rotations = istores + 1, at = icontrol - istores;
                    const char **st = pc->stores.items;
                    const char **tmp = malloc((size_t)rotations * sizeof *tmp);
                    if (!tmp) {
                        exc_no_memory();
                        return -1;
                    }
                    memcpy(tmp, st, (size_t)rotations * sizeof *tmp);
                    memmove(st, st + rotations, (size_t)(nstores - rotations) * sizeof *st);
                    memmove(st + at + rotations, st + at,
                            (size_t)(nstores - rotations - at) * sizeof *st);
                    memcpy(st + at, tmp, (size_t)rotations * sizeof *tmp);
                    free(tmp);
                    while (rotations--) TRY(rotate(c, icontrol + 1));
                }
            }
        }
        ADDOP_JUMP(c, OP_JUMP, end);
        TRY(emit_and_reset_fail_pop(c, pc));
    }
    return 0;
}

static int pattern_or(Compiler *c, Pattern *p, PatCtx *pc)
{
    int end;
    NEW_LABEL(c, end);
    PatCtx old = *pc;
    NameList control = {0};
    pc->stores = (NameList){0};
    int r = pattern_or_alts(c, p, pc, &old, &control, end);
    free(pc->stores.items);
    free(pc->fail_pop);
    *pc = old;
    if (r < 0) goto done;
    SET_LOC(c, p->loc);
    /* no alternative matched: pop the remaining copy of the subject and fail */
    r = -1;
    if (compile_addop(c, OP_POP_TOP, 0) < 0 || jump_to_fail_pop(c, pc, OP_JUMP) < 0) goto done;
    if (compile_bind_label(c, end) < 0) goto done;
    int nrots = control.len + 1 + pc->on_top + pc->stores.len;
    for (int i = 0; i < control.len; i++) {
        if (rotate(c, nrots) < 0) goto done;
        if (names_index(&pc->stores, control.items[i]) >= 0) {
            error_duplicate_store(c, control.items[i]);
            goto done;
        }
        if (names_append(&pc->stores, control.items[i]) < 0) goto done;
    }
    r = compile_addop(c, OP_POP_TOP, 0);
done:
    free(control.items);
    return r;
}

static int compile_pattern(Compiler *c, Pattern *p, PatCtx *pc)
{
    if (++c->depth > COMPILE_MAX_DEPTH) {
        exc_set_string(Exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    SET_LOC(c, p->loc);
    int r = 0;
    switch (p->kind) {
    case PAT_VALUE:
        r = compile_visit_expr(c, p->v.value.value);
        SET_LOC(c, p->loc);
        if (r == 0) r = compile_addop(c, OP_COMPARE_OP, CMP_EQ);
        if (r == 0) r = jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    case PAT_SINGLETON: {
        ConstKind k = p->v.singleton.value;
        Object *v = k == CONST_NONE ? NONE : k == CONST_TRUE ? TRUE_OBJ : FALSE_OBJ;
        r = compile_load_const_steal(c, obj_newref(v));
        if (r >= 0) r = compile_addop(c, OP_IS_OP, 0);
        if (r >= 0) r = jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    }
    case PAT_SEQUENCE: r = pattern_sequence(c, p, pc); break;
    case PAT_MAPPING: r = pattern_mapping(c, p, pc); break;
    case PAT_CLASS: r = pattern_class(c, p, pc); break;
    case PAT_STAR: r = store_name(c, p->v.star.name, pc); break;
    case PAT_AS: r = pattern_as(c, p, pc); break;
    case PAT_OR: r = pattern_or(c, p, pc); break;
    }
    c->depth--;
    return r < 0 ? -1 : 0;
}

/* One case: pattern, stores, guard, body. [copy]: the subject is needed by later cases. */
static int compile_case(Compiler *c, MatchCase *m, bool copy, bool last, int end)
{
    PatCtx pc = {0};
    SET_LOC(c, m->pattern->loc);
    int r = -1;
    if (copy && compile_addop(c, OP_COPY, 1) < 0) goto done;
    pc.allow_irrefutable = m->guard != NULL || last;
    if (compile_pattern(c, m->pattern, &pc) < 0) goto done;
    for (int n = 0; n < pc.stores.len; n++)
        if (compile_nameop(c, pc.stores.items[n], CTX_STORE) < 0) goto done;
    if (m->guard) {
        if (ensure_fail_pop(c, &pc, 0) < 0) goto done;
        if (compile_jump_if(c, m->guard, pc.fail_pop[0], false) < 0) goto done;
    }
    if (copy && compile_addop(c, OP_POP_TOP, 0) < 0) goto done;
    if (compile_visit_stmts(c, &m->body) < 0) goto done;
    if (compile_addop_jump(c, OP_JUMP, end) < 0) goto done;
    SET_LOC(c, m->pattern->loc);
    r = emit_and_reset_fail_pop(c, &pc);
done:
    free(pc.stores.items);
    free(pc.fail_pop);
    return r;
}

int compile_match(Compiler *c, Stmt *s)
{
    VISIT_EXPR(c, s->v.match.subject);
    int end;
    NEW_LABEL(c, end);
    AstVec *cases = &s->v.match.cases;
    int n = cases->len;
    MatchCase *last = cases->items[n - 1];
    int has_default = WILDCARD(last->pattern) && n > 1;
    for (int i = 0; i < n - has_default; i++)
        TRY(compile_case(c, cases->items[i], i != n - has_default - 1, i == n - 1, end));
    if (has_default) {
        SET_LOC(c, last->pattern->loc);
        ADDOP(c, OP_NOP);
        if (last->guard) TRY(compile_jump_if(c, last->guard, end, false));
        TRY(compile_visit_stmts(c, &last->body));
    }
    USE_LABEL(c, end);
    return 0;
}
