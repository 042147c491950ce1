/* test_str.c: unit tests of the str and bytes C API: StrBuilder, str_from_format's codes,
 * interning and the singletons, repr escapes, UTF-8 lengths and indexing, decoding errors,
 * hashing and ordering, %-formatting, str.format, join, bytes basics and the repr guard.
 * Each test runs in a fresh interpreter (vm_init/vm_fini). */
#include <criterion/criterion.h>
#include <string.h>

#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
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

TestSuite(str, .init = setup, .fini = teardown);

/* Asserts that [o] is a str with text [text], then releases it. */
static void expect_str(Object *o, const char *text)
{
    cr_assert_not_null(o, "expected '%s', got an exception", text);
    cr_assert(STR_CHECK(o));
    cr_assert_str_eq(STR_DATA(o), text);
    cr_assert_eq((size_t)STR_NBYTES(o), strlen(text));
    OBJ_DECREF(o);
}

/* Asserts that an exception of [type] with message [msg] is pending, and clears it. */
static void expect_exc(TypeObject *type, const char *msg)
{
    cr_assert(exc_occurred(), "expected %s: %s", type->name, msg);
    cr_assert(exc_matches(type), "wrong exception type");
    Object *e = exc_fetch();
    Object *m = exc_message_str(e);
    cr_assert_not_null(m);
    cr_assert_str_eq(STR_DATA(m), msg);
    OBJ_DECREF(m);
    OBJ_DECREF(e);
}

Test(str, builder_counts_code_points)
{
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "ab");
    sb_append_char(&sb, 'c');
    sb_append_codepoint(&sb, 0xE9);            /* é */
    sb_append_codepoint(&sb, 0x1F600);         /* 😀 */
    sb_append(&sb, "xyz", 2);
    Object *s = sb_finish(&sb);
    cr_assert_not_null(s);
    cr_assert_eq(STR_LEN(s), 7);
    cr_assert_eq(STR_NBYTES(s), 3 + 2 + 4 + 2);
    cr_assert(!STR_IS_ASCII(s));
    expect_str(s, "abc\xc3\xa9\xf0\x9f\x98\x80xy");
}

Test(str, builder_empty_is_singleton)
{
    StrBuilder sb;
    sb_init(&sb);
    Object *a = sb_finish(&sb);
    Object *b = str_from_cstr("");
    cr_assert_eq(a, b);
    cr_assert_eq(STR_LEN(a), 0);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
}

Test(str, builder_large_and_objects)
{
    StrBuilder sb;
    sb_init(&sb);
    for (int i = 0; i < 10000; i++) sb_append_char(&sb, (char)('a' + i % 26));
    Object *n = int_from_long(42);
    cr_assert_eq(sb_append_repr(&sb, n), 0);
    Object *q = str_from_cstr("q'");
    cr_assert_eq(sb_append_repr(&sb, q), 0);
    cr_assert_eq(sb_append_strof(&sb, q), 0);
    Object *s = sb_finish(&sb);
    cr_assert_eq(STR_LEN(s), 10000 + 2 + 4 + 2);
    cr_assert(STR_IS_ASCII(s));
    cr_assert_str_eq(STR_DATA(s) + 10000, "42\"q'\"q'");
    OBJ_DECREF(s);
    OBJ_DECREF(n);
    OBJ_DECREF(q);
}

Test(str, from_format_codes)
{
    Object *x = str_from_cstr("h\xc3\xa9llo");
    Object *n = int_from_long(-7);
    expect_str(str_from_format("%s|%d|%i|%u|%x|%c|%%", "txt", -5, 6, 7u, 255u, 'Z'), "txt|-5|6|7|ff|Z|%");
    expect_str(str_from_format("%zd %zu %ld %lu %lld", (ssize_t)-1, (size_t)2, -3L, 4UL, -5LL), "-1 2 -3 4 -5");
    expect_str(str_from_format("%R %S %U %T", x, x, x, n), "'h\xc3\xa9llo' h\xc3\xa9llo h\xc3\xa9llo int");
    expect_str(str_from_format("[%.3s][%.2U][%.4R]", "abcdef", x, x), "[abc][h\xc3\xa9][\'h\xc3\xa9l]");
    expect_str(str_from_format("[%5d][%-4d][%05d][%3s][%-3s]", 42, 7, -3, "a", "b"), "[   42][7   ][-0003][  a][b  ]");
    expect_str(str_from_format("%c", 0xE9), "\xc3\xa9");
    expect_str(str_from_format("[%s]", "a\xff" "b"), "[a\xef\xbf\xbd" "b]");      /* invalid UTF-8: U+FFFD */
    expect_str(str_from_format("%R", n), "-7");
    OBJ_DECREF(x);
    OBJ_DECREF(n);
}

