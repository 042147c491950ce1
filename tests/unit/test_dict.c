/* test_dict.c: unit tests of objects/dictobject.c and dictviews.c through the C API: insertion,
 * lookup, deletion and resizing with many keys, insertion order after deletions, reuse of deleted
 * (dummy) slots, colliding hashes, CPython 3.11's __sizeof__ numbers, copies, popitem order,
 * GC tracking, views and iterators. Each test runs on a fresh interpreter (vm_init/vm_fini),
 * whose leak check must pass in DEBUG_REFS builds. */
#include <criterion/criterion.h>
#include <string.h>

#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/typeobject.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include "vm/vm.h"

static void setup(void)
{
    cr_assert_eq(vm_init(0, NULL), 0, "vm_init failed");
}

static void teardown(void)
{
    cr_assert_eq(vm_fini(), 0, "vm_fini reported leaked references or blocks");
}

TestSuite(dict, .init = setup, .fini = teardown);

static Object *mk_int(long v)
{
    Object *o = int_from_long(v);
    cr_assert_not_null(o);
    return o;
}

static Object *mk_str(const char *s)
{
    Object *o = str_from_cstr(s);
    cr_assert_not_null(o);
    return o;
}

static void set_int(Object *d, long k, long v)
{
    Object *key = mk_int(k), *value = mk_int(v);
    cr_assert_eq(dict_set_item(d, key, value), 0);
    OBJ_DECREF(key);
    OBJ_DECREF(value);
}

/* d[k] as a C long; -1000000 when absent. */
static long get_int(Object *d, long k)
{
    Object *key = mk_int(k);
    Object *v = dict_get_item_borrow(d, key);
    OBJ_DECREF(key);
    cr_assert(!exc_occurred());
    if (v == NULL) return -1000000;
    int overflow;
    return int_as_long(v, &overflow);
}

static void del_int(Object *d, long k)
{
    Object *key = mk_int(k);
    cr_assert_eq(dict_del_item(d, key), 0);
    OBJ_DECREF(key);
}

/* sys.getsizeof: __sizeof__ plus the GC header. */
static ssize_t getsizeof(Object *d)
{
    return dict_sizeof(d) + (ssize_t)sizeof(GCHead);
}

/* The keys of [d] in iteration order, as C longs. */
static ssize_t int_keys(Object *d, long *out, ssize_t max)
{
    ssize_t pos = 0, n = 0;
    Object *k;
    while (dict_next(d, &pos, &k, NULL)) {
        cr_assert_lt(n, max);
        int overflow;
        out[n++] = int_as_long(k, &overflow);
    }
    return n;
}

Test(dict, empty_dict_is_64_bytes_and_untracked)
{
    Object *d = dict_new();
    cr_assert_not_null(d);
    cr_assert_eq(getsizeof(d), 64);
    cr_assert_eq(DICT_SIZE(d), 0);
    cr_assert(!gc_is_tracked(d));
    OBJ_DECREF(d);
}

Test(dict, insert_lookup_delete_many_int_keys)
{
    Object *d = dict_new();
    const long n = 20000;
    for (long i = 0; i < n; i++) set_int(d, i * 7, i);
    cr_assert_eq(DICT_SIZE(d), n);
    for (long i = 0; i < n; i++) cr_assert_eq(get_int(d, i * 7), i);
    cr_assert_eq(get_int(d, 1), -1000000);
    for (long i = 0; i < n; i += 2) del_int(d, i * 7);
    cr_assert_eq(DICT_SIZE(d), n / 2);
    for (long i = 0; i < n; i++) cr_assert_eq(get_int(d, i * 7), i % 2 ? i : -1000000);
    /* replacing a value keeps the size */
    set_int(d, 7, 99);
    cr_assert_eq(get_int(d, 7), 99);
    cr_assert_eq(DICT_SIZE(d), n / 2);
    OBJ_DECREF(d);
}

