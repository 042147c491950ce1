/* test_gc.c: unit tests of the cycle collector (gc/gc.c) through the C API: cycles of lists,
 * dicts and instances found and freed, generation bookkeeping (counts, survivors moving to older
 * generations), automatic collections at the thresholds, untracking of atomic tuples and dicts,
 * PEP 442 finalizers run once, weakref callbacks, the permanent generation and DEBUG_SAVEALL.
 * Each test runs on a fresh interpreter (vm_init/vm_fini) whose leak check must pass. */
#include <criterion/criterion.h>
#include <string.h>

#include "objects/object.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/tupleobject.h"
#include "objects/weakrefobject.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include "vm/vm.h"

static void setup(void)
{
    cr_assert_eq(vm_init(0, NULL), 0, "vm_init failed");
    gc_collect(2);      /* a clean start: generation counts 0, start-up objects in generation 2 */
}

static void teardown(void)
{
    cr_assert_eq(vm_fini(), 0, "vm_fini reported leaked references or blocks");
}

TestSuite(gc, .init = setup, .fini = teardown);

static ssize_t tracked_total(void)
{
    return gc_generation_size(0) + gc_generation_size(1) + gc_generation_size(2);
}

static int find_obj(Object *o, void *arg)
{
    return o == arg;
}

static int generation_of(Object *o)
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        if (gc_visit_generation(i, find_obj, o))
            return i;
    return -1;
}

/* Runs Python source in __main__ and returns a borrowed global of it. */
static Object *define(const char *src, const char *name)
{
    cr_assert_eq(vm_run_source(src, strlen(src), "<test>"), 0);
    Object *o = dict_get_str_borrow(vm_globals_borrow(), name);
    cr_assert_not_null(o, "%s not defined", name);
    return o;
}

static long global_long(const char *name)
{
    Object *o = dict_get_str_borrow(vm_globals_borrow(), name);
    cr_assert_not_null(o);
    int overflow;
    return int_as_long(o, &overflow);
}

static Object *new_instance(Object *cls)
{
    Object *o = obj_call(cls, NULL, 0, NULL);
    cr_assert_not_null(o);
    return o;
}

Test(gc, list_cycle_is_collected)
{
    Object *a = list_new(0), *b = list_new(0);
    cr_assert(gc_is_tracked(a) && gc_is_tracked(b));
    cr_assert_eq(list_append(a, b), 0);
    cr_assert_eq(list_append(b, a), 0);
    ssize_t before = tracked_total();
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    cr_assert_eq(tracked_total(), before, "refcounting alone cannot free a cycle");
    cr_assert_eq(gc_collect(0), 2);
    cr_assert_eq(tracked_total(), before - 2);
    cr_assert_eq(gc_collect(2), 0, "nothing left");
}

Test(gc, dict_self_cycle_is_collected)
{
    Object *d = dict_new();
    cr_assert_eq(dict_set_str(d, "me", d), 0);
    cr_assert(gc_is_tracked(d));
    OBJ_DECREF(d);
    cr_assert_eq(gc_collect(2), 1);
    cr_assert_eq(gc_state.stats[2].collected >= 1, true);
}

Test(gc, instance_cycle_counts_every_unreachable_object)
{
    Object *cls = define("class Node:\n    pass\n", "Node");
    gc_collect(2);      /* untracks what start-up left atomic */
    ssize_t before = tracked_total();
    Object *a = new_instance(cls), *b = new_instance(cls);
    cr_assert_eq(obj_setattr_cstr(a, "ref", b), 0);
    cr_assert_eq(obj_setattr_cstr(b, "ref", a), 0);
    ssize_t created = tracked_total() - before;   /* the instances and any __dict__ they own */
    cr_assert(created >= 2);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    cr_assert_eq(gc_collect(2), created);
    cr_assert_eq(tracked_total(), before);
}

Test(gc, reachable_objects_survive_and_age)
{
    gc_state.enabled = false;
    Object *l = list_new(0);
    cr_assert_eq(generation_of(l), 0);
    cr_assert_eq(gc_collect(0), 0);
    cr_assert_eq(generation_of(l), 1);
    cr_assert_eq(gc_collect(1), 0);
    cr_assert_eq(generation_of(l), 2);
    cr_assert_eq(gc_collect(2), 0);
    cr_assert_eq(generation_of(l), 2, "the oldest generation keeps its survivors");
    OBJ_DECREF(l);
}

