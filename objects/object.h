/* object.h: the object model every other part stands on.
 * Every object starts with a reference count and a type pointer (CPython's PyObject layout, so
 * sys.getsizeof reports CPython's numbers). Containers that can take part in cycles have the type
 * flag TPFLAG_GC and carry a two-word GCHead just before the object; atoms do not.
 * Ownership rules (binding, docs/CONVENTIONS.md): functions return new references unless named
 * *_borrow; arguments are borrowed unless named *_steal; failure is NULL or -1 with an exception set. */
#ifndef TALLY_OBJECT_H
#define TALLY_OBJECT_H

#include "common/config.h"
#include <stdio.h>

typedef struct Object Object;
typedef struct TypeObject TypeObject;
typedef intptr_t hash_t;            /* -1 means "error" from a hash function */

struct Object {
    ssize_t refcnt;
    TypeObject *type;
};

typedef struct VarObject {
    Object ob;
    ssize_t size;                   /* number of items (ints: signed digit count) */
} VarObject;

/* The collector's header, two words just before every GC object (CPython 3.11's PyGC_Head).
 * next links the object into its generation's list (0 = untracked); prev holds the back link,
 * and during a collection the collector borrows its upper bits for gc_refs (gc/gc.c). */
typedef struct GCHead {
    uintptr_t next;
    uintptr_t prev;
} GCHead;

#define AS_GC(o) ((GCHead *)(o) - 1)
#define FROM_GC(g) ((Object *)((GCHead *)(g) + 1))

/* ---- reference counting ---- */

#if DEBUG_REFS
extern ssize_t ref_total;           /* sum of all increments minus decrements */
#define REF_TOTAL_INC() (ref_total++)
#define REF_TOTAL_DEC() (ref_total--)
#else
#define REF_TOTAL_INC() ((void)0)
#define REF_TOTAL_DEC() ((void)0)
#endif

void obj_dealloc(Object *o);        /* called when a count reaches zero; never call directly */
#if DEBUG_REFS
void obj_negative_refcount(const char *file, int line, Object *o);
#define OBJ_CHECK_NEG(o) \
    do { if (((Object *)(o))->refcnt < 0) obj_negative_refcount(__FILE__, __LINE__, (Object *)(o)); } while (0)
#else
#define OBJ_CHECK_NEG(o) ((void)0)
#endif

#define OBJ_INCREF(o) (REF_TOTAL_INC(), ((Object *)(o))->refcnt++)
#define OBJ_DECREF(o)                                                  \
    do {                                                               \
        Object *decref_tmp_ = (Object *)(o);                           \
        REF_TOTAL_DEC();                                               \
        if (--decref_tmp_->refcnt == 0) obj_dealloc(decref_tmp_);      \
        else OBJ_CHECK_NEG(decref_tmp_);                               \
    } while (0)
#define OBJ_XINCREF(o) do { if ((o) != NULL) OBJ_INCREF(o); } while (0)
#define OBJ_XDECREF(o) do { Object *xdecref_tmp_ = (Object *)(o); if (xdecref_tmp_ != NULL) OBJ_DECREF(xdecref_tmp_); } while (0)
/* Null the field first, then release: a destructor that looks at the field sees NULL. */
#define OBJ_CLEAR(field)                                               \
    do {                                                               \
        Object *clear_tmp_ = (Object *)(field);                        \
        if (clear_tmp_ != NULL) { (field) = NULL; OBJ_DECREF(clear_tmp_); } \
    } while (0)
/* Store first, release the old value after (it may run code that reads the field). */
#define OBJ_SETREF(dst, src)                                           \
    do {                                                               \
        Object *setref_old_ = (Object *)(dst);                         \
        (dst) = (src);                                                 \
        OBJ_XDECREF(setref_old_);                                      \
    } while (0)

static inline Object *obj_newref(Object *o) { OBJ_INCREF(o); return o; }
static inline Object *obj_xnewref(Object *o) { OBJ_XINCREF(o); return o; }
#define NEWREF(o) obj_newref((Object *)(o))

