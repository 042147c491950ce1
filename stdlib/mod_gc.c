/* mod_gc.c: the gc module, a thin layer over the collector in gc/gc.c: collect, counts and
 * thresholds, enable/disable, tracking queries, referents/referrers, statistics, callbacks,
 * garbage and the debug flags, with CPython 3.11's names, results and errors. */
#include "gc/gc.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "vm/errors.h"
#include "vm/traceback.h"
#include "stdlib/modules.h"
#include <time.h>
#include <limits.h>

#define DEBUG_STATS 1
#define DEBUG_COLLECTABLE 2
#define DEBUG_UNCOLLECTABLE 4
#define DEBUG_SAVEALL 32
#define DEBUG_LEAK (DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL)

static Object *gc_module;       /* borrowed: sys.modules owns it */
static int debug_flags;

static Object *module_list(const char *name)
{
    if (gc_module == NULL)
        return NULL;
    Object *l = dict_get_str_borrow(module_dict_borrow(gc_module), name);
    return l != NULL && LIST_CHECK(l) ? l : NULL;
}

/* gc.callbacks: each is called with ("start"|"stop", {"generation", "collected", "uncollectable"}) */
static void run_callbacks(const char *phase, int generation, ssize_t collected, ssize_t uncollectable)
{
    Object *cbs = module_list("callbacks");
    if (cbs == NULL || LIST_SIZE(cbs) == 0)
        return;
    Object *saved = exc_fetch();
    Object *info = dict_new();
    Object *ph = str_from_cstr(phase);
    Object *g = int_from_long(generation), *c = int_from_ssize(collected), *u = int_from_ssize(uncollectable);
    if (info && ph && g && c && u && dict_set_str(info, "generation", g) == 0 &&
        dict_set_str(info, "collected", c) == 0 && dict_set_str(info, "uncollectable", u) == 0) {
        Object *copy = list_slice(cbs, 0, LIST_SIZE(cbs));
        for (ssize_t i = 0; copy != NULL && i < LIST_SIZE(copy); i++) {
            Object *args[2] = { ph, info };
            Object *r = obj_call(LIST_GET(copy, i), args, 2, NULL);
            if (r == NULL)
                vm_write_unraisable(LIST_GET(copy, i));
            OBJ_XDECREF(r);
        }
        OBJ_XDECREF(copy);
    }
    OBJ_XDECREF(info); OBJ_XDECREF(ph); OBJ_XDECREF(g); OBJ_XDECREF(c); OBJ_XDECREF(u);
    exc_clear();
    exc_restore(saved);
}

static void on_collect(int phase, int generation, ssize_t collected, ssize_t uncollectable)
{
    static struct timespec started;
    if (phase == 0 && (debug_flags & DEBUG_STATS)) {
        fprintf(stderr, "gc: collecting generation %d...\n", generation);
        fprintf(stderr, "gc: objects in each generation: %zd %zd %zd\n", gc_generation_size(0),
                gc_generation_size(1), gc_generation_size(2));
        fprintf(stderr, "gc: objects in permanent generation: %zd\n", gc_freeze_count());
        clock_gettime(CLOCK_MONOTONIC, &started);
    }
    if (phase == 1 && (debug_flags & DEBUG_STATS)) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        double elapsed = (double)(now.tv_sec - started.tv_sec) + (double)(now.tv_nsec - started.tv_nsec) / 1e9;
        fprintf(stderr, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n", collected,
                uncollectable, elapsed);
    }
    run_callbacks(phase == 0 ? "start" : "stop", generation, collected, uncollectable);
}

/* DEBUG_COLLECTABLE, as CPython's debug_cycle. (DEBUG_UNCOLLECTABLE prints nothing: without
 * legacy tp_del finalizers, nothing is ever uncollectable, as for CPython's Python classes.) */
static void print_collectable(Object *o)
{
    fflush(stdout);
    fprintf(stderr, "gc: collectable <%s %p>\n", obj_type_name(o), (void *)o);
}

static void save_garbage(Object *o)
{
    Object *g = module_list("garbage");
    if (g != NULL && list_append(g, o) < 0)
        exc_clear();
}

