/* test_builtins.c: Criterion tests for stdlib/ (builtins, sys, the std stream type, the module
 * registry, dis) and objects/descrobject.c, called from C on a started interpreter. Each test runs in
 * its own process with vm_init/vm_fini around it; in DEBUG_REFS builds vm_fini's leak check must pass.
 * Behaviour seen from Python is covered by tests/scripts/builtins/. */
#include <criterion/criterion.h>

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "objects/descrobject.h"
#include "stdlib/modules.h"
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

/* Calls builtins.<name>(*args): a new reference or NULL with an exception. */
static Object *call_builtin(const char *name, Object *const *args, ssize_t n)
{
    Object *f = dict_get_str_borrow(vm_builtins_borrow(), name);
    cr_assert_not_null(f, "builtins.%s missing", name);
    return obj_call(f, args, n, NULL);
}

static Object *call_sys(const char *name, Object *const *args, ssize_t n)
{
    Object *f = mod_sys_get_borrow(name);
    cr_assert_not_null(f, "sys.%s missing", name);
    return obj_call(f, args, n, NULL);
}

static long as_long(Object *o)
{
    cr_assert_not_null(o);
    cr_assert(INT_CHECK(o), "not an int: %s", obj_type_name(o));
    int overflow;
    long v = int_as_long(o, &overflow);
    cr_assert_eq(overflow, 0);
    return v;
}

/* Takes the pending exception, checks its type and message, releases it. */
static void expect_error(TypeObject *type, const char *msg)
{
    cr_assert(exc_occurred(), "no exception pending (expected %s)", msg);
    Object *e = exc_fetch();
    cr_assert(type_is_subtype(TYPE(e), type), "wrong exception type %s", obj_type_name(e));
    Object *text = exc_message_str(e);
    cr_assert_not_null(text);
    cr_assert_str_eq(STR_DATA(text), msg);
    OBJ_DECREF(text);
    OBJ_DECREF(e);
}

static Object *int_list(const long *v, ssize_t n)
{
    Object *l = list_new(n);
    cr_assert_not_null(l);
    for (ssize_t i = 0; i < n; i++)
        list_set_item_steal(l, i, int_from_long(v[i]));
    return l;
}

/* Reads back everything written to a temporary stream. */
static void read_back(FILE *fp, char *buf, size_t size)
{
    fflush(fp);
    rewind(fp);
    size_t n = fread(buf, 1, size - 1, fp);
    buf[n] = '\0';
}

Test(builtins, registry_lists_the_modules)
{
    const BuiltinModule *m = builtin_module_find("sys");
    cr_assert_not_null(m);
    cr_assert_eq(m->init, mod_sys_init);
    cr_assert_eq(builtin_module_find("builtins")->init, mod_builtins_init);
    cr_assert_eq(builtin_module_find("dis")->init, mod_dis_init);
    cr_assert_null(builtin_module_find("no_such_module"));
    int n = 0;
    while (builtin_modules[n].name != NULL)
        n++;
    cr_assert_geq(n, 3);
}

Test(builtins, print_fast_path, .init = setup, .fini = teardown)
{
    FILE *fp = tmpfile();
    cr_assert_not_null(fp);
    Object *f = file_std_new(fp, "<t>", "w");
    cr_assert_not_null(f);
    Object *vals[3] = {str_from_cstr("a"), int_from_long(1), NEWREF(NONE)};
    cr_assert_eq(builtin_print_to(f, vals, 3, NULL, NULL, false), 0);
    Object *sep = str_from_cstr("-"), *end = str_from_cstr("!");
    cr_assert_eq(builtin_print_to(f, vals, 3, sep, end, true), 0);
    cr_assert_eq(builtin_print_to(f, NULL, 0, NONE, NONE, false), 0);
    char buf[128];
    read_back(fp, buf, sizeof buf);
    cr_assert_str_eq(buf, "a 1 None\na-1-None!\n");
    for (int i = 0; i < 3; i++)
        OBJ_DECREF(vals[i]);
    OBJ_DECREF(sep);
    OBJ_DECREF(end);
    OBJ_DECREF(f);
    fclose(fp);
}

Test(builtins, print_rejects_bad_sep_and_end, .init = setup, .fini = teardown)
{
    FILE *fp = tmpfile();
    Object *f = file_std_new(fp, "<t>", "w");
    Object *one = int_from_long(1);
    cr_assert_eq(builtin_print_to(f, &one, 1, one, NULL, false), -1);
    expect_error(Exc_TypeError, "sep must be None or a string, not int");
    cr_assert_eq(builtin_print_to(f, &one, 1, NULL, one, false), -1);
    expect_error(Exc_TypeError, "end must be None or a string, not int");
    OBJ_DECREF(one);
    OBJ_DECREF(f);
    fclose(fp);
}

