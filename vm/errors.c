/* errors.c: the pending exception (set, test, fetch, restore), implicit chaining, the C recursion
 * guard and the argument-checking helpers of built-in functions, with CPython's messages. */
#include "vm/errors.h"
#include "vm/vmstate.h"
#include "stdlib/modules.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/intobject.h"
#include <string.h>

bool exc_occurred(void)
{
    return vm.curexc != NULL;
}

Object *exc_occurred_borrow(void)
{
    return vm.curexc;
}

bool exc_matches(TypeObject *type)
{
    return vm.curexc != NULL && type_is_subtype(TYPE(vm.curexc), type);
}

Object *exc_fetch(void)
{
    Object *e = vm.curexc;
    vm.curexc = NULL;
    return e;
}

void exc_restore(Object *exc)
{
    OBJ_SETREF(vm.curexc, exc);
}

void exc_clear(void)
{
    OBJ_CLEAR(vm.curexc);
}

void exc_set_context(Object *exc, Object *context)
{
    if (exc == context || context == NULL)
        return;
    /* Break a cycle the new context would close: walk context's chain, cut it where exc appears. */
    Object *o = context;
    while (o != NULL) {
        ExceptionObject *e = (ExceptionObject *)o;
        if (e->context == exc) {
            OBJ_CLEAR(e->context);
            break;
        }
        o = e->context;
    }
    OBJ_SETREF(((ExceptionObject *)exc)->context, obj_newref(context));
}

/* Makes [exc] (owned) pending, chained to the exception being handled. */
static void set_pending(Object *exc)
{
    if (vm.handled != NULL && vm.handled != exc && ((ExceptionObject *)exc)->context == NULL)
        exc_set_context(exc, vm.handled);
    exc_restore(exc);
}

Object *exc_new(TypeObject *type, Object *const *args, ssize_t nargs)
{
    return obj_call((Object *)type, args, nargs, NULL);
}

Object *exc_set_object(TypeObject *type, Object *value)
{
    Object *exc;
    if (value != NULL && EXC_CHECK(value) && type_is_subtype(TYPE(value), type))
        exc = obj_newref(value);
    else
        exc = exc_new(type, &value, value != NULL ? 1 : 0);
    if (exc == NULL)
        return NULL;          /* creating it raised: that exception is pending instead */
    set_pending(exc);
    return NULL;
}

Object *exc_set_string(TypeObject *type, const char *msg)
{
    Object *s = str_from_cstr(msg);
    if (s == NULL)
        return NULL;
    exc_set_object(type, s);
    OBJ_DECREF(s);
    return NULL;
}

Object *exc_format(TypeObject *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Object *s = str_from_vformat(fmt, ap);
    va_end(ap);
    if (s == NULL)
        return NULL;
    exc_set_object(type, s);
    OBJ_DECREF(s);
    return NULL;
}

Object *exc_no_memory(void)
{
    Object *e = vm.memory_error;
    if (e == NULL) {
        fprintf(stderr, "tally: out of memory during start-up\n");
        exit(1);
    }
    ExceptionObject *x = (ExceptionObject *)e;
    OBJ_CLEAR(x->traceback);
    OBJ_CLEAR(x->context);
    exc_restore(obj_newref(e));
    return NULL;
}

Object *exc_bad_internal_call(const char *where)
{
    return exc_format(Exc_SystemError, "bad internal call in %s", where);
}

/* ---- recursion guard ---- */

int vm_enter_recursion(const char *where)
{
    if (++vm.depth > vm_recursion_limit && !vm.recursion_headroom) {
        vm.recursion_headroom = true;      /* room to build the exception */
        exc_format(Exc_RecursionError, "maximum recursion depth exceeded%s", where);
        vm.recursion_headroom = false;
        --vm.depth;
        return -1;
    }
    if (vm.depth > vm_recursion_limit + 50) {
        /* raising RecursionError itself recursed too deep */
        --vm.depth;
        exc_no_memory();
        return -1;
    }
    return 0;
}

void vm_leave_recursion(void)
{
    --vm.depth;
}

/* ---- argument helpers ---- */

int arg_no_kwargs(const char *fname, Object *kwnames)
{
    if (kwnames == NULL || TUPLE_SIZE(kwnames) == 0)
        return 0;
    exc_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

int arg_count(const char *fname, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == 0 && max == 0)
        exc_format(Exc_TypeError, "%s() takes no arguments (%zd given)", fname, nargs);
    else if (min == 1 && max == 1)
        exc_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
    else if (min == max)
        exc_format(Exc_TypeError, "%s expected %zd argument%s, got %zd", fname, min, min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        exc_format(Exc_TypeError, "%s expected at least %zd argument%s, got %zd", fname, min, min == 1 ? "" : "s", nargs);
    else
        exc_format(Exc_TypeError, "%s expected at most %zd argument%s, got %zd", fname, max, max == 1 ? "" : "s", nargs);
    return -1;
}

int arg_parse(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames,
              const char *const *names, int npos_only, int nrequired, Object **out)
{
    int n = 0;
    while (names[n] != NULL)
        n++;
    if (nargs > n) {
        exc_format(Exc_TypeError, "%s() takes at most %d argument%s (%zd given)", fname, n,
                   n == 1 ? "" : "s", nargs);
        return -1;
    }
    ssize_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    ssize_t used = 0;
    /* as CPython's argument parser: parameters in order, then any keyword left over */
    for (int i = 0; i < n; i++) {
        Object *v = i < nargs ? args[i] : NULL;
        for (ssize_t k = 0; k < nkw && i >= npos_only; k++) {
            if (!str_eq_cstr(TUPLE_GET(kwnames, k), names[i]))
                continue;
            if (v != NULL) {
                exc_format(Exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                           fname, names[i], i + 1);
                return -1;
            }
            v = args[nargs + k];
            used++;
        }
        if (v == NULL && i < nrequired) {
            exc_format(Exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            return -1;
        }
        out[i] = v;
    }
    if (used < nkw) {
        for (ssize_t k = 0; k < nkw; k++) {
            Object *key = TUPLE_GET(kwnames, k);
            bool known = false;
            for (int i = npos_only; i < n && !known; i++)
                known = str_eq_cstr(key, names[i]);
            if (!known) {
                exc_format(Exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
                return -1;
            }
        }
    }
    return 0;
}
