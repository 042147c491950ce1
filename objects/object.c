/* object.c: allocation and release of objects, the singletons (None, NotImplemented, Ellipsis),
 * and the generic protocols every type shares: repr/str, hashing, comparison, truth, attributes.
 * Calls, iteration, items and arithmetic live in objects/abstract.c. */
#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/strunicode.h"
#include "objects/intobject.h"
#include "objects/dictobject.h"
#include "objects/tupleobject.h"
#include "objects/funcobject.h"
#include "objects/typeobject.h"
#include "gc/alloc.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include <string.h>

#if DEBUG_REFS
ssize_t ref_total;

void obj_negative_refcount(const char *file, int line, Object *o)
{
    fprintf(stderr, "%s:%d: object at %p of type %s has negative refcount %zd\n", file, line,
            (void *)o, TYPE(o) ? TYPE(o)->name : "?", REFCNT(o));
}
#endif

/* ---- allocation ---- */

Object *obj_alloc(TypeObject *type, ssize_t nitems)
{
    /* rounded to a word, so a var-sized subclass's __dict__ pointer after the items is aligned */
    size_t size = ((size_t)type->basicsize + (size_t)nitems * (size_t)type->itemsize + 7) & ~(size_t)7;
    bool gc = TYPE_HAS_FLAG(type, TPFLAG_GC);
    size_t pre = gc ? sizeof(GCHead) : 0;
    char *mem = mem_alloc(pre + size);
    if (mem == NULL)
        return exc_no_memory();
    memset(mem, 0, pre + size);
    Object *o = (Object *)(mem + pre);
    o->refcnt = 1;
    REF_TOTAL_INC();
    o->type = type;
    if (type->itemsize != 0)
        ((VarObject *)o)->size = nitems;
    if (TYPE_HAS_FLAG(type, TPFLAG_HEAPTYPE))
        OBJ_INCREF(type);
    if (gc)
        gc_on_alloc();
    return o;
}

void obj_free(Object *o)
{
    TypeObject *type = TYPE(o);
#if DEBUG_REFS
    /* a fresh object given back before anyone saw it still holds its first reference */
    if (o->refcnt > 0)
        ref_total -= o->refcnt;
#endif
    if (TYPE_HAS_FLAG(type, TPFLAG_GC)) {
        mem_free(AS_GC(o));
        gc_on_free();
    } else {
        mem_free(o);
    }
    if (TYPE_HAS_FLAG(type, TPFLAG_HEAPTYPE))
        OBJ_DECREF(type);
}

Object *obj_resize(Object *o, ssize_t nitems)
{
    TypeObject *type = TYPE(o);
    size_t size = ((size_t)type->basicsize + (size_t)nitems * (size_t)type->itemsize + 7) & ~(size_t)7;
    bool gc = TYPE_HAS_FLAG(type, TPFLAG_GC);
    char *mem = gc ? (char *)AS_GC(o) : (char *)o;
    size_t pre = gc ? sizeof(GCHead) : 0;
    char *nm = mem_realloc(mem, pre + size);
    if (nm == NULL)
        return exc_no_memory();
    o = (Object *)(nm + pre);
    ((VarObject *)o)->size = nitems;
    return o;
}

void obj_dealloc(Object *o)
{
    TYPE(o)->dealloc(o);
}

/* ---- the singletons ---- */

static Object *none_repr(Object *o)
{
    UNUSED(o);
    return str_intern_cstr("None");
}

static int none_bool(Object *o)
{
    UNUSED(o);
    return 0;
}

static hash_t none_hash(Object *o)
{
    UNUSED(o);
    return (hash_t)0xFCA86420;   /* CPython 3.12 fixed it; any constant will do */
}

static void static_dealloc(Object *o)
{
    /* Statically allocated objects are never freed; reaching zero is a refcount bug. */
    fprintf(stderr, "tally: deallocating static object of type %s\n", TYPE(o)->name);
    o->refcnt = 1;
}