/* An int argument converted as CPython's "i" format: TypeError for non-integers, OverflowError
 * "Python int too large to convert to C int". 0, or -1 with an exception set. */
static int as_c_int(Object *o, int *out)
{
    Object *i = obj_index(o);
    if (i == NULL)
        return -1;
    int overflow;
    long x = int_as_long(i, &overflow);
    OBJ_DECREF(i);
    if (overflow || x > INT_MAX || x < INT_MIN) {
        exc_set_string(Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static Object *gc_collect_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    static const char *const names[] = {"generation", NULL};
    Object *gen = NULL;
    if (arg_parse("collect", args, nargs, kwnames, names, 0, 0, &gen) < 0)
        return NULL;
    int g = 2;
    if (gen != NULL && as_c_int(gen, &g) < 0)
        return NULL;
    if (g < 0 || g > 2)
        return exc_set_string(Exc_ValueError, "invalid generation");
    ssize_t n = gc_collect(g);
    if (n < 0)
        return NULL;
    return int_from_ssize(n);
}

static Object *gc_get_count_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("gc.get_count", kwnames) < 0 || arg_count("gc.get_count", nargs, 0, 0) < 0)
        return NULL;
    Object *a = int_from_long(gc_state.generations[0].count);
    Object *b = int_from_long(gc_state.generations[1].count);
    Object *c = int_from_long(gc_state.generations[2].count);
    Object *t = (a && b && c) ? tuple_pack(3, a, b, c) : NULL;
    OBJ_XDECREF(a); OBJ_XDECREF(b); OBJ_XDECREF(c);
    return t;
}

static Object *gc_get_threshold_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("gc.get_threshold", kwnames) < 0 || arg_count("gc.get_threshold", nargs, 0, 0) < 0)
        return NULL;
    Object *a = int_from_long(gc_state.generations[0].threshold);
    Object *b = int_from_long(gc_state.generations[1].threshold);
    Object *c = int_from_long(gc_state.generations[2].threshold);
    Object *t = (a && b && c) ? tuple_pack(3, a, b, c) : NULL;
    OBJ_XDECREF(a); OBJ_XDECREF(b); OBJ_XDECREF(c);
    return t;
}

static Object *gc_set_threshold_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("set_threshold", kwnames) < 0)
        return NULL;
    if (nargs < 1)
        return exc_format(Exc_TypeError, "set_threshold() takes at least 1 argument (%zd given)", nargs);
    if (nargs > 3)
        return exc_format(Exc_TypeError, "set_threshold() takes at most 3 arguments (%zd given)", nargs);
    int v[3];
    for (ssize_t i = 0; i < nargs; i++) {
        if (!INT_CHECK(args[i]))
            return exc_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(args[i]));
        int overflow;
        long x = int_as_long(args[i], &overflow);
        if (overflow || x > INT32_MAX || x < INT32_MIN)
            return exc_set_string(Exc_OverflowError, "signed integer is greater than maximum");
        v[i] = (int)x;
    }
    for (ssize_t i = 0; i < nargs; i++)
        gc_state.generations[i].threshold = v[i];
    RETURN_NONE;
}

static Object *gc_enable_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("gc.enable", kwnames) < 0 || arg_count("gc.enable", nargs, 0, 0) < 0)
        return NULL;
    gc_state.enabled = true;
    RETURN_NONE;
}

static Object *gc_disable_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("gc.disable", kwnames) < 0 || arg_count("gc.disable", nargs, 0, 0) < 0)
        return NULL;
    gc_state.enabled = false;
    RETURN_NONE;
}

static Object *gc_isenabled_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("gc.isenabled", kwnames) < 0 || arg_count("gc.isenabled", nargs, 0, 0) < 0)
        return NULL;
    return bool_from(gc_state.enabled);
}

static Object *gc_is_tracked_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("gc.is_tracked", kwnames) < 0 || arg_count("gc.is_tracked", nargs, 1, 1) < 0)
        return NULL;
    return bool_from(gc_is_tracked(args[0]));
}

static Object *gc_is_finalized_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("gc.is_finalized", kwnames) < 0 || arg_count("gc.is_finalized", nargs, 1, 1) < 0)
        return NULL;
    return bool_from(gc_is_finalized(args[0]));
}

