/* gc.c: the generational cycle collector (CPython 3.11's algorithm).
 *
 * Every container carries a GCHead just before it (objects/object.h):
 *     next: the next object in its generation's list; 0 when untracked. During a collection its
 *           low bit (NEXT_UNREACHABLE) marks objects tentatively moved to the unreachable list.
 *     prev: the previous object, with two flag bits: PREV_FINALIZED (__del__ already ran, PEP 442)
 *           and PREV_COLLECTING (the object belongs to the generation being collected). During a
 *           collection the bits above the flags hold gc_refs instead of the back link.
 *
 * A collection of generations 0..n:
 *  1. merge the younger generations into generation n ("young");
 *  2. update_refs:     gc_refs = refcount for every young object;
 *  3. subtract_refs:   for every reference from one young object to another (found by the types'
 *                      traverse), gc_refs -= 1. What is left counts references from outside;
 *  4. move_unreachable: objects with gc_refs > 0 are reachable, and so is everything reachable
 *                      from them; the rest goes to "unreachable". Prev links are rebuilt here;
 *  4b. weakrefs:      clear every weak reference to the unreachable, then call the callbacks
 *                      of the weakrefs that are themselves reachable (CPython's handle_weakrefs);
 *  5. finalize:        call __del__ (once per object, PEP 442) on the unreachable;
 *  6. resurrection:    recompute step 2-4 on the unreachable: objects a finalizer made reachable
 *                      again go back to the old generation;
 *  7. delete_garbage:  call each type's clear, which drops the references of the cycle so that
 *                      refcounting frees it;
 *  8. survivors move to the next generation.
 * Thresholds (700, 10, 10): generation 0 collects when its count (tracked allocations minus
 * deallocations) exceeds 700; generation n+1 when n has been collected 10 times; a full
 * collection also waits until the long-lived pending objects exceed 25% of the long-lived total. */
#include "gc/gc.h"
#include "vm/errors.h"
#include "objects/floatobject.h"
#include "objects/tupleobject.h"
#include "objects/object.h"
#include "objects/dictobject.h"
#include "objects/weakrefobject.h"
#include <string.h>

#define NEXT_UNREACHABLE ((uintptr_t)1)
#define PREV_FINALIZED ((uintptr_t)1)
#define PREV_COLLECTING ((uintptr_t)2)
#define PREV_FLAGS ((uintptr_t)3)
#define REFS_SHIFT 2

GCState gc_state;

#define GEN_HEAD(n) (&gc_state.generations[n].head)

static inline GCHead *gc_next(GCHead *g) { return (GCHead *)(g->next & ~NEXT_UNREACHABLE); }
static inline GCHead *gc_prev(GCHead *g) { return (GCHead *)(g->prev & ~PREV_FLAGS); }
static inline void set_next(GCHead *g, GCHead *n) { g->next = (uintptr_t)n; }
static inline void set_prev(GCHead *g, GCHead *p) { g->prev = (uintptr_t)p | (g->prev & PREV_FLAGS); }

static inline ssize_t get_refs(GCHead *g) { return (ssize_t)(g->prev >> REFS_SHIFT); }
static inline void set_refs(GCHead *g, ssize_t r)
{
    g->prev = (g->prev & PREV_FLAGS) | ((uintptr_t)r << REFS_SHIFT);
}
static inline void reset_refs(GCHead *g, ssize_t r)
{
    g->prev = (g->prev & PREV_FINALIZED) | PREV_COLLECTING | ((uintptr_t)r << REFS_SHIFT);
}
static inline bool is_collecting(GCHead *g) { return (g->prev & PREV_COLLECTING) != 0; }
static inline void clear_collecting(GCHead *g) { g->prev &= ~PREV_COLLECTING; }

/* ---- lists ---- */

static void list_init(GCHead *l)
{
    l->next = (uintptr_t)l;
    l->prev = (uintptr_t)l;
}

static bool list_is_empty(GCHead *l)
{
    return gc_next(l) == l;
}

static void list_append(GCHead *node, GCHead *list)
{
    GCHead *last = (GCHead *)list->prev;
    set_prev(node, last);
    set_next(node, list);
    last->next = (uintptr_t)node;
    list->prev = (uintptr_t)node;
}

static void list_remove(GCHead *node)
{
    GCHead *prev = gc_prev(node), *next = gc_next(node);
    prev->next = (uintptr_t)next;
    set_prev(next, prev);
    node->next = 0;
}

static void list_move(GCHead *node, GCHead *list)
{
    GCHead *prev = gc_prev(node), *next = gc_next(node);
    prev->next = (uintptr_t)next;
    set_prev(next, prev);
    list_append(node, list);
}