Test(gc, counts_move_between_generations)
{
    gc_state.enabled = false;
    cr_assert_eq(gc_state.generations[0].count, 0);
    cr_assert_eq(gc_state.generations[1].count, 0);
    cr_assert_eq(gc_state.generations[2].count, 0);
    Object *l1 = list_new(0), *l2 = list_new(0);
    cr_assert_eq(gc_state.generations[0].count, 2, "allocations of containers count");
    OBJ_DECREF(l2);
    cr_assert_eq(gc_state.generations[0].count, 1, "deallocations uncount");
    gc_collect(0);
    cr_assert_eq(gc_state.generations[0].count, 0);
    cr_assert_eq(gc_state.generations[1].count, 1, "a gen-0 collection counts in gen 1");
    gc_collect(0);
    gc_collect(1);
    cr_assert_eq(gc_state.generations[1].count, 0);
    cr_assert_eq(gc_state.generations[2].count, 1, "a gen-1 collection counts in gen 2");
    gc_collect(2);
    cr_assert_eq(gc_state.generations[2].count, 0);
    ssize_t c0 = gc_state.stats[0].collections, c2 = gc_state.stats[2].collections;
    gc_collect(0);
    gc_collect(2);
    cr_assert_eq(gc_state.stats[0].collections, c0 + 1);
    cr_assert_eq(gc_state.stats[2].collections, c2 + 1);
    OBJ_DECREF(l1);
}

Test(gc, threshold_triggers_automatic_collection)
{
    gc_state.generations[0].threshold = 10;
    ssize_t c0 = gc_state.stats[0].collections;
    Object *keep = list_new(0);
    for (int i = 0; i < 25; i++) {
        Object *l = list_new(0);
        cr_assert_eq(list_append(keep, l), 0);
        OBJ_DECREF(l);
    }
    cr_assert(gc_state.stats[0].collections >= c0 + 2, "two gen-0 collections at least");
    cr_assert(gc_state.generations[0].count <= 10);
    /* disabled: no automatic collection */
    gc_state.enabled = false;
    ssize_t c1 = gc_state.stats[0].collections;
    for (int i = 0; i < 25; i++) {
        Object *l = list_new(0);
        cr_assert_eq(list_append(keep, l), 0);
        OBJ_DECREF(l);
    }
    cr_assert_eq(gc_state.stats[0].collections, c1);
    cr_assert(gc_state.generations[0].count > 10);
    /* threshold 0 disables as well */
    gc_state.enabled = true;
    gc_state.generations[0].threshold = 0;
    Object *l = list_new(0);
    cr_assert_eq(gc_state.stats[0].collections, c1);
    OBJ_DECREF(l);
    gc_state.generations[0].threshold = 700;
    OBJ_DECREF(keep);
}

Test(gc, automatic_collection_frees_cycles)
{
    gc_state.generations[0].threshold = 50;
    ssize_t before = tracked_total();
    for (int i = 0; i < 2000; i++) {
        Object *a = list_new(0), *b = list_new(0);
        cr_assert_eq(list_append(a, b), 0);
        cr_assert_eq(list_append(b, a), 0);
        OBJ_DECREF(a);
        OBJ_DECREF(b);
    }
    cr_assert(tracked_total() - before < 200, "cycles are freed as they are made");
    cr_assert(gc_state.stats[0].collected > 0);
    gc_state.generations[0].threshold = 700;
}

Test(gc, atomic_tuples_untracked_at_collection)
{
    gc_state.enabled = false;
    Object *one = int_from_long(1), *two = int_from_long(2);
    Object *atoms = tuple_pack(2, one, two);
    Object *l = list_new(0);
    Object *holder = tuple_pack(2, one, l);
    cr_assert_not_null(atoms);
    gc_collect(0);
    cr_assert_not(gc_is_tracked(atoms), "a tuple of atoms leaves the collector");
    cr_assert(gc_is_tracked(holder), "a tuple holding a list stays tracked");
    OBJ_DECREF(atoms); OBJ_DECREF(holder); OBJ_DECREF(l); OBJ_DECREF(one); OBJ_DECREF(two);
}

Test(gc, atomic_dicts_untracked_at_full_collection)
{
    gc_state.enabled = false;
    Object *d = dict_new();
    Object *l = list_new(0), *one = int_from_long(1);
    cr_assert_eq(dict_set_str(d, "a", l), 0);
    cr_assert(gc_is_tracked(d), "a dict holding a container is tracked");
    cr_assert_eq(dict_set_str(d, "a", one), 0);
    gc_collect(1);
    cr_assert(gc_is_tracked(d), "young collections leave dicts alone");
    gc_collect(2);
    cr_assert_not(gc_is_tracked(d), "a full collection untracks a dict of atoms");
    OBJ_DECREF(d); OBJ_DECREF(l); OBJ_DECREF(one);
}

Test(gc, finalizer_runs_once_even_when_resurrected)
{
    Object *cls = define("finalized = 0\nkeep = []\n"
                         "class Fin:\n"
                         "    def __del__(self):\n"
                         "        global finalized\n"
                         "        finalized += 1\n"
                         "        keep.append(self)\n", "Fin");
    Object *a = new_instance(cls);
    cr_assert_eq(obj_setattr_cstr(a, "me", a), 0);
    cr_assert_not(gc_is_finalized(a));
    Object *weak_hold = a;      /* borrowed pointer: valid while keep holds it */
    OBJ_DECREF(a);
    gc_collect(2);
    cr_assert_eq(global_long("finalized"), 1);
    Object *keep = dict_get_str_borrow(vm_globals_borrow(), "keep");
    cr_assert_eq(LIST_SIZE(keep), 1, "resurrected by its finalizer");
    cr_assert_eq(LIST_GET(keep, 0), weak_hold);
    cr_assert(gc_is_finalized(weak_hold));
    /* drop the resurrecting reference: collected now, without a second __del__ */
    cr_assert_eq(vm_run_source("keep.clear()\n", 13, "<test>"), 0);
    cr_assert(gc_collect(2) >= 1);
    cr_assert_eq(global_long("finalized"), 1, "__del__ runs once per object (PEP 442)");
    cr_assert_eq(LIST_SIZE(keep), 0);
}