Test(dict, many_str_keys)
{
    Object *d = dict_new();
    char buf[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        Object *k = mk_str(buf), *v = mk_int(i);
        cr_assert_eq(dict_set_item(d, k, v), 0);
        OBJ_DECREF(k);
        OBJ_DECREF(v);
    }
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        Object *v = dict_get_str_borrow(d, buf);
        cr_assert_not_null(v, "%s missing", buf);
        int overflow;
        cr_assert_eq(int_as_long(v, &overflow), i);
    }
    cr_assert_null(dict_get_str_borrow(d, "nope"));
    cr_assert(!exc_occurred());
    cr_assert_eq(dict_del_str(d, "key10"), 0);
    cr_assert_null(dict_get_str_borrow(d, "key10"));
    cr_assert_eq(dict_del_str(d, "key10"), -1);
    cr_assert(exc_matches(Exc_KeyError));
    exc_clear();
    OBJ_DECREF(d);
}

Test(dict, insertion_order_survives_deletes_and_resizes)
{
    Object *d = dict_new();
    for (long i = 0; i < 10; i++) set_int(d, i, i);
    del_int(d, 3);
    del_int(d, 0);
    set_int(d, 3, 3);               /* re-inserted: goes last */
    set_int(d, 5, 55);              /* replaced: keeps its place */
    long keys[64];
    long expect1[] = {1, 2, 4, 5, 6, 7, 8, 9, 3};
    cr_assert_eq(int_keys(d, keys, 64), 9);
    cr_assert_arr_eq(keys, expect1, sizeof expect1);
    for (long i = 100; i < 130; i++) set_int(d, i, i);      /* several resizes */
    ssize_t n = int_keys(d, keys, 64);
    cr_assert_eq(n, 39);
    cr_assert_arr_eq(keys, expect1, sizeof expect1);
    for (long i = 0; i < 30; i++) cr_assert_eq(keys[9 + i], 100 + i);
    OBJ_DECREF(d);
}

/* CPython 3.11: sys.getsizeof of a dict while int (general table) or str (unicode table) keys
 * are added one by one. */
Test(dict, sizes_follow_cpython_growth)
{
    Object *d = dict_new();
    ssize_t expect_int[] = {224, 352, 632, 1168, 2264};
    int ei = 0;
    ssize_t last = 0;
    for (long i = 0; i < 50; i++) {
        set_int(d, i, i);
        ssize_t s = getsizeof(d);
        if (s != last) {
            cr_assert_lt(ei, 5);
            cr_assert_eq(s, expect_int[ei], "step %d: %zd != %zd", ei, s, expect_int[ei]);
            ei++;
            last = s;
        }
    }
    cr_assert_eq(ei, 5);
    OBJ_DECREF(d);

    d = dict_new();
    ssize_t expect_str[] = {184, 272, 464, 832, 1584};
    ei = 0;
    last = 0;
    char buf[16];
    for (int i = 0; i < 50; i++) {
        snprintf(buf, sizeof buf, "%d", i);
        Object *k = mk_str(buf), *v = mk_int(i);
        cr_assert_eq(dict_set_item(d, k, v), 0);
        OBJ_DECREF(k);
        OBJ_DECREF(v);
        ssize_t s = getsizeof(d);
        if (s != last) {
            cr_assert_eq(s, expect_str[ei], "step %d: %zd != %zd", ei, s, expect_str[ei]);
            ei++;
            last = s;
        }
    }
    cr_assert_eq(ei, 5);
    /* a non-str key turns the table into a general one (resized from used * 3) */
    set_int(d, 1, 1);
    cr_assert_eq(getsizeof(d), 4688);
    OBJ_DECREF(d);
}

