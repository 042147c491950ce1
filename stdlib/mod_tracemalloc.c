/* mod_tracemalloc.c: the _tracemalloc module (CPython 3.11's API). While tracing, the allocator's
 * hooks (gc/alloc.h) record every live block: its real block size and the Python traceback at
 * allocation time (interned, so identical tracebacks are stored once). Both tables are
 * open-addressing hashes in plain malloc'd memory: allocating them with mem_alloc would trace them.
 * stdlib/lib/tracemalloc.py builds Snapshot, Statistic, Traceback... on top of it. */
#include "stdlib/mod_tracemalloc.h"
#include "stdlib/modules.h"
#include "gc/alloc.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/funcobject.h"
#include "objects/codeobject.h"
#include "vm/errors.h"
#include "vm/vmstate.h"
#include "vm/frame.h"

#include <stdlib.h>
#include <string.h>

#define MAX_NFRAME 65535

/* One frame of a traceback: a new reference to the code's filename, and a line. */
typedef struct TmFrame {
    Object *filename;
    int lineno;
} TmFrame;

/* An interned traceback, most recent frame first. Never freed while tracing, except by clear. */
typedef struct TmTraceback {
    uint64_t hash;
    uint16_t nframe;
    uint16_t total_nframe;      /* frames on the stack at allocation time (capped at 65535) */
    Object *tuple;              /* cached Python form while _get_traces runs, else NULL */
    TmFrame frames[];
} TmTraceback;

/* One traced block; ptr 0 marks an empty slot. */
typedef struct TmTrace {
    uintptr_t ptr;
    size_t size;
    TmTraceback *tb;
} TmTrace;

static struct {
    bool tracing;
    int max_nframe;
    TmTrace *traces;            /* trace_cap slots (a power of two), or NULL */
    size_t trace_cap, trace_count;
    TmTraceback **tbs;          /* tb_cap slots, NULL = empty */
    size_t tb_cap, tb_count;
    size_t tb_bytes;            /* malloc'd bytes of the interned tracebacks */
    TmFrame *scratch;           /* max_nframe frames, where a traceback is gathered */
    Object *unknown;            /* "<unknown>": the filename when no Python frame runs */
    size_t traced, peak;
    bool paused;                /* while _get_traces builds its list: new blocks go untraced */
} tm = { .max_nframe = 1 };

/* ---- hashing ---------------------------------------------------------------------------- */

static inline uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

static inline size_t ptr_slot(uintptr_t p, size_t cap)
{
    return (size_t)(mix((uint64_t)p >> 4) & (cap - 1));
}

/* ---- the trace table, keyed by block address (linear probing, backward-shift deletion) ---- */

static TmTrace *trace_find(uintptr_t p)
{
    if (tm.traces == NULL)
        return NULL;
    for (size_t i = ptr_slot(p, tm.trace_cap);; i = (i + 1) & (tm.trace_cap - 1)) {
        if (tm.traces[i].ptr == p)
            return &tm.traces[i];
        if (tm.traces[i].ptr == 0)
            return NULL;
    }
}

static int trace_grow(void)
{
    size_t cap = tm.trace_cap ? tm.trace_cap * 2 : 1024;
    TmTrace *t = calloc(cap, sizeof *t);
    if (t == NULL)
        return -1;
    for (size_t j = 0; j < tm.trace_cap; j++) {
        if (tm.traces[j].ptr == 0)
            continue;
        size_t i = ptr_slot(tm.traces[j].ptr, cap);
        while (t[i].ptr != 0)
            i = (i + 1) & (cap - 1);
        t[i] = tm.traces[j];
    }
    free(tm.traces);
    tm.traces = t;
    tm.trace_cap = cap;
    return 0;
}