/* Appends all of [from] to [to]; [from] becomes empty. */
static void list_merge(GCHead *from, GCHead *to)
{
    if (list_is_empty(from))
        return;
    GCHead *to_tail = (GCHead *)to->prev;
    GCHead *from_head = gc_next(from), *from_tail = (GCHead *)from->prev;
    to_tail->next = (uintptr_t)from_head;
    set_prev(from_head, to_tail);
    from_tail->next = (uintptr_t)to;
    to->prev = (uintptr_t)from_tail;
    list_init(from);
}

static ssize_t list_size(GCHead *l)
{
    ssize_t n = 0;
    for (GCHead *g = gc_next(l); g != l; g = gc_next(g))
        n++;
    return n;
}

/* ---- tracking ---- */

void gc_track(Object *o)
{
    GCHead *g = AS_GC(o);
    if (g->next != 0) {
        fprintf(stderr, "tally: object of type %s already tracked\n", obj_type_name(o));
        return;
    }
    list_append(g, GEN_HEAD(0));
}

void gc_untrack(Object *o)
{
    GCHead *g = AS_GC(o);
    if (g->next != 0)
        list_remove(g);
}

bool gc_is_tracked(Object *o)
{
    return OBJ_IS_GC(o) && AS_GC(o)->next != 0;
}

bool gc_is_finalized(Object *o)
{
    return OBJ_IS_GC(o) && (AS_GC(o)->prev & PREV_FINALIZED) != 0;
}

void gc_set_finalized(Object *o)
{
    if (OBJ_IS_GC(o))
        AS_GC(o)->prev |= PREV_FINALIZED;
}

void gc_on_alloc(void)
{
    gc_state.generations[0].count++;
    if (gc_state.generations[0].count > gc_state.generations[0].threshold &&
        gc_state.enabled && gc_state.generations[0].threshold != 0 && !gc_state.collecting &&
        gc_state.allow_automatic && !exc_occurred())
        gc_collect_generations();
}

void gc_count_add(int n)
{
    ssize_t c = gc_state.generations[0].count + n;
    gc_state.generations[0].count = c > 0 ? c : 0;
}

void gc_on_free(void)
{
    if (gc_state.generations[0].count > 0)
        gc_state.generations[0].count--;
}

/* ---- the phases ---- */

/* Phase 2. Post: every object of [containers] has gc_refs = its refcount and the COLLECTING flag. */
static void update_refs(GCHead *containers)
{
    for (GCHead *g = gc_next(containers); g != containers; g = gc_next(g))
        reset_refs(g, REFCNT(FROM_GC(g)));
}

/* Containers that hold only atoms can never be in a cycle: stop tracking them (as CPython does
 * for tuples at every collection and for dicts at full collections). */
static void untrack_atomic(GCHead *young, bool dicts_too)
{
    GCHead *g = gc_next(young);
    while (g != young) {
        GCHead *next = gc_next(g);
        Object *o = FROM_GC(g);
        if (TYPE(o) == &tuple_type)
            tuple_maybe_untrack(o);
        else if (dicts_too && TYPE(o) == &dict_type)
            dict_maybe_untrack(o);
        g = next;
    }
}

static int visit_decref(Object *o, void *arg)
{
    UNUSED(arg);
    if (OBJ_IS_GC(o)) {
        GCHead *g = AS_GC(o);
        if (g->next != 0 && is_collecting(g))
            set_refs(g, get_refs(g) - 1);
    }
    return 0;
}

/* Phase 3. Post: gc_refs counts only the references from outside [containers]. */
static void subtract_refs(GCHead *containers)
{
    for (GCHead *g = gc_next(containers); g != containers; g = gc_next(g)) {
        Object *o = FROM_GC(g);
        traverseproc t = TYPE(o)->traverse;
        if (t != NULL)
            t(o, visit_decref, NULL);
    }
}

static int visit_reachable(Object *o, void *arg)
{
    GCHead *reachable = arg;
    if (!OBJ_IS_GC(o))
        return 0;
    GCHead *g = AS_GC(o);
    if (g->next == 0 || !is_collecting(g))
        return 0;
    if (g->next & NEXT_UNREACHABLE) {
        /* moved to unreachable earlier, but reachable after all: back to the end of young, where
         * move_unreachable will reach it again */
        GCHead *prev = gc_prev(g), *next = gc_next(g);
        prev->next = (prev->next & NEXT_UNREACHABLE) | (uintptr_t)next;
        set_prev(next, prev);
        list_append(g, reachable);
        set_refs(g, 1);
    } else if (get_refs(g) == 0) {
        set_refs(g, 1);
    }
    return 0;
}

