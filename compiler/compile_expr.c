/* compile_expr.c: expressions to bytecode: names, constants (with folding), operators, calls
 * (plain, method, keyword and star forms), displays, comprehensions and lambdas (their own code
 * objects), conditional jumps (compile_jump_if), f-strings, yield, and assignment targets
 * (unpacking). Positions are the expression being compiled, as CPython 3.11 assigns them. */
#include "compiler/compile_internal.h"
#include "objects/setobject.h"
#include "vm/errors.h"
#include "gc/alloc.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include <string.h>

int compile_visit_exprs(Compiler *c, const AstVec *v)
{
    for (int i = 0; i < v->len; i++) VISIT_EXPR(c, v->items[i]);
    return 0;
}

static Object *name_const(const char *s)
{
    Object *o = str_from_cstr(s);
    if (o) str_intern_inplace(&o);
    return o;
}

/* ------------------------------------------------------------------------------------------ */
/* Displays and unpacking                                                                     */

/* Tuple of the constant values of elts[begin:end], or NULL (no exception) if one isn't constant;
 * *err = -1 on a real error. */
static Object *const_items(Compiler *c, const AstVec *elts, int begin, int end, int *err)
{
    for (int i = begin; i < end; i++) {
        Expr *e = elts->items[i];
        if (!e || e->kind == EXPR_STARRED) return NULL;
    }
    Object *t = tuple_new(end - begin);
    if (!t) {
        *err = -1;
        return NULL;
    }
    for (int i = begin; i < end; i++) {
        Object *v = compile_fold(c, elts->items[i], err);
        if (!v) {
            OBJ_DECREF(t);
            return NULL;
        }
        tuple_set_item_steal(t, i - begin, v);
    }
    return t;
}

/* Builds a list/tuple/set from [elts] (which may contain *starred items), [pushed] items already
 * on the stack going first. CPython's starunpack_helper. */