static void trace_add(uintptr_t p, size_t size, TmTraceback *tb)
{
    TmTrace *t = trace_find(p);
    if (t != NULL) {                    /* cannot happen with the allocator's contract; be safe */
        tm.traced -= t->size;
    } else {
        if ((tm.trace_count + 1) * 2 > tm.trace_cap && trace_grow() < 0)
            return;                     /* out of memory: the block goes untraced */
        size_t i = ptr_slot(p, tm.trace_cap);
        while (tm.traces[i].ptr != 0)
            i = (i + 1) & (tm.trace_cap - 1);
        t = &tm.traces[i];
        t->ptr = p;
        tm.trace_count++;
    }
    t->size = size;
    t->tb = tb;
    tm.traced += size;
    if (tm.traced > tm.peak)
        tm.peak = tm.traced;
}

static void trace_remove(uintptr_t p)
{
    TmTrace *t = trace_find(p);
    if (t == NULL)
        return;
    tm.traced -= t->size;
    tm.trace_count--;
    size_t mask = tm.trace_cap - 1, hole = (size_t)(t - tm.traces);
    /* backward shift: pull later members of the cluster into the hole when their home allows */
    for (size_t i = (hole + 1) & mask; tm.traces[i].ptr != 0; i = (i + 1) & mask) {
        size_t home = ptr_slot(tm.traces[i].ptr, tm.trace_cap);
        if (((i - home) & mask) >= ((i - hole) & mask)) {
            tm.traces[hole] = tm.traces[i];
            hole = i;
        }
    }
    tm.traces[hole].ptr = 0;
}

/* ---- interned tracebacks ---------------------------------------------------------------- */

static bool tb_equal(const TmTraceback *tb, uint64_t h, const TmFrame *fr, int n, int total)
{
    if (tb->hash != h || tb->nframe != n || tb->total_nframe != total)
        return false;
    for (int i = 0; i < n; i++) {
        if (tb->frames[i].filename != fr[i].filename || tb->frames[i].lineno != fr[i].lineno)
            return false;
    }
    return true;
}

static int tb_grow(void)
{
    size_t cap = tm.tb_cap ? tm.tb_cap * 2 : 256;
    TmTraceback **t = calloc(cap, sizeof *t);
    if (t == NULL)
        return -1;
    for (size_t j = 0; j < tm.tb_cap; j++) {
        if (tm.tbs[j] == NULL)
            continue;
        size_t i = (size_t)(tm.tbs[j]->hash & (cap - 1));
        while (t[i] != NULL)
            i = (i + 1) & (cap - 1);
        t[i] = tm.tbs[j];
    }
    free(tm.tbs);
    tm.tbs = t;
    tm.tb_cap = cap;
    return 0;
}

/* The interned traceback of the running code (borrowed), or NULL when out of memory. */
static TmTraceback *traceback_here(void)
{
    int n = 0, total = 0;
    for (Frame *f = vm.frame; f != NULL; f = f->back) {
        if (n < tm.max_nframe) {
            Object *fn = f->code->filename;
            tm.scratch[n].filename = fn != NULL ? fn : tm.unknown;
            tm.scratch[n].lineno = code_line_of(f->code, frame_lasti(f));
            n++;
        }
        if (total < MAX_NFRAME)
            total++;
    }
    if (n == 0) {
        tm.scratch[0].filename = tm.unknown;
        tm.scratch[0].lineno = 0;
        n = total = 1;
    }
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (uint64_t)total;
    for (int i = 0; i < n; i++)
        h = mix(h ^ (uint64_t)(uintptr_t)tm.scratch[i].filename) + (uint64_t)(unsigned)tm.scratch[i].lineno;
    h = mix(h);
    if (tm.tbs != NULL) {
        for (size_t i = (size_t)(h & (tm.tb_cap - 1));; i = (i + 1) & (tm.tb_cap - 1)) {
            TmTraceback *tb = tm.tbs[i];
            if (tb == NULL)
                break;
            if (tb_equal(tb, h, tm.scratch, n, total))
                return tb;
        }
    }
    if ((tm.tb_count + 1) * 2 > tm.tb_cap && tb_grow() < 0)
        return NULL;
    size_t bytes = sizeof(TmTraceback) + (size_t)n * sizeof(TmFrame);
    TmTraceback *tb = malloc(bytes);
    if (tb == NULL)
        return NULL;
    tb->hash = h;
    tb->nframe = (uint16_t)n;
    tb->total_nframe = (uint16_t)total;
    tb->tuple = NULL;
    for (int i = 0; i < n; i++) {
        tb->frames[i] = tm.scratch[i];
        OBJ_INCREF(tb->frames[i].filename);
    }
    size_t i = (size_t)(h & (tm.tb_cap - 1));
    while (tm.tbs[i] != NULL)
        i = (i + 1) & (tm.tb_cap - 1);
    tm.tbs[i] = tb;
    tm.tb_count++;
    tm.tb_bytes += bytes;
    return tb;
}