Test(dict, sizes_after_deletes_and_copies)
{
    /* d = {str(i): i for i in range(10)}; delete all; d["x"] = 1 -> 184 */
    Object *d = dict_new();
    char buf[16];
    for (int i = 0; i < 10; i++) {
        snprintf(buf, sizeof buf, "%d", i);
        Object *k = mk_str(buf), *v = mk_int(i);
        cr_assert_eq(dict_set_item(d, k, v), 0);
        OBJ_DECREF(k);
        OBJ_DECREF(v);
    }
    cr_assert_eq(getsizeof(d), 272);
    for (int i = 0; i < 10; i++) {
        snprintf(buf, sizeof buf, "%d", i);
        cr_assert_eq(dict_del_str(d, buf), 0);
    }
    cr_assert_eq(getsizeof(d), 272);          /* deletions never shrink */
    Object *one = mk_int(1);
    cr_assert_eq(dict_set_str(d, "x", one), 0);
    cr_assert_eq(getsizeof(d), 184);
    Object *c = dict_copy(d);
    cr_assert_eq(getsizeof(c), 184);
    OBJ_DECREF(c);
    OBJ_DECREF(one);
    dict_clear(d);
    cr_assert_eq(getsizeof(d), 64);
    OBJ_DECREF(d);

    /* d = {i: i for i in range(100)}; del 90 -> 4688; d.copy() compacts -> 352 */
    d = dict_new();
    for (long i = 0; i < 100; i++) set_int(d, i, i);
    for (long i = 0; i < 90; i++) del_int(d, i);
    cr_assert_eq(getsizeof(d), 4688);
    c = dict_copy(d);
    cr_assert_eq(getsizeof(c), 352);
    cr_assert_eq(DICT_SIZE(c), 10);
    long keys[16];
    cr_assert_eq(int_keys(c, keys, 16), 10);
    for (int i = 0; i < 10; i++) cr_assert_eq(keys[i], 90 + i);
    OBJ_DECREF(c);
    OBJ_DECREF(d);

    /* d = {"a": 1}; d.pop("a"); d[1] = 1 -> a general table of 8: 224 */
    d = dict_new();
    one = mk_int(1);
    cr_assert_eq(dict_set_str(d, "a", one), 0);
    Object *a = mk_str("a");
    Object *v = dict_pop_item(d, a, NULL);
    cr_assert_eq(v, one);
    OBJ_DECREF(v);
    OBJ_DECREF(a);
    cr_assert_eq(dict_set_item(d, one, one), 0);
    cr_assert_eq(getsizeof(d), 224);
    OBJ_DECREF(one);
    OBJ_DECREF(d);
}

Test(dict, presized_from_items)
{
    /* {'a': 1, ..., 'f': 6} as BUILD_MAP makes it: 272; with int keys: 352 */
    Object *keys[6], *values[6];
    const char *names[] = {"a", "b", "c", "d", "e", "f"};
    for (int i = 0; i < 6; i++) {
        keys[i] = mk_str(names[i]);
        values[i] = mk_int(i);
    }
    Object *d = dict_from_items(keys, 1, values, 1, 6);
    cr_assert_not_null(d);
    cr_assert_eq(getsizeof(d), 272);
    cr_assert_eq(DICT_SIZE(d), 6);
    OBJ_DECREF(d);
    d = dict_from_items(values, 1, keys, 1, 6);
    cr_assert_eq(getsizeof(d), 352);
    OBJ_DECREF(d);
    for (int i = 0; i < 6; i++) {
        OBJ_DECREF(keys[i]);
        OBJ_DECREF(values[i]);
    }
}

/* ---- colliding hashes: a tiny type whose instances all hash alike ---- */

typedef struct Collider {
    Object ob;
    long id;
    long *eq_calls;
} Collider;

static hash_t collider_hash(Object *o)
{
    UNUSED(o);
    return 42;
}

static Object *collider_richcompare(Object *a, Object *b, int op)
{
    if (op != RICH_EQ || TYPE(b) != TYPE(a)) RETURN_NOTIMPL;
    (*((Collider *)a)->eq_calls)++;
    return bool_from(((Collider *)a)->id == ((Collider *)b)->id);
}

static void collider_dealloc(Object *o)
{
    obj_free(o);
}

static TypeObject collider_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "collider",
    .basicsize = sizeof(Collider),
    .dealloc = collider_dealloc,
    .hash = collider_hash,
    .richcompare = collider_richcompare,
};

static Object *collider(long id, long *eq_calls)
{
    Collider *c = (Collider *)obj_alloc(&collider_type, 0);
    cr_assert_not_null(c);
    c->id = id;
    c->eq_calls = eq_calls;
    return (Object *)c;
}

