/* eval.c: the bytecode interpreter loop. One C function runs a chain of Python frames: a call to a
 * Python function pushes a frame and continues in the same loop, so Python recursion does not
 * consume the C stack. Fast paths stay inline; anything slow calls out (objects/, vm/call.c).
 * Dispatch is computed goto under GCC/Clang, a switch otherwise (USE_COMPUTED_GOTO). The bodies of
 * the arithmetic and the attribute opcodes live in eval_arith.h and eval_attr.h, included into the
 * loop; docs/speed.md explains the caches and fast paths. */
#include "vm/frame.h"
#include "vm/call.h"
#include "vm/vm.h"
#include "vm/vmstate.h"
#include "vm/errors.h"
#include "vm/traceback.h"
#include "vm/eval_helpers.h"
#include "vm/generator.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/rangeobject.h"
#include "objects/funcobject.h"
#include "objects/typeobject.h"
#include "objects/descrobject.h"
#include "stdlib/modules.h"
#include <math.h>

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))

/* Store first, release the old value afterwards (its destructor may run code). */
#define SET_LOCAL(i, v) do { Object *old_ = locals[i]; locals[i] = (v); OBJ_XDECREF(old_); } while (0)

/* Registers are saved into the frame before anything that may look at the frame (calls out,
 * tracebacks, the collector), and reloaded when a different frame becomes current. */
#define SAVE_STATE() do { f->ip = ip; f->sp = sp; } while (0)
#define LOAD_STATE()                                          \
    do {                                                      \
        code = f->code;                                       \
        ip = f->ip;                                           \
        sp = f->sp;                                           \
        locals = f->slots;                                    \
        consts = TUPLE_ITEMS(code->consts);                   \
        names = TUPLE_ITEMS(code->names);                     \
    } while (0)

/* The frame always knows its current instruction (as CPython 3.11's prev_instr), so tracebacks,
 * tracemalloc and the collector see the right line from anywhere. */
#if USE_COMPUTED_GOTO
#define TARGET(op) TARGET_##op:
#define DISPATCH()                                            \
    do {                                                      \
        word = *ip++;                                         \
        f->ip = ip;                                           \
        oparg = INSTR_ARG(word);                              \
        goto *dispatch_table[INSTR_OP(word)];                 \
    } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif

#define ERROR_IF(cond) do { if (cond) goto error; } while (0)
#define EXC_PENDING() (vm.curexc != NULL)      /* exc_occurred(), inline */

/* The bodies of the instructions that superinstructions combine (one place for each). */
#define DO_LOAD_FAST()                                        \
    do {                                                      \
        Object *v_ = locals[oparg];                           \
        if (UNLIKELY(v_ == NULL)) {                           \
            unbound_local(code, oparg);                       \
            goto error;                                       \
        }                                                     \
        OBJ_INCREF(v_);                                       \
        PUSH(v_);                                             \
    } while (0)
#define DO_LOAD_CONST()                                       \
    do {                                                      \
        Object *v_ = consts[oparg];                           \
        OBJ_INCREF(v_);                                       \
        PUSH(v_);                                             \
    } while (0)
#define DO_STORE_FAST()                                       \
    do {                                                      \
        Object *v_ = POP();                                   \
        SET_LOCAL(oparg, v_);                                 \
    } while (0)
/* Runs the new frame [nf] (a call from this frame) in this loop: this frame's registers are saved. */
#define ENTER_FRAME(nf)                                       \
    do {                                                      \
        f->sp = sp;                                           \
        f->ip = ip;                                           \
        (nf)->back = f;                                       \
        vm.frame = (nf);                                      \
        f = (nf);                                             \
        LOAD_STATE();                                         \
        DISPATCH();                                           \
    } while (0)
/* Steps over the second instruction of a superinstruction, taking its argument. */
#define NEXT_OPARG()                                          \
    do {                                                      \
        word = *ip++;                                         \
        f->ip = ip;                                           \
        oparg = INSTR_ARG(word);                              \
    } while (0)

#define EVAL_ARITH_MACROS
#include "vm/eval_arith.h"
#undef EVAL_ARITH_MACROS

/* vm_enter_recursion with its common case inline: 0, or -1 with RecursionError. */
static inline int enter_recursion(void)
{
    if (LIKELY(vm.depth < vm_recursion_limit)) {
        vm.depth++;
        return 0;
    }
    return vm_enter_recursion("");
}

static Object *unbound_local(CodeObject *code, int i)
{
    return exc_format(Exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value",
                      TUPLE_GET(code->varnames, i));
}

static Object *cell_name(CodeObject *code, int i)
{
    if (i < code->ncells)
        return TUPLE_GET(code->cellvars, i);
    return TUPLE_GET(code->freevars, i - code->ncells);
}

