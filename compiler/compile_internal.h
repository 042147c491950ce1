/* compile_internal.h: what the compiler's files share (compile.c: units, tables, emission and the
 * entry points; compile_stmt.c and compile_expr.c: the AST visitors; assemble.c: the code object).
 * Code is emitted as a flat list of instructions whose jump arguments are label numbers; each
 * instruction records its source position and the innermost exception handler active when it was
 * emitted. assemble.c resolves labels, drops dead code, computes stack depths and builds the
 * exception table from runs of instructions with the same handler (CPython 3.11's zero-cost model). */
#ifndef TALLY_COMPILE_INTERNAL_H
#define TALLY_COMPILE_INTERNAL_H

#include "compiler/compiler.h"
#include "compiler/symtable.h"

/* A pseudo-instruction (removed by the assembler) marking where handler [arg] is set up: the stack
 * depth there, plus the handler's adjustment, is the depth its table entry records. */
#define PSEUDO_SETUP OP__COUNT

#define MAX_FBLOCKS 20          /* CPython's CO_MAXBLOCKS: "too many statically nested blocks" */
#define STACK_USE_GUIDELINE 30  /* above this many items, build containers incrementally */

typedef struct CInstr {
    int op;                     /* Opcode, or PSEUDO_SETUP */
    int arg;                    /* the argument; a label number for jumps, a handler for SETUP */
    int handler;                /* index into Unit.handlers, or -1 */
    Loc loc;                    /* lineno -1: artificial (inherits a neighbour's position) */
} CInstr;

typedef struct HandlerRec {
    int label;                  /* where the handler code starts */
    int outer;                  /* the handler active around this one, or -1 */
    int adjust;                 /* added to the depth at the SETUP point */
    int depth;                  /* computed by the assembler; -1 until known */
} HandlerRec;

typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER
} FBlockType;

typedef struct FBlock {         /* a statically nested block (CPython's fblockinfo) */
    FBlockType type;
    int block;                  /* loops: the continue target */
    int exit;                   /* loops: the break target */
    const void *datum;          /* FINALLY_TRY: the AstVec finally body; WITH: the Stmt;
                                 * HANDLER_CLEANUP: the `as` name (or NULL) */
    int outer_handler;          /* the handler active outside this block's own handlers */
} FBlock;

typedef enum { UNIT_MODULE, UNIT_CLASS, UNIT_FUNCTION, UNIT_LAMBDA, UNIT_COMPREHENSION } UnitKind;

typedef struct ConstTable {     /* constants, deduplicated by type and value (CPython's const keys) */
    Object **items;
    int len, cap;
    int *slots;
    int nslots;
} ConstTable;

typedef struct Unit {           /* one code object being compiled */
    struct Unit *parent;
    SymScope *ste;
    UnitKind kind;
    const char *name;
    const char *qualname;       /* in the symbol table's string pool */
    const char *private_name;   /* class name for mangling, inherited by nested scopes */
    ConstTable consts;
    StrMap names, varnames, cellvars, freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    CInstr *code;
    int ncode, capcode;
    int *labels;                /* label -> instruction index, -1 while unbound */
    int nlabels, caplabels;
    HandlerRec *handlers;
    int nhandlers, caphandlers;
    int cur_handler;            /* innermost active handler, -1 for none */
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    Loc loc;                    /* position given to emitted instructions */
    int firstlineno;
} Unit;

typedef struct Compiler {
    SymTable *st;
    Unit *u;
    const char *filename;
    const char *source;
    size_t source_len;
    Object *filename_obj;       /* str */
    Object *source_obj;         /* str for "<...>" file names, else NULL */
    bool interactive;           /* PARSE_SINGLE: expression statements print */
    int nestlevel;              /* units deep (1 = the module) */
    int depth;                  /* recursion guard */
} Compiler;

/* ---- compile.c: units, tables, emission ---- */
extern const Loc compile_no_loc;

int compile_enter_scope(Compiler *c, const char *name, UnitKind kind, const void *key, int firstlineno);
void compile_exit_scope(Compiler *c);
/* Adds [o] (stolen, even on failure) to the constants; returns its index or -1. */
int compile_add_const_steal(Compiler *c, Object *o);
/* Index of [name] in the unit's names (added if new); -1 with MemoryError. */
int compile_add_name(Compiler *c, const char *name);
int compile_addop(Compiler *c, int op, int arg);
int compile_addop_jump(Compiler *c, int op, int label);
int compile_load_const_steal(Compiler *c, Object *o);         /* LOAD_CONST o */
int compile_load_none(Compiler *c);
/* op with a name argument (names table), mangled with the class name when [mangle]. */
int compile_addop_name(Compiler *c, int op, const char *name, bool mangle);
/* Registers fast local [name] in co_varnames (first-use order) without emitting anything. */
int compile_add_local(Compiler *c, const char *name);
/* Loads, stores or deletes a variable with the opcode its scope requires. */
int compile_nameop(Compiler *c, const char *name, ExprContext ctx);
int compile_new_label(Compiler *c);
int compile_bind_label(Compiler *c, int label);
/* Pushes a new exception handler at [label] (emitting its SETUP mark) and makes it current; its
 * depth is the stack depth at this point plus [adjust]. Returns its index or -1. */
