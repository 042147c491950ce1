/* test_compiler.c: the bytecode compiler (compiler/): source snippets are parsed and compiled, and
 * the tests check the disassembly (CPython 3.11's dis layout), the instruction shapes the VM relies
 * on (calls, closures, classes, imports, try/except/finally, with, loops), symbol classification
 * (fast, global, deref, class-body names), code object fields (varnames order, cells, flags,
 * qualnames, stack depth), the exception table, positions, and every compile error message with
 * its location. Each test runs on a fresh interpreter whose leak check must pass. */
#include <criterion/criterion.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>

#include "compiler/compiler.h"
#include "objects/object.h"
#include "objects/codeobject.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
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

TestSuite(compiler, .init = setup, .fini = teardown);

/* ---- helpers ---- */

static CodeObject *compile_mode(const char *src, ParseMode mode)
{
    Object *co = compile_source(src, strlen(src), "<test>", mode, NULL);
    if (co == NULL) {
        Object *exc = exc_fetch();
        Object *msg = exc && TUPLE_SIZE(((ExceptionObject *)exc)->args) > 0
                          ? TUPLE_GET(((ExceptionObject *)exc)->args, 0) : NULL;
        cr_log_error("compile failed: %s", msg && STR_CHECK(msg) ? STR_DATA(msg) : "?");
        OBJ_XDECREF(exc);
        cr_assert_fail("compiling %s", src);
    }
    cr_assert(CODE_CHECK(co));
    return (CodeObject *)co;
}

static CodeObject *compile_ok(const char *src)
{
    return compile_mode(src, PARSE_FILE);
}

/* The disassembly of [co] (and its nested code objects), addresses replaced by "0x?". */
static char *dis(CodeObject *co)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cr_assert_not_null(f);
    disasm_code(co, f);
    fclose(f);
    /* " at 0x55d2c3a0" -> " at 0x?" */
    char *w = buf;
    for (const char *r = buf; *r;) {
        if (strncmp(r, " at 0x", 6) == 0 && ((r[6] >= '0' && r[6] <= '9') || (r[6] >= 'a' && r[6] <= 'f'))) {
            r += 6;
            while ((*r >= '0' && *r <= '9') || (*r >= 'a' && *r <= 'f')) r++;
            memcpy(w, " at 0x?", 7);
            w += 7;
        } else {
            *w++ = *r++;
        }
    }
    *w = '\0';
    return buf;
}

static void expect_dis(const char *src, const char *expected)
{
    CodeObject *co = compile_ok(src);
    char *out = dis(co);
    cr_assert_str_eq(out, expected, "disassembly of:\n%s\n--- got:\n%s", src, out);
    free(out);
    OBJ_DECREF(co);
}

/* "OPNAME arg OPNAME arg ..." for the instructions of [co] (arguments omitted for ARG_NONE). */
static char *ops(CodeObject *co)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (int i = 0; i < co->ncode; i++) {
        Opcode op = opcode_compiled(INSTR_OP(co->code[i]));    /* as compiled */
        if (i) fputc(' ', f);
        if (opcode_arg_kinds[op] == ARG_NONE) fprintf(f, "%s", opcode_names[op]);
        else fprintf(f, "%s %d", opcode_names[op], INSTR_ARG(co->code[i]));
    }
    fclose(f);
    return buf;
}

static void expect_ops(CodeObject *co, const char *expected)
{
    char *got = ops(co);
    cr_assert_str_eq(got, expected, "instructions of %s:\n got: %s\nwant: %s", STR_DATA(co->name), got, expected);
    free(got);
}

/* The code object named [name] among the constants of [co], searched depth first (borrowed). */
static CodeObject *find_code(CodeObject *co, const char *name)
{
    for (ssize_t i = 0; i < TUPLE_SIZE(co->consts); i++) {
        Object *k = TUPLE_GET(co->consts, i);
        if (!CODE_CHECK(k)) continue;
        if (strcmp(STR_DATA(((CodeObject *)k)->name), name) == 0) return (CodeObject *)k;
        CodeObject *r = find_code((CodeObject *)k, name);
        if (r) return r;
    }
    return NULL;
}

static CodeObject *nested(CodeObject *co, const char *name)
{
    CodeObject *r = find_code(co, name);
    cr_assert_not_null(r, "no code object %s", name);
    return r;
}

/* "a,b,c" for a tuple of str. */
static char *names(Object *t)
{
    static char buf[8][256];
    static int k;
    char *b = buf[k++ % 8];
    b[0] = '\0';
    for (ssize_t i = 0; i < TUPLE_SIZE(t); i++) {
        if (i) strcat(b, ",");
        strcat(b, STR_DATA(TUPLE_GET(t, i)));
    }
    return b;
}

static long int_of(Object *o)
{
    int overflow = 0;
    return int_as_long(o, &overflow);
}

/* Compiling [src] fails with SyntaxError [msg] at [line]:[offset] (1-based column). */
static void expect_error(const char *src, const char *msg, int line, int offset)
{
    Object *co = compile_source(src, strlen(src), "<test>", PARSE_FILE, NULL);
    if (co != NULL) {
        OBJ_DECREF(co);
        cr_assert_fail("expected SyntaxError '%s' for:\n%s", msg, src);
    }
    cr_assert(exc_matches(Exc_SyntaxError), "expected a SyntaxError for:\n%s", src);
    Object *exc = exc_fetch();
    Object *args = ((ExceptionObject *)exc)->args;
    cr_assert_eq(TUPLE_SIZE(args), 2);
    cr_assert_str_eq(STR_DATA(TUPLE_GET(args, 0)), msg);
    Object *info = TUPLE_GET(args, 1);
    cr_assert_eq(int_of(TUPLE_GET(info, 1)), line, "line of '%s'", msg);
    cr_assert_eq(int_of(TUPLE_GET(info, 2)), offset, "offset of '%s'", msg);
    OBJ_DECREF(exc);
}