Test(str, from_format_pointer)
{
    Object *s = str_from_format("%p", (void *)0x1234);
    cr_assert_str_eq(STR_DATA(s), "0x1234");
    OBJ_DECREF(s);
}

Test(str, interning)
{
    Object *a = str_intern_cstr("some_identifier");
    Object *b = str_intern_cstr("some_identifier");
    cr_assert_eq(a, b);
    cr_assert(((StrObject *)a)->state & STR_INTERNED);
    Object *c = str_from_cstr("some_identifier");
    cr_assert_neq(c, a);
    str_intern_inplace(&c);
    cr_assert_eq(c, a);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    OBJ_DECREF(c);
}

Test(str, interned_strings_are_mortal)
{
    Object *a = str_from_cstr("tally_unique_interned_text");
    str_intern_inplace(&a);
    cr_assert_eq(REFCNT(a), 1);
    OBJ_DECREF(a);                              /* leaves the table */
    Object *b = str_intern_cstr("tally_unique_interned_text");
    cr_assert_not_null(b);
    cr_assert_str_eq(STR_DATA(b), "tally_unique_interned_text");
    cr_assert_eq(REFCNT(b), 1);
    OBJ_DECREF(b);
}

Test(str, singletons)
{
    Object *e1 = str_from_cstr(""), *e2 = str_from_utf8("xyz", 0);
    cr_assert_eq(e1, e2);
    Object *a1 = str_from_cstr("a"), *a2 = str_from_codepoint('a'), *a3 = str_intern_cstr("a");
    cr_assert_eq(a1, a2);
    cr_assert_eq(a1, a3);
    Object *e_acute1 = str_from_cstr("\xc3\xa9"), *e_acute2 = str_from_codepoint(0xE9);
    cr_assert_eq(e_acute1, e_acute2);
    Object *s = str_from_cstr("xay");
    Object *one = str_substr(s, 1, 2);
    cr_assert_eq(one, a1);                      /* s[1] is the shared 'a' */
    Object *parts = list_new(0);
    list_append(parts, a1);
    Object *sep = str_from_cstr("-");
    Object *joined = str_join(sep, parts);
    cr_assert_eq(joined, a1);                   /* "".join(["a"]) is "a" */
    Object *objs[] = {e1, e2, a1, a2, a3, e_acute1, e_acute2, s, one, parts, sep, joined};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) OBJ_DECREF(objs[i]);
}

Test(str, chr_range)
{
    cr_assert_null(str_from_codepoint(0x110000));
    expect_exc(Exc_ValueError, "chr() arg not in range(0x110000)");
    expect_str(str_from_codepoint(0x10FFFF), "\xf4\x8f\xbf\xbf");
}