int compile_push_handler(Compiler *c, int label, int adjust);
void compile_pop_handler(Compiler *c);
/* The handler enclosing handler [h] (-1 for none). */
#define OUTER_HANDLER(c, h) ((h) < 0 ? -1 : (c)->u->handlers[(h)].outer)
/* Pushes a statically nested block; [outer_handler] is the handler its unwinding code runs under. */
int compile_push_fblock(Compiler *c, FBlockType t, int block, int exit, const void *datum, int outer_handler);
void compile_pop_fblock(Compiler *c);
/* A SyntaxError at the current position (or [loc]); always -1. */
int compile_error(Compiler *c, const char *fmt, ...) PRINTF_LIKE(2, 3);
int compile_error_at(Compiler *c, Loc loc, const char *fmt, ...) PRINTF_LIKE(3, 4);
/* Object for a constant AST node (literals as written; imaginary ones are complex): new
 * reference, or NULL with an exception. */
Object *compile_const_object(Compiler *c, Expr *e);
/* The value of [e] if it is a compile-time constant (literals, tuples of them, folded unary and
 * binary operations): a new reference, or NULL (with *err set to -1 and an exception on a real
 * error, else no exception). */
Object *compile_fold(Compiler *c, Expr *e, int *err);
/* True when [e] is a literal constant (kind EXPR_CONST). */
bool compile_is_const(Expr *e);

/* ---- compile_stmt.c ---- */
/* CPython's update_start_location_to_match_attr: a multi-line attribute's instructions start on
 * its last line. */
void compile_attr_loc(Compiler *c, Expr *attr);
int compile_visit_stmt(Compiler *c, Stmt *s);
int compile_visit_stmts(Compiler *c, const AstVec *v);
/* The body of a module or class: __annotations__ setup, docstring, statements. */
int compile_body(Compiler *c, const AstVec *body, bool is_module);
/* Unwinds every fblock (for return) or up to the innermost loop (break/continue). */
int compile_unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop);

/* ---- compile_match.c ---- */
/* The match statement [s] (PEP 634). 0, or -1 with an exception (SyntaxError for bad patterns). */
int compile_match(Compiler *c, Stmt *s);

/* ---- compile_expr.c ---- */
int compile_visit_expr(Compiler *c, Expr *e);
int compile_visit_exprs(Compiler *c, const AstVec *v);
/* Compiles an iterable that is only iterated or searched: a list display becomes a tuple. */
int compile_iterable(Compiler *c, Expr *e);
/* Jumps to [label] when the truth of [e] equals [cond]; falls through otherwise. */
int compile_jump_if(Compiler *c, Expr *e, int label, bool cond);
/* Pushes the call arguments; [n] positional values are already on the stack (class name, ...).
 * [method]: the callable was loaded with LOAD_METHOD. */
int compile_call_helper(Compiler *c, int n, const AstVec *args, const AstVec *keywords, bool method);
/* Function (or lambda) defaults, kw-defaults; returns MAKE_FUNCTION flag bits or -1. */
int compile_default_arguments(Compiler *c, Arguments *a);
/* Builds the closure tuple (if the code has free variables) and emits LOAD_CONST code,
 * MAKE_FUNCTION [flags]. Steals [co]. */
int compile_make_closure(Compiler *c, CodeObject *co, int flags);
int compile_call_exit_with_nones(Compiler *c);
/* "cannot assign to __debug__" for a parameter named __debug__. */
int compile_check_debug_args(Compiler *c, Arguments *a);

/* ---- unparse.c ---- */
/* [e] as source text, as CPython's ast unparser writes it (annotations under
 * `from __future__ import annotations`). New str, or NULL with an exception. */
Object *compile_unparse(Compiler *c, Expr *e);

/* ---- assemble.c ---- */
/* Finishes the current unit: appends `LOAD_CONST None; RETURN_VALUE` if [add_none] (dead code is
 * dropped), and builds the code object. Returns a new reference or NULL with an exception. */
CodeObject *compile_assemble(Compiler *c, bool add_none);

#define TRY(x) do { if ((x) < 0) return -1; } while (0)
#define ADDOP(c, op) TRY(compile_addop((c), (op), 0))
#define ADDOP_I(c, op, arg) TRY(compile_addop((c), (op), (arg)))
#define ADDOP_JUMP(c, op, l) TRY(compile_addop_jump((c), (op), (l)))
#define NEW_LABEL(c, var) do { if (((var) = compile_new_label(c)) < 0) return -1; } while (0)
#define USE_LABEL(c, l) TRY(compile_bind_label((c), (l)))
#define VISIT_EXPR(c, e) TRY(compile_visit_expr((c), (e)))
#define SET_LOC(c, l) ((c)->u->loc = (l))
#define UNSET_LOC(c) ((c)->u->loc = compile_no_loc)

#endif