Test(builtins, file_write_and_closed_file, .init = setup, .fini = teardown)
{
    FILE *fp = tmpfile();
    Object *f = file_std_new(fp, "<t>", "w");
    Object *s = str_from_cstr("h\xc3\xa9llo");
    Object *n = obj_call_method(f, "write", &s, 1);
    cr_assert_eq(as_long(n), 5);                      /* characters, not bytes */
    OBJ_DECREF(n);
    Object *one = int_from_long(1);
    cr_assert_null(obj_call_method(f, "write", &one, 1));
    expect_error(Exc_TypeError, "write() argument must be str, not int");
    Object *r = obj_call_method(f, "close", NULL, 0);
    cr_assert_not_null(r);
    OBJ_DECREF(r);
    cr_assert_null(obj_call_method(f, "write", &s, 1));
    expect_error(Exc_ValueError, "I/O operation on closed file.");
    Object *rep = obj_repr(f);
    cr_assert_str_eq(STR_DATA(rep), "<_io.TextIOWrapper name='<t>' mode='w' encoding='utf-8'>");
    OBJ_DECREF(rep);
    OBJ_DECREF(one);
    OBJ_DECREF(s);
    OBJ_DECREF(f);
    fclose(fp);
}

Test(builtins, readline_reads_lines, .init = setup, .fini = teardown)
{
    FILE *fp = tmpfile();
    fputs("one\ntw\xc3\xa9\nlast", fp);
    rewind(fp);
    Object *f = file_std_new(fp, "<in>", "r");
    const char *expect[] = {"one\n", "tw\xc3\xa9\n", "last", ""};
    for (int i = 0; i < 4; i++) {
        Object *line = obj_call_method(f, "readline", NULL, 0);
        cr_assert_not_null(line);
        cr_assert_str_eq(STR_DATA(line), expect[i]);
        OBJ_DECREF(line);
    }
    OBJ_DECREF(f);
    fclose(fp);
}

Test(builtins, min_max_sum_sorted, .init = setup, .fini = teardown)
{
    long v[] = {3, 1, 2};
    Object *l = int_list(v, 3);
    Object *r = call_builtin("min", &l, 1);
    cr_assert_eq(as_long(r), 1);
    OBJ_DECREF(r);
    r = call_builtin("max", &l, 1);
    cr_assert_eq(as_long(r), 3);
    OBJ_DECREF(r);
    r = call_builtin("sum", &l, 1);
    cr_assert_eq(as_long(r), 6);
    OBJ_DECREF(r);
    Object *args[2] = {l, NULL};
    args[1] = float_new(0.5);
    r = call_builtin("sum", args, 2);
    cr_assert_not_null(r);
    cr_assert(FLOAT_CHECK(r));
    cr_assert_float_eq(FLOAT_VALUE(r), 6.5, 1e-12);
    OBJ_DECREF(r);
    OBJ_DECREF(args[1]);
    r = call_builtin("sorted", &l, 1);
    cr_assert_eq(LIST_SIZE(r), 3);
    cr_assert_eq(as_long(LIST_GET(r, 0)), 1);
    cr_assert_eq(as_long(LIST_GET(r, 2)), 3);
    OBJ_DECREF(r);
    Object *empty = list_new(0);
    cr_assert_null(call_builtin("max", &empty, 1));
    expect_error(Exc_ValueError, "max() arg is an empty sequence");
    OBJ_DECREF(empty);
    OBJ_DECREF(l);
}

Test(builtins, sum_overflows_to_big_ints, .init = setup, .fini = teardown)
{
    long v[] = {LONG_MAX, LONG_MAX, 2};
    Object *l = int_list(v, 3);
    Object *r = call_builtin("sum", &l, 1);
    cr_assert_not_null(r);
    Object *text = obj_str(r);
    cr_assert_str_eq(STR_DATA(text), "18446744073709551616");
    OBJ_DECREF(text);
    OBJ_DECREF(r);
    OBJ_DECREF(l);
}