Test(gc, finalizers_of_a_cycle_run_once_each)
{
    Object *cls = define("finalized = 0\n"
                         "class Fin:\n"
                         "    def __del__(self):\n"
                         "        global finalized\n"
                         "        finalized += 1\n", "Fin");
    Object *a = new_instance(cls), *b = new_instance(cls);
    cr_assert_eq(obj_setattr_cstr(a, "other", b), 0);
    cr_assert_eq(obj_setattr_cstr(b, "other", a), 0);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    cr_assert(gc_collect(2) >= 2);
    cr_assert_eq(global_long("finalized"), 2);
    cr_assert_eq(gc_collect(2), 0);
    cr_assert_eq(global_long("finalized"), 2);
}

Test(gc, weakref_callback_called_for_collected_cycle)
{
    Object *cls = define("calls = 0\n"
                         "def cb(r):\n"
                         "    global calls\n"
                         "    calls += 1\n"
                         "class Node:\n"
                         "    pass\n", "Node");
    Object *cb = dict_get_str_borrow(vm_globals_borrow(), "cb");
    Object *a = new_instance(cls);
    cr_assert_eq(obj_setattr_cstr(a, "me", a), 0);
    Object *r = weakref_new_ref(a, cb);
    cr_assert_not_null(r);
    OBJ_DECREF(a);
    cr_assert_eq(global_long("calls"), 0);
    gc_collect(2);
    cr_assert_eq(global_long("calls"), 1);
    cr_assert_eq(weakref_get_object_borrow(r), NONE, "cleared");
    OBJ_DECREF(r);
}

Test(gc, frozen_objects_are_ignored)
{
    Object *a = list_new(0);
    cr_assert_eq(list_append(a, a), 0);
    OBJ_DECREF(a);
    gc_freeze();
    ssize_t frozen = gc_freeze_count();
    cr_assert(frozen >= 1);
    cr_assert_eq(tracked_total(), 0);
    cr_assert_eq(gc_state.generations[0].count, 0);
    cr_assert_eq(gc_collect(2), 0, "the permanent generation is not collected");
    gc_unfreeze();
    cr_assert_eq(gc_freeze_count(), 0);
    cr_assert_eq(gc_generation_size(2), frozen);
    cr_assert_eq(gc_collect(2), 1);
}

Test(gc, frozen_cycles_freed_at_shutdown)
{
    Object *a = list_new(0);
    cr_assert_eq(list_append(a, a), 0);
    OBJ_DECREF(a);
    gc_freeze();
    cr_assert(gc_freeze_count() >= 1);
    /* teardown's vm_fini leak check proves the final collections unfreeze */
}

static Object *saved;

static void save_to_list(Object *o)
{
    cr_assert_eq(list_append(saved, o), 0);
}

static ssize_t unreachable_seen;

static void count_unreachable(Object *o)
{
    UNUSED(o);
    unreachable_seen++;
}

static void no_stats(int phase, int generation, ssize_t collected, ssize_t uncollectable)
{
    UNUSED(phase); UNUSED(generation); UNUSED(collected); UNUSED(uncollectable);
}

Test(gc, saveall_keeps_garbage_and_hooks_see_it)
{
    saved = list_new(0);
    gc_state.debug_saveall = true;
    gc_state.save_garbage = save_to_list;
    gc_state.on_collect = no_stats;
    gc_state.on_unreachable = count_unreachable;
    Object *a = list_new(0), *b = list_new(0);
    cr_assert_eq(list_append(a, b), 0);
    cr_assert_eq(list_append(b, a), 0);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    cr_assert_eq(gc_collect(2), 2);
    cr_assert_eq(unreachable_seen, 2);
    cr_assert_eq(LIST_SIZE(saved), 2, "DEBUG_SAVEALL: kept in gc.garbage, not freed");
    gc_state.debug_saveall = false;
    gc_state.save_garbage = NULL;
    gc_state.on_unreachable = NULL;
    gc_state.on_collect = NULL;
    OBJ_CLEAR(saved);
    cr_assert_eq(gc_collect(2), 2, "freed once gc.garbage lets go");
}

Test(gc, invalid_generation_sets_value_error)
{
    cr_assert_eq(gc_collect(3), -1);
    cr_assert(exc_occurred());
    exc_clear();
    cr_assert_eq(gc_collect(-1), -1);
    exc_clear();
}