/* ---- disassembly layout ---- */

Test(compiler, module_disassembly_layout)
{
    expect_dis("x = 1\nprint(x + 2)\n",
               "  1           0 LOAD_CONST                   0 (1)\n"
               "              1 STORE_NAME                   0 (x)\n"
               "\n"
               "  2           2 LOAD_NAME                    1 (print)\n"
               "              3 LOAD_NAME                    0 (x)\n"
               "              4 LOAD_CONST                   1 (2)\n"
               "              5 BINARY_OP                    0 (+)\n"
               "              6 CALL                         1\n"
               "              7 POP_TOP\n"
               "              8 LOAD_CONST                   2 (None)\n"
               "              9 RETURN_VALUE\n");
}

Test(compiler, nested_code_objects_are_disassembled_after)
{
    expect_dis("def f(a):\n    return a\n",
               "  1           0 LOAD_CONST                   0 (<code object f at 0x?, file \"<test>\", line 1>)\n"
               "              1 MAKE_FUNCTION                0\n"
               "              2 STORE_NAME                   0 (f)\n"
               "              3 LOAD_CONST                   1 (None)\n"
               "              4 RETURN_VALUE\n"
               "\n"
               "Disassembly of <code object f at 0x?, file \"<test>\", line 1>:\n"
               "  2           0 LOAD_FAST                    0 (a)\n"
               "              1 RETURN_VALUE\n");
}

/* ---- names and scopes ---- */

Test(compiler, function_locals_globals_and_flags)
{
    CodeObject *co = compile_ok("def f(a):\n    b = a\n    return g(b)\n");
    CodeObject *f = nested(co, "f");
    cr_assert_str_eq(names(f->varnames), "a,b");
    cr_assert_str_eq(names(f->names), "g");
    cr_assert_eq(f->argcount, 1);
    cr_assert_eq(f->nlocals, 2);
    cr_assert_eq(f->flags, CO_OPTIMIZED | CO_NEWLOCALS);
    expect_ops(f, "LOAD_FAST 0 STORE_FAST 1 LOAD_GLOBAL 0 LOAD_FAST 1 CALL 1 RETURN_VALUE");
    cr_assert_eq(f->stacksize, 2);
    cr_assert_eq(co->flags, 0);
    OBJ_DECREF(co);
}

