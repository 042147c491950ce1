/* test_str_speed.c: unit tests of the str fast paths: the Horspool search with its linear
 * fallback (str_find_bytes against a naive search), the eight-bytes-at-a-time ASCII case
 * conversion, and str_new_uninit's header (same fields as obj_alloc gives, "" singleton). */
#include <criterion/criterion.h>
#include <string.h>

#include "objects/object.h"
#include "objects/str_internal.h"
#include "vm/errors.h"
#include "vm/vm.h"

static void setup(void)
{
    cr_assert_eq(vm_init(0, NULL), 0);
}

static void teardown(void)
{
    cr_assert_eq(vm_fini(), 0, "vm_fini reported leaked references or blocks");
}

TestSuite(str_speed, .init = setup, .fini = teardown);

static ssize_t naive_find(const char *h, ssize_t hn, const char *n, ssize_t nn)
{
    for (ssize_t i = 0; i + nn <= hn; i++)
        if (memcmp(h + i, n, (size_t)nn) == 0) return i;
    return -1;
}

Test(str_speed, find_matches_naive_search)
{
    unsigned seed = 12345;
    char h[64], n[8];
    for (int round = 0; round < 20000; round++) {
        seed = seed * 1103515245u + 12345u;
        ssize_t hn = (ssize_t)((seed >> 8) % 40), nn = (ssize_t)((seed >> 16) % 7);
        for (ssize_t i = 0; i < hn; i++) { seed = seed * 1103515245u + 12345u; h[i] = "abca\x80"[(seed >> 12) % 5]; }
        for (ssize_t i = 0; i < nn; i++) { seed = seed * 1103515245u + 12345u; n[i] = "abca\x80"[(seed >> 12) % 5]; }
        ssize_t want = nn > hn ? -1 : naive_find(h, hn, n, nn);
        cr_assert_eq(str_find_bytes(h, hn, n, nn), want, "round %d", round);
    }
}

Test(str_speed, find_pathological_falls_back)
{
    /* every window matches the needle's last byte and 50 more before failing: the budget runs
     * out and the search finishes with memmem, still finding the late match */
    ssize_t hn = 200000;
    char *h = malloc((size_t)hn);
    char n[52];
    memset(h, 'a', (size_t)hn);
    memset(n, 'a', sizeof n);
    n[50] = 'b';
    cr_assert_eq(str_find_bytes(h, hn, n, 52), -1);
    memcpy(h + 150000, n, sizeof n);
    cr_assert_eq(str_find_bytes(h, hn, n, 52), 150000);
    cr_assert_eq(str_count_bytes(h, hn, n, 52, 10), 1);
    free(h);
}

Test(str_speed, ascii_case_conversion_all_bytes)
{
    char text[128];
    for (int i = 0; i < 128; i++) text[i] = (char)(i == 0 ? 1 : i);
    Object *s = str_from_utf8(text, 127);
    cr_assert_not_null(s);
    Object *u = obj_call_method(s, "upper", NULL, 0);
    Object *l = obj_call_method(s, "lower", NULL, 0);
    cr_assert(u != NULL && l != NULL);
    for (int i = 0; i < 127; i++) {
        unsigned char c = (unsigned char)text[i];
        unsigned char cu = c >= 'a' && c <= 'z' ? c - 32 : c, cl = c >= 'A' && c <= 'Z' ? c + 32 : c;
        cr_assert_eq((unsigned char)STR_DATA(u)[i], cu, "upper of %d", c);
        cr_assert_eq((unsigned char)STR_DATA(l)[i], cl, "lower of %d", c);
    }
    cr_assert(STR_IS_ASCII(u) && STR_LEN(u) == 127 && STR_DATA(u)[127] == '\0');
    OBJ_DECREF(s);
    OBJ_DECREF(u);
    OBJ_DECREF(l);
}

Test(str_speed, new_uninit_header)
{
    Object *s = str_new_uninit(5, 5, true);
    cr_assert_not_null(s);
    cr_assert_eq(TYPE(s), &str_type);
    cr_assert_eq(REFCNT(s), 1);
    cr_assert_eq(((StrObject *)s)->hash, -1);
    cr_assert_eq(((StrObject *)s)->state, STR_ASCII);
    cr_assert_eq(STR_NBYTES(s), 5);
    cr_assert_eq(STR_DATA(s)[5], '\0');
    memcpy(STR_DATA(s), "hello", 5);
    cr_assert(str_eq_cstr(s, "hello"));
    OBJ_DECREF(s);
    Object *e = str_new_uninit(0, 0, true);
    Object *e2 = str_from_cstr("");
    cr_assert_eq(e, e2);
    OBJ_DECREF(e);
    OBJ_DECREF(e2);
}

Test(str_speed, join_array)
{
    Object *items[3] = {str_from_cstr("ab"), str_from_cstr(""), str_from_cstr("\xc3\xa9")};
    Object *r = str_join_array(items, 3);
    cr_assert(r != NULL && str_eq_cstr(r, "ab\xc3\xa9") && STR_LEN(r) == 3 && !STR_IS_ASCII(r));
    OBJ_DECREF(r);
    r = str_join_array(items, 1);
    cr_assert_eq(r, items[0]);
    OBJ_DECREF(r);
    r = str_join_array(items, 0);
    cr_assert(r != NULL && STR_LEN(r) == 0);
    OBJ_DECREF(r);
    Object *one = str_from_cstr("a");                 /* the cached one-character str */
    Object *pair[2] = {items[1], one};
    r = str_join_array(pair, 2);                      /* a fresh "a", as CPython gives */
    cr_assert(r != NULL && r != one && str_eq(r, one));
    OBJ_DECREF(r);
    OBJ_DECREF(one);
    for (int i = 0; i < 3; i++) OBJ_DECREF(items[i]);
}