/* ---- the hooks -------------------------------------------------------------------------- */

static void on_alloc(void *p, size_t size)
{
    if (tm.paused)
        return;
    TmTraceback *tb = traceback_here();
    if (tb != NULL)
        trace_add((uintptr_t)p, size, tb);
}

static void on_free(void *p, size_t size)
{
    UNUSED(size);
    trace_remove((uintptr_t)p);
}

/* Forgets every trace and traceback. The tables are detached before the filenames are released,
 * so the frees that releasing causes find consistent (empty) tables. */
static void clear_all(void)
{
    TmTraceback **tbs = tm.tbs;
    size_t cap = tm.tb_cap;
    free(tm.traces);
    tm.traces = NULL;
    tm.trace_cap = tm.trace_count = 0;
    tm.tbs = NULL;
    tm.tb_cap = tm.tb_count = 0;
    tm.tb_bytes = 0;
    tm.traced = tm.peak = 0;
    for (size_t i = 0; i < cap; i++) {
        TmTraceback *tb = tbs[i];
        if (tb == NULL)
            continue;
        for (int j = 0; j < tb->nframe; j++)
            OBJ_DECREF(tb->frames[j].filename);
        OBJ_XDECREF(tb->tuple);
        free(tb);
    }
    free(tbs);
}

/* ---- C API ------------------------------------------------------------------------------ */

int mod_tracemalloc_start(int nframe)
{
    if (nframe < 1 || nframe > MAX_NFRAME) {
        exc_format(Exc_ValueError, "the number of frames must be in range [1; %d]", MAX_NFRAME);
        return -1;
    }
    if (tm.tracing)
        return 0;
    if (tm.unknown == NULL) {
        tm.unknown = str_from_cstr("<unknown>");
        if (tm.unknown == NULL)
            return -1;
    }
    TmFrame *scratch = malloc((size_t)nframe * sizeof *scratch);
    if (scratch == NULL) {
        exc_no_memory();
        return -1;
    }
    free(tm.scratch);
    tm.scratch = scratch;
    tm.max_nframe = nframe;
    tm.tracing = true;
    mem_set_hooks(on_alloc, on_free);
    return 0;
}

void mod_tracemalloc_stop(void)
{
    if (!tm.tracing)
        return;
    mem_set_hooks(NULL, NULL);
    tm.tracing = false;
    clear_all();
    free(tm.scratch);
    tm.scratch = NULL;
}

bool mod_tracemalloc_is_tracing(void)
{
    return tm.tracing;
}

void mod_tracemalloc_traced_memory(size_t *current, size_t *peak)
{
    *current = tm.traced;
    *peak = tm.peak;
}

size_t mod_tracemalloc_trace_count(void)
{
    return tm.trace_count;
}

void mod_tracemalloc_fini(void)
{
    mod_tracemalloc_stop();
    OBJ_CLEAR(tm.unknown);
    tm.max_nframe = 1;
}

