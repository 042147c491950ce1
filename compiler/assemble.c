/* assemble.c: turns a unit's instruction list into a CodeObject.
 * 1. Flow analysis from the entry: the stack depth before every reachable instruction (jumps use
 *    the taken-branch effect, handlers start at their SETUP depth + 1 for the exception), which
 *    gives co_stacksize and each handler's depth.
 * 2. Unreachable instructions, SETUP marks and jumps to the next instruction are dropped; labels
 *    become instruction indices.
 * 3. Positions: an artificial instruction (line -1) takes the position of its only predecessor,
 *    as CPython 3.11's propagate_line_numbers does.
 * 4. The exception table: one entry per run of consecutive instructions with the same innermost
 *    handler (CPython 3.11's assembler), in instruction order, so no two entries overlap. */
#include "compiler/compile_internal.h"
#include "gc/alloc.h"
#include "vm/errors.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include <string.h>

static bool is_jump(int op)
{
    return op < OP__COUNT && opcode_is_jump((Opcode)op);
}

/* Instructions after which control never falls through to the next one. */
static bool no_fallthrough(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static int internal_error(const char *what)
{
    exc_format(Exc_SystemError, "compiler: %s", what);
    return -1;
}

typedef struct Flow {
    int *depth;         /* per instruction, -1 = unreachable */
    int *work;          /* stack of instructions to visit */
    int nwork;
    int maxdepth;
} Flow;

static int propagate(Flow *f, int target, int depth)
{
    if (depth < 0) return internal_error("stack underflow");
    if (f->depth[target] < 0) {
        f->depth[target] = depth;
        f->work[f->nwork++] = target;
    } else if (f->depth[target] != depth) {
        return internal_error("inconsistent stack depth");
    }
    if (depth > f->maxdepth) f->maxdepth = depth;
    return 0;
}

static int analyze_flow(Unit *u, Flow *f)
{
    int n = u->ncode;
    int *deferred = mem_alloc(sizeof(int) * (size_t)(n + 1));
    if (!deferred) return (exc_no_memory(), -1);
    int ndeferred = 0;
    int r = -1;
    if (n > 0 && propagate(f, 0, 0) < 0) goto done;
    for (;;) {
        while (f->nwork > 0) {
            int i = f->work[--f->nwork];
            CInstr *in = &u->code[i];
            int d = f->depth[i];
            if (in->handler >= 0) {
                HandlerRec *h = &u->handlers[in->handler];
                if (h->depth < 0) {
                    deferred[ndeferred++] = i;      /* its SETUP hasn't been seen yet */
                    continue;
                }
                if (propagate(f, u->labels[h->label], h->depth + 1) < 0) goto done;
            }
            if (in->op == PSEUDO_SETUP) {
                HandlerRec *h = &u->handlers[in->arg];
                h->depth = d + h->adjust;
                if (i + 1 < n && propagate(f, i + 1, d) < 0) goto done;
                continue;
            }
            if (is_jump(in->op)) {
                int t = u->labels[in->arg];
                if (t < 0 || t >= n) {
                    internal_error("jump to an unbound label");
                    goto done;
                }
                if (propagate(f, t, d + opcode_stack_effect((Opcode)in->op, in->arg, true)) < 0) goto done;
            }
            int after = d + opcode_stack_effect((Opcode)in->op, in->arg, false);
            if (after > f->maxdepth) f->maxdepth = after;
            if (!no_fallthrough(in->op)) {
                if (i + 1 >= n) {
                    internal_error("code falls off the end");
                    goto done;
                }
                if (propagate(f, i + 1, after) < 0) goto done;
            } else if (after < 0) {
                internal_error("stack underflow");
                goto done;
            }
        }
        /* retry instructions whose handler depth is now known */
        int progress = 0, nleft = 0;
        for (int k = 0; k < ndeferred; k++) {
            int i = deferred[k];
            if (u->handlers[u->code[i].handler].depth >= 0) {
                f->work[f->nwork++] = i;
                progress = 1;
            } else {
                deferred[nleft++] = i;
            }
        }
        ndeferred = nleft;
        if (!progress) break;
    }
    if (ndeferred) {
        internal_error("exception handler used before its setup");
        goto done;
    }
    r = 0;
done:
    mem_free(deferred);
    return r;
}

/* ---- jump optimizations (CPython 3.11's optimize_basic_block / extend_block) ---- */

#define MAX_COPY_SIZE 4

/* Retargets jumps to unconditional jumps on the same line (line events stay the same). */
static void thread_jumps(Unit *u)
{
    for (int i = 0; i < u->ncode; i++) {
        CInstr *in = &u->code[i];
        for (int guard = 0; guard < 100 && is_jump(in->op) && in->op != OP_FOR_ITER && in->op != OP_SEND; guard++) {
            int t = u->labels[in->arg];
            if (t < 0 || t >= u->ncode) break;
            CInstr *tg = &u->code[t];
            if (tg->loc.lineno != in->loc.lineno || tg->arg == in->arg) break;
            if (tg->op == OP_JUMP) {
                in->arg = tg->arg;
            } else if ((in->op == OP_JUMP_IF_FALSE_OR_POP && tg->op == OP_POP_JUMP_IF_FALSE) ||
                       (in->op == OP_JUMP_IF_TRUE_OR_POP && tg->op == OP_POP_JUMP_IF_TRUE)) {
                /* the value would be popped there anyway */
                in->op = tg->op;
                in->arg = tg->arg;
            } else if (in->op == tg->op &&
                       (in->op == OP_JUMP_IF_FALSE_OR_POP || in->op == OP_JUMP_IF_TRUE_OR_POP)) {
                in->arg = tg->arg;
            } else {
                break;
            }
        }
    }
}

/* Length of the exit block at [t] (instructions up to a return/raise, with no label inside and no
 * line number: implicit returns only, as CPython 3.11), or 0. */
static int exit_block_len(Unit *u, const bool *labelled, int t)
{
    for (int k = t; k < u->ncode && k - t < MAX_COPY_SIZE; k++) {
        int op = u->code[k].op;
        if (k > t && labelled[k]) return 0;
        if (op == PSEUDO_SETUP || is_jump(op) || u->code[k].loc.lineno >= 0) return 0;
        if (op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS) return k - t + 1;
    }
    return 0;
}

/* Replaces each JUMP to a small artificial exit block (`LOAD_CONST None; RETURN_VALUE`) by a copy. */
static int inline_exit_blocks(Unit *u)
{
    int n = u->ncode;
    bool *labelled = mem_calloc((size_t)n + 1, sizeof(bool));
    int *copylen = mem_calloc((size_t)n + 1, sizeof(int));
    int *newpos = mem_alloc(sizeof(int) * (size_t)(n + 1));
    CInstr *code = NULL;
    int r = -1;
    if (!labelled || !copylen || !newpos) goto nomem;
    for (int l = 0; l < u->nlabels; l++)
        if (u->labels[l] >= 0 && u->labels[l] <= n) labelled[u->labels[l]] = true;
    int total = 0, ninlined = 0;
    for (int i = 0; i < n; i++) {
        newpos[i] = total;
        if (u->code[i].op == OP_JUMP && u->labels[u->code[i].arg] != i + 1) {
            copylen[i] = exit_block_len(u, labelled, u->labels[u->code[i].arg]);
            if (copylen[i]) ninlined++;
        }
        total += copylen[i] ? copylen[i] : 1;
    }
    newpos[n] = total;
    if (ninlined == 0) {
        r = 0;
        goto done;
    }
    code = mem_alloc(sizeof(CInstr) * (size_t)(total ? total : 1));
    if (!code) goto nomem;
    for (int i = 0, j = 0; i < n; i++) {
        if (!copylen[i]) {
            code[j++] = u->code[i];
            continue;
        }
        int t = u->labels[u->code[i].arg];
        for (int k = 0; k < copylen[i]; k++) code[j++] = u->code[t + k];
    }
    for (int l = 0; l < u->nlabels; l++)
        if (u->labels[l] >= 0) u->labels[l] = newpos[u->labels[l]];
    mem_free(u->code);
    u->code = code;
    u->ncode = u->capcode = total;
    code = NULL;
    r = 0;
    goto done;
nomem:
    exc_no_memory();
done:
    mem_free(labelled);
    mem_free(copylen);
    mem_free(newpos);
    mem_free(code);
    return r;
}

static Object *names_tuple(const StrMap *m)
{
    Object *t = tuple_new(m->len);
    if (!t) return NULL;
    for (int i = 0; i < m->len; i++) {
        Object *s = str_intern_cstr(m->keys[i]);
        if (!s) {
            OBJ_DECREF(t);
            return NULL;
        }
        tuple_set_item_steal(t, i, s);
    }
    return t;
}

static Object *interned(const char *s)
{
    return str_intern_cstr(s);
}

static int code_flags(Unit *u)
{
    SymScope *ste = u->ste;
    int flags = 0;
    if (ste->type == BLOCK_FUNCTION) {
        flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        if (ste->nested) flags |= CO_NESTED;
        if (ste->generator) flags |= CO_GENERATOR;
        if (ste->varargs) flags |= CO_VARARGS;
        if (ste->varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags;
}

/* Fills everything but the instructions, positions and exception table. */
static int fill_tables(Compiler *c, Unit *u, CodeObject *co)
{
    Object *consts = tuple_new(u->consts.len);
    if (!consts) return -1;
    for (int i = 0; i < u->consts.len; i++) tuple_set_item_steal(consts, i, u->consts.items[i]);
    u->consts.len = 0;          /* the references moved to the tuple */
    co->consts = consts;
    if (!(co->names = names_tuple(&u->names)) || !(co->varnames = names_tuple(&u->varnames)) ||
        !(co->cellvars = names_tuple(&u->cellvars)) || !(co->freevars = names_tuple(&u->freevars)))
        return -1;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->nlocals = u->varnames.len;
    co->ncells = u->cellvars.len;
    co->nfrees = u->freevars.len;
    co->flags = code_flags(u);
    co->firstlineno = u->firstlineno;
    /* parameters that are also cells: the VM moves the argument into the cell */
    int nparams = u->argcount + u->kwonlyargcount + (u->ste->varargs ? 1 : 0) + (u->ste->varkeywords ? 1 : 0);
    bool any = false;
    for (int i = 0; i < u->cellvars.len; i++) {
        int p = symtable_map_find(&u->varnames, u->cellvars.keys[i], NULL);
        if (p >= 0 && p < nparams) any = true;
    }
    if (any) {
        co->cell2arg = mem_alloc(sizeof(int) * (size_t)u->cellvars.len);
        if (!co->cell2arg) return (exc_no_memory(), -1);
        for (int i = 0; i < u->cellvars.len; i++) {
            int p = symtable_map_find(&u->varnames, u->cellvars.keys[i], NULL);
            co->cell2arg[i] = p >= 0 && p < nparams ? p : -1;
        }
    }
    if (!(co->name = interned(u->name)) || !(co->qualname = str_from_cstr(u->qualname))) return -1;
    co->filename = obj_newref(c->filename_obj);
    co->source = obj_xnewref(c->source_obj);
    return 0;
}

static int emit_code(Unit *u, Flow *f, CodeObject *co)
{
    int n = u->ncode;
    int r = -1;
    bool *keep = mem_calloc((size_t)n + 1, sizeof(bool));
    int *newidx = mem_alloc(sizeof(int) * (size_t)(n + 1));
    int *preds = NULL, *jumpsrc = NULL;
    if (!keep || !newidx) goto nomem;
    for (int i = 0; i < n; i++) keep[i] = f->depth[i] >= 0 && u->code[i].op != PSEUDO_SETUP;
    /* drop jumps to the next kept instruction, until none is left */
    for (bool changed = true; changed;) {
        changed = false;
        int k = 0;
        for (int i = 0; i < n; i++) {
            newidx[i] = k;
            if (keep[i]) k++;
        }
        newidx[n] = k;
        for (int i = 0; i < n; i++) {
            if (keep[i] && u->code[i].op == OP_JUMP && newidx[u->labels[u->code[i].arg]] == newidx[i] + 1) {
                keep[i] = false;
                changed = true;
                break;
            }
        }
    }
    int ncode = newidx[n];
    co->ncode = ncode;
    co->code = mem_alloc(sizeof(Instr) * (size_t)(ncode ? ncode : 1));
    co->positions = mem_alloc(sizeof(Position) * (size_t)(ncode ? ncode : 1));
    preds = mem_calloc((size_t)ncode + 1, sizeof(int));
    jumpsrc = mem_alloc(sizeof(int) * (size_t)(ncode + 1));
    if (!co->code || !co->positions || !preds || !jumpsrc) goto nomem;
    int nexc = 0, prev_handler = -1;
    for (int i = 0, j = 0; i < n; i++) {
        if (!keep[i]) continue;
        CInstr *in = &u->code[i];
        int arg = in->arg;
        if (is_jump(in->op)) {
            arg = newidx[u->labels[in->arg]];
            preds[arg]++;
            jumpsrc[arg] = j;
        }
        if (in->handler >= 0) preds[newidx[u->labels[u->handlers[in->handler].label]]] += 2;
        if (!no_fallthrough(in->op)) preds[j + 1]++;
        co->code[j] = MAKE_INSTR(in->op, arg);
        co->positions[j] = (Position){in->loc.lineno, in->loc.end_lineno, in->loc.col_offset, in->loc.end_col_offset};
        if (in->handler >= 0 && in->handler != prev_handler) nexc++;
        prev_handler = in->handler;
        j++;
    }
    /* artificial instructions take the position of their only predecessor */
    for (int j = 0; j < ncode; j++) {
        if (co->positions[j].lineno >= 0 || preds[j] != 1) continue;
        if (j > 0 && !no_fallthrough(INSTR_OP(co->code[j - 1]))) co->positions[j] = co->positions[j - 1];
        else co->positions[j] = co->positions[jumpsrc[j]];
    }
    /* the exception table */
    co->exctable = mem_alloc(sizeof(ExcTableEntry) * (size_t)(nexc ? nexc : 1));
    if (!co->exctable) goto nomem;
    co->nexc = 0;
    prev_handler = -1;
    for (int i = 0; i < n; i++) {
        if (!keep[i]) continue;
        int h = u->code[i].handler;
        int j = newidx[i];
        if (h >= 0 && h == prev_handler) {
            co->exctable[co->nexc - 1].end = j + 1;
        } else if (h >= 0) {
            HandlerRec *hr = &u->handlers[h];
            if (hr->depth < 0) {
                internal_error("handler without a depth");
                goto done;
            }
            co->exctable[co->nexc++] = (ExcTableEntry){j, j + 1, newidx[u->labels[hr->label]], hr->depth};
        }
        prev_handler = h;
    }
    r = 0;
    goto done;
nomem:
    exc_no_memory();
done:
    mem_free(keep);
    mem_free(newidx);
    mem_free(preds);
    mem_free(jumpsrc);
    return r;
}

CodeObject *compile_assemble(Compiler *c, bool add_none)
{
    Unit *u = c->u;
    if (add_none) {
        UNSET_LOC(c);
        if (compile_load_none(c) < 0 || compile_addop(c, OP_RETURN_VALUE, 0) < 0) return NULL;
    }
    for (int i = 0; i < u->ncode; i++) {
        if (is_jump(u->code[i].op) && u->labels[u->code[i].arg] < 0) {
            internal_error("unbound label");
            return NULL;
        }
    }
    thread_jumps(u);
    if (inline_exit_blocks(u) < 0) return NULL;
    Flow f = {0};
    f.depth = mem_alloc(sizeof(int) * (size_t)(u->ncode + 1));
    f.work = mem_alloc(sizeof(int) * (size_t)(2 * u->ncode + 1));
    CodeObject *co = NULL;
    if (!f.depth || !f.work) {
        exc_no_memory();
        goto done;
    }
    for (int i = 0; i < u->ncode; i++) f.depth[i] = -1;
    if (analyze_flow(u, &f) < 0) goto done;
    co = code_new();
    if (!co) goto done;
    co->stacksize = f.maxdepth;
    if (emit_code(u, &f, co) < 0 || fill_tables(c, u, co) < 0 || code_finish(co) < 0) {
        OBJ_DECREF(co);
        co = NULL;
    }
done:
    mem_free(f.depth);
    mem_free(f.work);
    return co;
}