Test(str, repr_quotes_and_escapes)
{
    static const struct { const char *in, *out; } cases[] = {
        {"abc", "'abc'"},
        {"it's", "\"it's\""},
        {"say \"hi\"", "'say \"hi\"'"},
        {"both ' and \"", "'both \\' and \"'"},
        {"a\\b", "'a\\\\b'"},
        {"\t\n\r", "'\\t\\n\\r'"},
        {"\x07\x1f\x7f", "'\\x07\\x1f\\x7f'"},
        {"\xc2\x80\xc2\xa0\xc2\xad", "'\\x80\\xa0\\xad'"},        /* C1 control, NBSP, soft hyphen */
        {"h\xc3\xa9llo \xe6\x97\xa5", "'h\xc3\xa9llo \xe6\x97\xa5'"},  /* printable kept */
        {"\xe2\x80\xa8\xef\xbf\xbf", "'\\u2028\\uffff'"},
        {"\xf0\x9f\x98\x80\xf3\xa0\x80\x81", "'\xf0\x9f\x98\x80\\U000e0001'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *s = str_from_cstr(cases[i].in);
        Object *r = str_repr_of(s);
        cr_assert_str_eq(STR_DATA(r), cases[i].out, "repr of case %zu", i);
        OBJ_DECREF(r);
        OBJ_DECREF(s);
    }
}

Test(str, ascii_escapes)
{
    Object *s = str_from_cstr("'h\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80'");
    expect_str(str_to_ascii(s), "'h\\xe9\\u65e5\\U0001f600'");
    OBJ_DECREF(s);
}

Test(str, utf8_length_and_indexing)
{
    Object *s = str_from_cstr("h\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80!");     /* hé日😀! */
    cr_assert_eq(STR_LEN(s), 5);
    cr_assert_eq(STR_NBYTES(s), 11);
    cr_assert(!STR_IS_ASCII(s));
    cr_assert_eq(str_byte_offset(s, 0), 0);
    cr_assert_eq(str_byte_offset(s, 2), 3);
    cr_assert_eq(str_byte_offset(s, 4), 10);
    cr_assert_eq(str_byte_offset(s, 1), 1);
    cr_assert_eq(str_byte_offset(s, 5), 11);
    cr_assert_eq(str_cp_index(s, 6), 3);
    expect_str(str_substr(s, 2, 4), "\xe6\x97\xa5\xf0\x9f\x98\x80");
    expect_str(str_substr(s, -5, 100), "h\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80!");
    expect_str(str_substr(s, 3, 1), "");
    Object *i = int_from_long(-2);
    expect_str(obj_getitem(s, i), "\xf0\x9f\x98\x80");
    OBJ_DECREF(i);
    i = int_from_long(5);
    cr_assert_null(obj_getitem(s, i));
    expect_exc(Exc_IndexError, "string index out of range");
    OBJ_DECREF(i);
    Object *ascii = str_from_cstr("plain");
    cr_assert(STR_IS_ASCII(ascii));
    cr_assert_eq(obj_len(ascii), 5);
    cr_assert_eq(str_byte_offset(ascii, 3), 3);
    OBJ_DECREF(ascii);
    OBJ_DECREF(s);
}

Test(str, sizeof_ascii_is_49_plus_len)
{
    Object *s = str_from_cstr("hello");
    cr_assert_eq(sizeof(StrObject), 48);
    Object *r = obj_call_method(s, "__sizeof__", NULL, 0);
    cr_assert_not_null(r);
    cr_assert_eq(int_as_ssize(r), 54);
    OBJ_DECREF(r);
    OBJ_DECREF(s);
}

Test(str, decode_utf8_errors)
{
    cr_assert_null(str_decode_utf8("\xff", 1));
    expect_exc(Exc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    cr_assert_null(str_decode_utf8("ab\xe4\xbd", 4));
    expect_exc(Exc_UnicodeDecodeError, "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");
    cr_assert_null(str_decode_utf8("\xe4x", 2));
    expect_exc(Exc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xe4 in position 0: invalid continuation byte");
    cr_assert_null(str_decode_utf8("\xed\xa0\x80", 3));       /* an encoded surrogate */
    expect_exc(Exc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    Object *ok = str_decode_utf8("caf\xc3\xa9", 5);
    cr_assert_eq(STR_LEN(ok), 4);
    expect_str(ok, "caf\xc3\xa9");
}

Test(str, encode_decode_codecs)
{
    Object *s = str_from_cstr("caf\xc3\xa9");
    Object *b = str_encode(s, "latin-1", NULL);
    cr_assert_eq(BYTES_LEN(b), 4);
    cr_assert_eq((unsigned char)BYTES_DATA(b)[3], 0xE9);
    expect_str(bytes_decode(BYTES_DATA(b), BYTES_LEN(b), "latin1", NULL), "caf\xc3\xa9");
    OBJ_DECREF(b);
    cr_assert_null(str_encode(s, "ascii", NULL));
    expect_exc(Exc_UnicodeEncodeError, "'ascii' codec can't encode character '\\xe9' in position 3: ordinal not in range(128)");
    b = str_encode(s, "ascii", "replace");
    cr_assert_str_eq(BYTES_DATA(b), "caf?");
    OBJ_DECREF(b);
    cr_assert_null(str_encode(s, "klingon", NULL));
    expect_exc(Exc_LookupError, "unknown encoding: klingon");
    OBJ_DECREF(s);
}

Test(str, hash_and_equality)
{
    Object *a = str_from_cstr("memory"), *b = str_from_utf8("memory management", 6);
    cr_assert_neq(a, b);
    cr_assert(str_eq(a, b));
    cr_assert(str_eq_cstr(a, "memory"));
    cr_assert_eq(str_hash_value(a), str_hash_value(b));
    cr_assert_neq(str_hash_value(a), -1);
    cr_assert_eq(((StrObject *)a)->hash, str_hash_value(a));      /* cached */
    Object *e = str_from_cstr("");
    cr_assert_eq(str_hash_value(e), 0);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    OBJ_DECREF(e);
}

Test(str, code_point_order)
{
    Object *s[] = {str_from_cstr(""), str_from_cstr("a"), str_from_cstr("ab"), str_from_cstr("b"),
                   str_from_cstr("\xc3\xa9"), str_from_cstr("\xef\xbf\xbf"), str_from_cstr("\xf0\x9f\x98\x80")};
    size_t n = sizeof s / sizeof s[0];
    for (size_t i = 0; i + 1 < n; i++) {
        cr_assert_lt(str_compare(s[i], s[i + 1]), 0, "case %zu", i);
        cr_assert_gt(str_compare(s[i + 1], s[i]), 0);
        cr_assert_eq(str_compare(s[i], s[i]), 0);
    }
    for (size_t i = 0; i < n; i++) OBJ_DECREF(s[i]);
}

Test(str, concat_and_join)
{
    Object *a = str_from_cstr("Mango"), *b = str_from_cstr(" Ice-cream"), *e = str_from_cstr("");
    expect_str(str_concat(a, b), "Mango Ice-cream");
    Object *same = str_concat(a, e);
    cr_assert_eq(same, a);
    OBJ_DECREF(same);
    Object *l = list_new(0);
    list_append(l, a);
    list_append(l, b);
    list_append(l, e);
    Object *sep = str_from_cstr("\xc2\xb7");
    Object *j = str_join(sep, l);
    cr_assert_eq(STR_LEN(j), 17);
    expect_str(j, "Mango\xc2\xb7 Ice-cream\xc2\xb7");
    Object *bad = int_from_long(3);
    list_append(l, bad);
    cr_assert_null(str_join(sep, l));
    expect_exc(Exc_TypeError, "sequence item 3: expected str instance, int found");
    cr_assert_null(str_join(sep, bad));
    expect_exc(Exc_TypeError, "can only join an iterable");
    Object *objs[] = {a, b, e, l, sep, bad};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) OBJ_DECREF(objs[i]);
}

Test(str, concat_inplace)
{
    Object *s = str_from_cstr("ab"), *t = str_from_cstr("c\xc3\xa9");
    for (int i = 0; i < 100; i++) cr_assert_eq(str_concat_inplace(&s, t), 0);
    cr_assert_eq(STR_LEN(s), 202);
    cr_assert_eq(STR_NBYTES(s), 302);
    cr_assert(!STR_IS_ASCII(s));
    cr_assert_eq(memcmp(STR_DATA(s) + 296, "c\xc3\xa9" "c\xc3\xa9", 6), 0);
    Object *shared = NEWREF(s);                 /* two owners: a new string is made */
    cr_assert_eq(str_concat_inplace(&s, t), 0);
    cr_assert_neq(s, shared);
    cr_assert_eq(STR_LEN(shared), 202);
    cr_assert_eq(STR_LEN(s), 204);
    Object *again = str_from_utf8(STR_DATA(s), STR_NBYTES(s));
    cr_assert_eq(str_hash_value(again), str_hash_value(s));
    OBJ_DECREF(again);
    OBJ_DECREF(shared);
    OBJ_DECREF(s);
    OBJ_DECREF(t);
}

/* format % args with args built from a C list of objects (a tuple unless [single]). */
static Object *percent(const char *fmt, Object *args)
{
    Object *f = str_from_cstr(fmt);
    Object *r = str_percent_format(f, args);
    OBJ_DECREF(f);
    return r;
}

Test(str, percent_formatting)
{
    Object *cart = str_from_cstr("cart"), *three = int_from_long(3), *price = float_new(9.5);
    Object *t = tuple_pack(3, cart, three, price);
    expect_str(percent("%s has %d items costing %.2f", t), "cart has 3 items costing 9.50");
    OBJ_DECREF(t);
    Object *n = int_from_long(255);
    expect_str(percent("%#x|%5d|%-5d|%05d|%+d|%o|%X|%c", t = tuple_pack(8, n, n, n, n, n, n, n, n)),
               "0xff|  255|255  |00255|+255|377|FF|\xc3\xbf");
    OBJ_DECREF(t);
    expect_str(percent("%r", cart), "'cart'");
    expect_str(percent("%5.2s|%%", cart), "   ca|%");
    cr_assert_null(percent("%s %s", cart));
    expect_exc(Exc_TypeError, "not enough arguments for format string");
    cr_assert_null(percent("no conversions", cart));
    expect_exc(Exc_TypeError, "not all arguments converted during string formatting");
    cr_assert_null(percent("%d", cart));
    expect_exc(Exc_TypeError, "%d format: a real number is required, not str");
    cr_assert_null(percent("%z", n));
    expect_exc(Exc_ValueError, "unsupported format character 'z' (0x7a) at index 1");
    expect_str(percent("%d", price), "9");
    expect_str(percent("%e|%g|%G", t = tuple_pack(3, price, price, price)), "9.500000e+00|9.5|9.5");
    OBJ_DECREF(t);
    Object *objs[] = {cart, three, price, n};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) OBJ_DECREF(objs[i]);
}

Test(str, format_method)
{
    Object *f = str_from_cstr("{0:>8}|{1:<6}|{2:^7}|{x!r}");
    Object *args[] = {str_from_cstr("r"), str_from_cstr("l"), str_from_cstr("c"), str_from_cstr("kw")};
    Object *x = str_from_cstr("x");
    Object *kwnames = tuple_pack(1, x);
    expect_str(str_format_method(f, args, 3, kwnames), "       r|l     |   c   |'kw'");
    OBJ_DECREF(f);
    f = str_from_cstr("{} {0}");
    cr_assert_null(str_format_method(f, args, 2, NULL));
    expect_exc(Exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
    OBJ_DECREF(f);
    f = str_from_cstr("{:{}}|{{}}");
    Object *w = int_from_long(4);
    Object *a2[] = {args[0], w};
    expect_str(str_format_method(f, a2, 2, NULL), "r   |{}");
    OBJ_DECREF(f);
    f = str_from_cstr("{5}");
    cr_assert_null(str_format_method(f, args, 1, NULL));
    expect_exc(Exc_IndexError, "Replacement index 5 out of range for positional args tuple");
    OBJ_DECREF(f);
    for (int i = 0; i < 4; i++) OBJ_DECREF(args[i]);
    OBJ_DECREF(x);
    OBJ_DECREF(kwnames);
    OBJ_DECREF(w);
}

Test(str, format_spec_for_str)
{
    Object *s = str_from_cstr("abc");
    static const struct { const char *spec, *out; } cases[] = {
        {"", "abc"}, {">5", "  abc"}, {"*^7", "**abc**"}, {".2", "ab"}, {"05", "abc00"}, {"x<5.2s", "abxxx"},
        {"\xc3\xa9>4", "\xc3\xa9" "abc"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *spec = str_from_cstr(cases[i].spec);
        expect_str(str_format_spec(s, spec), cases[i].out);
        OBJ_DECREF(spec);
    }
    Object *spec = str_from_cstr("d");
    cr_assert_null(str_format_value(s, spec));
    expect_exc(Exc_ValueError, "Unknown format code 'd' for object of type 'str'");
    OBJ_DECREF(spec);
    OBJ_DECREF(s);
}

Test(str, bytes_basics)
{
    Object *b = bytes_from_data("\x00" "abc\n'", 6);
    cr_assert_eq(BYTES_LEN(b), 6);
    expect_str(bytes_repr_of(b), "b\"\\x00abc\\n'\"");
    Object *e = bytes_from_data(NULL, 0);
    Object *r = obj_call_method(e, "__sizeof__", NULL, 0);
    cr_assert_eq(int_as_ssize(r), 33);
    OBJ_DECREF(r);
    expect_str(bytes_decode("caf\xc3\xa9", 5, NULL, NULL), "caf\xc3\xa9");
    OBJ_DECREF(b);
    OBJ_DECREF(e);
}

Test(str, repr_guard)
{
    Object *a = str_from_cstr("a"), *b = str_from_cstr("b");
    cr_assert_eq(repr_enter(a), 0);
    cr_assert_eq(repr_enter(b), 0);
    cr_assert_eq(repr_enter(a), 1);
    repr_leave(b);
    cr_assert_eq(repr_enter(b), 0);
    repr_leave(b);
    repr_leave(a);
    cr_assert_eq(repr_enter(a), 0);
    repr_leave(a);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
}

Test(str, unicode_properties)
{
    cr_assert_eq(str_unicode_decimal('7'), 7);
    cr_assert_eq(str_unicode_decimal(0x0663), 3);        /* ARABIC-INDIC DIGIT THREE */
    cr_assert_eq(str_unicode_decimal(0x00B2), -1);       /* superscript two: a digit, not decimal */
    cr_assert(str_unicode_isspace(0x3000));
    cr_assert(!str_unicode_isspace(0x200B));
    cr_assert(str_unicode_is_id_start(0x00E9));
    cr_assert(!str_unicode_is_id_start('1'));
    cr_assert(str_unicode_is_id_continue('1'));
    cr_assert(!str_unicode_isprintable(0x00A0));
    cr_assert(str_unicode_isprintable(0x1F600));
}