Test(compiler, varnames_follow_cpython_order)
{
    CodeObject *co = compile_ok("def f(p, /, a, b=1, *args, c, d=2, **kw):\n    e = 1\n");
    CodeObject *f = nested(co, "f");
    cr_assert_str_eq(names(f->varnames), "p,a,b,c,d,args,kw,e");
    cr_assert_eq(f->argcount, 3);
    cr_assert_eq(f->posonlyargcount, 1);
    cr_assert_eq(f->kwonlyargcount, 2);
    cr_assert_eq(f->flags, CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS);
    /* defaults as one constant tuple, kw-only defaults as a const-key map */
    expect_ops(co, "LOAD_CONST 0 LOAD_CONST 1 LOAD_CONST 2 BUILD_CONST_KEY_MAP 1 LOAD_CONST 3 "
                   "MAKE_FUNCTION 3 STORE_NAME 0 LOAD_CONST 4 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, closures_cells_and_free_variables)
{
    CodeObject *co = compile_ok("def f(x):\n    y = 2\n    def g():\n        return x + y\n    return g\n");
    CodeObject *f = nested(co, "f"), *g = nested(co, "g");
    cr_assert_str_eq(names(f->cellvars), "x,y");
    cr_assert_str_eq(names(f->varnames), "x,g");
    cr_assert_not_null(f->cell2arg);
    cr_assert_eq(f->cell2arg[0], 0);
    cr_assert_eq(f->cell2arg[1], -1);
    cr_assert_str_eq(names(g->freevars), "x,y");
    cr_assert_eq(g->flags, CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED);
    cr_assert_str_eq(STR_DATA(g->qualname), "f.<locals>.g");
    expect_ops(f, "LOAD_CONST 1 STORE_DEREF 1 LOAD_CLOSURE 0 LOAD_CLOSURE 1 BUILD_TUPLE 2 LOAD_CONST 2 "
                  "MAKE_FUNCTION 8 STORE_FAST 1 LOAD_FAST 1 RETURN_VALUE");
    expect_ops(g, "LOAD_DEREF 0 LOAD_DEREF 1 BINARY_OP 0 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, global_and_nonlocal_declarations)
{
    CodeObject *co = compile_ok("def f():\n    global g\n    g = 1\n    x = 0\n"
                                "    def h():\n        nonlocal x\n        x += 1\n    return h\n");
    CodeObject *f = nested(co, "f"), *h = nested(co, "h");
    expect_ops(f, "LOAD_CONST 1 STORE_GLOBAL 0 LOAD_CONST 2 STORE_DEREF 0 LOAD_CLOSURE 0 BUILD_TUPLE 1 "
                  "LOAD_CONST 3 MAKE_FUNCTION 8 STORE_FAST 0 LOAD_FAST 0 RETURN_VALUE");
    expect_ops(h, "LOAD_DEREF 0 LOAD_CONST 1 BINARY_OP 13 STORE_DEREF 0 LOAD_CONST 0 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, module_and_class_bodies_use_name_ops)
{
    CodeObject *co = compile_ok("def f():\n    x = 1\n    class C:\n        y = x\n        z = y\n    return C\n");
    CodeObject *c = nested(co, "C");
    /* x is free in the class body: LOAD_CLASSDEREF; class names use LOAD_NAME/STORE_NAME */
    expect_ops(c, "LOAD_NAME 0 STORE_NAME 1 LOAD_CONST 0 STORE_NAME 2 LOAD_CLASSDEREF 0 STORE_NAME 3 "
                  "LOAD_NAME 3 STORE_NAME 4 LOAD_CONST 1 RETURN_VALUE");
    cr_assert_str_eq(names(c->names), "__name__,__module__,__qualname__,y,z");
    cr_assert_str_eq(names(c->freevars), "x");
    cr_assert_str_eq(STR_DATA(c->qualname), "f.<locals>.C");
    OBJ_DECREF(co);
}

Test(compiler, super_creates_the_class_cell)
{
    CodeObject *co = compile_ok("class C(B, metaclass=M):\n    def m(self):\n        return super().m()\n");
    CodeObject *c = nested(co, "C"), *m = nested(co, "m");
    cr_assert_str_eq(names(c->cellvars), "__class__");
    cr_assert_str_eq(names(m->freevars), "__class__");
    cr_assert_str_eq(STR_DATA(m->qualname), "C.m");
    expect_ops(c, "LOAD_NAME 0 STORE_NAME 1 LOAD_CONST 0 STORE_NAME 2 LOAD_CLOSURE 0 BUILD_TUPLE 1 "
                  "LOAD_CONST 1 MAKE_FUNCTION 8 STORE_NAME 3 LOAD_CLOSURE 0 COPY 1 STORE_NAME 4 RETURN_VALUE");
    cr_assert_str_eq(names(c->names), "__name__,__module__,__qualname__,m,__classcell__");
    expect_ops(co, "LOAD_BUILD_CLASS LOAD_CONST 0 MAKE_FUNCTION 0 LOAD_CONST 1 LOAD_NAME 0 LOAD_NAME 1 "
                   "LOAD_CONST 2 CALL_KW 4 STORE_NAME 2 LOAD_CONST 3 RETURN_VALUE");
    expect_ops(m, "LOAD_GLOBAL 0 CALL 0 LOAD_METHOD 1 CALL_METHOD 0 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, private_names_are_mangled)
{
    CodeObject *co = compile_ok("class C:\n    __x = 1\n    def m(self):\n        return self.__x, __y\n");
    CodeObject *c = nested(co, "C"), *m = nested(co, "m");
    cr_assert_str_eq(names(c->names), "__name__,__module__,__qualname__,_C__x,m");
    cr_assert_str_eq(names(m->names), "_C__x,_C__y");
    OBJ_DECREF(co);
}

Test(compiler, qualnames)
{
    CodeObject *co = compile_ok("def f():\n    def g(): pass\n    return lambda: [x for x in g]\n"
                                "class C:\n    def m(self):\n        return (y for y in self)\n");
    cr_assert_str_eq(STR_DATA(nested(co, "g")->qualname), "f.<locals>.g");
    cr_assert_str_eq(STR_DATA(nested(co, "<lambda>")->qualname), "f.<locals>.<lambda>");
    cr_assert_str_eq(STR_DATA(nested(co, "<listcomp>")->qualname), "f.<locals>.<lambda>.<locals>.<listcomp>");
    cr_assert_str_eq(STR_DATA(nested(co, "<genexpr>")->qualname), "C.m.<locals>.<genexpr>");
    OBJ_DECREF(co);
}

/* ---- comprehensions and generators ---- */

Test(compiler, list_comprehension_is_a_function)
{
    CodeObject *co = compile_ok("def f(a):\n    return [x * 2 for x in a if x]\n");
    CodeObject *f = nested(co, "f"), *lc = nested(co, "<listcomp>");
    expect_ops(f, "LOAD_CONST 1 MAKE_FUNCTION 0 LOAD_FAST 0 GET_ITER CALL 1 RETURN_VALUE");
    cr_assert_str_eq(names(lc->varnames), ".0,x");
    cr_assert_eq(lc->argcount, 1);
    cr_assert_eq(lc->flags, CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED);
    expect_ops(lc, "BUILD_LIST 0 LOAD_FAST 0 FOR_ITER 11 STORE_FAST 1 LOAD_FAST 1 POP_JUMP_IF_FALSE 2 LOAD_FAST "
                   "1 LOAD_CONST 0 BINARY_OP 5 LIST_APPEND 2 JUMP 2 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, generator_expression_and_yield_flags)
{
    CodeObject *co = compile_ok("g = (x for x in y)\ndef gen():\n    yield 1\n    x = yield\n    yield from x\n");
    CodeObject *ge = nested(co, "<genexpr>"), *gen = nested(co, "gen");
    cr_assert(ge->flags & CO_GENERATOR);
    cr_assert(gen->flags & CO_GENERATOR);
    expect_ops(ge, "LOAD_FAST 0 FOR_ITER 7 STORE_FAST 1 LOAD_FAST 1 YIELD_VALUE POP_TOP JUMP 1 LOAD_CONST 0 "
                   "RETURN_VALUE");
    expect_ops(gen, "LOAD_CONST 1 YIELD_VALUE POP_TOP LOAD_CONST 0 YIELD_VALUE STORE_FAST 0 "
                    "LOAD_FAST 0 GET_YIELD_FROM_ITER LOAD_CONST 0 SEND 12 YIELD_VALUE JUMP 9 POP_TOP "
                    "LOAD_CONST 0 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, walrus_in_comprehension_binds_in_function)
{
    CodeObject *co = compile_ok("def f(a):\n    [y := x for x in a]\n    return y\n");
    CodeObject *f = nested(co, "f"), *lc = nested(co, "<listcomp>");
    cr_assert_str_eq(names(f->cellvars), "y");
    cr_assert_str_eq(names(lc->freevars), "y");
    expect_ops(lc, "BUILD_LIST 0 LOAD_FAST 0 FOR_ITER 9 STORE_FAST 1 LOAD_FAST 1 COPY 1 STORE_DEREF 0 "
                   "LIST_APPEND 2 JUMP 2 RETURN_VALUE");
    OBJ_DECREF(co);
}

/* ---- expressions ---- */

Test(compiler, constant_folding)
{
    CodeObject *co = compile_ok("x = (1, 2, (3, -4))\ny = -1\nz = 2 ** 10\nw = 'ab' 'cd'\n");
    expect_ops(co, "LOAD_CONST 0 STORE_NAME 0 LOAD_CONST 1 STORE_NAME 1 LOAD_CONST 2 STORE_NAME 2 "
                   "LOAD_CONST 3 STORE_NAME 3 LOAD_CONST 4 RETURN_VALUE");
    cr_assert_eq(TUPLE_SIZE(TUPLE_GET(co->consts, 0)), 3);
    cr_assert_eq(int_of(TUPLE_GET(co->consts, 1)), -1);
    cr_assert_eq(int_of(TUPLE_GET(co->consts, 2)), 1024);
    cr_assert_str_eq(STR_DATA(TUPLE_GET(co->consts, 3)), "abcd");
    OBJ_DECREF(co);
}

Test(compiler, complex_constants_fold)
{
    CodeObject *co = compile_ok("x = 1 + 2j\ny = -3j\nz = 2j\nw = 2.0\n");
    expect_ops(co, "LOAD_CONST 0 STORE_NAME 0 LOAD_CONST 1 STORE_NAME 1 LOAD_CONST 2 STORE_NAME 2 "
                   "LOAD_CONST 3 STORE_NAME 3 LOAD_CONST 4 RETURN_VALUE");
    char *out = dis(co);
    cr_assert(strstr(out, "((1+2j))") && strstr(out, "((-0-3j))") && strstr(out, "(2j)") && strstr(out, "(2.0)"),
              "%s", out);
    free(out);
    OBJ_DECREF(co);
}

Test(compiler, constants_are_deduplicated_by_type)
{
    CodeObject *co = compile_ok("a = 1\nb = 1\nc = 1.0\nd = True\ne = 'x'\nf = 'x'\n");
    cr_assert_eq(TUPLE_SIZE(co->consts), 5, "1, 1.0, True, 'x', None");
    OBJ_DECREF(co);
}

Test(compiler, call_shapes)
{
    CodeObject *co = compile_ok("f(a, k=1)\no.m(1)\no.m(x, y=2)\nf(*a, **k)\nf(*a)\nf(1, *a, 2)\n");
    expect_ops(co, "LOAD_NAME 0 LOAD_NAME 1 LOAD_CONST 0 LOAD_CONST 1 CALL_KW 2 POP_TOP LOAD_NAME 2 LOAD_METHOD "
                   "3 LOAD_CONST 0 CALL_METHOD 1 POP_TOP LOAD_NAME 2 LOAD_METHOD 3 LOAD_NAME 4 LOAD_CONST 2 "
                   "LOAD_CONST 3 CALL_METHOD_KW 2 POP_TOP LOAD_NAME 0 LOAD_NAME 1 BUILD_MAP 0 LOAD_NAME 5 "
                   "DICT_MERGE 1 CALL_FUNCTION_EX 1 POP_TOP LOAD_NAME 0 LOAD_NAME 1 CALL_FUNCTION_EX 0 POP_TOP "
                   "LOAD_NAME 0 LOAD_CONST 0 BUILD_LIST 1 LOAD_NAME 1 LIST_EXTEND 1 LOAD_CONST 2 LIST_APPEND 1 "
                   "LIST_TO_TUPLE CALL_FUNCTION_EX 0 POP_TOP LOAD_CONST 4 RETURN_VALUE");
    cr_assert_str_eq(names(TUPLE_GET(co->consts, 1)), "k");
    OBJ_DECREF(co);
}

Test(compiler, imported_module_methods_use_load_attr)
{
    CodeObject *co = compile_ok("import math\nmath.sqrt(2)\n");
    expect_ops(co, "LOAD_CONST 0 LOAD_CONST 1 IMPORT_NAME 0 STORE_NAME 0 LOAD_NAME 0 LOAD_ATTR 1 "
                   "LOAD_CONST 2 CALL 1 POP_TOP LOAD_CONST 1 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, decorators_apply_innermost_first)
{
    CodeObject *co = compile_ok("@a\n@b(1)\ndef f(): pass\n");
    expect_ops(co, "LOAD_NAME 0 LOAD_NAME 1 LOAD_CONST 0 CALL 1 LOAD_CONST 1 MAKE_FUNCTION 0 CALL 1 CALL 1 "
                   "STORE_NAME 2 LOAD_CONST 2 RETURN_VALUE");
    cr_assert_eq(nested(co, "f")->firstlineno, 1);
    OBJ_DECREF(co);
}

Test(compiler, imports)
{
    CodeObject *co = compile_ok("import a.b.c\nimport a.b.c as d\nfrom .m import x as y, z\nfrom q import *\n");
    expect_ops(co, "LOAD_CONST 0 LOAD_CONST 1 IMPORT_NAME 0 STORE_NAME 1 "
                   "LOAD_CONST 0 LOAD_CONST 1 IMPORT_NAME 0 IMPORT_FROM 2 SWAP 2 POP_TOP IMPORT_FROM 3 STORE_NAME 4 POP_TOP "
                   "LOAD_CONST 2 LOAD_CONST 3 IMPORT_NAME 5 IMPORT_FROM 6 STORE_NAME 7 IMPORT_FROM 8 STORE_NAME 8 POP_TOP "
                   "LOAD_CONST 0 LOAD_CONST 4 IMPORT_NAME 9 IMPORT_STAR LOAD_CONST 1 RETURN_VALUE");
    cr_assert_str_eq(names(co->names), "a.b.c,a,b,c,d,m,x,y,z,q");
    cr_assert_eq(int_of(TUPLE_GET(co->consts, 2)), 1);
    cr_assert_str_eq(names(TUPLE_GET(co->consts, 3)), "x,z");
    OBJ_DECREF(co);
}

Test(compiler, augmented_assignment_keeps_container_and_key)
{
    CodeObject *co = compile_ok("a.x += 1\na[i] -= 2\nn *= 3\n");
    expect_ops(co, "LOAD_NAME 0 COPY 1 LOAD_ATTR 1 LOAD_CONST 0 BINARY_OP 13 SWAP 2 STORE_ATTR 1 "
                   "LOAD_NAME 0 LOAD_NAME 2 COPY 2 COPY 2 BINARY_SUBSCR LOAD_CONST 1 BINARY_OP 23 SWAP 3 SWAP 2 "
                   "STORE_SUBSCR LOAD_NAME 3 LOAD_CONST 2 BINARY_OP 18 STORE_NAME 3 LOAD_CONST 3 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, chained_comparison_and_boolean_operators)
{
    CodeObject *co = compile_ok("r = a < b < c\ns = a and b or c\n");
    expect_ops(co, "LOAD_NAME 0 LOAD_NAME 1 SWAP 2 COPY 2 COMPARE_OP 0 JUMP_IF_FALSE_OR_POP 9 LOAD_NAME 2 "
                   "COMPARE_OP 0 JUMP 11 SWAP 2 POP_TOP STORE_NAME 3 LOAD_NAME 0 JUMP_IF_FALSE_OR_POP 15 "
                   "LOAD_NAME 1 JUMP_IF_TRUE_OR_POP 17 LOAD_NAME 2 STORE_NAME 4 LOAD_CONST 0 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, fstrings_slices_and_displays)
{
    CodeObject *co = compile_ok("s = f'a{x!r:>{w}}b'\nt = x[1:2, ::3]\nd = {'k': v, **m}\ne = {1, *s}\n");
    expect_ops(co, "LOAD_CONST 0 LOAD_NAME 0 LOAD_CONST 1 LOAD_NAME 1 FORMAT_VALUE 0 BUILD_STRING 2 "
                   "FORMAT_VALUE 6 LOAD_CONST 2 BUILD_STRING 3 STORE_NAME 2 "
                   "LOAD_NAME 0 LOAD_CONST 3 LOAD_CONST 4 BUILD_SLICE 2 LOAD_CONST 5 LOAD_CONST 5 LOAD_CONST 6 "
                   "BUILD_SLICE 3 BUILD_TUPLE 2 BINARY_SUBSCR STORE_NAME 3 "
                   "LOAD_CONST 7 LOAD_NAME 4 BUILD_MAP 1 LOAD_NAME 5 DICT_UPDATE 1 STORE_NAME 6 "
                   "LOAD_CONST 3 BUILD_SET 1 LOAD_NAME 2 SET_UPDATE 1 STORE_NAME 7 LOAD_CONST 5 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, cpython_ast_optimizations)
{
    CodeObject *co = compile_ok("x = '%s-%r' % (a, b)\ny = not a in b\nz = a in [1, 2, 3]\n"
                                "for i in [a, b]: pass\nw = 'abc'[1]\n");
    /* %-format to an f-string; `not in`; lists only searched or iterated become tuples; folded
     * subscripts */
    expect_ops(co, "LOAD_NAME 0 FORMAT_VALUE 1 LOAD_CONST 0 LOAD_NAME 1 FORMAT_VALUE 2 BUILD_STRING 3 "
                   "STORE_NAME 2 LOAD_NAME 0 LOAD_NAME 1 CONTAINS_OP 1 STORE_NAME 3 LOAD_NAME 0 "
                   "LOAD_CONST 1 CONTAINS_OP 0 STORE_NAME 4 LOAD_NAME 0 LOAD_NAME 1 BUILD_TUPLE 2 "
                   "GET_ITER FOR_ITER 22 STORE_NAME 5 JUMP 19 LOAD_CONST 2 STORE_NAME 6 LOAD_CONST 3 "
                   "RETURN_VALUE");
    cr_assert_eq(TUPLE_SIZE(TUPLE_GET(co->consts, 1)), 3);
    cr_assert_str_eq(STR_DATA(TUPLE_GET(co->consts, 2)), "b");
    OBJ_DECREF(co);
}

Test(compiler, unpacking_targets)
{
    CodeObject *co = compile_ok("a, *b, c = x\n(d, [e, f]) = y\na, b = b, a\n");
    expect_ops(co, "LOAD_NAME 0 UNPACK_EX 257 STORE_NAME 1 STORE_NAME 2 STORE_NAME 3 "
                   "LOAD_NAME 4 UNPACK_SEQUENCE 2 STORE_NAME 5 UNPACK_SEQUENCE 2 STORE_NAME 6 STORE_NAME 7 "
                   "LOAD_NAME 2 LOAD_NAME 1 SWAP 2 STORE_NAME 1 STORE_NAME 2 LOAD_CONST 0 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, assert_and_raise)
{
    CodeObject *co = compile_ok("assert x, 'm'\nraise E from c\n");
    expect_ops(co, "LOAD_NAME 0 POP_JUMP_IF_TRUE 6 LOAD_ASSERTION_ERROR LOAD_CONST 0 CALL 1 RAISE_VARARGS 1 "
                   "LOAD_NAME 1 LOAD_NAME 2 RAISE_VARARGS 2");
    OBJ_DECREF(co);
}

Test(compiler, interactive_and_eval_modes)
{
    CodeObject *co = compile_mode("x = 1; x\n", PARSE_SINGLE);
    expect_ops(co, "LOAD_CONST 0 STORE_NAME 0 LOAD_NAME 0 PRINT_EXPR LOAD_CONST 1 RETURN_VALUE");
    OBJ_DECREF(co);
    co = compile_mode("a + 1", PARSE_EVAL);
    expect_ops(co, "LOAD_NAME 0 LOAD_CONST 0 BINARY_OP 0 RETURN_VALUE");
    OBJ_DECREF(co);
}

/* ---- control flow and exceptions ---- */

Test(compiler, while_loop_tests_at_the_bottom)
{
    CodeObject *co = compile_ok("while x:\n    if y: break\n    if z: continue\n    f()\nelse:\n    g()\n");
    expect_ops(co, "LOAD_NAME 0 POP_JUMP_IF_FALSE 14 LOAD_NAME 1 POP_JUMP_IF_FALSE 6 LOAD_CONST 0 RETURN_VALUE "
                   "LOAD_NAME 2 POP_JUMP_IF_FALSE 9 JUMP 0 LOAD_NAME 3 CALL 0 POP_TOP LOAD_NAME 0 "
                   "POP_JUMP_IF_TRUE 2 LOAD_NAME 4 CALL 0 POP_TOP LOAD_CONST 0 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, for_loop_break_and_return_pop_the_iterator)
{
    CodeObject *co = compile_ok("def f(a):\n    for x in a:\n        if x: break\n        if x > 1: return x\n");
    expect_ops(nested(co, "f"), "LOAD_FAST 0 GET_ITER FOR_ITER 18 STORE_FAST 1 LOAD_FAST 1 POP_JUMP_IF_FALSE 9 "
                                "POP_TOP LOAD_CONST 0 RETURN_VALUE LOAD_FAST 1 LOAD_CONST 1 COMPARE_OP 4 "
                                "POP_JUMP_IF_FALSE 17 LOAD_FAST 1 SWAP 2 POP_TOP RETURN_VALUE JUMP 2 LOAD_CONST 0 "
                                "RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, try_except_shape_and_exception_table)
{
    expect_dis("try:\n    f()\nexcept E as e:\n    g(e)\nexcept:\n    pass\n",
               "  2           0 LOAD_NAME                    0 (f)\n"
               "              1 CALL                         0\n"
               "              2 POP_TOP\n"
               "              3 LOAD_CONST                   0 (None)\n"
               "              4 RETURN_VALUE\n"
               "        >>    5 PUSH_EXC_INFO\n"
               "\n"
               "  3           6 LOAD_NAME                    1 (E)\n"
               "              7 CHECK_EXC_MATCH\n"
               "              8 POP_JUMP_IF_FALSE           24 (to 24)\n"
               "              9 STORE_NAME                   2 (e)\n"
               "\n"
               "  4          10 LOAD_NAME                    3 (g)\n"
               "             11 LOAD_NAME                    2 (e)\n"
               "             12 CALL                         1\n"
               "             13 POP_TOP\n"
               "             14 POP_EXCEPT\n"
               "             15 LOAD_CONST                   0 (None)\n"
               "             16 STORE_NAME                   2 (e)\n"
               "             17 DELETE_NAME                  2 (e)\n"
               "             18 LOAD_CONST                   0 (None)\n"
               "             19 RETURN_VALUE\n"
               "        >>   20 LOAD_CONST                   0 (None)\n"
               "             21 STORE_NAME                   2 (e)\n"
               "             22 DELETE_NAME                  2 (e)\n"
               "             23 RERAISE\n"
               "\n"
               "  5     >>   24 POP_TOP\n"
               "             25 POP_EXCEPT\n"
               "             26 LOAD_CONST                   0 (None)\n"
               "             27 RETURN_VALUE\n"
               "        >>   28 SWAP                         2\n"
               "             29 POP_EXCEPT\n"
               "             30 RERAISE\n"
               "ExceptionTable:\n"
               "  0 to 2 -> 5 [0]\n"
               "  5 to 9 -> 28 [1]\n"
               "  10 to 13 -> 20 [1]\n"
               "  20 to 24 -> 28 [1]\n");
}

Test(compiler, try_finally_runs_the_finally_body_on_return)
{
    CodeObject *co = compile_ok("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
    CodeObject *f = nested(co, "f");
    expect_ops(f, "LOAD_GLOBAL 0 CALL 0 LOAD_GLOBAL 1 CALL 0 POP_TOP RETURN_VALUE "
                  "PUSH_EXC_INFO LOAD_GLOBAL 1 CALL 0 POP_TOP RERAISE SWAP 2 POP_EXCEPT RERAISE");
    cr_assert_eq(f->nexc, 2);
    cr_assert_eq(f->exctable[0].start, 0);
    cr_assert_eq(f->exctable[0].end, 2);
    cr_assert_eq(f->exctable[0].target, 6);
    cr_assert_eq(f->exctable[0].depth, 0);
    cr_assert_eq(f->exctable[1].start, 6);
    cr_assert_eq(f->exctable[1].end, 11);
    cr_assert_eq(f->exctable[1].target, 11);
    cr_assert_eq(f->exctable[1].depth, 1);
    OBJ_DECREF(co);
}

Test(compiler, with_statement_shape)
{
    CodeObject *co = compile_ok("with m as v:\n    f()\n");
    expect_ops(co, "LOAD_NAME 0 BEFORE_WITH STORE_NAME 1 LOAD_NAME 2 CALL 0 POP_TOP LOAD_CONST 0 LOAD_CONST 0 "
                   "LOAD_CONST 0 CALL 3 POP_TOP LOAD_CONST 0 RETURN_VALUE PUSH_EXC_INFO WITH_EXCEPT_START "
                   "POP_JUMP_IF_TRUE 20 RERAISE SWAP 2 POP_EXCEPT RERAISE POP_TOP POP_EXCEPT POP_TOP "
                   "LOAD_CONST 0 RETURN_VALUE");
    cr_assert_eq(co->nexc, 3);
    ExcTableEntry want[] = {{2, 6, 13, 1}, {13, 17, 17, 2}, {20, 21, 17, 2}};
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(co->exctable[i].start, want[i].start, "entry %d", i);
        cr_assert_eq(co->exctable[i].end, want[i].end, "entry %d", i);
        cr_assert_eq(co->exctable[i].target, want[i].target, "entry %d", i);
        cr_assert_eq(co->exctable[i].depth, want[i].depth, "entry %d", i);
    }
    OBJ_DECREF(co);
}

Test(compiler, break_inside_with_calls_exit)
{
    CodeObject *co = compile_ok("def f(a):\n    for x in a:\n        with x:\n            break\n");
    expect_ops(nested(co, "f"), "LOAD_FAST 0 GET_ITER FOR_ITER 26 STORE_FAST 1 LOAD_FAST 1 BEFORE_WITH POP_TOP "
                                "LOAD_CONST 0 LOAD_CONST 0 LOAD_CONST 0 CALL 3 POP_TOP POP_TOP LOAD_CONST 0 "
                                "RETURN_VALUE PUSH_EXC_INFO WITH_EXCEPT_START POP_JUMP_IF_TRUE 22 RERAISE SWAP 2 "
                                "POP_EXCEPT RERAISE POP_TOP POP_EXCEPT POP_TOP JUMP 2 LOAD_CONST 0 RETURN_VALUE");
    OBJ_DECREF(co);
}

Test(compiler, stack_depth_is_the_maximum_over_paths)
{
    CodeObject *co = compile_ok("f(a, b, (c, d), [e, *g])\n");
    /* f a b c d, then f a b (c,d) [e] g: six items at most */
    cr_assert_eq(co->stacksize, 6);
    OBJ_DECREF(co);
    co = compile_ok("try:\n    f()\nexcept:\n    pass\n");
    cr_assert_eq(co->stacksize, 2, "prev and exc in the handler");
    OBJ_DECREF(co);
}

Test(compiler, dead_code_is_dropped)
{
    CodeObject *co = compile_ok("def f():\n    return 1\n    g()\n");
    expect_ops(nested(co, "f"), "LOAD_CONST 1 RETURN_VALUE");
    OBJ_DECREF(co);
    co = compile_ok("while True:\n    pass\n");
    expect_ops(co, "JUMP 0");
    OBJ_DECREF(co);
}

/* ---- positions ---- */

Test(compiler, positions_follow_cpython)
{
    CodeObject *co = compile_ok("x = 1/0\ny = a.b.c(\n  1)\n");
    /* 1/0 is not folded (it raises): BINARY_OP covers "1/0" for the ~^~ caret line */
    Position want[] = {
        {1, 1, 4, 5}, {1, 1, 6, 7}, {1, 1, 4, 7}, {1, 1, 0, 1},                 /* 1 0 / x */
        {2, 2, 4, 5}, {2, 2, 4, 7}, {2, 2, 4, 9}, {3, 3, 2, 3}, {2, 3, 4, 4},    /* a .b .c 1 call */
        {2, 2, 0, 1},
    };
    cr_assert_geq(co->ncode, 10);
    for (int i = 0; i < 10; i++) {
        Position p = co->positions[i];
        cr_assert(p.lineno == want[i].lineno && p.end_lineno == want[i].end_lineno && p.col == want[i].col &&
                      p.end_col == want[i].end_col,
                  "instruction %d (%s): got %d,%d,%d,%d", i, opcode_names[INSTR_OP(co->code[i])], p.lineno,
                  p.end_lineno, p.col, p.end_col);
    }
    OBJ_DECREF(co);
}

/* ---- from __future__ import annotations ---- */

static bool has_str_const(CodeObject *co, const char *text)
{
    for (ssize_t i = 0; i < TUPLE_SIZE(co->consts); i++) {
        Object *k = TUPLE_GET(co->consts, i);
        if (STR_CHECK(k) && strcmp(STR_DATA(k), text) == 0) return true;
    }
    return false;
}

Test(compiler, future_annotations_are_unparsed_strings)
{
    CodeObject *co = compile_ok("from __future__ import annotations\n"
                                "def f(a: List[int], *b: 'x', c: (1, 2) = 3) -> dict[str, Any]: pass\n"
                                "x: lambda a, *b, c=1, **d: a if b else -c ** 2 ** e\n"
                                "y: {1: 2, **q} | {3, 4} and not (a < b <= c) = 1\n"
                                "z: f(a, *b, k=1, **c)[1:2, ::3] + (1,) + () + (a, b)\n");
    const char *want[] = {"List[int]", "'x'", "(1, 2)", "dict[str, Any]",
                          "lambda a, *b, c=1, **d: a if b else -c ** 2 ** e",
                          "{1: 2, **q} | {3, 4} and not a < b <= c",
                          "f(a, *b, k=1, **c)[1:2, ::3] + (1,) + () + (a, b)"};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        cr_assert(has_str_const(co, want[i]), "no annotation string %s", want[i]);
    /* nothing in an annotation is evaluated: List, Any, q... are never loaded */
    cr_assert_str_eq(names(co->names), "__future__,annotations,f,__annotations__,y");
    OBJ_DECREF(co);
}

Test(compiler, future_statement_errors)
{
    expect_error("from __future__ import nope\n", "future feature nope is not defined", 1, 1);
    expect_error("x = 1\nfrom __future__ import annotations\n",
                 "from __future__ imports must occur at the beginning of the file", 2, 1);
    expect_error("from __future__ import annotations\ndef f(x: (yield)): pass\n",
                 "'yield expression' can not be used within an annotation", 2, 11);
    CodeObject *co = compile_ok("\"doc\"\nfrom __future__ import annotations, division\nx: int\n");
    OBJ_DECREF(co);
}

/* ---- errors ---- */

Test(compiler, scope_errors)
{
    expect_error("x = 1\nreturn 2\n", "'return' outside function", 2, 1);
    expect_error("for x in y:\n    pass\nelse:\n    break\n", "'break' outside loop", 4, 5);
    expect_error("continue\n", "'continue' not properly in loop", 1, 1);
    expect_error("yield 1\n", "'yield' outside function", 1, 1);
    expect_error("class C:\n    x = yield\n", "'yield' outside function", 2, 9);
    expect_error("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5);
    expect_error("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5);
    expect_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
    expect_error("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5);
    expect_error("def f(a):\n    global a\n", "name 'a' is parameter and global", 2, 5);
    expect_error("def f(a, b, a): pass\n", "duplicate argument 'a' in function definition", 1, 13);
    expect_error("lambda a, a: 1\n", "duplicate argument 'a' in function definition", 1, 11);
    expect_error("def f():\n    x = 1\n    nonlocal x\n", "name 'x' is assigned to before nonlocal declaration", 3, 5);
    expect_error("[(yield 1) for x in y]\n", "'yield' inside list comprehension", 1, 3);
    expect_error("def f():\n    from m import *\n", "import * only allowed at module level", 2, 19);
}

Test(compiler, expression_errors)
{
    expect_error("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8);
    expect_error("x = *a\n", "can't use starred expression here", 1, 5);
    expect_error("*a = 1\n", "starred assignment target must be in a list or tuple", 1, 1);
    expect_error("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1);
    expect_error("def f():\n    [(x := 1) for x in z]\n",
                 "assignment expression cannot rebind comprehension iteration variable 'x'", 2, 7);
    expect_error("class C:\n    [(y := 1) for x in z]\n",
                 "assignment expression within a comprehension cannot be used in a class body", 2, 7);
    expect_error("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "default 'except:' must be last", 3, 1);
}

Test(compiler, too_many_statically_nested_blocks)
{
    char src[4096] = "";
    for (int i = 0; i < 21; i++) {
        for (int k = 0; k < i; k++) strcat(src, " ");
        strcat(src, "for x in y:\n");
    }
    for (int k = 0; k < 21; k++) strcat(src, " ");
    strcat(src, "pass\n");
    expect_error(src, "too many statically nested blocks", 21, 21);
    /* twenty are fine */
    char *p = strstr(src, "                    for");
    strcpy(p, "                    pass\n");
    CodeObject *co = compile_ok(src);
    OBJ_DECREF(co);
}
