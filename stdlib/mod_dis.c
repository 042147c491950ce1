/* mod_dis.c: the dis module: dis.dis(x) shows tally's own bytecode for a function, method, code
 * object, source string, class or module (CPython's dis.dis rules for what to unwrap), written to
 * sys.stdout (or file=) through its write(); dis.opname lists the compiler's opcodes of vm/opcodes.def. */
#include "stdlib/builtins_internal.h"
#include "stdlib/modules.h"
#include "objects/strobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "objects/codeobject.h"
#include "objects/descrobject.h"
#include "compiler/compiler.h"

#include <stdlib.h>
#include <string.h>

/* Writes a str to [file] (our stream type directly, anything else through write()). */
static int write_str(Object *file, Object *s)
{
    if (FILE_CHECK(file))
        return file_write_utf8(file, STR_DATA(s), (size_t)STR_NBYTES(s));
    Object *res = obj_call_method(file, "write", &s, 1);
    if (res == NULL)
        return -1;
    OBJ_DECREF(res);
    return 0;
}

static int write_cstr(Object *file, const char *text)
{
    Object *s = str_decode_utf8(text, (ssize_t)strlen(text));
    if (s == NULL)
        return -1;
    int r = write_str(file, s);
    OBJ_DECREF(s);
    return r;
}

/* Disassembles into memory, then writes the text: output stays in order with print()'s. */
static int dis_code(Object *code, Object *file)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&buf, &size);
    if (mem == NULL) {
        exc_no_memory();
        return -1;
    }
    disasm_code((CodeObject *)code, mem);
    fclose(mem);
    Object *s = str_decode_utf8(buf, (ssize_t)size);
    free(buf);
    if (s == NULL)
        return -1;
    int r = write_str(file, s);
    OBJ_DECREF(s);
    return r;
}

static bool has_code(Object *x)
{
    return TYPE(x) == &method_type || FUNC_CHECK(x) || CODE_CHECK(x) || STATICMETHOD_CHECK(x) ||
           CLASSMETHOD_CHECK(x) || TYPE_HAS_FLAG(TYPE(x), TPFLAG_TYPE_SUBCLASS);
}

/* Source strings: an expression first (as CPython's _try_compile), else statements. */
static Object *compile_for_dis(Object *src)
{
    Object *code = compile_source(STR_DATA(src), (size_t)STR_NBYTES(src), "<dis>", PARSE_EVAL, NULL);
    if (code != NULL || !exc_matches(Exc_SyntaxError))
        return code;
    exc_clear();
    return compile_source(STR_DATA(src), (size_t)STR_NBYTES(src), "<dis>", PARSE_FILE, NULL);
}

static int dis_any(Object *x, Object *file, int depth);

/* A class or module: each item that has code, sorted by name. */
static int dis_namespace(Object *d, Object *file, int depth)
{
    Object *keys = dict_keys_list(d);
    if (keys == NULL)
        return -1;
    if (list_sort(keys, NULL, false) < 0)
        goto error;
    for (ssize_t i = 0; i < LIST_SIZE(keys); i++) {
        Object *name = LIST_GET(keys, i);
        Object *v = dict_get_item_borrow(d, name);
        if (v == NULL) {
            if (exc_occurred())
                goto error;
            continue;
        }
        if (!has_code(v))
            continue;
        OBJ_INCREF(v);
        Object *head = str_from_format("Disassembly of %S:\n", name);
        int r = head != NULL ? write_str(file, head) : -1;
        OBJ_XDECREF(head);
        if (r == 0 && dis_any(v, file, depth + 1) < 0) {
            if (exc_matches(Exc_TypeError)) {
                Object *exc = exc_fetch();
                Object *msg = str_from_format("Sorry: %S\n", exc);
                OBJ_DECREF(exc);
                r = msg != NULL ? write_str(file, msg) : -1;
                OBJ_XDECREF(msg);
            } else {
                r = -1;
            }
        }
        OBJ_DECREF(v);
        if (r < 0 || write_cstr(file, "\n") < 0)
            goto error;
    }
    OBJ_DECREF(keys);
    return 0;
error:
    OBJ_DECREF(keys);
    return -1;
}