#define TYPE(o) (((Object *)(o))->type)
#define SIZE(o) (((VarObject *)(o))->size)
#define REFCNT(o) (((Object *)(o))->refcnt)

/* ---- slot signatures ---- */

typedef void (*destructor)(Object *);
typedef Object *(*unaryfunc)(Object *);
typedef Object *(*binaryfunc)(Object *, Object *);
typedef Object *(*ternaryfunc)(Object *, Object *, Object *);
typedef int (*inquiry)(Object *);
typedef ssize_t (*lenfunc)(Object *);
typedef hash_t (*hashfunc)(Object *);
typedef Object *(*richcmpfunc)(Object *a, Object *b, int op);        /* op: CMP_LT..CMP_GE */
typedef Object *(*getattrofunc)(Object *o, Object *name);             /* name: a str */
typedef int (*setattrofunc)(Object *o, Object *name, Object *value);  /* value NULL: delete */
typedef int (*visitproc)(Object *o, void *arg);
typedef int (*traverseproc)(Object *self, visitproc visit, void *arg);
typedef int (*objobjproc)(Object *, Object *);
typedef int (*objobjargproc)(Object *, Object *, Object *);           /* value NULL: delete */
typedef Object *(*ssizeargfunc)(Object *, ssize_t);
typedef Object *(*descrgetfunc)(Object *descr, Object *obj, Object *type);   /* obj may be NULL */
typedef int (*descrsetfunc)(Object *descr, Object *obj, Object *value);      /* value NULL: delete */
/* The one calling convention (CPython's vectorcall): [nargs] positional values in args[0..nargs),
 * followed by len(kwnames) keyword values; kwnames is NULL or a tuple of str. All borrowed. */