static Object *none_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (nargs != 0 || (kwnames && TUPLE_SIZE(kwnames)))
        return exc_format(Exc_TypeError, "%s takes no arguments", type->name);
    if (type == &none_type) RETURN_NONE;
    if (type == &notimpl_type) RETURN_NOTIMPL;
    return obj_newref(ELLIPSIS);
}

TypeObject none_type = {
    .ob = {{1, &type_type}, 0},
    .name = "NoneType",
    .basicsize = sizeof(Object),
    .dealloc = static_dealloc,
    .repr = none_repr,
    .hash = none_hash,
    .nb_bool = none_bool,
    .tp_new = none_new,
};

static Object *notimpl_repr(Object *o)
{
    UNUSED(o);
    return str_intern_cstr("NotImplemented");
}

TypeObject notimpl_type = {
    .ob = {{1, &type_type}, 0},
    .name = "NotImplementedType",
    .basicsize = sizeof(Object),
    .dealloc = static_dealloc,
    .repr = notimpl_repr,
    .tp_new = none_new,
};

static Object *ellipsis_repr(Object *o)
{
    UNUSED(o);
    return str_intern_cstr("Ellipsis");
}

TypeObject ellipsis_type = {
    .ob = {{1, &type_type}, 0},
    .name = "ellipsis",
    .basicsize = sizeof(Object),
    .dealloc = static_dealloc,
    .repr = ellipsis_repr,
    .tp_new = none_new,
};

Object none_object = {1, &none_type};
Object notimpl_object = {1, &notimpl_type};
Object ellipsis_object = {1, &ellipsis_type};

/* ---- repr, str, hash ---- */

Object *obj_repr(Object *o)
{
    TypeObject *t = TYPE(o);
    if (t->repr == NULL)
        return str_from_format("<%s object at %p>", t->name, (void *)o);
    if (vm_enter_recursion(" while getting the repr of an object"))
        return NULL;
    Object *r = t->repr(o);
    vm_leave_recursion();
    if (r != NULL && !STR_CHECK(r)) {
        exc_format(Exc_TypeError, "__repr__ returned non-string (type %s)", obj_type_name(r));
        OBJ_DECREF(r);
        return NULL;
    }
    return r;
}

Object *obj_str(Object *o)
{
    if (STR_CHECK_EXACT(o))
        return obj_newref(o);
    TypeObject *t = TYPE(o);
    if (t->str == NULL)
        return obj_repr(o);
    if (vm_enter_recursion(" while getting the str of an object"))
        return NULL;
    Object *r = t->str(o);
    vm_leave_recursion();
    if (r != NULL && !STR_CHECK(r)) {
        exc_format(Exc_TypeError, "__str__ returned non-string (type %s)", obj_type_name(r));
        OBJ_DECREF(r);
        return NULL;
    }
    return r;
}

Object *obj_ascii(Object *o)
{
    Object *r = obj_repr(o);
    if (r == NULL || STR_IS_ASCII(r))
        return r;
    StrBuilder sb;
    sb_init(&sb);
    const unsigned char *p = (const unsigned char *)STR_DATA(r);
    const unsigned char *end = p + STR_NBYTES(r);
    while (p < end) {
        int n;
        uint32_t cp = str_utf8_decode((const char *)p, &n);
        char buf[16];
        if (cp < 0x80) sb_append_char(&sb, (char)cp);
        else {
            if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
            else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
            else snprintf(buf, sizeof buf, "\\U%08x", cp);
            sb_append_cstr(&sb, buf);
        }
        p += n;
    }
    OBJ_DECREF(r);
    return sb_finish(&sb);
}

hash_t obj_hash(Object *o)
{
    hashfunc h = TYPE(o)->hash;
    if (h == NULL) {
        exc_format(Exc_TypeError, "unhashable type: '%s'", obj_type_name(o));
        return -1;
    }
    return h(o);
}