Test(dict, colliding_hashes_and_dummy_reuse)
{
    cr_assert_eq(type_ready(&collider_type), 0);
    long eq_calls = 0;
    Object *c[8];
    for (int i = 0; i < 8; i++) c[i] = collider(i, &eq_calls);
    Object *d = dict_new();
    for (int i = 0; i < 8; i++) cr_assert_eq(dict_set_item(d, c[i], c[i]), 0);
    for (int i = 0; i < 8; i++) cr_assert_eq(dict_get_item_borrow(d, c[i]), c[i]);
    cr_assert_eq(getsizeof(d), 352);          /* 16 slots, 2 still usable */
    /* an equal but distinct key is found through __eq__ */
    Object *probe = collider(7, &eq_calls);
    eq_calls = 0;
    cr_assert_eq(dict_get_item_borrow(d, probe), c[7]);
    cr_assert_gt(eq_calls, 0);
    /* deleting from the middle of the probe chain leaves a dummy that keeps the chain intact */
    cr_assert_eq(dict_del_item(d, c[3]), 0);
    cr_assert_null(dict_get_item_borrow(d, c[3]));
    cr_assert(!exc_occurred());
    for (int i = 0; i < 8; i++)
        if (i != 3) cr_assert_eq(dict_get_item_borrow(d, c[i]), c[i]);
    /* re-inserting takes the first free slot of the probe chain (the dummy); no resize */
    ssize_t before = getsizeof(d);
    cr_assert_eq(dict_set_item(d, probe, probe), 0);          /* replaces c[7]'s value */
    cr_assert_eq(dict_get_item_borrow(d, c[7]), probe);
    cr_assert_eq(dict_set_item(d, c[3], c[3]), 0);
    cr_assert_eq(getsizeof(d), before);
    cr_assert_eq(DICT_SIZE(d), 8);
    for (int i = 0; i < 8; i++) cr_assert_not_null(dict_get_item_borrow(d, c[i]));
    OBJ_DECREF(d);
    OBJ_DECREF(probe);
    for (int i = 0; i < 8; i++) OBJ_DECREF(c[i]);
    type_fini_static(&collider_type);     /* release what type_ready made */
}

Test(dict, unhashable_key_and_key_error)
{
    Object *d = dict_new();
    Object *l = list_new(0);
    cr_assert_eq(dict_set_item(d, l, l), -1);
    cr_assert(exc_matches(Exc_TypeError));
    exc_clear();
    /* a tuple key is reported as itself: KeyError((1, 2)) */
    Object *one = mk_int(1), *two = mk_int(2);
    Object *t = tuple_pack(2, one, two);
    set_int(d, 5, 5);
    cr_assert_eq(dict_del_item(d, t), -1);
    cr_assert(exc_matches(Exc_KeyError));
    Object *e = exc_fetch();
    Object *msg = exc_message_str(e);
    cr_assert_str_eq(STR_DATA(msg), "(1, 2)");
    OBJ_DECREF(msg);
    OBJ_DECREF(e);
    OBJ_DECREF(t);
    OBJ_DECREF(one);
    OBJ_DECREF(two);
    OBJ_DECREF(l);
    OBJ_DECREF(d);
}

Test(dict, gc_tracking_follows_contents)
{
    Object *d = dict_new();
    set_int(d, 1, 2);
    cr_assert(!gc_is_tracked(d));             /* atoms only */
    Object *empty = tuple_new(0), *k = mk_int(3);
    cr_assert_eq(dict_set_item(d, k, empty), 0);
    cr_assert(!gc_is_tracked(d));             /* the untracked empty tuple */
    Object *l = list_new(0);
    cr_assert_eq(dict_set_item(d, k, l), 0);
    cr_assert(gc_is_tracked(d));
    Object *c = dict_copy(d);
    cr_assert(gc_is_tracked(c));
    cr_assert_eq(dict_set_item(d, k, empty), 0);
    dict_maybe_untrack(d);
    cr_assert(!gc_is_tracked(d));
    OBJ_DECREF(c);
    OBJ_DECREF(l);
    OBJ_DECREF(k);
    OBJ_DECREF(empty);
    OBJ_DECREF(d);
}