static int append_obj(Object *o, void *arg)
{
    if (o == arg)
        return 0;
    return list_append((Object *)arg, o) < 0 ? -1 : 0;
}

static Object *gc_get_objects_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    static const char *const names[] = {"generation", NULL};
    Object *gen = NULL;
    if (arg_parse("get_objects", args, nargs, kwnames, names, 0, 0, &gen) < 0)
        return NULL;
    ssize_t g = -1;
    if (gen != NULL && gen != NONE) {
        if (!INT_CHECK(gen))
            return exc_format(Exc_TypeError, "argument should be integer or None, not '%s'", obj_type_name(gen));
        g = obj_as_ssize(gen, Exc_OverflowError);
        if (g == -1 && exc_occurred())
            return NULL;
        if (g >= 3)
            return exc_format(Exc_ValueError, "generation parameter must be less than the number of available generations (%i)", 3);
        if (g < -1)     /* -1 means every generation, as None */
            return exc_set_string(Exc_ValueError, "generation parameter cannot be negative");
    }
    Object *result = list_new(0);
    if (result == NULL)
        return NULL;
    for (int i = 0; i < 3; i++) {
        if (g >= 0 && i != g)
            continue;
        if (gc_visit_generation(i, append_obj, result) != 0) {
            OBJ_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int visit_append(Object *o, void *arg)
{
    return list_append((Object *)arg, o) < 0 ? -1 : 0;
}

static Object *gc_get_referents_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("get_referents", kwnames) < 0)
        return NULL;
    Object *result = list_new(0);
    if (result == NULL)
        return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        Object *o = args[i];
        if (!OBJ_IS_GC(o) || TYPE(o)->traverse == NULL)
            continue;
        if (TYPE(o)->traverse(o, visit_append, result) != 0) {
            OBJ_DECREF(result);
            return NULL;
        }
    }
    return result;
}

typedef struct ReferrerSearch {
    Object *const *targets;
    ssize_t ntargets;
    Object *result;
    Object *current;
    bool hit;
} ReferrerSearch;

static int visit_find(Object *o, void *arg)
{
    ReferrerSearch *rs = arg;
    for (ssize_t i = 0; i < rs->ntargets; i++)
        if (rs->targets[i] == o)
            rs->hit = true;
    return 0;
}

static int check_referrer(Object *o, void *arg)
{
    ReferrerSearch *rs = arg;
    if (o == rs->result || TYPE(o)->traverse == NULL)
        return 0;
    rs->hit = false;
    TYPE(o)->traverse(o, visit_find, rs);
    if (rs->hit && list_append(rs->result, o) < 0)
        return -1;
    return 0;
}

static Object *gc_get_referrers_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("get_referrers", kwnames) < 0)
        return NULL;
    ReferrerSearch rs = { args, nargs, list_new(0), NULL, false };
    if (rs.result == NULL)
        return NULL;
    for (int i = 0; i < 3; i++) {
        if (gc_visit_generation(i, check_referrer, &rs) != 0) {
            OBJ_DECREF(rs.result);
            return NULL;
        }
    }
    return rs.result;
}

static Object *gc_get_stats_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("gc.get_stats", kwnames) < 0 || arg_count("gc.get_stats", nargs, 0, 0) < 0)
        return NULL;
    Object *result = list_new(0);
    if (result == NULL)
        return NULL;
    for (int i = 0; i < 3; i++) {
        Object *d = dict_new();
        Object *a = int_from_ssize(gc_state.stats[i].collections);
        Object *b = int_from_ssize(gc_state.stats[i].collected);
        Object *c = int_from_ssize(gc_state.stats[i].uncollectable);
        int err = !(d && a && b && c) || dict_set_str(d, "collections", a) < 0 ||
                  dict_set_str(d, "collected", b) < 0 || dict_set_str(d, "uncollectable", c) < 0 ||
                  list_append(result, d) < 0;
        OBJ_XDECREF(d); OBJ_XDECREF(a); OBJ_XDECREF(b); OBJ_XDECREF(c);
        if (err) {
            OBJ_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static Object *gc_set_debug_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("gc.set_debug", kwnames) < 0 || arg_count("gc.set_debug", nargs, 1, 1) < 0)
        return NULL;
    int v;
    if (as_c_int(args[0], &v) < 0)
        return NULL;
    debug_flags = v;
    gc_state.debug_saveall = (debug_flags & DEBUG_SAVEALL) != 0;
    gc_state.on_unreachable = (debug_flags & DEBUG_COLLECTABLE) ? print_collectable : NULL;
    RETURN_NONE;
}

