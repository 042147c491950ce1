/* test_dict_speed.c: the fast paths of objects/dictobject.c give the same answers as the general
 * ones: dict_get_item_borrow on an all-str table with interned keys, equal but distinct str keys,
 * keys whose hash is not cached yet, empty and emptied dicts, deleted entries, tables that stopped
 * being all-str, and version numbers that change on every mutation. Fresh interpreter per test. */
#include <criterion/criterion.h>
#include <stdio.h>

#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/dictobject.h"
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

TestSuite(dict_speed, .init = setup, .fini = teardown);

static uint64_t version_of(Object *d)
{
    return ((DictObject *)d)->version;
}

Test(dict_speed, str_keys_identity_equal_and_uncached_hash)
{
    Object *d = dict_new();
    Object *v = int_from_long(7);
    Object *interned = str_intern_cstr("attr");
    cr_assert_not_null(d);
    cr_assert_eq(dict_set_item(d, interned, v), 0);
    /* found by identity */
    cr_assert_eq(dict_get_item_borrow(d, interned), v);
    /* an equal, distinct str whose hash has not been computed yet */
    Object *fresh = str_from_cstr("attr");
    cr_assert_neq(fresh, interned);
    cr_assert_eq(dict_get_item_borrow(d, fresh), v);
    /* the same str again, now with its hash cached */
    cr_assert_eq(dict_get_item_borrow(d, fresh), v);
    /* a miss, with and without a cached hash */
    Object *other = str_from_cstr("other");
    cr_assert_null(dict_get_item_borrow(d, other));
    cr_assert_null(dict_get_item_borrow(d, other));
    cr_assert(!exc_occurred());
    OBJ_DECREF(other);
    OBJ_DECREF(fresh);
    OBJ_DECREF(interned);
    OBJ_DECREF(v);
    OBJ_DECREF(d);
}

Test(dict_speed, empty_emptied_and_deleted)
{
    Object *d = dict_new();
    Object *k = str_intern_cstr("k");
    cr_assert_null(dict_get_item_borrow(d, k));           /* the shared empty table */
    cr_assert(!exc_occurred());
    char buf[16];
    for (int i = 0; i < 40; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        Object *v = int_from_long(i);
        cr_assert_eq(dict_set_str(d, buf, v), 0);
        OBJ_DECREF(v);
    }
    for (int i = 0; i < 40; i += 2) {
        snprintf(buf, sizeof buf, "key%d", i);
        cr_assert_eq(dict_del_str(d, buf), 0);
    }
    for (int i = 0; i < 40; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        Object *key = str_from_cstr(buf);
        Object *got = dict_get_item_borrow(d, key);
        if (i % 2 == 0) {
            cr_assert_null(got);
        } else {
            int overflow;
            cr_assert_not_null(got);
            cr_assert_eq(int_as_long(got, &overflow), i);
        }
        OBJ_DECREF(key);
    }
    dict_clear(d);
    cr_assert_null(dict_get_item_borrow(d, k));           /* emptied: back to the empty table */
    cr_assert_eq(dict_set_item(d, k, k), 0);
    cr_assert_eq(dict_get_item_borrow(d, k), k);
    cr_assert(!exc_occurred());
    OBJ_DECREF(k);
    OBJ_DECREF(d);
}

Test(dict_speed, mixed_table_and_int_probe)
{
    Object *d = dict_new();
    Object *k = str_intern_cstr("name");
    Object *i5 = int_from_long(5);
    cr_assert_eq(dict_set_item(d, k, i5), 0);
    /* an int probe on an all-str table, then an int key makes the table general */
    cr_assert_null(dict_get_item_borrow(d, i5));
    cr_assert_eq(dict_set_item(d, i5, k), 0);
    cr_assert_eq(dict_get_item_borrow(d, k), i5);
    cr_assert_eq(dict_get_item_borrow(d, i5), k);
    Object *fresh = str_from_cstr("name");
    cr_assert_eq(dict_get_item_borrow(d, fresh), i5);
    cr_assert_eq(dict_contains(d, fresh), 1);
    OBJ_DECREF(fresh);
    OBJ_DECREF(i5);
    OBJ_DECREF(k);
    OBJ_DECREF(d);
}

Test(dict_speed, every_mutation_gives_a_new_version)
{
    Object *d = dict_new();
    Object *k = str_intern_cstr("g");
    Object *one = int_from_long(1), *two = int_from_long(2);
    uint64_t v0 = version_of(d);
    cr_assert_eq(dict_set_item(d, k, one), 0);             /* first insertion */
    uint64_t v1 = version_of(d);
    cr_assert_neq(v1, v0);
    cr_assert_eq(dict_set_item(d, k, two), 0);             /* replacement */
    uint64_t v2 = version_of(d);
    cr_assert_neq(v2, v1);
    Object *d2 = dict_new();                               /* versions are globally unique */
    cr_assert_neq(version_of(d2), v2);
    cr_assert_eq(dict_del_item(d, k), 0);                  /* deletion */
    cr_assert_neq(version_of(d), v2);
    cr_assert_neq(version_of(d), version_of(d2));
    uint64_t v3 = version_of(d);
    cr_assert_null(dict_get_item_borrow(d, k));            /* a lookup changes nothing */
    cr_assert_eq(version_of(d), v3);
    OBJ_DECREF(d2);
    OBJ_DECREF(two);
    OBJ_DECREF(one);
    OBJ_DECREF(k);
    OBJ_DECREF(d);
}