static int starunpack_helper(Compiler *c, const AstVec *elts, int pushed, int build, int add, int extend,
                             bool tuple)
{
    int n = elts->len;
    if (n > 2 || (tuple && !pushed)) {
        int err = 0;
        Object *folded = const_items(c, elts, 0, n, &err);
        if (err) return -1;
        if (folded && add == OP_SET_ADD) {
            /* a set display of constants: BUILD_SET + SET_UPDATE of a frozenset constant, as
             * CPython (the frozenset's iteration order decides the set's, so printing matches) */
            Object *fs = frozenset_const_new(folded);
            OBJ_DECREF(folded);
            if (fs == NULL) return -1;
            folded = fs;
        }
        if (folded) {
            if (tuple && !pushed) return compile_load_const_steal(c, folded);
            if (compile_addop(c, build, pushed) < 0) {
                OBJ_DECREF(folded);
                return -1;
            }
            TRY(compile_load_const_steal(c, folded));
            ADDOP_I(c, extend, 1);
            if (tuple) ADDOP(c, OP_LIST_TO_TUPLE);
            return 0;
        }
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    bool seen_star = false;
    for (int i = 0; i < n; i++)
        if (((Expr *)elts->items[i])->kind == EXPR_STARRED) seen_star = true;
    if (!seen_star && !big) {
        TRY(compile_visit_exprs(c, elts));
        ADDOP_I(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
        return 0;
    }
    bool built = false;
    if (big) {
        ADDOP_I(c, build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        Expr *elt = elts->items[i];
        if (elt->kind == EXPR_STARRED) {
            if (!built) {
                ADDOP_I(c, build, i + pushed);
                built = true;
            }
            VISIT_EXPR(c, elt->v.starred.value);
            ADDOP_I(c, extend, 1);
        } else {
            VISIT_EXPR(c, elt);
            if (built) ADDOP_I(c, add, 1);
        }
    }
    if (tuple) ADDOP(c, OP_LIST_TO_TUPLE);
    return 0;
}

static int unpack_helper(Compiler *c, const AstVec *elts)
{
    int n = elts->len;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Expr *elt = elts->items[i];
        if (elt->kind == EXPR_STARRED && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INSTR_ARG_MAX >> 8))
                return compile_error(c, "too many expressions in star-unpacking assignment");
            ADDOP_I(c, OP_UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = true;
        } else if (elt->kind == EXPR_STARRED) {
            return compile_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) ADDOP_I(c, OP_UNPACK_SEQUENCE, n);
    return 0;
}

static int assignment_helper(Compiler *c, const AstVec *elts)
{
    TRY(unpack_helper(c, elts));
    for (int i = 0; i < elts->len; i++) {
        Expr *elt = elts->items[i];
        VISIT_EXPR(c, elt->kind == EXPR_STARRED ? elt->v.starred.value : elt);
    }
    return 0;
}

static int compile_list_or_tuple(Compiler *c, Expr *e, bool tuple)
{
    const AstVec *elts = &e->v.list.elts;
    switch (e->v.list.ctx) {
    case CTX_STORE: return assignment_helper(c, elts);
    case CTX_LOAD: return starunpack_helper(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, tuple);
    default: return compile_visit_exprs(c, elts);
    }
}

static int compile_subdict(Compiler *c, Expr *e, int begin, int end)
{
    const AstVec *keys = &e->v.dict.keys, *values = &e->v.dict.values;
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        int err = 0;
        Object *ktuple = const_items(c, keys, begin, end, &err);
        if (err) return -1;
        if (ktuple) {
            for (int i = begin; i < end; i++) {
                if (compile_visit_expr(c, values->items[i]) < 0) {
                    OBJ_DECREF(ktuple);
                    return -1;
                }
            }
            TRY(compile_load_const_steal(c, ktuple));
            ADDOP_I(c, OP_BUILD_CONST_KEY_MAP, n);
            return 0;
        }
    }
    if (big) ADDOP_I(c, OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        VISIT_EXPR(c, keys->items[i]);
        VISIT_EXPR(c, values->items[i]);
        if (big) ADDOP_I(c, OP_MAP_ADD, 1);
    }
    if (!big) ADDOP_I(c, OP_BUILD_MAP, n);
    return 0;
}

static int compile_dict(Compiler *c, Expr *e)
{
    int n = e->v.dict.values.len, elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (e->v.dict.keys.items[i] == NULL) {          /* {**m} */
            if (elements) {
                TRY(compile_subdict(c, e, i - elements, i));
                if (have_dict) ADDOP_I(c, OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                ADDOP_I(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            VISIT_EXPR(c, e->v.dict.values.items[i]);
            ADDOP_I(c, OP_DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            TRY(compile_subdict(c, e, i - elements, i + 1));
            if (have_dict) ADDOP_I(c, OP_DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        TRY(compile_subdict(c, e, n - elements, n));
        if (have_dict) ADDOP_I(c, OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict) ADDOP_I(c, OP_BUILD_MAP, 0);
    return 0;
}

/* An iterable that is only iterated or searched (`for x in [a, b]`, `x in [a, b]`): a list display
 * is built as a tuple instead, a constant one when it can be (CPython's AST optimizer). */
int compile_iterable(Compiler *c, Expr *e)
{
    if (e->kind == EXPR_SET) {
        /* a set display of constants that is only iterated or searched: a frozenset constant */
        int err = 0;
        Object *folded = const_items(c, &e->v.set.elts, 0, e->v.set.elts.len, &err);
        if (err) return -1;
        if (folded != NULL) {
            Object *fs = frozenset_const_new(folded);
            OBJ_DECREF(folded);
            if (fs == NULL) return -1;
            Loc saved = c->u->loc;
            SET_LOC(c, e->loc);
            int r = compile_load_const_steal(c, fs);
            SET_LOC(c, saved);
            return r;
        }
    }
    if (e->kind != EXPR_LIST || e->v.list.ctx != CTX_LOAD) return compile_visit_expr(c, e);
    Loc saved = c->u->loc;
    SET_LOC(c, e->loc);
    int r = starunpack_helper(c, &e->v.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    SET_LOC(c, saved);
    return r;
}

static int visit_comparator(Compiler *c, Expr *e, CmpOperator op)
{
    return op == CMP_IN || op == CMP_NOT_IN ? compile_iterable(c, e) : compile_visit_expr(c, e);
}

/* ------------------------------------------------------------------------------------------ */
/* Calls                                                                                      */

static int validate_keywords(Compiler *c, const AstVec *keywords)
{
    for (int i = 0; i < keywords->len; i++) {
        Keyword *k = keywords->items[i];
        if (!k->arg) continue;
        if (strcmp(k->arg, "__debug__") == 0) return compile_error(c, "cannot assign to __debug__");
        for (int j = i + 1; j < keywords->len; j++) {
            Keyword *other = keywords->items[j];
            if (other->arg && strcmp(k->arg, other->arg) == 0)
                return compile_error_at(c, other->loc, "keyword argument repeated: %s", k->arg);
        }
    }
    return 0;
}

/* Pushes the tuple of keyword names of keywords[begin:end]. */
static int load_kwnames(Compiler *c, const AstVec *keywords, int begin, int end)
{
    Object *names = tuple_new(end - begin);
    if (!names) return -1;
    for (int i = begin; i < end; i++) {
        Object *s = name_const(((Keyword *)keywords->items[i])->arg);
        if (!s) {
            OBJ_DECREF(names);
            return -1;
        }
        tuple_set_item_steal(names, i - begin, s);
    }
    return compile_load_const_steal(c, names);
}

/* A dict of keywords[begin:end] (all name=value). */
static int compile_subkwargs(Compiler *c, const AstVec *keywords, int begin, int end)
{
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (int i = begin; i < end; i++) VISIT_EXPR(c, ((Keyword *)keywords->items[i])->value);
        TRY(load_kwnames(c, keywords, begin, end));
        ADDOP_I(c, OP_BUILD_CONST_KEY_MAP, n);
        return 0;
    }
    if (big) ADDOP_I(c, OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        Keyword *k = keywords->items[i];
        TRY(compile_load_const_steal(c, name_const(k->arg)));
        VISIT_EXPR(c, k->value);
        if (big) ADDOP_I(c, OP_MAP_ADD, 1);
    }
    if (!big) ADDOP_I(c, OP_BUILD_MAP, n);
    return 0;
}

int compile_call_helper(Compiler *c, int n, const AstVec *args, const AstVec *keywords, bool method)
{
    TRY(validate_keywords(c, keywords));
    int nelts = args->len, nkw = keywords->len;
    bool ex_call = nelts + nkw * 2 > STACK_USE_GUIDELINE && !method;
    for (int i = 0; i < nelts && !ex_call; i++)
        if (((Expr *)args->items[i])->kind == EXPR_STARRED) ex_call = true;
    for (int i = 0; i < nkw && !ex_call; i++)
        if (((Keyword *)keywords->items[i])->arg == NULL) ex_call = true;
    if (!ex_call) {
        TRY(compile_visit_exprs(c, args));
        if (nkw) {
            for (int i = 0; i < nkw; i++) VISIT_EXPR(c, ((Keyword *)keywords->items[i])->value);
            TRY(load_kwnames(c, keywords, 0, nkw));
            ADDOP_I(c, method ? OP_CALL_METHOD_KW : OP_CALL_KW, n + nelts + nkw);
        } else {
            ADDOP_I(c, method ? OP_CALL_METHOD : OP_CALL, n + nelts);
        }
        return 0;
    }
    /* f(*args, **kwargs): a tuple of the positional arguments (f(*a) passes a itself: the VM
     * turns a non-tuple into one), a dict of the keywords */
    if (n == 0 && nelts == 1 && ((Expr *)args->items[0])->kind == EXPR_STARRED)
        VISIT_EXPR(c, ((Expr *)args->items[0])->v.starred.value);
    else
        TRY(starunpack_helper(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true));
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            Keyword *k = keywords->items[i];
            if (k->arg == NULL) {
                if (nseen) {
                    TRY(compile_subkwargs(c, keywords, i - nseen, i));
                    if (have_dict) ADDOP_I(c, OP_DICT_MERGE, 1);
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    ADDOP_I(c, OP_BUILD_MAP, 0);
                    have_dict = true;
                }
                VISIT_EXPR(c, k->value);
                ADDOP_I(c, OP_DICT_MERGE, 1);
            } else {
                nseen++;
            }
        }
        if (nseen) {
            TRY(compile_subkwargs(c, keywords, nkw - nseen, nkw));
            if (have_dict) ADDOP_I(c, OP_DICT_MERGE, 1);
        }
    }
    ADDOP_I(c, OP_CALL_FUNCTION_EX, nkw > 0);
    return 0;
}

/* Is [e] a name bound by an import at module level (math.sqrt(x) then uses LOAD_ATTR + CALL)? */
static bool is_import_originated(Compiler *c, Expr *e)
{
    return e->kind == EXPR_NAME && (symtable_flags(c->st->top, e->v.name.id) & DEF_IMPORT);
}

/* o.m(args): o LOAD_METHOD m args CALL_METHOD n. Returns 1 when the call doesn't qualify. */
static int maybe_method_call(Compiler *c, Expr *e)
{
    Expr *meth = e->v.call.func;
    const AstVec *args = &e->v.call.args, *kws = &e->v.call.keywords;
    if (meth->kind != EXPR_ATTRIBUTE || meth->v.attribute.ctx != CTX_LOAD) return 1;
    if (is_import_originated(c, meth->v.attribute.value)) return 1;
    if (args->len + kws->len + (kws->len != 0) >= STACK_USE_GUIDELINE) return 1;
    for (int i = 0; i < args->len; i++)
        if (((Expr *)args->items[i])->kind == EXPR_STARRED) return 1;
    for (int i = 0; i < kws->len; i++)
        if (((Keyword *)kws->items[i])->arg == NULL) return 1;
    VISIT_EXPR(c, meth->v.attribute.value);
    SET_LOC(c, meth->loc);
    compile_attr_loc(c, meth);
    TRY(compile_addop_name(c, OP_LOAD_METHOD, meth->v.attribute.attr, true));
    SET_LOC(c, e->loc);
    compile_attr_loc(c, meth);
    Loc call_loc = c->u->loc;
    TRY(validate_keywords(c, kws));
    TRY(compile_visit_exprs(c, args));
    for (int i = 0; i < kws->len; i++) VISIT_EXPR(c, ((Keyword *)kws->items[i])->value);
    if (kws->len) TRY(load_kwnames(c, kws, 0, kws->len));
    SET_LOC(c, call_loc);
    ADDOP_I(c, kws->len ? OP_CALL_METHOD_KW : OP_CALL_METHOD, args->len + kws->len);
    return 0;
}

static int compile_call(Compiler *c, Expr *e)
{
    int r = maybe_method_call(c, e);
    if (r <= 0) return r;
    VISIT_EXPR(c, e->v.call.func);
    return compile_call_helper(c, 0, &e->v.call.args, &e->v.call.keywords, false);
}

/* ------------------------------------------------------------------------------------------ */
/* Functions: defaults, closures, lambdas, comprehensions                                     */

int compile_default_arguments(Compiler *c, Arguments *a)
{
    int flags = 0;
    if (a->defaults.len) {
        int err = 0;
        Object *folded = const_items(c, &a->defaults, 0, a->defaults.len, &err);
        if (err) return -1;
        if (folded) {
            TRY(compile_load_const_steal(c, folded));
        } else {
            TRY(compile_visit_exprs(c, &a->defaults));
            ADDOP_I(c, OP_BUILD_TUPLE, a->defaults.len);
        }
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.len; i++) {
        Expr *d = a->kw_defaults.items[i];
        if (d) {
            VISIT_EXPR(c, d);
            nkw++;
        }
    }
    if (nkw) {
        Object *keys = tuple_new(nkw);
        if (!keys) return -1;
        for (int i = 0, k = 0; i < a->kwonlyargs.len; i++) {
            if (!a->kw_defaults.items[i]) continue;
            const char *m = symtable_mangle(c->st, c->u->private_name, ((Arg *)a->kwonlyargs.items[i])->name);
            Object *s = m ? name_const(m) : NULL;
            if (!s) {
                OBJ_DECREF(keys);
                return -1;
            }
            tuple_set_item_steal(keys, k++, s);
        }
        TRY(compile_load_const_steal(c, keys));
        ADDOP_I(c, OP_BUILD_CONST_KEY_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

int compile_make_closure(Compiler *c, CodeObject *co, int flags)
{
    Unit *u = c->u;
    if (co->nfrees > 0) {
        for (int i = 0; i < co->nfrees; i++) {
            const char *name = STR_DATA(TUPLE_GET(co->freevars, i));
            int arg = -1;
            bool cell = (u->kind == UNIT_CLASS && strcmp(name, "__class__") == 0) ||
                        symtable_scope(u->ste, name) == SCOPE_CELL;
            if (cell) arg = symtable_map_find(&u->cellvars, name, NULL);
            else if ((arg = symtable_map_find(&u->freevars, name, NULL)) >= 0) arg += u->cellvars.len;
            if (arg < 0) {
                OBJ_DECREF(co);
                exc_format(Exc_SystemError, "compile_make_closure: lookup of '%s' failed in %s", name, u->name);
                return -1;
            }
            if (compile_addop(c, OP_LOAD_CLOSURE, arg) < 0) {
                OBJ_DECREF(co);
                return -1;
            }
        }
        if (compile_addop(c, OP_BUILD_TUPLE, co->nfrees) < 0) {
            OBJ_DECREF(co);
            return -1;
        }
        flags |= 8;
    }
    TRY(compile_load_const_steal(c, (Object *)co));
    ADDOP_I(c, OP_MAKE_FUNCTION, flags);
    return 0;
}

static int check_debug_args(Compiler *c, Arguments *a)
{
    const AstVec *lists[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++)
            if (strcmp(((Arg *)lists[k]->items[i])->name, "__debug__") == 0)
                return compile_error(c, "cannot assign to __debug__");
    if ((a->vararg && strcmp(a->vararg->name, "__debug__") == 0) ||
        (a->kwarg && strcmp(a->kwarg->name, "__debug__") == 0))
        return compile_error(c, "cannot assign to __debug__");
    return 0;
}

int compile_check_debug_args(Compiler *c, Arguments *a)
{
    return check_debug_args(c, a);
}

static int compile_lambda(Compiler *c, Expr *e)
{
    Arguments *a = e->v.lambda.args;
    TRY(check_debug_args(c, a));
    int flags = compile_default_arguments(c, a);
    if (flags < 0) return -1;
    TRY(compile_enter_scope(c, "<lambda>", UNIT_LAMBDA, e, e->loc.lineno));
    /* None first, so a lambda never has a docstring */
    if (compile_add_const_steal(c, obj_newref(NONE)) < 0) return -1;
    c->u->argcount = a->args.len + a->posonlyargs.len;
    c->u->posonlyargcount = a->posonlyargs.len;
    c->u->kwonlyargcount = a->kwonlyargs.len;
    VISIT_EXPR(c, e->v.lambda.body);
    if (c->u->ste->generator) UNSET_LOC(c);
    ADDOP(c, OP_RETURN_VALUE);
    CodeObject *co = compile_assemble(c, false);
    if (!co) return -1;
    compile_exit_scope(c);
    return compile_make_closure(c, co, flags);
}

static int comprehension_generator(Compiler *c, Expr *e, int gen_index, int depth, CompKind type)
{
    const AstVec *gens = &e->v.comp.generators;
    Comprehension *gen = gens->items[gen_index];
    int start, if_cleanup, anchor;
    NEW_LABEL(c, start);
    NEW_LABEL(c, if_cleanup);
    NEW_LABEL(c, anchor);
    bool loop = true;
    if (gen_index == 0) {
        ADDOP_I(c, OP_LOAD_FAST, 0);        /* the outermost iterator: argument .0 */
    } else {
        /* for y in [f(x)]: a plain assignment, no loop */
        Expr *it = gen->iter;
        if ((it->kind == EXPR_LIST || it->kind == EXPR_TUPLE) && it->v.list.elts.len == 1 &&
            ((Expr *)it->v.list.elts.items[0])->kind != EXPR_STARRED) {
            VISIT_EXPR(c, it->v.list.elts.items[0]);
            loop = false;
        } else {
            TRY(compile_iterable(c, it));
            ADDOP(c, OP_GET_ITER);
        }
    }
    if (loop) {
        depth++;
        USE_LABEL(c, start);
        ADDOP_JUMP(c, OP_FOR_ITER, anchor);
    }
    VISIT_EXPR(c, gen->target);
    for (int i = 0; i < gen->ifs.len; i++) TRY(compile_jump_if(c, gen->ifs.items[i], if_cleanup, false));
    if (gen_index + 1 < gens->len) {
        TRY(comprehension_generator(c, e, gen_index + 1, depth, type));
    } else {
        switch (type) {
        case COMP_GENEXP:
            VISIT_EXPR(c, e->v.comp.elt);
            ADDOP(c, OP_YIELD_VALUE);
            ADDOP(c, OP_POP_TOP);
            break;
        case COMP_LIST:
            VISIT_EXPR(c, e->v.comp.elt);
            ADDOP_I(c, OP_LIST_APPEND, depth + 1);
            break;
        case COMP_SET:
            VISIT_EXPR(c, e->v.comp.elt);
            ADDOP_I(c, OP_SET_ADD, depth + 1);
            break;
        default:
            VISIT_EXPR(c, e->v.comp.elt);
            VISIT_EXPR(c, e->v.comp.value);
            ADDOP_I(c, OP_MAP_ADD, depth + 1);
            break;
        }
    }
    USE_LABEL(c, if_cleanup);
    if (loop) {
        ADDOP_JUMP(c, OP_JUMP, start);
        USE_LABEL(c, anchor);
    }
    return 0;
}

static int compile_comprehension(Compiler *c, Expr *e, CompKind type, const char *name)
{
    Comprehension *outermost = e->v.comp.generators.items[0];
    TRY(compile_enter_scope(c, name, UNIT_COMPREHENSION, e, e->loc.lineno));
    SET_LOC(c, e->loc);
    c->u->argcount = 1;
    if (type != COMP_GENEXP)
        ADDOP_I(c, type == COMP_LIST ? OP_BUILD_LIST : type == COMP_SET ? OP_BUILD_SET : OP_BUILD_MAP, 0);
    TRY(comprehension_generator(c, e, 0, 0, type));
    if (type != COMP_GENEXP) ADDOP(c, OP_RETURN_VALUE);
    CodeObject *co = compile_assemble(c, true);
    if (!co) return -1;
    compile_exit_scope(c);
    TRY(compile_make_closure(c, co, 0));
    TRY(compile_iterable(c, outermost->iter));
    ADDOP(c, OP_GET_ITER);
    ADDOP_I(c, OP_CALL, 1);
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Conditions                                                                                 */

static int addop_compare(Compiler *c, CmpOperator op)
{
    switch (op) {
    case CMP_IS: return compile_addop(c, OP_IS_OP, 0);
    case CMP_IS_NOT: return compile_addop(c, OP_IS_OP, 1);
    case CMP_IN: return compile_addop(c, OP_CONTAINS_OP, 0);
    case CMP_NOT_IN: return compile_addop(c, OP_CONTAINS_OP, 1);
    default: return compile_addop(c, OP_COMPARE_OP, (int)op);
    }
}

int compile_jump_if(Compiler *c, Expr *e, int label, bool cond)
{
    switch (e->kind) {
    case EXPR_UNARYOP:
        if (e->v.unaryop.op == UOP_NOT) return compile_jump_if(c, e->v.unaryop.operand, label, !cond);
        break;
    case EXPR_BOOLOP: {
        const AstVec *s = &e->v.boolop.values;
        int n = s->len - 1;
        bool cond2 = e->v.boolop.op == BOOL_OR;
        int next2 = label;
        if (cond2 != cond) NEW_LABEL(c, next2);
        for (int i = 0; i < n; i++) TRY(compile_jump_if(c, s->items[i], next2, cond2));
        TRY(compile_jump_if(c, s->items[n], label, cond));
        if (next2 != label) USE_LABEL(c, next2);
        return 0;
    }
    case EXPR_IFEXP: {
        int end, next2;
        NEW_LABEL(c, end);
        NEW_LABEL(c, next2);
        TRY(compile_jump_if(c, e->v.ifexp.test, next2, false));
        TRY(compile_jump_if(c, e->v.ifexp.body, label, cond));
        UNSET_LOC(c);
        ADDOP_JUMP(c, OP_JUMP, end);
        USE_LABEL(c, next2);
        TRY(compile_jump_if(c, e->v.ifexp.orelse, label, cond));
        USE_LABEL(c, end);
        return 0;
    }
    case EXPR_COMPARE: {
        /* CPython 3.11 leaves the comparison's position in place for what follows */
        SET_LOC(c, e->loc);
        int n = e->v.compare.nops - 1;
        if (n <= 0) break;
        int cleanup, end;
        NEW_LABEL(c, cleanup);
        NEW_LABEL(c, end);
        VISIT_EXPR(c, e->v.compare.left);
        for (int i = 0; i < n; i++) {
            TRY(visit_comparator(c, e->v.compare.comparators.items[i], e->v.compare.ops[i]));
            ADDOP_I(c, OP_SWAP, 2);
            ADDOP_I(c, OP_COPY, 2);
            TRY(addop_compare(c, e->v.compare.ops[i]));
            ADDOP_JUMP(c, OP_POP_JUMP_IF_FALSE, cleanup);
        }
        TRY(visit_comparator(c, e->v.compare.comparators.items[n], e->v.compare.ops[n]));
        TRY(addop_compare(c, e->v.compare.ops[n]));
        ADDOP_JUMP(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
        Loc saved = c->u->loc;
        UNSET_LOC(c);
        ADDOP_JUMP(c, OP_JUMP, end);
        SET_LOC(c, saved);
        USE_LABEL(c, cleanup);
        ADDOP(c, OP_POP_TOP);
        if (!cond) {
            UNSET_LOC(c);
            ADDOP_JUMP(c, OP_JUMP, label);
            SET_LOC(c, saved);
        }
        USE_LABEL(c, end);
        return 0;
    }
    default:
        break;
    }
    /* a constant condition is decided now */
    int err = 0;
    Object *k = compile_fold(c, e, &err);
    if (err) return -1;
    if (k) {
        int t = obj_is_true(k);
        OBJ_DECREF(k);
        if (t < 0) return -1;
        if ((t != 0) == cond) ADDOP_JUMP(c, OP_JUMP, label);
        return 0;
    }
    VISIT_EXPR(c, e);
    ADDOP_JUMP(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    return 0;
}

static int compile_boolop(Compiler *c, Expr *e)
{
    int op = e->v.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int end;
    NEW_LABEL(c, end);
    const AstVec *s = &e->v.boolop.values;
    for (int i = 0; i < s->len - 1; i++) {
        VISIT_EXPR(c, s->items[i]);
        ADDOP_JUMP(c, op, end);
    }
    VISIT_EXPR(c, s->items[s->len - 1]);
    USE_LABEL(c, end);
    return 0;
}

/* [negate]: `not (a in b)` compiles as `a not in b` (is/is not, in/not in only). */
static int compile_compare(Compiler *c, Expr *e, bool negate)
{
    VISIT_EXPR(c, e->v.compare.left);
    int n = e->v.compare.nops - 1;
    if (n == 0) {
        CmpOperator op = e->v.compare.ops[0];
        if (negate)
            op = op == CMP_IS ? CMP_IS_NOT : op == CMP_IS_NOT ? CMP_IS : op == CMP_IN ? CMP_NOT_IN : CMP_IN;
        TRY(visit_comparator(c, e->v.compare.comparators.items[0], op));
        return addop_compare(c, op);
    }
    int cleanup, end;
    NEW_LABEL(c, cleanup);
    NEW_LABEL(c, end);
    for (int i = 0; i < n; i++) {
        TRY(visit_comparator(c, e->v.compare.comparators.items[i], e->v.compare.ops[i]));
        ADDOP_I(c, OP_SWAP, 2);
        ADDOP_I(c, OP_COPY, 2);
        TRY(addop_compare(c, e->v.compare.ops[i]));
        ADDOP_JUMP(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    TRY(visit_comparator(c, e->v.compare.comparators.items[n], e->v.compare.ops[n]));
    TRY(addop_compare(c, e->v.compare.ops[n]));
    Loc saved = c->u->loc;
    UNSET_LOC(c);
    ADDOP_JUMP(c, OP_JUMP, end);
    SET_LOC(c, saved);
    USE_LABEL(c, cleanup);
    ADDOP_I(c, OP_SWAP, 2);
    ADDOP(c, OP_POP_TOP);
    USE_LABEL(c, end);
    return 0;
}

/* ------------------------------------------------------------------------------------------ */

static int compile_joined_str(Compiler *c, Expr *e)
{
    const AstVec *values = &e->v.joinedstr.values;
    if (values->len > STACK_USE_GUIDELINE) {
        /* "".join([...]) */
        TRY(compile_load_const_steal(c, str_from_cstr("")));
        TRY(compile_addop_name(c, OP_LOAD_METHOD, "join", false));
        ADDOP_I(c, OP_BUILD_LIST, 0);
        for (int i = 0; i < values->len; i++) {
            VISIT_EXPR(c, values->items[i]);
            ADDOP_I(c, OP_LIST_APPEND, 1);
        }
        ADDOP_I(c, OP_CALL_METHOD, 1);
        return 0;
    }
    TRY(compile_visit_exprs(c, values));
    if (values->len != 1) ADDOP_I(c, OP_BUILD_STRING, values->len);
    return 0;
}

static int compile_formatted_value(Compiler *c, Expr *e)
{
    VISIT_EXPR(c, e->v.formatted.value);
    int oparg;
    switch (e->v.formatted.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
    }
    if (e->v.formatted.format_spec) {
        VISIT_EXPR(c, e->v.formatted.format_spec);
        oparg |= 4;
    }
    ADDOP_I(c, OP_FORMAT_VALUE, oparg);
    return 0;
}

static int compile_attribute(Compiler *c, Expr *e)
{
    VISIT_EXPR(c, e->v.attribute.value);
    compile_attr_loc(c, e);
    switch (e->v.attribute.ctx) {
    case CTX_LOAD: return compile_addop_name(c, OP_LOAD_ATTR, e->v.attribute.attr, true);
    case CTX_STORE:
        if (strcmp(e->v.attribute.attr, "__debug__") == 0) return compile_error(c, "cannot assign to __debug__");
        return compile_addop_name(c, OP_STORE_ATTR, e->v.attribute.attr, true);
    default: return compile_addop_name(c, OP_DELETE_ATTR, e->v.attribute.attr, true);
    }
}

static int compile_slice(Compiler *c, Expr *e)
{
    int n = 2;
    if (e->v.slice.lower) VISIT_EXPR(c, e->v.slice.lower);
    else TRY(compile_load_none(c));
    if (e->v.slice.upper) VISIT_EXPR(c, e->v.slice.upper);
    else TRY(compile_load_none(c));
    if (e->v.slice.step) {
        n++;
        VISIT_EXPR(c, e->v.slice.step);
    }
    ADDOP_I(c, OP_BUILD_SLICE, n);
    return 0;
}

static int compile_yield(Compiler *c, Expr *e, bool from)
{
    if (c->u->ste->type != BLOCK_FUNCTION) return compile_error(c, "'yield' outside function");
    if (!from) {
        if (e->v.yield.value) VISIT_EXPR(c, e->v.yield.value);
        else TRY(compile_load_none(c));
        ADDOP(c, OP_YIELD_VALUE);
        return 0;
    }
    int loop, exit;
    NEW_LABEL(c, loop);
    NEW_LABEL(c, exit);
    VISIT_EXPR(c, e->v.yield.value);
    ADDOP(c, OP_GET_YIELD_FROM_ITER);
    TRY(compile_load_none(c));
    USE_LABEL(c, loop);
    ADDOP_JUMP(c, OP_SEND, exit);
    ADDOP(c, OP_YIELD_VALUE);
    ADDOP_JUMP(c, OP_JUMP, loop);
    USE_LABEL(c, exit);
    return 0;
}

/* ---- '%s: %r' % (a, b) becomes f'{a!s}: {b!r}' (CPython's optimize_format) ---- */

#define FMT_MAXDIGITS 3

typedef struct FmtPiece {
    const char *lit;            /* literal text (NULL for a field) */
    size_t litlen;
    bool percents;              /* the literal contains "%%" */
    int conv;                   /* 's', 'r', 'a' */
    char spec[24];
} FmtPiece;

/* Parses a %-field after the '%' at fmt[*pos]; only %s, %r, %a with '-' and width/precision. */
static bool fmt_field(const char *fmt, size_t len, size_t *pos, FmtPiece *out)
{
    size_t p = *pos;
    int width = -1, prec = -1;
    bool ljust = false;
    char ch;
#define NEXTC do { if (p >= len) return false; ch = fmt[p++]; } while (0)
    for (;;) {
        NEXTC;
        if (ch == '-') ljust = true;
        else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') break;
    }
    if (ch >= '0' && ch <= '9') {
        width = 0;
        for (int digits = 0; ch >= '0' && ch <= '9';) {
            width = width * 10 + (ch - '0');
            NEXTC;
            if (++digits >= FMT_MAXDIGITS) return false;
        }
    }
    if (ch == '.') {
        NEXTC;
        prec = 0;
        for (int digits = 0; ch >= '0' && ch <= '9';) {
            prec = prec * 10 + (ch - '0');
            NEXTC;
            if (++digits >= FMT_MAXDIGITS) return false;
        }
    }
#undef NEXTC
    if (ch != 's' && ch != 'r' && ch != 'a') return false;
    char *b = out->spec;
    if (!ljust && width > 0) *b++ = '>';
    if (width >= 0) b += snprintf(b, 8, "%d", width % 1000);
    if (prec >= 0) b += snprintf(b, 8, ".%d", prec % 1000);
    *b = '\0';
    out->conv = ch;
    out->lit = NULL;
    *pos = p;
    return true;
}

static int load_str_const(Compiler *c, const char *s, size_t len, bool percents)
{
    char *buf = symtable_strdup(c->st, s, len);
    if (!buf) return -1;
    if (percents) {         /* "%%" -> "%" */
        size_t k = 0;
        for (size_t i = 0; i < len; i++) {
            buf[k++] = buf[i];
            if (buf[i] == '%' && i + 1 < len && buf[i + 1] == '%') i++;
        }
        buf[k] = '\0';
        len = k;
    }
    Object *o = str_from_utf8(buf, (ssize_t)len);
    return compile_load_const_steal(c, o);
}

/* Returns 1 when [e] (str % tuple) doesn't qualify, else compiles it (0) or fails (-1). */
static int maybe_format(Compiler *c, Expr *e)
{
    Expr *l = e->v.binop.left, *r = e->v.binop.right;
    if (e->v.binop.op != OP_MOD || r->kind != EXPR_TUPLE) return 1;
    const AstVec *elts = &r->v.list.elts;
    for (int i = 0; i < elts->len; i++)
        if (((Expr *)elts->items[i])->kind == EXPR_STARRED) return 1;
    int err = 0;
    Object *folded = compile_fold(c, r, &err);  /* a constant tuple: CPython folds it first */
    if (err) return -1;
    if (folded) {
        OBJ_DECREF(folded);
        return 1;
    }
    Object *fmtobj = compile_fold(c, l, &err);  /* the format, possibly folded ('a' + 'b') */
    if (err) return -1;
    if (!fmtobj) return 1;
    if (TYPE(fmtobj) != &str_type) {
        OBJ_DECREF(fmtobj);
        return 1;
    }
    const char *fmt = STR_DATA(fmtobj);
    size_t len = (size_t)STR_NBYTES(fmtobj), pos = 0;
    int nelts = elts->len, cnt = 0, npieces = 0;
    FmtPiece *pieces = mem_alloc(sizeof(FmtPiece) * (size_t)(2 * nelts + 1));
    if (!pieces) {
        OBJ_DECREF(fmtobj);
        return (exc_no_memory(), -1);
    }
    int result = 1;
    for (;;) {
        size_t start = pos;
        bool percents = false;
        while (pos < len) {
            if (fmt[pos] != '%') pos++;
            else if (pos + 1 < len && fmt[pos + 1] == '%') {
                percents = true;
                pos += 2;
            } else break;
        }
        if (pos > start) pieces[npieces++] = (FmtPiece){fmt + start, pos - start, percents, 0, ""};
        if (pos >= len) break;
        if (cnt >= nelts) goto done;        /* more fields than items */
        pos++;
        if (!fmt_field(fmt, len, &pos, &pieces[npieces])) goto done;
        npieces++;
        cnt++;
    }
    if (cnt < nelts) goto done;             /* more items than fields */
    result = -1;
    Loc saved = c->u->loc;
    for (int i = 0, k = 0; i < npieces; i++) {
        FmtPiece *pc = &pieces[i];
        if (pc->lit) {
            UNSET_LOC(c);
            if (load_str_const(c, pc->lit, pc->litlen, pc->percents) < 0) goto done;
            continue;
        }
        Expr *arg = elts->items[k++];
        SET_LOC(c, arg->loc);
        if (compile_visit_expr(c, arg) < 0) goto done;
        if (pc->spec[0] && compile_load_const_steal(c, str_from_cstr(pc->spec)) < 0) goto done;
        int oparg = (pc->conv == 's' ? 1 : pc->conv == 'r' ? 2 : 3) | (pc->spec[0] ? 4 : 0);
        if (compile_addop(c, OP_FORMAT_VALUE, oparg) < 0) goto done;
    }
    SET_LOC(c, saved);
    if (npieces != 1 && compile_addop(c, OP_BUILD_STRING, npieces) < 0) goto done;
    result = 0;
done:
    mem_free(pieces);
    OBJ_DECREF(fmtobj);
    return result;
}

static int visit_expr_body(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case EXPR_NAMED:
        VISIT_EXPR(c, e->v.named.value);
        ADDOP_I(c, OP_COPY, 1);
        VISIT_EXPR(c, e->v.named.target);
        return 0;
    case EXPR_BOOLOP: return compile_boolop(c, e);
    case EXPR_BINOP: {
        int r = maybe_format(c, e);
        if (r <= 0) return r;
        VISIT_EXPR(c, e->v.binop.left);
        VISIT_EXPR(c, e->v.binop.right);
        ADDOP_I(c, OP_BINARY_OP, (int)e->v.binop.op);
        return 0;
    }
    case EXPR_UNARYOP: {
        Expr *operand = e->v.unaryop.operand;
        if (e->v.unaryop.op == UOP_NOT && operand->kind == EXPR_COMPARE && operand->v.compare.nops == 1 &&
            operand->v.compare.ops[0] >= CMP_IS) {
            /* not (a in b) -> a not in b, with the comparison's position (CPython's fold_unaryop) */
            SET_LOC(c, operand->loc);
            return compile_compare(c, operand, true);
        }
        static const int ops[] = {[UOP_INVERT] = OP_UNARY_INVERT, [UOP_NOT] = OP_UNARY_NOT,
                                  [UOP_UADD] = OP_UNARY_POSITIVE, [UOP_USUB] = OP_UNARY_NEGATIVE};
        VISIT_EXPR(c, e->v.unaryop.operand);
        ADDOP(c, ops[e->v.unaryop.op]);
        return 0;
    }
    case EXPR_LAMBDA: return compile_lambda(c, e);
    case EXPR_IFEXP: {
        int end, next;
        NEW_LABEL(c, end);
        NEW_LABEL(c, next);
        TRY(compile_jump_if(c, e->v.ifexp.test, next, false));
        VISIT_EXPR(c, e->v.ifexp.body);
        UNSET_LOC(c);
        ADDOP_JUMP(c, OP_JUMP, end);
        SET_LOC(c, e->loc);
        USE_LABEL(c, next);
        VISIT_EXPR(c, e->v.ifexp.orelse);
        USE_LABEL(c, end);
        return 0;
    }
    case EXPR_DICT: return compile_dict(c, e);
    case EXPR_SET:
        return starunpack_helper(c, &e->v.set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case EXPR_GENEXP: return compile_comprehension(c, e, COMP_GENEXP, "<genexpr>");
    case EXPR_LISTCOMP: return compile_comprehension(c, e, COMP_LIST, "<listcomp>");
    case EXPR_SETCOMP: return compile_comprehension(c, e, COMP_SET, "<setcomp>");
    case EXPR_DICTCOMP: return compile_comprehension(c, e, COMP_DICT, "<dictcomp>");
    case EXPR_YIELD: return compile_yield(c, e, false);
    case EXPR_YIELD_FROM: return compile_yield(c, e, true);
    case EXPR_COMPARE: return compile_compare(c, e, false);
    case EXPR_CALL: return compile_call(c, e);
    case EXPR_FORMATTED: return compile_formatted_value(c, e);
    case EXPR_JOINEDSTR: return compile_joined_str(c, e);
    case EXPR_CONST: {
        Object *o = compile_const_object(c, e);
        return o ? compile_load_const_steal(c, o) : -1;
    }
    case EXPR_ATTRIBUTE: return compile_attribute(c, e);
    case EXPR_SUBSCRIPT: {
        ExprContext ctx = e->v.subscript.ctx;
        VISIT_EXPR(c, e->v.subscript.value);
        VISIT_EXPR(c, e->v.subscript.slice);
        ADDOP(c, ctx == CTX_LOAD ? OP_BINARY_SUBSCR : ctx == CTX_STORE ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR);
        return 0;
    }
    case EXPR_STARRED:
        if (e->v.starred.ctx == CTX_STORE)
            return compile_error(c, "starred assignment target must be in a list or tuple");
        return compile_error(c, "can't use starred expression here");
    case EXPR_NAME: return compile_nameop(c, e->v.name.id, e->v.name.ctx);
    case EXPR_LIST: return compile_list_or_tuple(c, e, false);
    case EXPR_TUPLE: return compile_list_or_tuple(c, e, true);
    case EXPR_SLICE: return compile_slice(c, e);
    }
    return 0;
}

static bool may_fold(Expr *e)
{
    switch (e->kind) {
    case EXPR_TUPLE: return e->v.list.ctx == CTX_LOAD;
    case EXPR_UNARYOP:
    case EXPR_BINOP: return true;
    case EXPR_SUBSCRIPT: return e->v.subscript.ctx == CTX_LOAD && e->v.subscript.slice->kind != EXPR_SLICE;
    case EXPR_NAME: return e->v.name.ctx == CTX_LOAD && strcmp(e->v.name.id, "__debug__") == 0;
    default: return false;
    }
}

int compile_visit_expr(Compiler *c, Expr *e)
{
    if (++c->depth > COMPILE_MAX_DEPTH) {
        exc_set_string(Exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    Loc saved = c->u->loc;
    SET_LOC(c, e->loc);
    int r;
    Object *k = NULL;
    int err = 0;
    if (may_fold(e) && (k = compile_fold(c, e, &err)) != NULL) r = compile_load_const_steal(c, k);
    else if (err) r = -1;
    else r = visit_expr_body(c, e);
    c->u->loc = saved;
    c->depth--;
    return r;
}
