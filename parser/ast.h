/* ast.h: the abstract syntax tree the parser builds and the compiler reads.
 * Shapes follow CPython's `ast` module (Python 3.11) so its documentation describes ours.
 * Every node carries a location: 1-based lines, 0-based columns counted in UTF-8 bytes (as CPython).
 * All nodes, vectors and strings live in one AstArena and are freed together with ast_arena_free. */
#ifndef TALLY_AST_H
#define TALLY_AST_H

#include "common/config.h"
#include <stdio.h>

typedef struct AstArena AstArena;

/* A growable array of node pointers (Expr*, Stmt*, Keyword*, ...), allocated in the arena. */
typedef struct AstVec {
    void **items;
    int len, cap;
} AstVec;

typedef struct Loc {
    int lineno, col_offset, end_lineno, end_col_offset;
} Loc;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;

/* Binary operators, in CPython's BINARY_OP order (the compiler emits BINARY_OP with this value). */
typedef enum {
    OP_ADD, OP_BITAND, OP_FLOORDIV, OP_LSHIFT, OP_MATMUL, OP_MULT, OP_MOD, OP_BITOR,
    OP_POW, OP_RSHIFT, OP_SUB, OP_DIV, OP_BITXOR, OP__BINARY_COUNT
} BinaryOperator;

typedef enum { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOperator;
typedef enum { BOOL_AND, BOOL_OR } BoolOperator;

/* Comparison operators; the first six in CPython's rich-compare order (Py_LT..Py_GE). */
typedef enum {
    CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE, CMP_IS, CMP_IS_NOT, CMP_IN, CMP_NOT_IN
} CmpOperator;

typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,      /* text: the literal as written ("0x_ff", "1_000"), converted by the compiler */
    CONST_FLOAT,    /* text: "1.5e3", "1_0.5" */
    CONST_IMAG,     /* text: "3j" (complex is optional; the compiler may reject it) */
    CONST_STR,      /* bytes/len: decoded UTF-8 (escapes already processed) */
    CONST_BYTES     /* bytes/len: decoded bytes */
} ConstKind;

typedef enum {
    EXPR_BOOLOP, EXPR_NAMED, EXPR_BINOP, EXPR_UNARYOP, EXPR_LAMBDA, EXPR_IFEXP, EXPR_DICT,
    EXPR_SET, EXPR_LISTCOMP, EXPR_SETCOMP, EXPR_DICTCOMP, EXPR_GENEXP, EXPR_YIELD,
    EXPR_YIELD_FROM, EXPR_COMPARE, EXPR_CALL, EXPR_FORMATTED, EXPR_JOINEDSTR, EXPR_CONST,
    EXPR_ATTRIBUTE, EXPR_SUBSCRIPT, EXPR_STARRED, EXPR_NAME, EXPR_LIST, EXPR_TUPLE, EXPR_SLICE
} ExprKind;

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Arguments Arguments;

typedef struct Comprehension {   /* for target in iter if ifs... */
    Expr *target, *iter;
    AstVec ifs;                  /* Expr* */
} Comprehension;

typedef struct Keyword {         /* arg=value in a call; arg NULL means **value */
    const char *arg;
    Expr *value;
    Loc loc;
} Keyword;

struct Expr {
    ExprKind kind;
    Loc loc;
    int depth;          /* height of this subtree (1 for a leaf); the parser bounds it */
    union {
        struct { BoolOperator op; AstVec values; } boolop;                 /* Expr* */
        struct { Expr *target, *value; } named;                            /* target is a Name */
        struct { Expr *left; BinaryOperator op; Expr *right; } binop;
        struct { UnaryOperator op; Expr *operand; } unaryop;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *test, *body, *orelse; } ifexp;
        struct { AstVec keys, values; } dict;         /* keys[i] NULL means **values[i] */
        struct { AstVec elts; } set;                  /* Expr* */
        struct { Expr *elt; Expr *value; AstVec generators; } comp;
                /* listcomp/setcomp/genexp use elt; dictcomp uses elt as key and value;
                 * generators: Comprehension* */
        struct { Expr *value; } yield;                /* value may be NULL (yield / yield from) */
        struct { Expr *left; int nops; CmpOperator *ops; AstVec comparators; } compare;
        struct { Expr *func; AstVec args; AstVec keywords; } call;     /* Expr*, Keyword* */
        struct { Expr *value; int conversion; Expr *format_spec; } formatted;
                /* conversion: -1 none, 's', 'r', 'a'; format_spec NULL or a JoinedStr.
                 * The f"{x=}" form is expanded by the parser into a Const text + this node. */
        struct { AstVec values; } joinedstr;          /* Const(str) and Formatted parts */
        struct { ConstKind kind; const char *text; const char *bytes; size_t len;
                 bool u_prefix; } constant;   /* u_prefix: u"..." (ast.dump shows kind='u') */
        struct { Expr *value; const char *attr; ExprContext ctx; } attribute;
        struct { Expr *value, *slice; ExprContext ctx; } subscript;  /* slice: any Expr or Slice */
        struct { Expr *value; ExprContext ctx; } starred;
        struct { const char *id; ExprContext ctx; } name;
        struct { AstVec elts; ExprContext ctx; } list;              /* also used for tuple */
        struct { Expr *lower, *upper, *step; } slice;               /* each may be NULL */
    } v;
};

typedef struct Arg {
    const char *name;
    Expr *annotation;            /* may be NULL */
    Loc loc;
} Arg;

struct Arguments {
    AstVec posonlyargs, args;    /* Arg* */
    Arg *vararg;                 /* *args, may be NULL */
    AstVec kwonlyargs;           /* Arg* */
    AstVec kw_defaults;          /* Expr*, same length as kwonlyargs, NULL where no default */
    Arg *kwarg;                  /* **kwargs, may be NULL */
    AstVec defaults;             /* Expr*, defaults of the last len(defaults) positional params */
};

