/* codeobject.h: a compiled function or module body: instructions, constants, names, line and
 * column positions per instruction, and the exception table. Immutable once built; not GC-tracked
 * (its constants cannot refer back to it). */
#ifndef TALLY_CODEOBJECT_H
#define TALLY_CODEOBJECT_H

#include "objects/object.h"
#include "vm/opcodes.h"

/* Source range of one instruction (as CPython 3.11's co_positions): 1-based lines, 0-based UTF-8
 * byte columns; -1 when unknown. Tracebacks draw their carets from it. */
typedef struct Position {
    int32_t lineno, end_lineno, col, end_col;
} Position;

/* An exception handler range: an exception raised by an instruction in [start, end) pops the stack
 * to [depth] items, pushes the exception, and jumps to [target]. Inner ranges come first. */
/* Inline caches (allocated with the code, one per instruction, as CPython's caches live in its
 * bytecode). LOAD_GLOBAL's: the value found, valid while neither the globals nor the builtins dict
 * has changed; dict versions come from one global counter, so a version is never reused. */
typedef struct GlobalCache {
    uint64_t gver, bver;
    Object *value;             /* borrowed from the dict that holds it */
} GlobalCache;

/* LOAD_ATTR's, LOAD_METHOD's and STORE_ATTR's: how the attribute was found on an instance of the
 * type whose version tag is [tag] or [tag2] (a tag is unique to one type and one state of its
 * MRO's dicts). */
enum {
    ATTR_UNCACHED,             /* empty, or a case the cache does not handle */
    ATTR_DICT,                 /* in the instance dict, at entry [offset] last time; the type has
                                * no attribute of that name */
    ATTR_SLOT,                 /* a __slots__ member at [offset] in the instance */
    ATTR_CLASS_VALUE,          /* a plain class attribute ([descr], no __get__), unless shadowed by the instance dict */
    ATTR_METHOD,               /* LOAD_METHOD: a method descriptor [descr], unless shadowed likewise */
    /* the owner is itself a class (whose metaclass is exactly type), and [tag] is ITS version tag: */
    ATTR_TYPE_VALUE,           /* [descr] is the attribute itself (a plain value or a function) */
    ATTR_TYPE_CLASSMETHOD,     /* LOAD_METHOD: [descr] is a classmethod: call its function with the class */
};
typedef struct AttrCache {
    uint64_t tag;
    uint64_t tag2;             /* a second type with the same answer (an inherited method seen on
                                * two subclasses), or ATTR_NO_TAG */
    Object *descr;             /* borrowed from a dict in the type's MRO: the tag vouches for it */
    int32_t kind;              /* ATTR_* */
    int32_t offset;
} AttrCache;
#define ATTR_NO_TAG UINT64_MAX /* no type has it (tags count up from 1; 0 is a type not ready) */

typedef union InlineCache {
    GlobalCache global;
    AttrCache attr;
} InlineCache;

typedef struct ExcTableEntry {
    int32_t start, end, target, depth;
} ExcTableEntry;

/* co_flags, CPython's values */
#define CO_OPTIMIZED 0x1        /* locals are fast slots (a function) */
#define CO_NEWLOCALS 0x2
#define CO_VARARGS 0x4
#define CO_VARKEYWORDS 0x8
#define CO_NESTED 0x10
#define CO_GENERATOR 0x20
#define CO_NOFREE 0x40

typedef struct CodeObject {
    Object ob;
    Instr *code;                /* mem_alloc'ed, ncode instructions */
    int ncode;
    Position *positions;        /* ncode entries */
    ExcTableEntry *exctable;    /* nexc entries, innermost first */
    int nexc;
    Object *consts;             /* tuple */
    Object *names;              /* tuple of str: globals, attributes, imports */
    Object *varnames;           /* tuple of str: locals, parameters first */
    Object *cellvars;           /* tuple of str: locals captured by inner functions */
    Object *freevars;           /* tuple of str: variables of enclosing functions */
    int *cell2arg;              /* for each cellvar, the parameter index it starts from, or -1; NULL if none */
    int argcount;               /* positional parameters, including positional-only */
    int posonlyargcount;
    int kwonlyargcount;
    int nlocals;                /* len(varnames) */
    int ncells, nfrees;
    int stacksize;              /* maximum stack depth */
    int flags;                  /* CO_* */
    bool simple_args;           /* positional parameters only, no cells, not a generator: a call
                                 * with exactly argcount positional arguments just moves them in */
    int firstlineno;
    Object *name;               /* str: "f", "<module>", "<lambda>", "<listcomp>" */
    Object *qualname;           /* str: "C.f", "f.<locals>.g" */
    Object *filename;           /* str */
    Object *source;             /* the full source text (str) for tracebacks of <stdin>/-c, or NULL */
    InlineCache *cache;         /* inline caches, one per instruction, or NULL if no instruction has one */
} CodeObject;

extern TypeObject code_type;
#define CODE_CHECK(o) (TYPE(o) == &code_type)

/* A new, empty code object (every field zero/NULL); the compiler fills it and then calls
 * code_finish. NULL with MemoryError. */
CodeObject *code_new(void);
/* Checks invariants (lengths, tuples present; NULL tuples become ()). 0 or -1. */
int code_finish(CodeObject *co);
/* Line number of instruction [i] (positions[i].lineno, or the nearest known before it). */
int code_line_of(const CodeObject *co, int i);

#endif