/* ---- Python conversions ----------------------------------------------------------------- */

/* ((filename, lineno), ...) most recent first; cached in tb->tuple when [cache]. New reference. */
static Object *traceback_tuple(TmTraceback *tb, bool cache)
{
    if (tb->tuple != NULL)
        return obj_newref(tb->tuple);
    Object *t = tuple_new(tb->nframe);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < tb->nframe; i++) {
        Object *line = int_from_long(tb->frames[i].lineno);
        Object *pair = line ? tuple_pack(2, tb->frames[i].filename, line) : NULL;
        OBJ_XDECREF(line);
        if (pair == NULL) {
            OBJ_DECREF(t);
            return NULL;
        }
        tuple_set_item_steal(t, i, pair);
    }
    if (cache)
        tb->tuple = obj_newref(t);
    return t;
}

/* ---- the module's functions ------------------------------------------------------------- */

#define NO_ARGS(name)                                                                       \
    do {                                                                                    \
        UNUSED(self); UNUSED(args);                                                         \
        if (arg_no_kwargs("_tracemalloc." name, kwnames) < 0 ||                             \
            arg_count("_tracemalloc." name, nargs, 0, 0) < 0)                               \
            return NULL;                                                                    \
    } while (0)

static Object *tm_start_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("_tracemalloc.start", kwnames) < 0 || arg_count("start", nargs, 0, 1) < 0)
        return NULL;
    int nframe = 1;
    if (nargs == 1) {
        if (!INT_CHECK(args[0]))
            return exc_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              obj_type_name(args[0]));
        int overflow;
        long v = int_as_long(args[0], &overflow);
        if (overflow > 0 || (overflow == 0 && v > INT32_MAX))
            return exc_set_string(Exc_OverflowError, "signed integer is greater than maximum");
        if (overflow < 0 || v < INT32_MIN)
            return exc_set_string(Exc_OverflowError, "signed integer is less than minimum");
        nframe = (int)v;
    }
    if (mod_tracemalloc_start(nframe) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *tm_stop_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    NO_ARGS("stop");
    mod_tracemalloc_stop();
    RETURN_NONE;
}

static Object *tm_is_tracing_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    NO_ARGS("is_tracing");
    return bool_from(tm.tracing);
}

static Object *tm_clear_traces_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    NO_ARGS("clear_traces");
    if (tm.tracing)
        clear_all();
    RETURN_NONE;
}

static Object *tm_get_traced_memory_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    NO_ARGS("get_traced_memory");
    size_t cur = tm.tracing ? tm.traced : 0, peak = tm.tracing ? tm.peak : 0;
    Object *a = int_from_u64(cur), *b = int_from_u64(peak);
    Object *t = (a && b) ? tuple_pack(2, a, b) : NULL;
    OBJ_XDECREF(a);
    OBJ_XDECREF(b);
    return t;
}

static Object *tm_reset_peak_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    NO_ARGS("reset_peak");
    if (tm.tracing)
        tm.peak = tm.traced;
    RETURN_NONE;
}

static Object *tm_get_tracemalloc_memory_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    NO_ARGS("get_tracemalloc_memory");
    size_t n = tm.trace_cap * sizeof(TmTrace) + tm.tb_cap * sizeof(TmTraceback *) + tm.tb_bytes;
    if (tm.scratch != NULL)
        n += (size_t)tm.max_nframe * sizeof(TmFrame);
    return int_from_u64(n);
}

static Object *tm_get_traceback_limit_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    NO_ARGS("get_traceback_limit");
    return int_from_long(tm.max_nframe);
}

/* The traces as a list of (0, size, traceback tuple, total_nframe). As CPython, the blocks of the
 * list itself are not traced (a snapshot does not weigh on the numbers it reports); frees still
 * are, so the table is copied first. */