static Object *unbound_deref(CodeObject *code, int i)
{
    Object *name = cell_name(code, i);
    if (i < code->ncells)
        return exc_format(Exc_UnboundLocalError,
                          "cannot access local variable '%U' where it is not associated with a value", name);
    return exc_format(Exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                      name);
}

/* NameError with .name set and, for the traceback, the "Did you mean" candidate found among the
 * frame's local names, globals and builtins (as CPython 3.11 does from the last frame). */
static Object *name_error(Frame *f, Object *name)
{
    exc_format(Exc_NameError, "name '%U' is not defined", name);
    Object *exc = exc_fetch();
    if (exc != NULL) {
        if (obj_setattr_cstr(exc, "name", name) < 0)
            exc_clear();
        if (EXC_CHECK(exc)) {
            Object *s = tb_suggest_name(name, f->code->varnames, f->globals, f->builtins);
            OBJ_SETREF(((ExceptionObject *)exc)->extra[0], s);
        }
        exc_restore(exc);
    }
    return NULL;
}

/* Finds the innermost exception-table entry covering instruction [i]. */
static const ExcTableEntry *find_handler(const CodeObject *code, int i)
{
    for (int k = 0; k < code->nexc; k++) {
        const ExcTableEntry *e = &code->exctable[k];
        if (i >= e->start && i < e->end)
            return e;
    }
    return NULL;
}

Object *vm_eval(Frame *f)
{
#if USE_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static void *const dispatch_table[256] = {
        [0 ... 255] = &&TARGET_BAD_OPCODE,
#define OPCODE(name, kind, effect, doc) [OP_##name] = &&TARGET_##name,
#include "vm/opcodes.def"
#undef OPCODE
    };
#pragma GCC diagnostic pop
#endif
    CodeObject *code;
    const Instr *ip;
    Object **sp;
    Object **locals;
    Object *const *consts;
    Object *const *names;
    Instr word;
    int oparg;
    Object *retval = NULL;
    int64_t ix, iy, iz, iq;        /* operands and results of the arithmetic fast paths */
    double fx, fy;

    f->is_entry = true;
    f->yielded = false;
    f->back = (Frame *)vm.frame;
    vm.frame = f;
    if (enter_recursion() < 0) {
        vm.frame = f->back;
        if (f->gen == NULL)
            frame_free(f);
        return NULL;
    }
    LOAD_STATE();
    if (vm.curexc != NULL)          /* generator.throw(): resume by raising at the yield */
        goto error;