typedef Object *(*callfunc)(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames);
typedef Object *(*newfunc)(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames);
typedef int (*initproc)(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
/* Built-in functions and methods: self is the bound object (the module for module functions). */
typedef Object *(*cfunction)(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
typedef Object *(*getter)(Object *self, void *closure);
typedef int (*setter)(Object *self, Object *value, void *closure);    /* value NULL: delete */

/* Binary operators, indexed like BinaryOperator in parser/ast.h (CPython's NB_* order). */
enum {
    NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_MULTIPLY, NB_REMAINDER,
    NB_OR, NB_POWER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR, NB__COUNT
};
/* Rich comparison operators (CPython's Py_LT..Py_GE). */
enum { RICH_LT, RICH_LE, RICH_EQ, RICH_NE, RICH_GT, RICH_GE };

/* METH_* flags of MethodDef */
#define METH_DEFAULT 0x0        /* an instance method: self is the instance */
#define METH_CLASS 0x1          /* a classmethod: self is the type */
#define METH_STATIC 0x2         /* a staticmethod: self is NULL */

typedef struct MethodDef {
    const char *name;
    cfunction fn;
    int flags;
    const char *doc;
} MethodDef;

typedef struct GetSetDef {
    const char *name;
    getter get;
    setter set;                 /* NULL: read-only attribute */
    const char *doc;
    void *closure;
} GetSetDef;

/* MemberDef: a field of the C struct exposed as an attribute. */
enum { MEMBER_OBJECT, MEMBER_OBJECT_EX, MEMBER_INT, MEMBER_SSIZE, MEMBER_BOOL };
typedef struct MemberDef {
    const char *name;
    int kind;
    ssize_t offset;
    bool readonly;
    const char *doc;
} MemberDef;

/* ---- type flags ---- */
#define TPFLAG_GC               (1u << 0)   /* has a GCHead, implements traverse (and clear) */
#define TPFLAG_HEAPTYPE         (1u << 1)   /* created by a class statement; refcounted normally */
#define TPFLAG_BASETYPE         (1u << 2)   /* may be subclassed */
#define TPFLAG_READY            (1u << 3)   /* type_ready has run */
#define TPFLAG_ABSTRACT         (1u << 4)
#define TPFLAG_IMMUTABLETYPE    (1u << 5)   /* attributes cannot be set (built-in types) */
#define TPFLAG_METHOD_DESCRIPTOR (1u << 6)  /* instances bind like functions (LOAD_METHOD may skip binding) */
/* Sticky: an instance dict owned by an instance of this type (DICT_OWNED_BY_INSTANCE) may hold a
 * key named like an attribute of the type. Until it is set, a method found on the type needs no
 * look in such a dict (the VM's LOAD_METHOD). Set by obj_generic_setattr, the VM's attribute
 * store cache, type_setattro (for the class and its subclasses) and __class__ assignment. */
#define TPFLAG_SHADOWED         (1u << 7)
/* fast subclass checks, inherited by subclasses, as CPython's Py_TPFLAGS_*_SUBCLASS */
#define TPFLAG_INT_SUBCLASS     (1u << 24)
#define TPFLAG_LIST_SUBCLASS    (1u << 25)
#define TPFLAG_TUPLE_SUBCLASS   (1u << 26)
#define TPFLAG_BYTES_SUBCLASS   (1u << 27)
#define TPFLAG_STR_SUBCLASS     (1u << 28)
#define TPFLAG_DICT_SUBCLASS    (1u << 29)
#define TPFLAG_BASE_EXC_SUBCLASS (1u << 30)
#define TPFLAG_TYPE_SUBCLASS    (1u << 31)

struct TypeObject {
    VarObject ob;                   /* a type is an object; its type is &type_type (or a metaclass) */
    const char *name;               /* "int"; for heap types, points into name_obj */
    ssize_t basicsize, itemsize;    /* instance size without the GCHead, and per item */
    uint32_t flags;
    const char *doc;

    destructor dealloc;             /* frees the object; GC types untrack first */
    traverseproc traverse;          /* GC types: visit every owned reference */
    inquiry clear;                  /* GC types: drop references that could form cycles */
    destructor finalize;            /* PEP 442 finalizer (__del__), run once, before clear/dealloc */

    unaryfunc repr, str;
    hashfunc hash;                  /* NULL in a ready type means unhashable */
    richcmpfunc richcompare;        /* returns NotImplemented (new ref) when it cannot compare */
    getattrofunc getattro;          /* obj_generic_getattr for most types */
    setattrofunc setattro;
    callfunc call;
    unaryfunc iter;
    unaryfunc iternext;             /* NULL without an exception set means exhausted */
    descrgetfunc descr_get;
    descrsetfunc descr_set;

    /* numbers: binary slots are called with the operands in their original order (a, b), both for
     * a's slot and for b's (CPython's convention), so a slot checks both operands' types and
     * returns NotImplemented (new ref) for operand types it doesn't handle */
    binaryfunc nb[NB__COUNT];
    binaryfunc nb_inplace[NB__COUNT];
    unaryfunc nb_negative, nb_positive, nb_absolute, nb_invert;
    inquiry nb_bool;                /* 1, 0, or -1 with an exception */
    unaryfunc nb_int, nb_float, nb_index;

    /* sequences and mappings */
    lenfunc len;
    binaryfunc getitem;             /* o[k] (mapping-style: k is any object, slices included) */
    objobjargproc setitem;          /* o[k] = v, or del o[k] when v is NULL */
    objobjproc contains;            /* 1, 0, or -1 */
    binaryfunc sq_concat;           /* list + list when nb[NB_ADD] gave NotImplemented */
    ssizeargfunc sq_repeat;         /* seq * n */
    binaryfunc sq_inplace_concat;
    ssizeargfunc sq_inplace_repeat;

    newfunc tp_new;
    initproc tp_init;

    MethodDef *methods;             /* NULL-terminated tables, turned into descriptors in dict */
    MemberDef *members;
    GetSetDef *getset;

    TypeObject *base;               /* single base (object's is NULL) */
    Object *bases;                  /* tuple of types */
    Object *mro;                    /* tuple of types, self first */
    Object *dict;                   /* attributes: methods, descriptors, class variables */
    Object *name_obj;               /* str __name__ */
    Object *qualname;               /* str __qualname__ */
    Object *module;                 /* str __module__ or NULL ("builtins") */
    ssize_t dictoffset;             /* offset of the instance __dict__ pointer, 0 if none */
    ssize_t weaklistoffset;         /* offset of the instance weakref list, 0 if none */
    uint64_t version_tag;           /* changes whenever the type or a base changes (caches) */
    void *extra;                    /* type-specific data (heap types: slots layout) */
    Object *weaklist;               /* weak references to this type (objects/weakrefobject.h) */
    Object *subclasses;             /* list of weak references to direct subclasses, or NULL */
};

#define TYPE_HAS_FLAG(t, f) (((t)->flags & (f)) != 0)
/* Static type objects are not GC objects even though `type` is a GC type (CPython's tp_is_gc). */
#define OBJ_IS_GC(o) (TYPE_HAS_FLAG(TYPE(o), TPFLAG_GC) && \
    (!TYPE_HAS_FLAG(TYPE(o), TPFLAG_TYPE_SUBCLASS) || TYPE_HAS_FLAG((TypeObject *)(o), TPFLAG_HEAPTYPE)))
#define OBJ_IS_TYPE(o, t) (TYPE(o) == (t))

/* ---- the built-in types defined in objects/ (each in its own file) ---- */
extern TypeObject type_type, object_type, none_type, notimpl_type, ellipsis_type;
extern TypeObject int_type, bool_type, float_type, str_type, bytes_type;
extern TypeObject tuple_type, list_type, dict_type, range_type, slice_type;

/* The singletons. */
extern Object none_object, notimpl_object, ellipsis_object;
#define NONE (&none_object)
#define NOTIMPL (&notimpl_object)
#define ELLIPSIS (&ellipsis_object)
#define RETURN_NONE return obj_newref(NONE)
#define RETURN_NOTIMPL return obj_newref(NOTIMPL)

/* ---- allocation of objects ---- */

/* Allocates a new object of [type] with room for [nitems] items (0 for fixed-size types):
 * refcount 1, type set (a heap type is increfed), size set to nitems for var-sized types,
 * every other byte zero. GC types get their GCHead, untracked. Returns NULL with MemoryError. */
Object *obj_alloc(TypeObject *type, ssize_t nitems);
/* Releases the memory of [o] (GCHead included): at the end of a dealloc slot, or to give back a
 * fresh object from obj_alloc that was never handed out. Decrefs a heap type. Does not touch
 * refcounts of contents. */
void obj_free(Object *o);
/* Resizes a var-sized object (not tracked by the GC while resized); NULL with MemoryError. */
Object *obj_resize(Object *o, ssize_t nitems);

/* ---- the generic protocols (objects/object.c, objects/abstract.c) ---- */

Object *obj_repr(Object *o);                      /* repr(o), a str */
Object *obj_str(Object *o);                       /* str(o), a str */
Object *obj_ascii(Object *o);                     /* ascii(o) */
hash_t obj_hash(Object *o);                       /* -1 with TypeError "unhashable type: 'list'" */
Object *obj_richcompare(Object *a, Object *b, int op);   /* new ref; handles reflection and ==/!= identity fallback */
int obj_richcompare_bool(Object *a, Object *b, int op);  /* 1/0/-1; identity implies equality for EQ/NE */
int obj_is_true(Object *o);                       /* 1/0/-1 */
const char *obj_type_name(Object *o);             /* TYPE(o)->name */

Object *obj_getattr(Object *o, Object *name);     /* AttributeError with CPython's message */
Object *obj_getattr_cstr(Object *o, const char *name);
/* Like obj_getattr but a missing attribute is not an error: returns NULL with *found = 0 and no
 * exception; other errors return NULL with *found = -1. */
Object *obj_lookup_attr(Object *o, Object *name, int *found);
int obj_setattr(Object *o, Object *name, Object *value);     /* value NULL: delete */
int obj_setattr_cstr(Object *o, const char *name, Object *value);
int obj_hasattr_cstr(Object *o, const char *name);           /* 1/0, never raises */
Object *obj_generic_getattr(Object *o, Object *name);        /* type dict + descriptors + instance dict */
int obj_generic_setattr(Object *o, Object *name, Object *value);
Object **obj_dict_ptr(Object *o);                 /* address of the instance dict pointer, or NULL */
/* Finds [name] along type's MRO; borrowed, NULL without exception if absent. Cached by the type's
 * version_tag: whoever changes a type's dict, bases or MRO calls type_modified. */
Object *type_lookup_borrow(TypeObject *type, Object *name);
/* Empties the type attribute cache (at exit, so the names it holds are released). */
void type_cache_clear(void);

Object *obj_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames);
Object *obj_call_tuple_dict(Object *callable, Object *args, Object *kwargs);  /* kwargs may be NULL */
Object *obj_call_noargs(Object *callable);
Object *obj_call_one(Object *callable, Object *arg);
Object *obj_call_method(Object *o, const char *name, Object *const *args, ssize_t nargs);
bool obj_is_callable(Object *o);