static Object *tm_get_traces_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    NO_ARGS("_get_traces");
    if (!tm.tracing || tm.trace_count == 0)
        return list_new(0);
    size_t n = tm.trace_count;
    TmTrace *copy = malloc(n * sizeof *copy);
    if (copy == NULL)
        return exc_no_memory();
    size_t k = 0;
    for (size_t i = 0; i < tm.trace_cap; i++) {
        if (tm.traces[i].ptr != 0)
            copy[k++] = tm.traces[i];
    }
    tm.paused = true;
    Object *list = list_new(0);
    Object *domain = int_from_long(0);
    for (size_t i = 0; list != NULL && domain != NULL && i < n; i++) {
        Object *size = int_from_u64(copy[i].size);
        Object *tbt = traceback_tuple(copy[i].tb, true);
        Object *total = int_from_long(copy[i].tb->total_nframe);
        Object *item = (size && tbt && total) ? tuple_pack(4, domain, size, tbt, total) : NULL;
        OBJ_XDECREF(size);
        OBJ_XDECREF(tbt);
        OBJ_XDECREF(total);
        if (item == NULL || list_append(list, item) < 0)
            OBJ_CLEAR(list);
        OBJ_XDECREF(item);
    }
    OBJ_XDECREF(domain);
    free(copy);
    tm.paused = false;
    /* drop the cached tuples: tracebacks interned meanwhile have none */
    for (size_t i = 0; i < tm.tb_cap; i++) {
        if (tm.tbs[i] != NULL)
            OBJ_CLEAR(tm.tbs[i]->tuple);
    }
    return list;
}

static Object *tm_get_object_traceback_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("_tracemalloc._get_object_traceback", kwnames) < 0 ||
        arg_count("_tracemalloc._get_object_traceback", nargs, 1, 1) < 0)
        return NULL;
    if (!tm.tracing)
        RETURN_NONE;
    Object *o = args[0];
    void *block = OBJ_IS_GC(o) ? (void *)AS_GC(o) : (void *)o;
    TmTrace *t = trace_find((uintptr_t)block);
    if (t == NULL)
        RETURN_NONE;
    return traceback_tuple(t->tb, false);
}

static MethodDef tm_functions[] = {
    {"start", tm_start_m, 0,
     "Start tracing Python memory allocations.\n\nAlso set the maximum number of frames stored in the "
     "traceback of a trace to nframe."},
    {"stop", tm_stop_m, 0, "Stop tracing Python memory allocations.\n\nAlso clear traces of memory "
     "blocks allocated by Python."},
    {"is_tracing", tm_is_tracing_m, 0, "Return True if the tracemalloc module is tracing Python memory allocations."},
    {"clear_traces", tm_clear_traces_m, 0, "Clear traces of memory blocks allocated by Python."},
    {"get_traced_memory", tm_get_traced_memory_m, 0,
     "Get the current size and peak size of memory blocks traced by tracemalloc.\n\nReturns a tuple: (current: int, peak: int)."},
    {"reset_peak", tm_reset_peak_m, 0, "Set the peak size of memory blocks traced by tracemalloc to the current size."},
    {"get_tracemalloc_memory", tm_get_tracemalloc_memory_m, 0,
     "Get the memory usage in bytes of the tracemalloc module.\n\nThis memory is used internally to trace memory allocations."},
    {"get_traceback_limit", tm_get_traceback_limit_m, 0,
     "Get the maximum number of frames stored in the traceback of a trace."},
    {"_get_traces", tm_get_traces_m, 0, "Get traces of all memory blocks allocated by Python."},
    {"_get_object_traceback", tm_get_object_traceback_m, 0,
     "Get the traceback where the Python object obj was allocated."},
    {NULL, NULL, 0, NULL}
};

Object *mod_tracemalloc_init(void)
{
    Object *m = module_new("_tracemalloc");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, tm_functions) < 0) {
        OBJ_DECREF(m);
        return NULL;
    }
    return m;
}