const char *obj_type_name(Object *o)
{
    return TYPE(o)->name;
}

/* ---- comparison ---- */

static const int swapped_op[] = { RICH_GT, RICH_GE, RICH_EQ, RICH_NE, RICH_LT, RICH_LE };
static const char *const op_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };

Object *obj_richcompare(Object *v, Object *w, int op)
{
    richcmpfunc f;
    Object *res;
    bool checked_reverse = false;
    if (vm_enter_recursion(" in comparison"))
        return NULL;
    if (TYPE(v) != TYPE(w) && type_is_subtype(TYPE(w), TYPE(v)) && (f = TYPE(w)->richcompare) != NULL) {
        checked_reverse = true;
        res = f(w, v, swapped_op[op]);
        if (res != NOTIMPL) goto done;
        OBJ_DECREF(res);
    }
    if ((f = TYPE(v)->richcompare) != NULL) {
        res = f(v, w, op);
        if (res != NOTIMPL) goto done;
        OBJ_DECREF(res);
    }
    if (!checked_reverse && (f = TYPE(w)->richcompare) != NULL) {
        res = f(w, v, swapped_op[op]);
        if (res != NOTIMPL) goto done;
        OBJ_DECREF(res);
    }
    switch (op) {
    case RICH_EQ: res = bool_from(v == w); break;
    case RICH_NE: res = bool_from(v != w); break;
    default:
        res = exc_format(Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                         op_symbols[op], obj_type_name(v), obj_type_name(w));
    }
done:
    vm_leave_recursion();
    return res;
}

int obj_richcompare_bool(Object *v, Object *w, int op)
{
    if (v == w) {
        if (op == RICH_EQ) return 1;
        if (op == RICH_NE) return 0;
    }
    Object *res = obj_richcompare(v, w, op);
    if (res == NULL)
        return -1;
    int r = (res == TRUE_OBJ) ? 1 : (res == FALSE_OBJ) ? 0 : obj_is_true(res);
    OBJ_DECREF(res);
    return r;
}