Object *obj_get_iter(Object *o);                  /* iter(o); TypeError "'int' object is not iterable" */
/* next(it): new ref, or NULL without exception when exhausted (StopIteration is cleared),
 * or NULL with an exception on error. */
Object *obj_iter_next(Object *it);
ssize_t obj_len(Object *o);                       /* -1 with TypeError "object of type 'int' has no len()" */
Object *obj_getitem(Object *o, Object *key);
int obj_setitem(Object *o, Object *key, Object *value);
int obj_delitem(Object *o, Object *key);
int obj_contains(Object *container, Object *item);           /* 1/0/-1; falls back to iteration */

Object *obj_binary_op(Object *a, Object *b, int nb);         /* a + b etc.; NB_* index */
Object *obj_inplace_op(Object *a, Object *b, int nb);        /* a += b etc. */
Object *obj_negative(Object *o);
Object *obj_positive(Object *o);
Object *obj_invert(Object *o);
Object *obj_absolute(Object *o);
Object *obj_index(Object *o);                     /* operator.index(o): an int, or TypeError */
ssize_t obj_as_ssize(Object *o, TypeObject *overflow_exc);   /* via __index__; -1 with error (check exc) */
Object *obj_number_int(Object *o);                /* int(o) */
Object *obj_number_float(Object *o);              /* float(o) */
extern const char *const nb_op_symbols[NB__COUNT];           /* "+", "&", "//", ... for messages */

int obj_is_instance(Object *o, Object *cls);      /* isinstance: cls may be a tuple; 1/0/-1 */
int obj_is_subclass(Object *derived, Object *cls);
bool type_is_subtype(TypeObject *a, TypeObject *b);          /* b in a's MRO */

/* Calls the special method [name] looked up on type(self), not on the instance (as the
 * interpreter does for dunders); at most 3 args. With [found] non-NULL, a missing method sets
 * *found = 0 and returns NULL without an exception; otherwise it raises AttributeError. */
Object *obj_call_special(Object *self, const char *name, Object *const *args, ssize_t nargs, int *found);

/* format(v, spec): calls type(v).__format__(v, spec); spec NULL means "". */
Object *obj_format(Object *v, Object *spec);

/* Writes repr/str of an object to a C stream (debugging, the REPL's fallback). */
int obj_print(Object *o, FILE *out, bool use_repr);

/* Visit helper for traverse slots. */
#define VISIT(o)                                                       \
    do { if ((o) != NULL) { int vret_ = visit((Object *)(o), arg); if (vret_) return vret_; } } while (0)

#endif