/* Phase 4. Pre: gc_refs are external counts. Post: [young] holds the reachable objects with valid
 * prev links and no COLLECTING flag; [unreachable] the rest, still flagged COLLECTING and with
 * NEXT_UNREACHABLE set in their next links. */
static void move_unreachable(GCHead *young, GCHead *unreachable)
{
    GCHead *prev = young;
    GCHead *g = gc_next(young);
    while (g != young) {
        if (get_refs(g) > 0) {
            Object *o = FROM_GC(g);
            traverseproc t = TYPE(o)->traverse;
            if (t != NULL)
                t(o, visit_reachable, young);
            set_prev(g, prev);
            clear_collecting(g);
            prev = g;
        } else {
            /* tentatively unreachable: prev->next skips it */
            prev->next = g->next;
            GCHead *last = (GCHead *)unreachable->prev;
            last->next = NEXT_UNREACHABLE | (uintptr_t)g;
            set_prev(g, last);
            g->next = NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->prev = (uintptr_t)g;
        }
        g = (GCHead *)prev->next;
    }
    young->prev = (uintptr_t)prev;
    unreachable->next &= ~NEXT_UNREACHABLE;
}

static void clear_unreachable_mask(GCHead *unreachable)
{
    for (GCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g))
        g->next &= ~NEXT_UNREACHABLE;
}

/* Phase 4b (CPython's handle_weakrefs): clear every weak reference to an unreachable object
 * before any code can run; then call the callbacks of those weakrefs that are themselves
 * reachable (a weakref in the garbage never calls back). Returns the number of such weakrefs
 * freed by dropping the collector's reference, which count as collected. */
static ssize_t handle_weakrefs(GCHead *unreachable, GCHead *old)
{
    GCHead wrcb_to_call;
    list_init(&wrcb_to_call);
    for (GCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g)) {
        Object *o = FROM_GC(g);
        if (WEAKREF_CHECK(o))
            weakref_clear_ref_keep_callback((WeakrefObject *)o);
        WeakrefObject **list = weakref_list_ptr(o);
        if (list == NULL)
            continue;
        for (WeakrefObject *wr = *list; wr != NULL; wr = *list) {
            weakref_clear_ref_keep_callback(wr);
            if (wr->callback == NULL)
                continue;
            GCHead *wg = AS_GC(wr);
            if (wg->next != 0 && is_collecting(wg))
                continue;           /* trash itself: cleared above or below, never called */
            OBJ_INCREF(wr);
            if (wg->next != 0)
                list_move(wg, &wrcb_to_call);
            else
                list_append(wg, &wrcb_to_call);
        }
    }
    ssize_t freed = 0;
    while (!list_is_empty(&wrcb_to_call)) {
        GCHead *wg = gc_next(&wrcb_to_call);
        WeakrefObject *wr = (WeakrefObject *)FROM_GC(wg);
        weakref_call_callback(wr);
        OBJ_DECREF(wr);
        if (gc_next(&wrcb_to_call) == wg)
            list_move(wg, old);     /* still alive */
        else
            freed++;
    }
    return freed;
}

/* Phase 5: PEP 442 finalizers, once per object. */
static void finalize_garbage(GCHead *collectable)
{
    GCHead seen;
    list_init(&seen);
    while (!list_is_empty(collectable)) {
        GCHead *g = gc_next(collectable);
        Object *o = FROM_GC(g);
        list_move(g, &seen);
        if (TYPE(o)->finalize != NULL && !(g->prev & PREV_FINALIZED)) {
            g->prev |= PREV_FINALIZED;
            OBJ_INCREF(o);
            TYPE(o)->finalize(o);
            OBJ_DECREF(o);
        }
    }
    list_merge(&seen, collectable);
}

/* Phase 6: after finalizers ran, objects they made reachable again go to [old]; the rest stays. */
static void handle_resurrected(GCHead *unreachable, GCHead *still_unreachable, GCHead *old)
{
    update_refs(unreachable);
    subtract_refs(unreachable);
    move_unreachable(unreachable, still_unreachable);
    clear_unreachable_mask(still_unreachable);
    list_merge(unreachable, old);
}

/* Phase 7: break the cycles. Each clear drops references; refcounting then frees the objects. */
static void delete_garbage(GCHead *collectable, GCHead *old)
{
    while (!list_is_empty(collectable)) {
        GCHead *g = gc_next(collectable);
        Object *o = FROM_GC(g);
        if (gc_state.debug_saveall && gc_state.save_garbage != NULL) {
            gc_state.save_garbage(o);
        } else {
            inquiry clear = TYPE(o)->clear;
            if (clear != NULL) {
                OBJ_INCREF(o);
                clear(o);
                if (exc_occurred())
                    exc_clear();
                OBJ_DECREF(o);
            }
        }
        if (gc_next(collectable) == g) {
            /* still alive: keep it in the old generation */
            clear_collecting(g);
            list_move(g, old);
        }
    }
}

