/* symtable.h: the compiler's first pass: one scope per module, class, function, lambda and
 * comprehension, and for every name in it how it is bound (local, global, free, cell), as CPython's
 * Python/symtable.c decides. Internal to compiler/: the compiler asks it which opcode family a
 * name uses. Also the small string map and the SyntaxError helper the compiler shares. */
#ifndef TALLY_SYMTABLE_H
#define TALLY_SYMTABLE_H

#include "parser/ast.h"
#include <stdarg.h>

/* ---- a string-keyed map (insertion ordered) from names to ints ---- */
typedef struct StrMap {
    const char **keys;          /* insertion order; keys are borrowed (AST arena or string pool) */
    int *vals;
    int len, cap;
    int *slots;                 /* open addressing: entry index or -1 */
    int nslots;                 /* power of two, or 0 */
} StrMap;

/* Index of [key] in insertion order, or -1. Stores its value in *val if found and val != NULL. */
int symtable_map_find(const StrMap *m, const char *key, int *val);
/* Sets key -> val (adding it at the end if new). Returns the entry index, or -1 on out of memory
 * (no exception set). */
int symtable_map_put(StrMap *m, const char *key, int val);
void symtable_map_fini(StrMap *m);

/* ---- symbol flags (CPython's DEF_*) and resolved scopes ---- */
#define DEF_GLOBAL 0x1          /* global statement */
#define DEF_LOCAL 0x2           /* assigned in this block */
#define DEF_PARAM 0x4           /* a parameter */
#define DEF_NONLOCAL 0x8        /* nonlocal statement */
#define DEF_USE 0x10            /* read */
#define DEF_FREE_CLASS 0x40     /* free in a method, bound in the class body */
#define DEF_IMPORT 0x80         /* bound by import */
#define DEF_ANNOT 0x100         /* annotated */
#define DEF_COMP_ITER 0x200     /* a comprehension's iteration variable */
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)
#define SCOPE_OFFSET 11
#define SCOPE_MASK 0x7

enum { SCOPE_NONE, SCOPE_LOCAL, SCOPE_GLOBAL_EXPLICIT, SCOPE_GLOBAL_IMPLICIT, SCOPE_FREE, SCOPE_CELL };

typedef enum { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS } BlockType;
typedef enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GENEXP } CompKind;

typedef struct Directive {      /* where a global/nonlocal declaration was made (for errors) */
    const char *name;
    Loc loc;
} Directive;

typedef struct SymScope {
    BlockType type;
    const char *name;           /* "top", the function or class name, "lambda", "listcomp", ... */
    const void *key;            /* the AST node that opened it */
    StrMap symbols;             /* name -> flags | scope << SCOPE_OFFSET (mangled names) */
    const char **params;        /* parameters in CPython's co_varnames order */
    int nparams, capparams;
    struct SymScope **children; /* nested scopes in source order */
    int nchildren, capchildren;
    Directive *directives;
    int ndirectives, capdirectives;
    Loc loc;
    CompKind comprehension;
    int comp_iter_expr;         /* > 0 while visiting a comprehension's iterable */
    bool comp_iter_target;      /* visiting a comprehension's target */
    bool nested;                /* inside a function (CO_NESTED) */
    bool generator;             /* contains yield */
    bool varargs, varkeywords;
    bool has_free;              /* has free variables */
    bool child_free;            /* a child scope has free variables */
    bool needs_class_closure;   /* class body: a method uses __class__ or super */
} SymScope;

typedef struct StrPool StrPool;

typedef struct SymTable {
    SymScope *top;
    /* internals */
    SymScope *cur;
    SymScope **stack;
    int nstack, capstack;
    const char *private_name;   /* the class name while inside a class (name mangling) */
    const char *filename;
    const char *source;
    size_t source_len;
    StrPool *pool;
    const void **keys;          /* pointer-keyed index of all scopes */
    SymScope **vals;
    int nkeys, capkeys;
    int depth;                  /* recursion guard */
    bool future_annotations;    /* from __future__ import annotations: annotations are strings */
    int future_lineno;          /* line of the last future statement (0 if none) */
} SymTable;

/* Builds the symbol table of [mod] and analyses every scope. Returns a table to release with
 * symtable_free, or NULL with a SyntaxError (or MemoryError/RecursionError) set. */
SymTable *symtable_build(Module *mod, const char *filename, const char *source, size_t len);
void symtable_free(SymTable *st);
/* The scope opened by AST node [key] (a Stmt*, an Expr* or the Module*), or NULL. */
SymScope *symtable_lookup(const SymTable *st, const void *key);
/* Flags of [name] in [s] (0 if absent), and its resolved scope (SCOPE_NONE if absent). */
int symtable_flags(const SymScope *s, const char *name);
int symtable_scope(const SymScope *s, const char *name);

/* CPython's _Py_Mangle: "__x" inside class "C" becomes "_C__x". Returns [name] itself when nothing
 * changes, else a copy in the table's string pool; NULL on out of memory (MemoryError set). */
const char *symtable_mangle(SymTable *st, const char *private_name, const char *name);
/* A NUL-terminated copy of [len] bytes in the table's string pool; NULL with MemoryError. */
char *symtable_strdup(SymTable *st, const char *s, size_t len);

/* Raises a SyntaxError at [loc] as CPython's compiler does: offset = col + 1 (bytes), the source
 * line as text unless the file name is "<...>". Always returns -1. */
int symtable_syntax_error(const char *filename, const char *source, size_t len, Loc loc,
                          const char *fmt, ...) PRINTF_LIKE(5, 6);

/* Recursion limit of the compiler passes (CPython: 3 * the recursion limit). */
#define COMPILE_MAX_DEPTH 3000

#endif