/* gc.freeze(), gc.unfreeze(), gc.get_freeze_count(): the permanent generation (gc/gc.c) */
static Object *gc_freeze_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("gc.freeze", kwnames) < 0 || arg_count("gc.freeze", nargs, 0, 0) < 0)
        return NULL;
    gc_freeze();
    RETURN_NONE;
}

static Object *gc_unfreeze_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("gc.unfreeze", kwnames) < 0 || arg_count("gc.unfreeze", nargs, 0, 0) < 0)
        return NULL;
    gc_unfreeze();
    RETURN_NONE;
}

static Object *gc_get_freeze_count_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("gc.get_freeze_count", kwnames) < 0 || arg_count("gc.get_freeze_count", nargs, 0, 0) < 0)
        return NULL;
    return int_from_ssize(gc_freeze_count());
}

static Object *gc_get_debug_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("gc.get_debug", kwnames) < 0 || arg_count("gc.get_debug", nargs, 0, 0) < 0)
        return NULL;
    return int_from_long(debug_flags);
}

static MethodDef gc_functions[] = {
    {"collect", gc_collect_m, 0, "Run the garbage collector."},
    {"get_count", gc_get_count_m, 0, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold_m, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold_m, 0, "Set the collection thresholds."},
    {"enable", gc_enable_m, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable_m, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled_m, 0, "Returns true if automatic garbage collection is enabled."},
    {"is_tracked", gc_is_tracked_m, 0, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized_m, 0, "Returns true if the object has been already finalized by the GC."},
    {"get_objects", gc_get_objects_m, 0, "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referents", gc_get_referents_m, 0, "Return the list of objects that are directly referred to by 'objs'."},
    {"get_referrers", gc_get_referrers_m, 0, "Return the list of objects that directly refer to any of 'objs'."},
    {"get_stats", gc_get_stats_m, 0, "Return a list of dictionaries containing per-generation statistics."},
    {"set_debug", gc_set_debug_m, 0, "Set the garbage collection debugging flags."},
    {"get_debug", gc_get_debug_m, 0, "Get the garbage collection debugging flags."},
    {"freeze", gc_freeze_m, 0, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze_m, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count_m, 0, "Return the number of objects in the permanent generation."},
    {NULL, NULL, 0, NULL}
};

Object *mod_gc_init(void)
{
    Object *m = module_new("gc");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, gc_functions) < 0)
        goto error;
    static const struct { const char *name; int value; } consts[] = {
        {"DEBUG_STATS", DEBUG_STATS}, {"DEBUG_COLLECTABLE", DEBUG_COLLECTABLE},
        {"DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE}, {"DEBUG_SAVEALL", DEBUG_SAVEALL},
        {"DEBUG_LEAK", DEBUG_LEAK},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        Object *v = int_from_long(consts[i].value);
        if (v == NULL || module_add_object(m, consts[i].name, v) < 0) {
            OBJ_XDECREF(v);
            goto error;
        }
        OBJ_DECREF(v);
    }
    Object *garbage = list_new(0), *callbacks = list_new(0);
    if (garbage == NULL || callbacks == NULL || module_add_object(m, "garbage", garbage) < 0 ||
        module_add_object(m, "callbacks", callbacks) < 0) {
        OBJ_XDECREF(garbage);
        OBJ_XDECREF(callbacks);
        goto error;
    }
    OBJ_DECREF(garbage);
    OBJ_DECREF(callbacks);
    gc_module = m;
    gc_state.on_collect = on_collect;
    gc_state.save_garbage = save_garbage;
    return m;
error:
    OBJ_DECREF(m);
    return NULL;
}