/* ---- a collection ---- */

static ssize_t collect(int generation)
{
    gc_state.collecting = true;
    for (int i = 0; i <= generation; i++)
        gc_state.generations[i].count = 0;
    if (generation + 1 < NUM_GENERATIONS)
        gc_state.generations[generation + 1].count++;
    for (int i = 0; i < generation; i++)
        list_merge(GEN_HEAD(i), GEN_HEAD(generation));
    GCHead *young = GEN_HEAD(generation);
    GCHead *old = generation < NUM_GENERATIONS - 1 ? GEN_HEAD(generation + 1) : young;

    if (generation == NUM_GENERATIONS - 1 && !gc_state.allow_automatic)
        list_merge(&gc_state.permanent.head, young);     /* shutdown: frozen objects too */
    untrack_atomic(young, generation == NUM_GENERATIONS - 1);
    update_refs(young);
    subtract_refs(young);
    GCHead unreachable;
    list_init(&unreachable);
    move_unreachable(young, &unreachable);
    clear_unreachable_mask(&unreachable);
    if (young != old) {
        if (generation == NUM_GENERATIONS - 2)
            gc_state.long_lived_pending += list_size(young);
        list_merge(young, old);
    } else {
        gc_state.long_lived_pending = 0;
        gc_state.long_lived_total = list_size(young);
    }
    ssize_t m = list_size(&unreachable);
    if (gc_state.on_unreachable != NULL && gc_state.on_collect != NULL)
        for (GCHead *g = gc_next(&unreachable); g != &unreachable; g = gc_next(g))
            gc_state.on_unreachable(FROM_GC(g));
    m += handle_weakrefs(&unreachable, old);
    finalize_garbage(&unreachable);
    GCHead final_unreachable;
    list_init(&final_unreachable);
    handle_resurrected(&unreachable, &final_unreachable, old);
    delete_garbage(&final_unreachable, old);
    gc_state.stats[generation].collections++;
    gc_state.stats[generation].collected += m;
    if (generation == NUM_GENERATIONS - 1) {
        float_clear_freelist();     /* as CPython's clear_freelists: a full collection returns them */
        tuple_clear_freelists();
    }
    gc_state.collecting = false;
    return m;
}

ssize_t gc_collect(int generation)
{
    if (gc_state.collecting)
        return 0;
    if (generation < 0 || generation >= NUM_GENERATIONS) {
        exc_set_string(Exc_ValueError, "invalid generation");
        return -1;
    }
    Object *saved = exc_fetch();
    if (gc_state.on_collect != NULL)
        gc_state.on_collect(0, generation, 0, 0);
    ssize_t n = collect(generation);
    if (gc_state.on_collect != NULL)
        gc_state.on_collect(1, generation, n, 0);
    exc_restore(saved);
    return n;
}

void gc_collect_generations(void)
{
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        Generation *gen = &gc_state.generations[i];
        if (gen->count > gen->threshold) {
            /* a full collection waits for pending long-lived objects to be 25% of the total */
            if (i == NUM_GENERATIONS - 1 && gc_state.long_lived_pending < gc_state.long_lived_total / 4)
                continue;
            gc_collect(i);
            break;
        }
    }
}

int gc_init(void)
{
    static const int thresholds[NUM_GENERATIONS] = {700, 10, 10};
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        list_init(GEN_HEAD(i));
        gc_state.generations[i].threshold = thresholds[i];
        gc_state.generations[i].count = 0;
    }
    list_init(&gc_state.permanent.head);
    gc_state.enabled = true;
    gc_state.allow_automatic = false;
    return 0;
}

void gc_fini(void)
{
    gc_state.enabled = false;
}

void gc_freeze(void)
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        list_merge(GEN_HEAD(i), &gc_state.permanent.head);
    gc_state.generations[0].count = 0;
}

void gc_unfreeze(void)
{
    list_merge(&gc_state.permanent.head, GEN_HEAD(NUM_GENERATIONS - 1));
}

ssize_t gc_freeze_count(void)
{
    return list_size(&gc_state.permanent.head);
}

ssize_t gc_generation_size(int generation)
{
    return list_size(GEN_HEAD(generation));
}

int gc_visit_generation(int generation, int (*fn)(Object *o, void *arg), void *arg)
{
    GCHead *h = GEN_HEAD(generation);
    for (GCHead *g = gc_next(h); g != h; g = gc_next(g)) {
        int r = fn(FROM_GC(g), arg);
        if (r)
            return r;
    }
    return 0;
}
