/* codeobject.c: code objects: immutable compiled bodies with their constants, names, positions
 * and exception table. */
#include "objects/codeobject.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "gc/alloc.h"
#include "vm/errors.h"
#include <string.h>

CodeObject *code_new(void)
{
    return (CodeObject *)obj_alloc(&code_type, 0);
}

int code_finish(CodeObject *co)
{
    Object **tuples[] = { &co->consts, &co->names, &co->varnames, &co->cellvars, &co->freevars };
    for (size_t i = 0; i < sizeof tuples / sizeof tuples[0]; i++)
        if (*tuples[i] == NULL && (*tuples[i] = tuple_new(0)) == NULL)
            return -1;
    co->nlocals = (int)TUPLE_SIZE(co->varnames);
    co->ncells = (int)TUPLE_SIZE(co->cellvars);
    co->nfrees = (int)TUPLE_SIZE(co->freevars);
    co->simple_args = co->kwonlyargcount == 0 && co->ncells == 0 &&
                      !(co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR));
    if (co->name == NULL && (co->name = str_intern_cstr("?")) == NULL)
        return -1;
    if (co->qualname == NULL)
        co->qualname = obj_newref(co->name);
    if (co->filename == NULL && (co->filename = str_intern_cstr("<unknown>")) == NULL)
        return -1;
    /* the rewritten forms (superinstructions, operator-specific BINARY_OP: vm/opcodes.def) */
    for (int i = 0; i < co->ncode; i++) {
        Opcode op = INSTR_OP(co->code[i]);
        int arg = INSTR_ARG(co->code[i]);
        Opcode next = i + 1 < co->ncode ? INSTR_OP(co->code[i + 1]) : OP_NOP;
        co->code[i] = MAKE_INSTR(opcode_specialized(op, arg, next), arg);
    }
    for (int i = 0; i < co->ncode && co->cache == NULL; i++) {
        Opcode op = INSTR_OP(co->code[i]);
        if (op == OP_LOAD_GLOBAL || op == OP_LOAD_ATTR || op == OP_LOAD_METHOD || op == OP_STORE_ATTR) {
            co->cache = mem_alloc(sizeof(InlineCache) * (size_t)co->ncode);
            if (co->cache == NULL) {
                exc_no_memory();
                return -1;
            }
            memset(co->cache, 0, sizeof(InlineCache) * (size_t)co->ncode);
            for (int k = 0; k < co->ncode; k++) {
                Opcode o = INSTR_OP(co->code[k]);
                if (o == OP_LOAD_ATTR || o == OP_LOAD_METHOD || o == OP_STORE_ATTR)
                    co->cache[k].attr.tag2 = ATTR_NO_TAG;
            }
        }
    }
    return 0;
}

int code_line_of(const CodeObject *co, int i)
{
    if (co->positions == NULL)
        return co->firstlineno;
    if (i >= co->ncode)
        i = co->ncode - 1;
    for (; i >= 0; i--)
        if (co->positions[i].lineno >= 0)
            return co->positions[i].lineno;
    return co->firstlineno;
}

static void code_dealloc(Object *self)
{
    CodeObject *co = (CodeObject *)self;
    mem_free(co->code);
    mem_free(co->positions);
    mem_free(co->exctable);
    mem_free(co->cell2arg);
    mem_free(co->cache);
    OBJ_CLEAR(co->consts);
    OBJ_CLEAR(co->names);
    OBJ_CLEAR(co->varnames);
    OBJ_CLEAR(co->cellvars);
    OBJ_CLEAR(co->freevars);
    OBJ_CLEAR(co->name);
    OBJ_CLEAR(co->qualname);
    OBJ_CLEAR(co->filename);
    OBJ_CLEAR(co->source);
    obj_free(self);
}

static Object *code_repr(Object *self)
{
    CodeObject *co = (CodeObject *)self;
    return str_from_format("<code object %U at %p, file \"%U\", line %d>", co->name, (void *)self,
                           co->filename, co->firstlineno);
}

#define CODE_GETTER(fname, expr)                                            \
    static Object *code_get_##fname(Object *self, void *c)                  \
    {                                                                       \
        UNUSED(c);                                                          \
        CodeObject *co = (CodeObject *)self;                                \
        return (expr);                                                      \
    }
CODE_GETTER(name, obj_newref(co->name))
CODE_GETTER(qualname, obj_newref(co->qualname))
CODE_GETTER(filename, obj_newref(co->filename))
CODE_GETTER(consts, obj_newref(co->consts))
CODE_GETTER(names, obj_newref(co->names))
CODE_GETTER(varnames, obj_newref(co->varnames))
CODE_GETTER(cellvars, obj_newref(co->cellvars))
CODE_GETTER(freevars, obj_newref(co->freevars))
CODE_GETTER(argcount, int_from_long(co->argcount))
CODE_GETTER(posonlyargcount, int_from_long(co->posonlyargcount))
CODE_GETTER(kwonlyargcount, int_from_long(co->kwonlyargcount))
CODE_GETTER(nlocals, int_from_long(co->nlocals))
CODE_GETTER(stacksize, int_from_long(co->stacksize))
CODE_GETTER(flags, int_from_long(co->flags & 0xffff))
CODE_GETTER(firstlineno, int_from_long(co->firstlineno))

static GetSetDef code_getset[] = {
    {"co_name", code_get_name, NULL, NULL, NULL},
    {"co_qualname", code_get_qualname, NULL, NULL, NULL},
    {"co_filename", code_get_filename, NULL, NULL, NULL},
    {"co_consts", code_get_consts, NULL, NULL, NULL},
    {"co_names", code_get_names, NULL, NULL, NULL},
    {"co_varnames", code_get_varnames, NULL, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL, NULL},
    {"co_argcount", code_get_argcount, NULL, NULL, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL, NULL, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL, NULL, NULL},
    {"co_nlocals", code_get_nlocals, NULL, NULL, NULL},
    {"co_stacksize", code_get_stacksize, NULL, NULL, NULL},
    {"co_flags", code_get_flags, NULL, NULL, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static Object *code_sizeof_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args); UNUSED(nargs); UNUSED(kwnames);
    CodeObject *co = (CodeObject *)self;
    ssize_t size = (ssize_t)sizeof(CodeObject) + co->ncode * (ssize_t)(sizeof(Instr) + sizeof(Position)) +
                   co->nexc * (ssize_t)sizeof(ExcTableEntry) +
                   (co->cache ? co->ncode * (ssize_t)sizeof(InlineCache) : 0);
    return int_from_ssize(size);
}

static MethodDef code_methods[] = {
    {"__sizeof__", code_sizeof_m, 0, NULL},
    {NULL, NULL, 0, NULL}
};

TypeObject code_type = {
    .ob = {{1, &type_type}, 0},
    .name = "code",
    .basicsize = sizeof(CodeObject),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getset = code_getset,
    .methods = code_methods,
};