#if USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    word = *ip++;
    f->ip = ip;
    oparg = INSTR_ARG(word);
    switch (INSTR_OP(word)) {
#endif

    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(POP_TOP) {
        Object *v = POP();
        OBJ_DECREF(v);
        DISPATCH();
    }

    TARGET(COPY) {
        Object *v = PEEK(oparg);
        OBJ_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        Object *t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        DO_LOAD_CONST();
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        DO_LOAD_FAST();
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        DO_STORE_FAST();
        DISPATCH();
    }

    /* superinstructions (vm/opcodes.def): the first half, then the second instruction's
     * argument, then the second half */
    TARGET(LOAD_FAST__LOAD_FAST) {
        DO_LOAD_FAST();
        NEXT_OPARG();
        DO_LOAD_FAST();
        DISPATCH();
    }

    TARGET(LOAD_FAST__LOAD_CONST) {
        DO_LOAD_FAST();
        NEXT_OPARG();
        DO_LOAD_CONST();
        DISPATCH();
    }

    TARGET(LOAD_CONST__LOAD_FAST) {
        DO_LOAD_CONST();
        NEXT_OPARG();
        DO_LOAD_FAST();
        DISPATCH();
    }

    TARGET(STORE_FAST__LOAD_FAST) {
        DO_STORE_FAST();
        NEXT_OPARG();
        DO_LOAD_FAST();
        DISPATCH();
    }

    TARGET(STORE_FAST__STORE_FAST) {
        DO_STORE_FAST();
        NEXT_OPARG();
        DO_STORE_FAST();
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        if (locals[oparg] == NULL) {
            unbound_local(code, oparg);
            goto error;
        }
        SET_LOCAL(oparg, NULL);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        CellObject *cell = (CellObject *)locals[code->nlocals + oparg];
        Object *v = cell->ref;
        if (v == NULL) {
            unbound_deref(code, oparg);
            goto error;
        }
        OBJ_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        CellObject *cell = (CellObject *)locals[code->nlocals + oparg];
        Object *v = POP();
        OBJ_SETREF(cell->ref, v);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        CellObject *cell = (CellObject *)locals[code->nlocals + oparg];
        if (cell->ref == NULL) {
            unbound_deref(code, oparg);
            goto error;
        }
        OBJ_CLEAR(cell->ref);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        Object *cell = locals[code->nlocals + oparg];
        OBJ_INCREF(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        Object *name = cell_name(code, oparg);
        Object *v = f->locals ? dict_get_item_borrow(f->locals, name) : NULL;
        ERROR_IF(v == NULL && EXC_PENDING());
        if (v == NULL) {
            v = ((CellObject *)locals[code->nlocals + oparg])->ref;
            if (v == NULL) {
                unbound_deref(code, oparg);
                goto error;
            }
        }
        OBJ_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        /* inline cache: valid while neither the globals nor the builtins dict has changed
         * (dict versions come from one global counter, so they are never reused) */
        GlobalCache *ce = code->cache != NULL ? &code->cache[ip - code->code - 1].global : NULL;
        uint64_t gver = ((DictObject *)f->globals)->version, bver = ((DictObject *)f->builtins)->version;
        if (ce != NULL && ce->value != NULL && ce->gver == gver && ce->bver == bver) {
            OBJ_INCREF(ce->value);
            PUSH(ce->value);
            DISPATCH();
        }
        Object *name = names[oparg];
        Object *v = dict_get_item_borrow(f->globals, name);
        if (v == NULL) {
            ERROR_IF(EXC_PENDING());
            v = dict_get_item_borrow(f->builtins, name);
            if (v == NULL) {
                if (!EXC_PENDING())
                    name_error(f, name);
                goto error;
            }
        }
        if (ce != NULL && DICT_CHECK_EXACT(f->globals) && DICT_CHECK_EXACT(f->builtins)) {
            ce->gver = ((DictObject *)f->globals)->version;
            ce->bver = ((DictObject *)f->builtins)->version;
            ce->value = v;
        }
        OBJ_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        Object *v = POP();
        int err = dict_set_item(f->globals, names[oparg], v);
        OBJ_DECREF(v);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        if (dict_del_item(f->globals, names[oparg]) < 0) {
            if (exc_matches(Exc_KeyError)) {
                exc_clear();
                name_error(f, names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        Object *name = names[oparg];
        Object *v = NULL;
        if (f->locals != NULL) {
            if (DICT_CHECK_EXACT(f->locals)) {
                v = dict_get_item_borrow(f->locals, name);
                ERROR_IF(v == NULL && EXC_PENDING());
                OBJ_XINCREF(v);
            } else {
                SAVE_STATE();
                v = obj_getitem(f->locals, name);
                if (v == NULL) {
                    ERROR_IF(!exc_matches(Exc_KeyError));
                    exc_clear();
                }
            }
        }
        if (v == NULL) {
            v = dict_get_item_borrow(f->globals, name);
            if (v == NULL) {
                ERROR_IF(EXC_PENDING());
                v = dict_get_item_borrow(f->builtins, name);
                if (v == NULL) {
                    if (!EXC_PENDING())
                        name_error(f, name);
                    goto error;
                }
            }
            OBJ_INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        Object *v = POP();
        int err;
        if (f->locals == NULL) {
            OBJ_DECREF(v);
            exc_format(Exc_SystemError, "no locals found when storing %R", names[oparg]);
            goto error;
        }
        if (DICT_CHECK_EXACT(f->locals))
            err = dict_set_item(f->locals, names[oparg], v);
        else {
            SAVE_STATE();
            err = obj_setitem(f->locals, names[oparg], v);
        }
        OBJ_DECREF(v);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        int err = f->locals ? obj_delitem(f->locals, names[oparg]) : -1;
        if (err < 0) {
            if (f->locals == NULL || exc_matches(Exc_KeyError)) {
                exc_clear();
                name_error(f, names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }

#include "vm/eval_attr.h"

    TARGET(BINARY_SUBSCR) {
        Object *key = POP();
        Object *container = TOP();
        Object *v;
        if (INT_CHECK_EXACT(key) && INT_IS_COMPACT(key)) {
            intptr_t i = INT_COMPACT_VALUE(key);
            if (LIST_CHECK_EXACT(container)) {
                if (i < 0)
                    i += LIST_SIZE(container);
                if (i >= 0 && i < LIST_SIZE(container)) {
                    v = LIST_GET(container, i);
                    OBJ_INCREF(v);
                    goto subscr_done;
                }
            } else if (TUPLE_CHECK_EXACT(container)) {
                if (i < 0)
                    i += TUPLE_SIZE(container);
                if (i >= 0 && i < TUPLE_SIZE(container)) {
                    v = TUPLE_GET(container, i);
                    OBJ_INCREF(v);
                    goto subscr_done;
                }
            }
        }
        SAVE_STATE();
        if (DICT_CHECK_EXACT(container)) {
            /* dict's own lookup (dict.__getitem__ without the slot dispatch); a missing key is
             * the slow path's KeyError */
            v = dict_get_item_borrow(container, key);
            if (v != NULL) {
                OBJ_INCREF(v);
                goto subscr_done;
            }
            if (EXC_PENDING()) {
                OBJ_DECREF(key);
                goto error;
            }
        }
        v = obj_getitem(container, key);
        if (v == NULL) {
            OBJ_DECREF(key);
            goto error;
        }
    subscr_done:
        OBJ_DECREF(key);
        OBJ_DECREF(container);
        SET_TOP(v);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        Object *key = POP();
        Object *container = POP();
        Object *v = POP();
        SAVE_STATE();
        if (LIST_CHECK_EXACT(container) && INT_CHECK_EXACT(key) && INT_IS_COMPACT(key)) {
            intptr_t i = INT_COMPACT_VALUE(key);
            if (i < 0)
                i += LIST_SIZE(container);
            if (i >= 0 && i < LIST_SIZE(container)) {
                /* the stack's reference moves into the list; the old item goes last */
                Object *old = LIST_GET(container, i);
                LIST_ITEMS(container)[i] = v;
                OBJ_DECREF(container);
                OBJ_DECREF(key);
                OBJ_DECREF(old);
                DISPATCH();
            }
        }
        int err = DICT_CHECK_EXACT(container) ? dict_set_item(container, key, v)
                                              : obj_setitem(container, key, v);
        OBJ_DECREF(v);
        OBJ_DECREF(container);
        OBJ_DECREF(key);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        Object *key = POP();
        Object *container = POP();
        SAVE_STATE();
        int err = obj_delitem(container, key);
        OBJ_DECREF(container);
        OBJ_DECREF(key);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Object *step = oparg == 3 ? POP() : NULL;
        Object *stop = POP();
        Object *start = TOP();
        Object *s = slice_new(start, stop, step);
        OBJ_XDECREF(step);
        OBJ_DECREF(stop);
        ERROR_IF(s == NULL);
        OBJ_DECREF(start);
        SET_TOP(s);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        Object *v = TOP();
        SAVE_STATE();
        Object *r = obj_positive(v);
        ERROR_IF(r == NULL);
        OBJ_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Object *v = TOP();
        SAVE_STATE();
        Object *r = obj_negative(v);
        ERROR_IF(r == NULL);
        OBJ_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Object *v = TOP();
        SAVE_STATE();
        int t = obj_is_true(v);
        ERROR_IF(t < 0);
        OBJ_DECREF(v);
        SET_TOP(bool_from(!t));
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        Object *v = TOP();
        SAVE_STATE();
        Object *r = obj_invert(v);
        ERROR_IF(r == NULL);
        OBJ_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }

#include "vm/eval_arith.h"

    TARGET(IS_OP) {
        Object *b = POP();
        Object *a = TOP();
        int t = (a == b) ^ oparg;
        OBJ_DECREF(b);
        OBJ_DECREF(a);
        SET_TOP(bool_from(t));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        Object *container = POP();
        Object *item = TOP();
        SAVE_STATE();
        int t = obj_contains(container, item);
        OBJ_DECREF(container);
        ERROR_IF(t < 0);
        OBJ_DECREF(item);
        SET_TOP(bool_from(t ^ oparg));
        DISPATCH();
    }

    TARGET(JUMP) {
        const Instr *target = code->code + oparg;
        if (target <= ip - 1 && UNLIKELY(vm_interrupt_pending)) {
            SAVE_STATE();
            ERROR_IF(eval_handle_interrupt() < 0);
        }
        ip = target;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Object *v = POP();
        int t;
        if (v == TRUE_OBJ) t = 1;
        else if (v == FALSE_OBJ || v == NONE) t = 0;
        else {
            SAVE_STATE();
            t = obj_is_true(v);
        }
        OBJ_DECREF(v);
        ERROR_IF(t < 0);
        if (!t)
            ip = code->code + oparg;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        Object *v = POP();
        int t;
        if (v == TRUE_OBJ) t = 1;
        else if (v == FALSE_OBJ || v == NONE) t = 0;
        else {
            SAVE_STATE();
            t = obj_is_true(v);
        }
        OBJ_DECREF(v);
        ERROR_IF(t < 0);
        if (t)
            ip = code->code + oparg;
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        Object *v = TOP();
        SAVE_STATE();
        int t = obj_is_true(v);
        ERROR_IF(t < 0);
        if (!t)
            ip = code->code + oparg;
        else {
            (void)POP();
            OBJ_DECREF(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        Object *v = TOP();
        SAVE_STATE();
        int t = obj_is_true(v);
        ERROR_IF(t < 0);
        if (t)
            ip = code->code + oparg;
        else {
            (void)POP();
            OBJ_DECREF(v);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Object *v = TOP();
        SAVE_STATE();
        Object *it = obj_get_iter(v);
        ERROR_IF(it == NULL);
        OBJ_DECREF(v);
        SET_TOP(it);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        Object *it = TOP();
        Object *next;
        SAVE_STATE();               /* a list iterator letting go of its list may run code */
        if (TYPE(it) == &range_iter_type)
            next = range_iter_next_inline(it);
        else if (TYPE(it) == &list_iter_type)
            next = list_iter_next_inline(it);
        else
            next = TYPE(it)->iternext(it);
        if (next != NULL) {
            PUSH(next);
            DISPATCH();
        }
        if (EXC_PENDING()) {
            if (!exc_matches(Exc_StopIteration))
                goto error;
            exc_clear();
        }
        (void)POP();
        OBJ_DECREF(it);
        ip = code->code + oparg;
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        if (f->is_entry)
            goto exit_frame;
        Frame *caller = f->back;
        bool init = f->is_init;
        vm.frame = caller;
        vm.depth--;
        f->sp = sp;
        frame_free_stacked(f);      /* frames the loop pushed itself are never a generator's */
        f = caller;
        LOAD_STATE();
        if (UNLIKELY(init)) {       /* the instance is on the stack already */
            if (retval != NONE) {
                exc_format(Exc_TypeError, "__init__() should return None, not '%s'", obj_type_name(retval));
                OBJ_CLEAR(retval);
                goto error;
            }
            OBJ_CLEAR(retval);
            DISPATCH();
        }
        PUSH(retval);
        retval = NULL;
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        Object *t = tuple_new(oparg);
        ERROR_IF(t == NULL);
        for (int i = oparg - 1; i >= 0; i--)
            tuple_set_item_steal(t, i, POP());
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        Object *l = list_new(oparg);
        ERROR_IF(l == NULL);
        for (int i = oparg - 1; i >= 0; i--)
            list_set_item_steal(l, i, POP());
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        SAVE_STATE();
        Object *s = eval_build_set(sp - oparg, oparg);
        for (int i = 0; i < oparg; i++) {
            Object *v = POP();
            OBJ_DECREF(v);
        }
        ERROR_IF(s == NULL);
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        Object *d = dict_new();
        ERROR_IF(d == NULL);
        SAVE_STATE();
        int err = 0;
        for (int i = 0; i < oparg && err == 0; i++)
            err = dict_set_item(d, sp[-2 * oparg + 2 * i], sp[-2 * oparg + 2 * i + 1]);
        for (int i = 0; i < 2 * oparg; i++) {
            Object *v = POP();
            OBJ_DECREF(v);
        }
        if (err < 0) {
            OBJ_DECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        Object *keys = POP();
        Object *d = dict_new();
        int err = d == NULL ? -1 : 0;
        SAVE_STATE();
        for (int i = 0; i < oparg && err == 0; i++)
            err = dict_set_item(d, TUPLE_GET(keys, i), sp[-oparg + i]);
        for (int i = 0; i < oparg; i++) {
            Object *v = POP();
            OBJ_DECREF(v);
        }
        OBJ_DECREF(keys);
        if (err < 0) {
            OBJ_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        Object *s = str_join_array(&PEEK(oparg), oparg);
        for (int i = 0; i < oparg; i++) {
            Object *v = POP();
            OBJ_DECREF(v);
        }
        ERROR_IF(s == NULL);
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        Object *v = POP();
        int err = list_append(PEEK(oparg), v);
        OBJ_DECREF(v);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(SET_ADD) {
        Object *v = POP();
        SAVE_STATE();
        int err = eval_set_add(PEEK(oparg), v);
        OBJ_DECREF(v);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        Object *v = POP();
        Object *k = POP();
        SAVE_STATE();
        int err = dict_set_item(PEEK(oparg), k, v);
        OBJ_DECREF(k);
        OBJ_DECREF(v);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Object *it = POP();
        SAVE_STATE();
        int err = eval_list_extend(PEEK(oparg), it);
        OBJ_DECREF(it);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        Object *it = POP();
        SAVE_STATE();
        int err = eval_set_update(PEEK(oparg), it);
        OBJ_DECREF(it);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        Object *m = POP();
        SAVE_STATE();
        int err = eval_dict_update(PEEK(oparg), m);
        OBJ_DECREF(m);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        Object *m = POP();
        SAVE_STATE();
        int err = eval_dict_merge(PEEK(oparg + 2), PEEK(oparg), m);
        OBJ_DECREF(m);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        Object *l = TOP();
        Object *t = list_as_tuple(l);
        ERROR_IF(t == NULL);
        OBJ_DECREF(l);
        SET_TOP(t);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        Object *seq = POP();
        if (TUPLE_CHECK_EXACT(seq) && TUPLE_SIZE(seq) == oparg) {
            for (int i = oparg - 1; i >= 0; i--)
                PUSH(obj_newref(TUPLE_GET(seq, i)));
        } else if (LIST_CHECK_EXACT(seq) && LIST_SIZE(seq) == oparg) {
            for (int i = oparg - 1; i >= 0; i--)
                PUSH(obj_newref(LIST_GET(seq, i)));
        } else {
            SAVE_STATE();
            if (eval_unpack(seq, oparg, -1, sp + oparg) < 0) {
                OBJ_DECREF(seq);
                goto error;
            }
            sp += oparg;
        }
        OBJ_DECREF(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        Object *seq = POP();
        int before = oparg & 0xff, after = oparg >> 8;
        SAVE_STATE();
        if (eval_unpack(seq, before, after, sp + before + 1 + after) < 0) {
            OBJ_DECREF(seq);
            goto error;
        }
        sp += before + 1 + after;
        OBJ_DECREF(seq);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        Object *spec = (oparg & 4) ? POP() : NULL;
        Object *v = TOP();
        SAVE_STATE();
        Object *r = eval_format_value(v, oparg & 3, spec);
        OBJ_XDECREF(spec);
        ERROR_IF(r == NULL);
        OBJ_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        Object *codeobj = POP();
        Object *closure = (oparg & 8) ? POP() : NULL;
        Object *annotations = (oparg & 4) ? POP() : NULL;
        Object *kwdefaults = (oparg & 2) ? POP() : NULL;
        Object *defaults = (oparg & 1) ? POP() : NULL;
        FunctionObject *fn = (FunctionObject *)func_new(codeobj, f->globals, NULL);
        OBJ_DECREF(codeobj);
        if (fn == NULL) {
            OBJ_XDECREF(closure);
            OBJ_XDECREF(annotations);
            OBJ_XDECREF(kwdefaults);
            OBJ_XDECREF(defaults);
            goto error;
        }
        fn->closure = closure;
        fn->annotations = annotations;
        fn->kwdefaults = kwdefaults;
        fn->defaults = defaults;
        PUSH((Object *)fn);
        DISPATCH();
    }

    TARGET(CALL) {
        Object **base = sp - oparg - 1;
        Object *callable = base[0];
        Object *const *args = base + 1;
        ssize_t nargs = oparg;
        Object *kwnames = NULL;
        bool method_call = false;
        goto do_call;

    TARGET(CALL_KW)
        kwnames = POP();
        base = sp - oparg - 1;
        callable = base[0];
        args = base + 1;
        nargs = oparg - TUPLE_SIZE(kwnames);
        method_call = false;
        goto do_call;

    TARGET(CALL_METHOD_KW)
        kwnames = POP();
        nargs = oparg - TUPLE_SIZE(kwnames);
        goto do_method_call;

    TARGET(CALL_METHOD)
        kwnames = NULL;
        nargs = oparg;
    do_method_call:
        base = sp - oparg - 2;
        method_call = true;
        if (base[0] == NULL) {
            callable = base[1];
            args = base + 2;
        } else {
            callable = base[0];
            args = base + 1;
            nargs++;
        }

    do_call:
        SAVE_STATE();
        if (UNLIKELY(vm_interrupt_pending) && eval_handle_interrupt() < 0) {
            OBJ_XDECREF(kwnames);
            goto error;
        }
        if (TYPE(callable) == &type_type) {
            Object *init = eval_plain_init((TypeObject *)callable);
            if (init != NULL) {
                /* a class whose instances come from object.__new__ and then a Python __init__:
                 * its frame runs in this loop; the instance waits on this frame's stack and
                 * RETURN_VALUE checks that __init__ gave None (type_call's work, inline) */
                TypeObject *t = (TypeObject *)callable;
                Object *o = t->tp_new(t, args, nargs, kwnames);
                if (o == NULL) {
                    OBJ_XDECREF(kwnames);
                    goto error;
                }
                type_track_instance(o);
                if (enter_recursion() < 0) {
                    OBJ_DECREF(o);
                    OBJ_XDECREF(kwnames);
                    goto error;
                }
                Object **self_slot = (Object **)args - 1;   /* holds the class: becomes self */
                *self_slot = o;
                CodeObject *ico = (CodeObject *)((FunctionObject *)init)->code;
                Frame *nf;
                if (kwnames == NULL && ico->simple_args && nargs + 1 == ico->argcount) {
                    nf = frame_for_simple_call(obj_newref(init), self_slot, nargs + 1);
                    if (nf == NULL)
                        OBJ_DECREF(init);
                } else {
                    nf = vm_frame_for_call(init, self_slot, nargs + 1, kwnames);
                    OBJ_XDECREF(kwnames);
                    if (nf != NULL)
                        for (Object **p = self_slot; p < sp; p++)
                            OBJ_DECREF(*p);     /* the frame holds its own references */
                }
                if (nf == NULL) {
                    *self_slot = callable;
                    OBJ_DECREF(o);
                    vm.depth--;
                    goto error;
                }
                OBJ_DECREF(callable);
                base[0] = obj_newref(o);
                sp = base + 1;
                nf->is_init = true;
                ENTER_FRAME(nf);
            }
        }
        if (FUNC_CHECK(callable) && kwnames == NULL &&
            ((CodeObject *)((FunctionObject *)callable)->code)->simple_args &&
            nargs == ((CodeObject *)((FunctionObject *)callable)->code)->argcount) {
            /* the common call: the arguments' references move from this stack into the new
             * frame's locals and the callable's into its func, with no refcount traffic */
            if (enter_recursion() < 0)
                goto error;
            Frame *nf = frame_for_simple_call(callable, (Object **)args, nargs);
            if (nf == NULL) {
                vm.depth--;
                goto error;
            }
            sp = base;              /* the slots' references now belong to nf (base[0] was NULL or the callable) */
            ENTER_FRAME(nf);
        }
        if (FUNC_CHECK(callable) &&
            !(((CodeObject *)((FunctionObject *)callable)->code)->flags & CO_GENERATOR)) {
            /* a Python function: push its frame and keep going in this loop */
            Frame *nf = vm_frame_for_call(callable, args, nargs, kwnames);
            OBJ_XDECREF(kwnames);
            if (nf == NULL)
                goto error;
            if (vm_enter_recursion("") < 0) {
                frame_free(nf);
                goto error;
            }
            /* the new frame holds its own references: drop the caller's stack slots */
            while (sp > base) {
                Object *v = POP();
                OBJ_XDECREF(v);
            }
            nf->is_entry = false;
            ENTER_FRAME(nf);
        }
        Object *res = obj_call(callable, args, nargs, kwnames);
        OBJ_XDECREF(kwnames);
        while (sp > base) {
            Object *v = POP();
            OBJ_XDECREF(v);
        }
        UNUSED(method_call);
        ERROR_IF(res == NULL);
        PUSH(res);
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        Object *kwargs = (oparg & 1) ? POP() : NULL;
        Object *callargs = POP();
        Object *func = TOP();
        SAVE_STATE();
        Object *res = NULL;
        if (!TUPLE_CHECK(callargs)) {
            Object *t = eval_star_args(func, callargs);
            OBJ_SETREF(callargs, t);
        }
        if (callargs != NULL)
            res = obj_call_tuple_dict(func, callargs, kwargs);
        OBJ_XDECREF(kwargs);
        OBJ_XDECREF(callargs);
        ERROR_IF(res == NULL);
        OBJ_DECREF(func);
        SET_TOP(res);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        Object *bc = dict_get_str_borrow(f->builtins, "__build_class__");
        if (bc == NULL) {
            exc_set_string(Exc_NameError, "__build_class__ not found");
            goto error;
        }
        OBJ_INCREF(bc);
        PUSH(bc);
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (f->locals == NULL) {
            exc_set_string(Exc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        if (dict_get_str_borrow(f->locals, "__annotations__") == NULL) {
            Object *d = dict_new();
            ERROR_IF(d == NULL);
            int err = dict_set_str(f->locals, "__annotations__", d);
            OBJ_DECREF(d);
            ERROR_IF(err < 0);
        }
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        Object *cause = oparg == 2 ? POP() : NULL;
        Object *exc = oparg >= 1 ? POP() : NULL;
        SAVE_STATE();
        if (eval_do_raise(exc, cause) == 1)
            goto exception_unwind;       /* bare raise keeps the traceback as it is */
        goto error;
    }

    TARGET(RERAISE) {
        Object *exc = POP();
        exc_restore(exc);
        SAVE_STATE();
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        Object *exc = TOP();
        Object *prev = vm.handled ? vm.handled : obj_newref(NONE);
        vm.handled = obj_newref(exc);
        SET_TOP(prev);
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        Object *prev = POP();
        Object *old = vm.handled;
        if (prev == NONE) {
            vm.handled = NULL;
            OBJ_DECREF(prev);
        } else {
            vm.handled = prev;
        }
        OBJ_XDECREF(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        Object *type = POP();
        Object *exc = TOP();
        int m = eval_exc_match(exc, type);
        OBJ_DECREF(type);
        ERROR_IF(m < 0);
        PUSH(bool_from(m));
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(obj_newref((Object *)Exc_AssertionError));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        Object *mgr = TOP();
        Object *exit_fn = NULL;
        SAVE_STATE();
        Object *res = eval_before_with(mgr, &exit_fn);
        ERROR_IF(res == NULL);
        OBJ_DECREF(mgr);
        SET_TOP(exit_fn);
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        Object *exc = TOP();
        Object *exit_fn = PEEK(3);
        Object *tb = ((ExceptionObject *)exc)->traceback;
        Object *args[3] = { (Object *)TYPE(exc), exc, tb ? tb : NONE };
        SAVE_STATE();
        Object *res = obj_call(exit_fn, args, 3, NULL);
        ERROR_IF(res == NULL);
        PUSH(res);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        f->yielded = true;
        SAVE_STATE();
        goto exit_frame_yield;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Object *v = TOP();
        if (!gen_check(v)) {
            SAVE_STATE();
            Object *it = obj_get_iter(v);
            ERROR_IF(it == NULL);
            OBJ_DECREF(v);
            SET_TOP(it);
        }
        DISPATCH();
    }

    TARGET(SEND) {
        Object *v = POP();
        Object *it = TOP();
        SAVE_STATE();
        Object *r = NULL;
        int st = gen_send_ex(it, v, &r);
        OBJ_DECREF(v);
        if (st < 0)
            goto error;
        if (st == 1) {          /* returned: r is the return value */
            (void)POP();
            OBJ_DECREF(it);
            PUSH(r);
            ip = code->code + oparg;
        } else {
            PUSH(r);
        }
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        Object *fromlist = POP();
        Object *level = TOP();
        SAVE_STATE();
        Object *m = vm_import_name(names[oparg], f->globals, fromlist, level);
        OBJ_DECREF(fromlist);
        ERROR_IF(m == NULL);
        OBJ_DECREF(level);
        SET_TOP(m);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        Object *m = TOP();
        SAVE_STATE();
        Object *v = vm_import_from(m, names[oparg]);
        ERROR_IF(v == NULL);
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        Object *m = POP();
        SAVE_STATE();
        int err = f->locals ? vm_import_star(f->locals, m) : -1;
        if (f->locals == NULL)
            exc_set_string(Exc_SyntaxError, "import * only allowed at module level");
        OBJ_DECREF(m);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        Object *v = POP();
        SAVE_STATE();
        int err = eval_print_expr(v);
        OBJ_DECREF(v);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(GET_LEN) {
        SAVE_STATE();
        Object *n = eval_get_len(TOP());
        ERROR_IF(n == NULL);
        PUSH(n);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        int m = eval_match_mapping(TOP());
        ERROR_IF(m < 0);
        PUSH(bool_from(m));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        int m = eval_match_sequence(TOP());
        ERROR_IF(m < 0);
        PUSH(bool_from(m));
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        SAVE_STATE();
        Object *values = eval_match_keys(PEEK(2), TOP());
        ERROR_IF(values == NULL);
        PUSH(values);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        Object *kw_names = POP();
        Object *type = POP();
        Object *subject = TOP();
        SAVE_STATE();
        Object *attrs = eval_match_class(subject, type, oparg, kw_names);
        OBJ_DECREF(kw_names);
        OBJ_DECREF(type);
        ERROR_IF(attrs == NULL);
        OBJ_DECREF(subject);
        SET_TOP(attrs);
        DISPATCH();
    }

#if USE_COMPUTED_GOTO
    TARGET_BAD_OPCODE:
#else
    default:
#endif
        exc_format(Exc_SystemError, "unknown opcode %d", (int)INSTR_OP(word));
        goto error;
#if !USE_COMPUTED_GOTO
    }
#endif

error:
    SAVE_STATE();
    if (vm.curexc == NULL)
        exc_set_string(Exc_SystemError, "error return without exception set");
    tb_add(vm.curexc, code, (int)(ip - code->code) - 1);

exception_unwind:
    for (;;) {
        int lasti = (int)(ip - code->code) - 1;
        const ExcTableEntry *h = find_handler(code, lasti);
        if (h != NULL) {
            Object **target_sp = FRAME_STACK_BASE(f) + h->depth;
            while (sp > target_sp) {
                Object *v = POP();
                OBJ_XDECREF(v);
            }
            PUSH(exc_fetch());
            ip = code->code + h->target;
            DISPATCH();
        }
        /* no handler here: the frame is finished */
        while (sp > FRAME_STACK_BASE(f)) {
            Object *v = POP();
            OBJ_XDECREF(v);
        }
        f->sp = sp;
        if (f->is_entry) {
            retval = NULL;
            goto exit_frame;
        }
        Frame *caller = f->back;
        vm.frame = caller;
        vm.depth--;
        frame_free(f);
        f = caller;
        LOAD_STATE();
        /* the exception continues in the caller, at its call instruction */
        tb_add(vm.curexc, code, (int)(ip - code->code) - 1);
    }

exit_frame:
    f->sp = sp;
    f->ip = ip;
exit_frame_yield:
    vm.frame = f->back;
    vm.depth--;
    if (f->gen == NULL)
        frame_free(f);
    return retval;
}