Test(builtins, sum_rejects_strings, .init = setup, .fini = teardown)
{
    Object *args[2] = {list_new(0), str_from_cstr("")};
    cr_assert_null(call_builtin("sum", args, 2));
    expect_error(Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    OBJ_DECREF(args[0]);
    OBJ_DECREF(args[1]);
}

Test(builtins, chr_ord_hex, .init = setup, .fini = teardown)
{
    Object *cp = int_from_long(0x20AC);
    Object *c = call_builtin("chr", &cp, 1);
    cr_assert_str_eq(STR_DATA(c), "\xe2\x82\xac");
    Object *back = call_builtin("ord", &c, 1);
    cr_assert_eq(as_long(back), 0x20AC);
    Object *h = call_builtin("hex", &cp, 1);
    cr_assert_str_eq(STR_DATA(h), "0x20ac");
    Object *big = int_from_long(0x110000);
    cr_assert_null(call_builtin("chr", &big, 1));
    expect_error(Exc_ValueError, "chr() arg not in range(0x110000)");
    Object *two = str_from_cstr("ab");
    cr_assert_null(call_builtin("ord", &two, 1));
    expect_error(Exc_TypeError, "ord() expected a character, but string of length 2 found");
    OBJ_DECREF(two);
    OBJ_DECREF(big);
    OBJ_DECREF(h);
    OBJ_DECREF(back);
    OBJ_DECREF(c);
    OBJ_DECREF(cp);
}

Test(builtins, divmod_and_pow, .init = setup, .fini = teardown)
{
    Object *args[3] = {int_from_long(-7), int_from_long(2), int_from_long(5)};
    Object *r = call_builtin("divmod", args, 2);
    cr_assert(TUPLE_CHECK(r));
    cr_assert_eq(as_long(TUPLE_GET(r, 0)), -4);
    cr_assert_eq(as_long(TUPLE_GET(r, 1)), 1);
    OBJ_DECREF(r);
    r = call_builtin("pow", args, 3);                   /* (-7) ** 2 % 5 */
    cr_assert_eq(as_long(r), 4);
    OBJ_DECREF(r);
    Object *fargs[2] = {float_new(7.5), int_from_long(2)};
    r = call_builtin("divmod", fargs, 2);
    cr_assert_float_eq(FLOAT_VALUE(TUPLE_GET(r, 0)), 3.0, 0);
    cr_assert_float_eq(FLOAT_VALUE(TUPLE_GET(r, 1)), 1.5, 0);
    OBJ_DECREF(r);
    for (int i = 0; i < 3; i++)
        OBJ_DECREF(args[i]);
    OBJ_DECREF(fargs[0]);
    OBJ_DECREF(fargs[1]);
}

Test(builtins, isinstance_tuples, .init = setup, .fini = teardown)
{
    Object *one = int_from_long(1);
    Object *good = tuple_pack(2, (Object *)&str_type, (Object *)&int_type);
    Object *args[2] = {one, good};
    Object *r = call_builtin("isinstance", args, 2);
    cr_assert_eq(r, TRUE_OBJ);
    OBJ_DECREF(r);
    Object *bad = tuple_pack(2, one, (Object *)&int_type);
    args[1] = bad;
    cr_assert_null(call_builtin("isinstance", args, 2));
    expect_error(Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    OBJ_DECREF(bad);
    OBJ_DECREF(good);
    OBJ_DECREF(one);
}

Test(builtins, eval_and_exec, .init = setup, .fini = teardown)
{
    Object *src = str_from_cstr("  6 * 7");
    Object *r = call_builtin("eval", &src, 1);
    cr_assert_eq(as_long(r), 42);
    OBJ_DECREF(r);
    OBJ_DECREF(src);
    Object *ns = dict_new();
    Object *args[2] = {str_from_cstr("a = 2\nb = a * 3\n"), ns};
    r = call_builtin("exec", args, 2);
    cr_assert_eq(r, NONE);
    OBJ_DECREF(r);
    cr_assert_eq(as_long(dict_get_str_borrow(ns, "b")), 6);
    cr_assert_not_null(dict_get_str_borrow(ns, "__builtins__"));
    OBJ_DECREF(args[0]);
    dict_clear(ns);
    OBJ_DECREF(ns);
    Object *nul = str_from_utf8("1\0", 2);
    cr_assert_null(call_builtin("eval", &nul, 1));
    expect_error(Exc_SyntaxError, "source code string cannot contain null bytes");
    OBJ_DECREF(nul);
}

Test(builtins, getsizeof_and_getrefcount, .init = setup, .fini = teardown)
{
    Object *t = tuple_new(0);
    Object *r = call_sys("getsizeof", &t, 1);
    cr_assert_eq(as_long(r), 40);                       /* 24 + 16 for the GC header */
    OBJ_DECREF(r);
    OBJ_DECREF(t);
    Object *p = obj_call((Object *)&property_type, NULL, 0, NULL);
    cr_assert_not_null(p);
    r = call_sys("getsizeof", &p, 1);
    cr_assert_eq(as_long(r), 80);                       /* CPython 3.11: property is 64 + 16 */
    OBJ_DECREF(r);
    OBJ_DECREF(p);
    Object *l = list_new(0);
    ssize_t before = REFCNT(l);
    r = call_sys("getrefcount", &l, 1);
    cr_assert_eq(as_long(r), before);
    OBJ_DECREF(r);
    OBJ_DECREF(l);
}

Test(builtins, sys_exit_raises_system_exit, .init = setup, .fini = teardown)
{
    Object *code = int_from_long(3);
    cr_assert_null(call_sys("exit", &code, 1));
    cr_assert(exc_matches(Exc_SystemExit));
    Object *e = exc_fetch();
    Object *c = obj_getattr_cstr(e, "code");
    cr_assert_eq(as_long(c), 3);
    OBJ_DECREF(c);
    OBJ_DECREF(e);
    OBJ_DECREF(code);
    Object *limit = int_from_long(0);
    cr_assert_null(call_sys("setrecursionlimit", &limit, 1));
    expect_error(Exc_ValueError, "recursion limit must be greater or equal than 1");
    OBJ_DECREF(limit);
}

Test(builtins, property_descriptor, .init = setup, .fini = teardown)
{
    Object *len = dict_get_str_borrow(vm_builtins_borrow(), "len");
    Object *p = obj_call((Object *)&property_type, &len, 1, NULL);
    cr_assert_not_null(p);
    Object *s = str_from_cstr("abc");
    Object *r = property_type.descr_get(p, s, (Object *)&str_type);
    cr_assert_eq(as_long(r), 3);
    OBJ_DECREF(r);
    cr_assert_eq(property_type.descr_get(p, NULL, (Object *)&str_type), p);
    OBJ_DECREF(p);                                       /* the reference descr_get returned */
    cr_assert_eq(property_type.descr_set(p, s, s), -1);
    expect_error(Exc_AttributeError, "property of 'str' object has no setter");
    Object *doc = obj_getattr_cstr(p, "__doc__");
    cr_assert(STR_CHECK(doc));
    cr_assert_str_eq(STR_DATA(doc), "Return the number of items in a container.");
    OBJ_DECREF(doc);
    OBJ_DECREF(s);
    OBJ_DECREF(p);
}

Test(builtins, staticmethod_and_classmethod, .init = setup, .fini = teardown)
{
    Object *len = dict_get_str_borrow(vm_builtins_borrow(), "len");
    Object *sm = staticmethod_new(len);
    cr_assert_not_null(sm);
    Object *got = staticmethod_type.descr_get(sm, NONE, (Object *)&int_type);
    cr_assert_eq(got, len);
    OBJ_DECREF(got);
    Object *rep = obj_repr(sm);
    cr_assert_str_eq(STR_DATA(rep), "<staticmethod(<built-in function len>)>");
    OBJ_DECREF(rep);
    Object *cm = classmethod_new(len);
    Object *bound = classmethod_type.descr_get(cm, NULL, (Object *)&int_type);
    cr_assert_not_null(bound);
    cr_assert_eq(TYPE(bound), &method_type);
    cr_assert_eq(((MethodObject *)bound)->self, (Object *)&int_type);
    OBJ_DECREF(bound);
    OBJ_DECREF(cm);
    OBJ_DECREF(sm);
}

Test(builtins, dis_module, .init = setup, .fini = teardown)
{
    Object *m = mod_dis_init();
    cr_assert_not_null(m);
    Object *names = dict_get_str_borrow(module_dict_borrow(m), "opname");
    cr_assert_not_null(names);
    /* the compiler's opcodes: everything up to the first rewritten form (opcodes.def) */
    cr_assert_eq(LIST_SIZE(names), OP_LOAD_FAST__LOAD_FAST);
    cr_assert_str_eq(STR_DATA(LIST_GET(names, OP_LOAD_CONST)), "LOAD_CONST");
    cr_assert_not_null(dict_get_str_borrow(module_dict_borrow(m), "dis"));
    dict_clear(module_dict_borrow(m));
    OBJ_DECREF(m);
}

Test(builtins, builtins_module_contents, .init = setup, .fini = teardown)
{
    Object *b = vm_builtins_borrow();
    cr_assert_eq(dict_get_str_borrow(b, "int"), (Object *)&int_type);
    cr_assert_eq(dict_get_str_borrow(b, "property"), (Object *)&property_type);
    cr_assert_eq(dict_get_str_borrow(b, "ValueError"), (Object *)Exc_ValueError);
    cr_assert_eq(dict_get_str_borrow(b, "IOError"), (Object *)Exc_OSError);
    cr_assert_eq(dict_get_str_borrow(b, "None"), NONE);
    Object *name = dict_get_str_borrow(b, "__name__");
    cr_assert_str_eq(STR_DATA(name), "builtins");
    Object *exit_obj = dict_get_str_borrow(b, "exit");
    Object *rep = obj_repr(exit_obj);
    cr_assert_str_eq(STR_DATA(rep), "Use exit() or Ctrl-D (i.e. EOF) to exit");
    OBJ_DECREF(rep);
}