int obj_is_true(Object *o)
{
    if (o == TRUE_OBJ) return 1;
    if (o == FALSE_OBJ || o == NONE) return 0;
    TypeObject *t = TYPE(o);
    if (t->nb_bool != NULL)
        return t->nb_bool(o);
    if (t->len != NULL) {
        ssize_t n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- attributes ---- */

Object **obj_dict_ptr(Object *o)
{
    TypeObject *t = TYPE(o);
    ssize_t off = t->dictoffset;
    if (off == 0)
        return NULL;
    if (off < 0) {
        /* var-sized instances (int, str, bytes, tuple subclasses) keep it after their items, at
         * the end of the allocation: n is the item count the type allocated with */
        ssize_t n = SIZE(o) < 0 ? -SIZE(o) : SIZE(o);
        if (TYPE_HAS_FLAG(t, TPFLAG_STR_SUBCLASS))
            n = STR_NBYTES(o) + 1;
        else if (TYPE_HAS_FLAG(t, TPFLAG_BYTES_SUBCLASS))
            n = n + 1;
        else if (TYPE_HAS_FLAG(t, TPFLAG_INT_SUBCLASS) && n == 0)
            n = 1;
        ssize_t size = (t->basicsize + n * t->itemsize + 7) & ~(ssize_t)7;
        off += size;
    }
    return (Object **)((char *)o + off);
}

/* ---- the type attribute cache (CPython's method cache) ----------------------------------------
 * A lookup on a type walks its MRO, one dict lookup per class, and most attribute reads on an
 * instance start with one (to find data descriptors). The cache remembers each result, found or
 * not, under (version tag, name). type_modified gives a type and all its subclasses new tags
 * whenever a dict in their MRO may change, and tags are never reused, so an entry whose tag is
 * the type's current one is right. The name is held (not borrowed) so that its address cannot be
 * taken by another string while the entry lives; the value is borrowed from a dict the tag
 * vouches for. */
#define TYPE_CACHE_SIZE 4096

typedef struct TypeCacheEntry {
    uint64_t tag;
    Object *name;              /* owned, exact str */
    Object *value;             /* borrowed, or NULL: "not found" */
} TypeCacheEntry;

static TypeCacheEntry type_cache[TYPE_CACHE_SIZE];

static inline size_t type_cache_index(uint64_t tag, Object *name)
{
    return (size_t)((tag * 0x9E3779B97F4A7C15u) >> 40 ^ (uintptr_t)name >> 4) & (TYPE_CACHE_SIZE - 1);
}

static Object *type_lookup_uncached(TypeObject *type, Object *name)
{
    Object *mro = type->mro;
    if (mro == NULL) {
        if (type->dict == NULL)
            return NULL;
        return dict_get_item_borrow(type->dict, name);
    }
    ssize_t n = TUPLE_SIZE(mro);
    for (ssize_t i = 0; i < n; i++) {
        TypeObject *base = (TypeObject *)TUPLE_GET(mro, i);
        if (base->dict == NULL)
            continue;
        Object *v = dict_get_item_borrow(base->dict, name);
        if (v != NULL)
            return v;
    }
    return NULL;
}

Object *type_lookup_borrow(TypeObject *type, Object *name)
{
    uint64_t tag = type->version_tag;
    if (UNLIKELY(tag == 0 || !STR_CHECK_EXACT(name)))
        return type_lookup_uncached(type, name);
    TypeCacheEntry *e = &type_cache[type_cache_index(tag, name)];
    if (LIKELY(e->tag == tag && e->name == name))
        return e->value;
    Object *v = type_lookup_uncached(type, name);
    if ((v == NULL && exc_occurred()) || type->version_tag != tag)
        return v;           /* a key's __eq__ ran code that changed the type: do not cache */
    e->tag = tag;
    OBJ_SETREF(e->name, obj_newref(name));
    e->value = v;
    return v;
}

void type_cache_clear(void)
{
    for (size_t i = 0; i < TYPE_CACHE_SIZE; i++) {
        type_cache[i].tag = 0;
        type_cache[i].value = NULL;
        OBJ_CLEAR(type_cache[i].name);
    }
}

Object *obj_generic_getattr(Object *o, Object *name)
{
    TypeObject *t = TYPE(o);
    Object *descr = type_lookup_borrow(t, name);
    descrgetfunc get = NULL;
    if (descr != NULL) {
        OBJ_INCREF(descr);
        get = TYPE(descr)->descr_get;
        if (get != NULL && TYPE(descr)->descr_set != NULL) {
            Object *r = get(descr, o, (Object *)t);
            OBJ_DECREF(descr);
            return r;
        }
    }
    Object **dictptr = obj_dict_ptr(o);
    if (dictptr != NULL && *dictptr != NULL) {
        Object *v = dict_get_item_borrow(*dictptr, name);
        if (v != NULL) {
            OBJ_INCREF(v);
            OBJ_XDECREF(descr);
            return v;
        }
        if (exc_occurred()) {
            OBJ_XDECREF(descr);
            return NULL;
        }
    }
    if (get != NULL) {
        Object *r = get(descr, o, (Object *)t);
        OBJ_DECREF(descr);
        return r;
    }
    if (descr != NULL)
        return descr;
    return exc_format(Exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
}

int obj_generic_setattr(Object *o, Object *name, Object *value)
{
    TypeObject *t = TYPE(o);
    if (!STR_CHECK(name)) {
        exc_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
        return -1;
    }
    Object *descr = type_lookup_borrow(t, name);
    if (descr != NULL && TYPE(descr)->descr_set != NULL) {
        OBJ_INCREF(descr);
        int r = TYPE(descr)->descr_set(descr, o, value);
        OBJ_DECREF(descr);
        return r;
    }
    Object **dictptr = obj_dict_ptr(o);
    if (dictptr == NULL) {
        if (descr == NULL)
            exc_format(Exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
        else
            exc_format(Exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        return -1;
    }
    if (value == NULL) {
        if (*dictptr == NULL || dict_get_item_borrow(*dictptr, name) == NULL) {
            if (!exc_occurred())
                exc_format(Exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
            return -1;
        }
        return dict_del_item(*dictptr, name);
    }
    if (*dictptr == NULL) {
        bool owned = type_owns_instance_dict(t);
        if (owned)
            gc_count_add(-1);   /* CPython 3.11 keeps these attributes inline: not an allocation */
        *dictptr = dict_new();
        if (*dictptr == NULL)
            return -1;
        if (owned)
            ((DictObject *)*dictptr)->flags |= DICT_OWNED_BY_INSTANCE;
    }
    if (descr != NULL)
        t->flags |= TPFLAG_SHADOWED;    /* the instance's own name hides the type's */
    return dict_set_item(*dictptr, name, value);
}

/* AttributeError.name and .obj, for "Did you mean" (CPython 3.11 sets them in PyObject_GetAttr). */
static void set_attribute_error_context(Object *o, Object *name)
{
    Object *exc = exc_fetch();
    Object *cur = obj_getattr_cstr(exc, "name");
    if (cur == NONE) {
        if (obj_setattr_cstr(exc, "name", name) < 0 || obj_setattr_cstr(exc, "obj", o) < 0)
            exc_clear();
    }
    if (cur == NULL)
        exc_clear();
    OBJ_XDECREF(cur);
    exc_restore(exc);
}

Object *obj_getattr(Object *o, Object *name)
{
    TypeObject *t = TYPE(o);
    if (!STR_CHECK(name))
        return exc_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
    Object *r = t->getattro != NULL ? t->getattro(o, name) : obj_generic_getattr(o, name);
    if (r == NULL && exc_matches(Exc_AttributeError))
        set_attribute_error_context(o, name);
    return r;
}

Object *obj_getattr_cstr(Object *o, const char *name)
{
    Object *n = str_intern_cstr(name);
    if (n == NULL)
        return NULL;
    Object *r = obj_getattr(o, n);
    OBJ_DECREF(n);
    return r;
}

Object *obj_lookup_attr(Object *o, Object *name, int *found)
{
    Object *r = obj_getattr(o, name);
    if (r != NULL) {
        *found = 1;
        return r;
    }
    if (exc_matches(Exc_AttributeError)) {
        exc_clear();
        *found = 0;
    } else {
        *found = -1;
    }
    return NULL;
}

int obj_setattr(Object *o, Object *name, Object *value)
{
    TypeObject *t = TYPE(o);
    if (!STR_CHECK(name)) {
        exc_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
        return -1;
    }
    if (t->setattro != NULL)
        return t->setattro(o, name, value);
    if (t->getattro == NULL || t->getattro == obj_generic_getattr)
        return obj_generic_setattr(o, name, value);
    exc_format(Exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    return -1;
}

int obj_setattr_cstr(Object *o, const char *name, Object *value)
{
    Object *n = str_intern_cstr(name);
    if (n == NULL)
        return -1;
    int r = obj_setattr(o, n, value);
    OBJ_DECREF(n);
    return r;
}

int obj_hasattr_cstr(Object *o, const char *name)
{
    Object *r = obj_getattr_cstr(o, name);
    if (r == NULL) {
        exc_clear();
        return 0;
    }
    OBJ_DECREF(r);
    return 1;
}

int obj_print(Object *o, FILE *out, bool use_repr)
{
    Object *s = use_repr ? obj_repr(o) : obj_str(o);
    if (s == NULL)
        return -1;
    fwrite(STR_DATA(s), 1, (size_t)STR_NBYTES(s), out);
    OBJ_DECREF(s);
    return 0;
}