Test(dict, next_prev_and_lists)
{
    Object *d = dict_new();
    for (long i = 0; i < 6; i++) set_int(d, i, i * 10);
    del_int(d, 2);
    Object *keys = dict_keys_list(d), *values = dict_values_list(d), *items = dict_items_list(d);
    cr_assert_eq(LIST_SIZE(keys), 5);
    cr_assert_eq(LIST_SIZE(values), 5);
    cr_assert_eq(LIST_SIZE(items), 5);
    int overflow;
    cr_assert_eq(int_as_long(LIST_GET(keys, 2), &overflow), 3);
    cr_assert_eq(int_as_long(LIST_GET(values, 2), &overflow), 30);
    cr_assert_eq(int_as_long(TUPLE_GET(LIST_GET(items, 4), 1), &overflow), 50);
    ssize_t pos = dict_nentries(d) - 1;
    Object *k;
    long expect[] = {5, 4, 3, 1, 0};
    int n = 0;
    while (dict_prev(d, &pos, &k, NULL)) cr_assert_eq(int_as_long(k, &overflow), expect[n++]);
    cr_assert_eq(n, 5);
    OBJ_DECREF(keys);
    OBJ_DECREF(values);
    OBJ_DECREF(items);
    OBJ_DECREF(d);
}

Test(dict, iterator_detects_size_change)
{
    Object *d = dict_new();
    set_int(d, 1, 1);
    set_int(d, 2, 2);
    Object *it = obj_get_iter(d);
    cr_assert_not_null(it);
    Object *first = obj_iter_next(it);
    cr_assert_not_null(first);
    set_int(d, 3, 3);
    cr_assert_null(obj_iter_next(it));
    cr_assert(exc_matches(Exc_RuntimeError));
    Object *e = exc_fetch();
    Object *msg = exc_message_str(e);
    cr_assert_str_eq(STR_DATA(msg), "dictionary changed size during iteration");
    OBJ_DECREF(msg);
    OBJ_DECREF(e);
    OBJ_DECREF(first);
    OBJ_DECREF(it);
    OBJ_DECREF(d);
}

Test(dict, update_merge_and_pairs)
{
    Object *a = dict_new(), *b = dict_new();
    set_int(a, 1, 1);
    set_int(a, 2, 2);
    set_int(b, 2, 20);
    set_int(b, 3, 30);
    cr_assert_eq(dict_merge(a, b, false), 0);
    cr_assert_eq(get_int(a, 2), 2);
    cr_assert_eq(get_int(a, 3), 30);
    cr_assert_eq(dict_update(a, b), 0);
    cr_assert_eq(get_int(a, 2), 20);
    /* pairs: [(7, 70)] */
    Object *seven = mk_int(7), *seventy = mk_int(70);
    Object *pair = tuple_pack(2, seven, seventy);
    Object *pairs = list_new(0);
    cr_assert_eq(list_append(pairs, pair), 0);
    cr_assert_eq(dict_update(a, pairs), 0);
    cr_assert_eq(get_int(a, 7), 70);
    /* a bad element: [(7,)] */
    Object *bad = tuple_pack(1, seven);
    Object *badl = list_new(0);
    cr_assert_eq(list_append(badl, bad), 0);
    cr_assert_eq(dict_update(a, badl), -1);
    Object *e = exc_fetch();
    Object *msg = exc_message_str(e);
    cr_assert_str_eq(STR_DATA(msg), "dictionary update sequence element #0 has length 1; 2 is required");
    OBJ_DECREF(msg);
    OBJ_DECREF(e);
    OBJ_DECREF(bad);
    OBJ_DECREF(badl);
    OBJ_DECREF(pair);
    OBJ_DECREF(pairs);
    OBJ_DECREF(seven);
    OBJ_DECREF(seventy);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
}

Test(dict, repr_and_recursion)
{
    Object *d = dict_new();
    set_int(d, 1, 2);
    Object *k = mk_str("me");
    cr_assert_eq(dict_set_item(d, k, d), 0);
    Object *r = obj_repr(d);
    cr_assert_not_null(r);
    cr_assert_str_eq(STR_DATA(r), "{1: 2, 'me': {...}}");
    OBJ_DECREF(r);
    cr_assert_eq(dict_del_item(d, k), 0);      /* break the cycle */
    OBJ_DECREF(k);
    OBJ_DECREF(d);
}