typedef struct Alias {           /* import name [as asname]; name "*" for `from m import *` */
    const char *name, *asname;   /* asname may be NULL; name may be dotted ("a.b.c") */
    Loc loc;
} Alias;

typedef struct WithItem {
    Expr *context_expr, *optional_vars;   /* optional_vars may be NULL */
} WithItem;

typedef struct ExceptHandler {
    Expr *type;                  /* NULL for a bare except: */
    const char *name;            /* `as name`, may be NULL */
    AstVec body;                 /* Stmt* */
    Loc loc;
} ExceptHandler;

typedef enum {
    STMT_FUNCTIONDEF, STMT_CLASSDEF, STMT_RETURN, STMT_DELETE, STMT_ASSIGN, STMT_AUGASSIGN,
    STMT_ANNASSIGN, STMT_FOR, STMT_WHILE, STMT_IF, STMT_WITH, STMT_RAISE, STMT_TRY,
    STMT_ASSERT, STMT_IMPORT, STMT_IMPORTFROM, STMT_GLOBAL, STMT_NONLOCAL, STMT_EXPR,
    STMT_PASS, STMT_BREAK, STMT_CONTINUE, STMT_MATCH
} StmtKind;

/* match-statement patterns (CPython's ast.pattern subclasses). */
typedef enum {
    PAT_VALUE, PAT_SINGLETON, PAT_SEQUENCE, PAT_MAPPING, PAT_CLASS, PAT_STAR, PAT_AS, PAT_OR
} PatternKind;

typedef struct Pattern Pattern;
struct Pattern {
    PatternKind kind;
    Loc loc;
    union {
        struct { Expr *value; } value;                       /* MatchValue */
        struct { ConstKind value; } singleton;               /* CONST_NONE/TRUE/FALSE */
        struct { AstVec patterns; } seq;                     /* MatchSequence, MatchOr: Pattern* */
        struct { AstVec keys, patterns; const char *rest; } mapping;   /* keys: Expr*; rest NULL */
        struct { Expr *cls; AstVec patterns; AstVec kwd_attrs; AstVec kwd_patterns; } cls;
                /* kwd_attrs: const char* */
        struct { const char *name; } star;                   /* name NULL for *_ */
        struct { Pattern *pattern; const char *name; } as;   /* both NULL for _ */
    } v;
};

typedef struct MatchCase {
    Pattern *pattern;
    Expr *guard;                 /* may be NULL */
    AstVec body;                 /* Stmt* */
} MatchCase;

struct Stmt {
    StmtKind kind;
    Loc loc;
    union {
        struct { const char *name; Arguments *args; AstVec body; AstVec decorators;
                 Expr *returns; } funcdef;                       /* body: Stmt*, decorators: Expr* */
        struct { const char *name; AstVec bases; AstVec keywords; AstVec body;
                 AstVec decorators; } classdef;                  /* keywords: Keyword* */
        struct { Expr *value; } ret;                             /* value may be NULL */
        struct { AstVec targets; } del;                          /* Expr* */
        struct { AstVec targets; Expr *value; } assign;          /* a = b = value: targets [a, b] */
        struct { Expr *target; BinaryOperator op; Expr *value; } augassign;
        struct { Expr *target, *annotation, *value; int simple; } annassign;   /* value may be NULL */
        struct { Expr *target, *iter; AstVec body, orelse; } for_;
        struct { Expr *test; AstVec body, orelse; } while_;
        struct { Expr *test; AstVec body, orelse; } if_;         /* elif is a nested If in orelse */
        struct { AstVec items; AstVec body; } with;              /* items: WithItem* */
        struct { Expr *exc, *cause; } raise;                     /* both may be NULL */
        struct { AstVec body, handlers, orelse, finalbody; } try_;   /* handlers: ExceptHandler* */
        struct { Expr *test, *msg; } assert_;                    /* msg may be NULL */
        struct { AstVec names; } import;                         /* Alias* */
        struct { const char *module; AstVec names; int level; } importfrom;   /* module may be NULL */
        struct { AstVec names; } global;                         /* const char* (global and nonlocal) */
        struct { Expr *value; } expr;
        struct { Expr *subject; AstVec cases; } match;           /* cases: MatchCase* */
    } v;
};

/* What the parser was asked to parse. */
typedef enum {
    PARSE_FILE,         /* a module: statements to end of input */
    PARSE_SINGLE,       /* one interactive statement (REPL): expression statements echo their value */
    PARSE_EVAL          /* a single expression (eval(), f-string fields) */
} ParseMode;

typedef struct Module {
    ParseMode mode;
    AstVec body;        /* Stmt*; for PARSE_EVAL, one STMT_EXPR holding the expression */
} Module;

/* Arena */
AstArena *ast_arena_new(void);                 /* NULL on out of memory */
void ast_arena_free(AstArena *a);              /* frees every node, vector and string in it */
void *ast_alloc(AstArena *a, size_t size);     /* zeroed memory; NULL on out of memory */
char *ast_strdup(AstArena *a, const char *s, size_t len);   /* NUL-terminated copy */
int ast_vec_push(AstArena *a, AstVec *v, void *item);       /* 0, or -1 on out of memory */
#define AST_VEC_GET(vec, i) ((vec).items[(i)])

/* Debug dump in the shape of Python's ast.dump() (used by tests and `tally --ast`). */
void ast_dump_module(const Module *m, FILE *out);
void ast_dump_expr(const Expr *e, FILE *out);
/* Same with [attributes]: ast.dump(tree, include_attributes=True) (node locations). */
void ast_dump_module_ex(const Module *m, bool attributes, FILE *out);

#endif
