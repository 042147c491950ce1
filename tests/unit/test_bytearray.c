/* test_bytearray.c: Criterion tests for objects/bytearrayobject.c's C API (construction, CPython's
 * growth policy, resizing down) and for open() called from C, on a started interpreter. Behaviour
 * seen from Python is covered by tests/scripts/builtins/bytearray_*.py and tests/scripts/io/. */
#include <criterion/criterion.h>

#include <string.h>

#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/dictobject.h"
#include "objects/bytearrayobject.h"
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

Test(bytearray, from_data_copies, .init = setup, .fini = teardown)
{
    char src[] = "hello";
    Object *b = bytearray_from_data(src, 5);
    cr_assert_not_null(b);
    src[0] = 'j';
    cr_assert_eq(BYTEARRAY_LEN(b), 5);
    cr_assert(memcmp(BYTEARRAY_DATA(b), "hello", 6) == 0, "copied and NUL-terminated");
    cr_assert_eq(((ByteArrayObject *)b)->alloc, 6);
    OBJ_DECREF(b);
}

Test(bytearray, growth_matches_cpython, .init = setup, .fini = teardown)
{
    /* sys.getsizeof(bytearray) - 56 after each append in CPython 3.11 */
    static const ssize_t expected[] = {2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19};
    Object *b = bytearray_from_data(NULL, 0);
    cr_assert_not_null(b);
    cr_assert_eq(((ByteArrayObject *)b)->alloc, 0);
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        cr_assert_eq(bytearray_resize(b, (ssize_t)i + 1), 0);
        cr_assert_eq(((ByteArrayObject *)b)->alloc, expected[i], "after %zu appends", i + 1);
    }
    cr_assert_eq(bytearray_resize(b, 2), 0);              /* major downsize: exact */
    cr_assert_eq(((ByteArrayObject *)b)->alloc, 3);
    cr_assert_eq(BYTEARRAY_LEN(b), 2);
    OBJ_DECREF(b);
}

Test(bytearray, builtins_have_open_and_bytearray, .init = setup, .fini = teardown)
{
    cr_assert_eq(dict_get_str_borrow(vm_builtins_borrow(), "bytearray"), (Object *)&bytearray_type);
    Object *open = dict_get_str_borrow(vm_builtins_borrow(), "open");
    cr_assert_not_null(open);
    Object *name = str_from_cstr("/nonexistent/tally/file");
    Object *r = obj_call(open, &name, 1, NULL);
    cr_assert_null(r);
    cr_assert(exc_matches(Exc_FileNotFoundError));
    exc_clear();
    OBJ_DECREF(name);
}
