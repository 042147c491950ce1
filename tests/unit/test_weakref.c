/* test_weakref.c: unit tests of objects/weakrefobject.c through the C API: the shared basic ref
 * and proxy, the list order (callbacks run most recently created first), clearing on dealloc,
 * CPython's layout size, the TypeError for types without weak reference support, and proxies
 * that raise ReferenceError once dead. Each test runs on a fresh interpreter (vm_init/vm_fini),
 * whose leak check must pass in DEBUG_REFS builds. */
#include <criterion/criterion.h>
#include <string.h>

#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/setobject.h"
#include "objects/weakrefobject.h"
#include "objects/typeobject.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include "vm/vm.h"

static void setup(void)
{
    cr_assert_eq(vm_init(0, NULL), 0, "vm_init failed");
    cr_assert_eq(type_ready(&weakref_type), 0);
    cr_assert_eq(type_ready(&weakproxy_type), 0);
    cr_assert_eq(type_ready(&weakcallableproxy_type), 0);
}

static void teardown(void)
{
    cr_assert_eq(vm_fini(), 0, "vm_fini reported leaked references or blocks");
}

TestSuite(weakref, .init = setup, .fini = teardown);

static Object *mk_set(void)
{
    Object *s = set_new(NULL);
    cr_assert_not_null(s);
    return s;
}

Test(weakref, layout_is_cpythons)
{
    cr_assert_eq(weakref_type.basicsize, 64);
    cr_assert(TYPE_HAS_FLAG(&weakref_type, TPFLAG_GC));
}

Test(weakref, basic_ref_is_shared_and_dies_with_referent)
{
    Object *s = mk_set();
    Object *r1 = weakref_new_ref(s, NULL);
    Object *r2 = weakref_new_ref(s, NONE);
    cr_assert_not_null(r1);
    cr_assert_eq(r1, r2, "the callback-less ref is shared");
    cr_assert_eq(weakref_count(s), 1);
    cr_assert_eq(REFCNT(s), 1, "a weak reference does not own its referent");
    cr_assert_eq(weakref_get_object_borrow(r1), s);
    OBJ_DECREF(s);
    cr_assert_eq(weakref_get_object_borrow(r1), NONE);
    OBJ_DECREF(r1);
    OBJ_DECREF(r2);
}

Test(weakref, callbacks_run_most_recent_first)
{
    Object *s = mk_set();
    Object *log = list_new(0);
    Object *append = obj_getattr_cstr(log, "append");
    cr_assert_not_null(append);
    Object *basic = weakref_new_ref(s, NULL);
    Object *w[3];
    for (int i = 0; i < 3; i++) {
        w[i] = weakref_new_ref(s, append);
        cr_assert_not_null(w[i]);
        cr_assert_neq(w[i], basic);
    }
    cr_assert_eq(weakref_count(s), 4);
    WeakrefObject **list = weakref_list_ptr(s);
    cr_assert_eq((Object *)*list, basic, "the basic ref stays first");
    OBJ_DECREF(s);
    cr_assert_eq(LIST_SIZE(log), 3);
    cr_assert_eq(LIST_GET(log, 0), w[2]);
    cr_assert_eq(LIST_GET(log, 1), w[1]);
    cr_assert_eq(LIST_GET(log, 2), w[0]);
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(weakref_get_object_borrow(w[i]), NONE);
        cr_assert_null(((WeakrefObject *)w[i])->callback, "callbacks are dropped once called");
        OBJ_DECREF(w[i]);
    }
    OBJ_DECREF(basic);
    OBJ_DECREF(append);
    OBJ_DECREF(log);
}

Test(weakref, dead_weakref_unlinks_itself)
{
    Object *s = mk_set();
    Object *a = weakref_new_ref(s, NULL);
    Object *log = list_new(0);
    Object *append = obj_getattr_cstr(log, "append");
    Object *b = weakref_new_ref(s, append);
    cr_assert_eq(weakref_count(s), 2);
    OBJ_DECREF(b);
    cr_assert_eq(weakref_count(s), 1);
    OBJ_DECREF(a);
    cr_assert_eq(weakref_count(s), 0);
    OBJ_DECREF(s);
    cr_assert_eq(LIST_SIZE(log), 0, "a freed weakref never calls back");
    OBJ_DECREF(append);
    OBJ_DECREF(log);
}

Test(weakref, unsupported_type_raises)
{
    Object *i = int_from_long(42);
    cr_assert_null(weakref_new_ref(i, NULL));
    cr_assert(exc_matches(Exc_TypeError));
    Object *e = exc_fetch();
    Object *msg = obj_str(e);
    cr_assert_str_eq(STR_DATA(msg), "cannot create weak reference to 'int' object");
    OBJ_DECREF(msg);
    OBJ_DECREF(e);
    OBJ_DECREF(i);
}

Test(weakref, proxy_shared_and_dead_proxy_raises)
{
    Object *s = mk_set();
    Object *p1 = weakref_new_proxy(s, NULL);
    Object *p2 = weakref_new_proxy(s, NULL);
    Object *r = weakref_new_ref(s, NULL);
    cr_assert_eq(p1, p2);
    cr_assert_eq(TYPE(p1), &weakproxy_type);
    WeakrefObject **list = weakref_list_ptr(s);
    cr_assert_eq((Object *)*list, r, "ref first, then proxy");
    cr_assert_eq((Object *)(*list)->next, p1);
    cr_assert_eq(obj_len(p1), 0);
    OBJ_DECREF(s);
    cr_assert_eq(obj_len(p1), -1);
    cr_assert(exc_matches(Exc_ReferenceError));
    exc_clear();
    OBJ_DECREF(p1);
    OBJ_DECREF(p2);
    OBJ_DECREF(r);
}