static int dis_any(Object *x, Object *file, int depth)
{
    if (depth > 50) {
        exc_set_string(Exc_RecursionError, "maximum recursion depth exceeded in dis");
        return -1;
    }
    if (TYPE(x) == &method_type)
        x = ((MethodObject *)x)->func;
    else if ((STATICMETHOD_CHECK(x) || CLASSMETHOD_CHECK(x)) && staticmethod_callable_borrow(x) != NULL)
        x = staticmethod_callable_borrow(x);
    if (FUNC_CHECK(x))
        x = ((FunctionObject *)x)->code;
    if (CODE_CHECK(x))
        return dis_code(x, file);
    if (TYPE_HAS_FLAG(TYPE(x), TPFLAG_TYPE_SUBCLASS)) {
        TypeObject *t = (TypeObject *)x;
        return t->dict != NULL ? dis_namespace(t->dict, file, depth) : 0;
    }
    if (MODULE_CHECK(x))
        return dis_namespace(module_dict_borrow(x), file, depth);
    if (STR_CHECK(x)) {
        Object *code = compile_for_dis(x);
        if (code == NULL)
            return -1;
        int r = dis_code(code, file);
        OBJ_DECREF(code);
        return r;
    }
    /* generators and the like expose their code as gi_code */
    Object *name = str_intern_cstr("gi_code");
    if (name == NULL)
        return -1;
    int found;
    Object *code = obj_lookup_attr(x, name, &found);
    OBJ_DECREF(name);
    if (code != NULL) {
        int r = CODE_CHECK(code) ? dis_code(code, file) : 0;
        OBJ_DECREF(code);
        return r;
    }
    if (found < 0)
        return -1;
    exc_format(Exc_TypeError, "don't know how to disassemble %s objects", obj_type_name(x));
    return -1;
}

/* dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False) */
static Object *dis_dis(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (nargs > 1)
        return exc_format(Exc_TypeError, "dis() takes from 0 to 1 positional arguments but %zd were given", nargs);
    Object *x = nargs > 0 ? args[0] : NONE, *file = NONE;
    for (ssize_t i = 0; kwnames != NULL && i < TUPLE_SIZE(kwnames); i++) {
        Object *kw = TUPLE_GET(kwnames, i);
        Object *v = args[nargs + i];
        if (str_eq_cstr(kw, "file"))
            file = v;
        else if (str_eq_cstr(kw, "x") && nargs == 0)
            x = v;
        else if (!str_eq_cstr(kw, "depth") && !str_eq_cstr(kw, "show_caches") && !str_eq_cstr(kw, "adaptive"))
            return exc_format(Exc_TypeError, "dis() got an unexpected keyword argument '%U'", kw);
    }
    if (x == NONE)
        return exc_set_string(Exc_RuntimeError, "no last traceback to disassemble");
    if (file == NONE) {
        file = mod_sys_get_borrow("stdout");
        if (file == NULL)
            return exc_set_string(Exc_RuntimeError, "lost sys.stdout");
        if (file == NONE)
            RETURN_NONE;
    }
    OBJ_INCREF(file);
    int r = dis_any(x, file, 0);
    OBJ_DECREF(file);
    if (r < 0)
        return NULL;
    RETURN_NONE;
}

static MethodDef dis_methods[] = {
    {"dis", dis_dis, 0, "Disassemble classes, methods, functions, code objects and source strings."},
    {"disassemble", dis_dis, 0, "Disassemble a code object."},
    {NULL, NULL, 0, NULL},
};

Object *mod_dis_init(void)
{
    Object *m = module_new("dis");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, dis_methods) < 0)
        goto error;
    /* the compiler's opcodes: the rewritten forms at the end of opcodes.def never show in dis */
    int nops = OP__COUNT;
    while (nops > 0 && opcode_compiled((Opcode)(nops - 1)) != (Opcode)(nops - 1))
        nops--;
    Object *names = list_new(nops);
    if (names == NULL)
        goto error;
    for (int i = 0; i < nops; i++) {
        Object *s = str_from_cstr(opcode_names[i] != NULL ? opcode_names[i] : "<unused>");
        if (s == NULL) {
            /* fill the rest so the list can be released safely */
            for (int j = i; j < nops; j++)
                list_set_item_steal(names, j, NEWREF(NONE));
            OBJ_DECREF(names);
            goto error;
        }
        list_set_item_steal(names, i, s);
    }
    int r = module_add_object(m, "opname", names);
    OBJ_DECREF(names);
    if (r < 0)
        goto error;
    return m;
error:
    OBJ_DECREF(m);
    return NULL;
}
