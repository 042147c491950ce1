/* compile_stmt.c: statements to bytecode: definitions (functions, classes), assignments, imports,
 * control flow (if, while, for, break/continue/return with unwinding of the nested blocks) and
 * exception handling (try/except/finally, with) in CPython 3.11's zero-cost shapes: protected
 * ranges are recorded per instruction and become the code object's exception table. */
#include "compiler/compile_internal.h"
#include "vm/errors.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include <string.h>

int compile_visit_stmts(Compiler *c, const AstVec *v)
{
    for (int i = 0; i < v->len; i++) TRY(compile_visit_stmt(c, v->items[i]));
    return 0;
}

static Object *str_const(const char *s)
{
    Object *o = str_from_cstr(s);
    if (o) {
        bool name = true;
        for (const char *p = s; *p; p++)
            if (!(*p == '_' || (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
                name = false;
        if (name) str_intern_inplace(&o);
    }
    return o;
}

/* ------------------------------------------------------------------------------------------ */
/* Functions and classes                                                                      */

static int apply_decorators(Compiler *c, const AstVec *decos)
{
    Loc saved = c->u->loc;
    for (int i = decos->len - 1; i >= 0; i--) {
        SET_LOC(c, ((Expr *)decos->items[i])->loc);
        ADDOP_I(c, OP_CALL, 1);
    }
    SET_LOC(c, saved);
    return 0;
}

static int argannotation(Compiler *c, const char *name, Expr *ann, int *count)
{
    if (!ann) return 0;
    const char *mangled = symtable_mangle(c->st, c->u->private_name, name);
    if (!mangled) return -1;
    TRY(compile_load_const_steal(c, str_const(mangled)));
    if (c->st->future_annotations) TRY(compile_load_const_steal(c, compile_unparse(c, ann)));
    else VISIT_EXPR(c, ann);
    (*count)++;
    return 0;
}

static int argannotations(Compiler *c, const AstVec *args, int *count)
{
    for (int i = 0; i < args->len; i++) {
        Arg *a = args->items[i];
        TRY(argannotation(c, a->name, a->annotation, count));
    }
    return 0;
}

/* Pushes a dict of the annotations (CPython's order); returns 1 if pushed, 0 if none, -1. */
static int visit_annotations(Compiler *c, Arguments *a, Expr *returns)
{
    int count = 0;
    TRY(argannotations(c, &a->args, &count));
    TRY(argannotations(c, &a->posonlyargs, &count));
    if (a->vararg) TRY(argannotation(c, a->vararg->name, a->vararg->annotation, &count));
    TRY(argannotations(c, &a->kwonlyargs, &count));
    if (a->kwarg) TRY(argannotation(c, a->kwarg->name, a->kwarg->annotation, &count));
    TRY(argannotation(c, "return", returns, &count));
    if (count == 0) return 0;
    ADDOP_I(c, OP_BUILD_MAP, count);
    return 1;
}

static Expr *docstring_of(const AstVec *body)
{
    if (body->len == 0) return NULL;
    Stmt *s = body->items[0];
    if (s->kind != STMT_EXPR) return NULL;
    Expr *e = s->v.expr.value;
    return e->kind == EXPR_CONST && e->v.constant.kind == CONST_STR ? e : NULL;
}

static int compile_function(Compiler *c, Stmt *s)
{
    Arguments *args = s->v.funcdef.args;
    const AstVec *decos = &s->v.funcdef.decorators;
    TRY(compile_check_debug_args(c, args));
    TRY(compile_visit_exprs(c, decos));
    int firstlineno = decos->len ? ((Expr *)decos->items[0])->loc.lineno : s->loc.lineno;
    int flags = compile_default_arguments(c, args);
    if (flags < 0) return -1;
    int ann = visit_annotations(c, args, s->v.funcdef.returns);
    if (ann < 0) return -1;
    if (ann) flags |= 4;

    TRY(compile_enter_scope(c, s->v.funcdef.name, UNIT_FUNCTION, s, firstlineno));
    const AstVec *body = &s->v.funcdef.body;
    Expr *doc = docstring_of(body);
    Object *docobj = doc ? compile_const_object(c, doc) : obj_newref(NONE);
    if (!docobj || compile_add_const_steal(c, docobj) < 0) return -1;
    c->u->argcount = args->args.len + args->posonlyargs.len;
    c->u->posonlyargcount = args->posonlyargs.len;
    c->u->kwonlyargcount = args->kwonlyargs.len;
    for (int i = doc ? 1 : 0; i < body->len; i++) TRY(compile_visit_stmt(c, body->items[i]));
    CodeObject *co = compile_assemble(c, true);
    if (!co) return -1;
    compile_exit_scope(c);

    TRY(compile_make_closure(c, co, flags));
    TRY(apply_decorators(c, decos));
    return compile_nameop(c, s->v.funcdef.name, CTX_STORE);
}

static int compile_class(Compiler *c, Stmt *s)
{
    const AstVec *decos = &s->v.classdef.decorators;
    TRY(compile_visit_exprs(c, decos));
    int firstlineno = decos->len ? ((Expr *)decos->items[0])->loc.lineno : s->loc.lineno;

    TRY(compile_enter_scope(c, s->v.classdef.name, UNIT_CLASS, s, firstlineno));
    c->u->private_name = s->v.classdef.name;
    TRY(compile_nameop(c, "__name__", CTX_LOAD));
    TRY(compile_nameop(c, "__module__", CTX_STORE));
    TRY(compile_load_const_steal(c, str_const(c->u->qualname)));
    TRY(compile_nameop(c, "__qualname__", CTX_STORE));
    TRY(compile_body(c, &s->v.classdef.body, false));
    UNSET_LOC(c);
    if (c->u->ste->needs_class_closure) {
        /* return the __class__ cell (also stored as __classcell__ for type.__new__) */
        int i = symtable_map_find(&c->u->cellvars, "__class__", NULL);
        ADDOP_I(c, OP_LOAD_CLOSURE, i);
        ADDOP_I(c, OP_COPY, 1);
        TRY(compile_addop_name(c, OP_STORE_NAME, "__classcell__", false));
    } else {
        TRY(compile_load_none(c));
    }
    ADDOP(c, OP_RETURN_VALUE);
    CodeObject *co = compile_assemble(c, true);
    if (!co) return -1;
    compile_exit_scope(c);

    ADDOP(c, OP_LOAD_BUILD_CLASS);
    TRY(compile_make_closure(c, co, 0));
    TRY(compile_load_const_steal(c, str_const(s->v.classdef.name)));
    TRY(compile_call_helper(c, 2, &s->v.classdef.bases, &s->v.classdef.keywords, false));
    TRY(apply_decorators(c, decos));
    return compile_nameop(c, s->v.classdef.name, CTX_STORE);
}

/* ------------------------------------------------------------------------------------------ */
/* Unwinding for return / break / continue (CPython's compiler_unwind_fblock)                 */

static int unwind_fblock(Compiler *c, FBlock *info, bool preserve_tos)
{
    Unit *u = c->u;
    switch (info->type) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
        return 0;
    case FB_FOR_LOOP:
        /* pop the iterator */
        if (preserve_tos) ADDOP_I(c, OP_SWAP, 2);
        ADDOP(c, OP_POP_TOP);
        return 0;
    case FB_TRY_EXCEPT:
        u->cur_handler = info->outer_handler;
        return 0;
    case FB_FINALLY_TRY:
        u->cur_handler = info->outer_handler;
        if (preserve_tos) TRY(compile_push_fblock(c, FB_POP_VALUE, -1, -1, NULL, u->cur_handler));
        TRY(compile_visit_stmts(c, info->datum));
        if (preserve_tos) compile_pop_fblock(c);
        /* what follows appears to run after the statement that caused the unwinding */
        UNSET_LOC(c);
        return 0;
    case FB_FINALLY_END:
        u->cur_handler = info->outer_handler;
        if (preserve_tos) ADDOP_I(c, OP_SWAP, 2);
        ADDOP(c, OP_POP_TOP);           /* the exception */
        if (preserve_tos) ADDOP_I(c, OP_SWAP, 2);
        ADDOP(c, OP_POP_EXCEPT);
        return 0;
    case FB_WITH: {
        const Stmt *w = info->datum;
        SET_LOC(c, w->loc);
        u->cur_handler = info->outer_handler;
        if (preserve_tos) ADDOP_I(c, OP_SWAP, 2);
        TRY(compile_call_exit_with_nones(c));
        ADDOP(c, OP_POP_TOP);
        UNSET_LOC(c);
        return 0;
    }
    case FB_HANDLER_CLEANUP:
        u->cur_handler = info->outer_handler;
        if (preserve_tos) ADDOP_I(c, OP_SWAP, 2);
        ADDOP(c, OP_POP_EXCEPT);
        if (info->datum) {
            TRY(compile_load_none(c));
            TRY(compile_nameop(c, info->datum, CTX_STORE));
            TRY(compile_nameop(c, info->datum, CTX_DEL));
        }
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos) ADDOP_I(c, OP_SWAP, 2);
        ADDOP(c, OP_POP_TOP);
        return 0;
    }
    return 0;
}

int compile_unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop)
{
    Unit *u = c->u;
    if (u->nfblocks == 0) return 0;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop && (top->type == FB_WHILE_LOOP || top->type == FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    int r = unwind_fblock(c, &copy, preserve_tos);
    if (r == 0) r = compile_unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return r;
}

static int compile_return(Compiler *c, Stmt *s)
{
    Expr *v = s->v.ret.value;
    if (c->u->ste->type != BLOCK_FUNCTION) return compile_error(c, "'return' outside function");
    int err = 0;
    Object *cv = v ? compile_fold(c, v, &err) : NULL;
    if (err) return -1;
    bool preserve_tos = v && !cv;
    if (preserve_tos) {
        VISIT_EXPR(c, v);
    } else if (v && v->loc.lineno == s->loc.lineno) {
        SET_LOC(c, v->loc);
    }
    int saved = c->u->cur_handler;
    if (compile_unwind_fblock_stack(c, preserve_tos, NULL) < 0) {
        OBJ_XDECREF(cv);
        return -1;
    }
    if (!v) TRY(compile_load_none(c));
    else if (cv) TRY(compile_load_const_steal(c, cv));
    ADDOP(c, OP_RETURN_VALUE);
    c->u->cur_handler = saved;
    return 0;
}

static int compile_break_continue(Compiler *c, bool is_break)
{
    FBlock *loop = NULL;
    int saved = c->u->cur_handler;
    TRY(compile_unwind_fblock_stack(c, false, &loop));
    if (!loop) return compile_error(c, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (is_break) {
        TRY(unwind_fblock(c, loop, false));
        ADDOP_JUMP(c, OP_JUMP, loop->exit);
    } else {
        ADDOP_JUMP(c, OP_JUMP, loop->block);
    }
    c->u->cur_handler = saved;
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Loops and conditionals                                                                     */

static int compile_if(Compiler *c, Stmt *s)
{
    int end, next;
    NEW_LABEL(c, end);
    next = end;
    if (s->v.if_.orelse.len) NEW_LABEL(c, next);
    TRY(compile_jump_if(c, s->v.if_.test, next, false));
    TRY(compile_visit_stmts(c, &s->v.if_.body));
    if (s->v.if_.orelse.len) {
        UNSET_LOC(c);
        ADDOP_JUMP(c, OP_JUMP, end);
        USE_LABEL(c, next);
        TRY(compile_visit_stmts(c, &s->v.if_.orelse));
    }
    USE_LABEL(c, end);
    return 0;
}

static int compile_while(Compiler *c, Stmt *s)
{
    int loop, body, anchor, end;
    NEW_LABEL(c, loop);
    NEW_LABEL(c, body);
    NEW_LABEL(c, anchor);
    NEW_LABEL(c, end);
    USE_LABEL(c, loop);
    TRY(compile_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL, c->u->cur_handler));
    TRY(compile_jump_if(c, s->v.while_.test, anchor, false));
    USE_LABEL(c, body);
    TRY(compile_visit_stmts(c, &s->v.while_.body));
    /* the test again at the bottom: one jump per iteration (CPython 3.11's loop inversion) */
    SET_LOC(c, s->loc);
    TRY(compile_jump_if(c, s->v.while_.test, body, true));
    compile_pop_fblock(c);
    USE_LABEL(c, anchor);
    TRY(compile_visit_stmts(c, &s->v.while_.orelse));
    USE_LABEL(c, end);
    return 0;
}

static int compile_for(Compiler *c, Stmt *s)
{
    int start, cleanup, end;
    NEW_LABEL(c, start);
    NEW_LABEL(c, cleanup);
    NEW_LABEL(c, end);
    TRY(compile_push_fblock(c, FB_FOR_LOOP, start, end, NULL, c->u->cur_handler));
    TRY(compile_iterable(c, s->v.for_.iter));
    ADDOP(c, OP_GET_ITER);
    USE_LABEL(c, start);
    ADDOP_JUMP(c, OP_FOR_ITER, cleanup);
    VISIT_EXPR(c, s->v.for_.target);
    TRY(compile_visit_stmts(c, &s->v.for_.body));
    UNSET_LOC(c);
    ADDOP_JUMP(c, OP_JUMP, start);
    USE_LABEL(c, cleanup);
    compile_pop_fblock(c);
    TRY(compile_visit_stmts(c, &s->v.for_.orelse));
    USE_LABEL(c, end);
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Exceptions                                                                                 */

/* ( prev exc -- ): restore the previous exception and re-raise (the cleanup handler's code). */
static int pop_except_and_reraise(Compiler *c)
{
    ADDOP_I(c, OP_SWAP, 2);
    ADDOP(c, OP_POP_EXCEPT);
    ADDOP(c, OP_RERAISE);
    return 0;
}

static int clear_handler_name(Compiler *c, const char *name)
{
    TRY(compile_load_none(c));
    TRY(compile_nameop(c, name, CTX_STORE));
    return compile_nameop(c, name, CTX_DEL);
}

/*  body [H]; orelse; JUMP end
 *  H: PUSH_EXC_INFO [C] (type CHECK_EXC_MATCH POP_JUMP_IF_FALSE next; STORE name | POP_TOP;
 *     body [N for `as name`]; POP_EXCEPT; name = None; del name; JUMP end
 *     N: name = None; del name; RERAISE [C]; next: ...)* RERAISE
 *  C: SWAP 2; POP_EXCEPT; RERAISE
 *  end:                                                                                      */
static int compile_try_except(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    int except, end, cleanup;
    NEW_LABEL(c, except);
    NEW_LABEL(c, end);
    NEW_LABEL(c, cleanup);
    int outer = u->cur_handler;
    TRY(compile_push_fblock(c, FB_TRY_EXCEPT, -1, -1, NULL, outer));
    if (compile_push_handler(c, except, 0) < 0) return -1;
    TRY(compile_visit_stmts(c, &s->v.try_.body));
    u->cur_handler = outer;
    compile_pop_fblock(c);
    UNSET_LOC(c);
    TRY(compile_visit_stmts(c, &s->v.try_.orelse));
    UNSET_LOC(c);
    ADDOP_JUMP(c, OP_JUMP, end);

    USE_LABEL(c, except);
    UNSET_LOC(c);
    int C = compile_push_handler(c, cleanup, 0);
    if (C < 0) return -1;
    ADDOP(c, OP_PUSH_EXC_INFO);
    TRY(compile_push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL, C));
    int n = s->v.try_.handlers.len;
    for (int i = 0; i < n; i++) {
        ExceptHandler *h = s->v.try_.handlers.items[i];
        SET_LOC(c, h->loc);
        if (!h->type && i < n - 1) return compile_error(c, "default 'except:' must be last");
        int next;
        NEW_LABEL(c, next);
        if (h->type) {
            VISIT_EXPR(c, h->type);
            ADDOP(c, OP_CHECK_EXC_MATCH);
            ADDOP_JUMP(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            int cleanup_end;
            NEW_LABEL(c, cleanup_end);
            TRY(compile_nameop(c, h->name, CTX_STORE));
            if (compile_push_handler(c, cleanup_end, 0) < 0) return -1;
            TRY(compile_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, h->name, outer));
            TRY(compile_visit_stmts(c, &h->body));
            compile_pop_fblock(c);
            UNSET_LOC(c);
            u->cur_handler = outer;
            ADDOP(c, OP_POP_EXCEPT);
            TRY(clear_handler_name(c, h->name));
            ADDOP_JUMP(c, OP_JUMP, end);
            /* an exception in the handler body: name = None; del name; re-raise */
            USE_LABEL(c, cleanup_end);
            u->cur_handler = C;
            UNSET_LOC(c);
            TRY(clear_handler_name(c, h->name));
            ADDOP(c, OP_RERAISE);
        } else {
            ADDOP(c, OP_POP_TOP);
            TRY(compile_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL, outer));
            TRY(compile_visit_stmts(c, &h->body));
            compile_pop_fblock(c);
            UNSET_LOC(c);
            u->cur_handler = outer;
            ADDOP(c, OP_POP_EXCEPT);
            ADDOP_JUMP(c, OP_JUMP, end);
            u->cur_handler = C;
        }
        USE_LABEL(c, next);
    }
    UNSET_LOC(c);
    compile_pop_fblock(c);
    ADDOP(c, OP_RERAISE);         /* no clause matched */
    USE_LABEL(c, cleanup);
    u->cur_handler = outer;
    TRY(pop_except_and_reraise(c));
    USE_LABEL(c, end);
    return 0;
}

/*  body [F]; finalbody; JUMP exit
 *  F: PUSH_EXC_INFO [C2] finalbody RERAISE
 *  C2: SWAP 2; POP_EXCEPT; RERAISE
 *  exit:                                                                                     */
static int compile_try_finally(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    int end, exit, cleanup;
    NEW_LABEL(c, end);
    NEW_LABEL(c, exit);
    NEW_LABEL(c, cleanup);
    int outer = u->cur_handler;
    TRY(compile_push_fblock(c, FB_FINALLY_TRY, -1, -1, &s->v.try_.finalbody, outer));
    if (compile_push_handler(c, end, 0) < 0) return -1;
    if (s->v.try_.handlers.len) TRY(compile_try_except(c, s));
    else TRY(compile_visit_stmts(c, &s->v.try_.body));
    u->cur_handler = outer;
    compile_pop_fblock(c);
    UNSET_LOC(c);
    TRY(compile_visit_stmts(c, &s->v.try_.finalbody));
    UNSET_LOC(c);
    ADDOP_JUMP(c, OP_JUMP, exit);

    USE_LABEL(c, end);
    UNSET_LOC(c);
    if (compile_push_handler(c, cleanup, 0) < 0) return -1;
    ADDOP(c, OP_PUSH_EXC_INFO);
    TRY(compile_push_fblock(c, FB_FINALLY_END, -1, -1, NULL, outer));
    TRY(compile_visit_stmts(c, &s->v.try_.finalbody));
    compile_pop_fblock(c);
    ADDOP(c, OP_RERAISE);
    USE_LABEL(c, cleanup);
    u->cur_handler = outer;
    UNSET_LOC(c);
    TRY(pop_except_and_reraise(c));
    USE_LABEL(c, exit);
    return 0;
}

static int compile_try(Compiler *c, Stmt *s)
{
    if (s->v.try_.finalbody.len) return compile_try_finally(c, s);
    return compile_try_except(c, s);
}

int compile_call_exit_with_nones(Compiler *c)
{
    TRY(compile_load_none(c));
    TRY(compile_load_none(c));
    TRY(compile_load_none(c));
    ADDOP_I(c, OP_CALL, 3);
    return 0;
}

/*  mgr BEFORE_WITH (exit res) [W] (store target | POP_TOP) body; exit(None, None, None); POP_TOP;
 *  JUMP end
 *  W: PUSH_EXC_INFO [C3] WITH_EXCEPT_START POP_JUMP_IF_TRUE suppress; RERAISE
 *  C3: SWAP 2; POP_EXCEPT; RERAISE
 *  suppress: POP_TOP [C3]; POP_EXCEPT; POP_TOP
 *  end:                                                                                      */
static int compile_with(Compiler *c, Stmt *s, int pos)
{
    Unit *u = c->u;
    WithItem *item = s->v.with.items.items[pos];
    int final, exit, cleanup, suppress;
    NEW_LABEL(c, final);
    NEW_LABEL(c, exit);
    NEW_LABEL(c, cleanup);
    NEW_LABEL(c, suppress);
    VISIT_EXPR(c, item->context_expr);
    ADDOP(c, OP_BEFORE_WITH);
    int outer = u->cur_handler;
    TRY(compile_push_fblock(c, FB_WITH, -1, -1, s, outer));
    /* the handler keeps only `exit` below the exception: one less than here */
    if (compile_push_handler(c, final, -1) < 0) return -1;
    if (item->optional_vars) VISIT_EXPR(c, item->optional_vars);
    else ADDOP(c, OP_POP_TOP);
    if (pos + 1 == s->v.with.items.len) TRY(compile_visit_stmts(c, &s->v.with.body));
    else TRY(compile_with(c, s, pos + 1));
    UNSET_LOC(c);
    u->cur_handler = outer;
    compile_pop_fblock(c);

    SET_LOC(c, s->loc);
    TRY(compile_call_exit_with_nones(c));
    ADDOP(c, OP_POP_TOP);
    ADDOP_JUMP(c, OP_JUMP, exit);

    USE_LABEL(c, final);
    int C3 = compile_push_handler(c, cleanup, 0);
    if (C3 < 0) return -1;
    ADDOP(c, OP_PUSH_EXC_INFO);
    ADDOP(c, OP_WITH_EXCEPT_START);
    UNSET_LOC(c);
    ADDOP_JUMP(c, OP_POP_JUMP_IF_TRUE, suppress);
    ADDOP(c, OP_RERAISE);
    USE_LABEL(c, cleanup);
    u->cur_handler = outer;
    TRY(pop_except_and_reraise(c));
    USE_LABEL(c, suppress);
    u->cur_handler = C3;
    ADDOP(c, OP_POP_TOP);           /* the exception */
    u->cur_handler = outer;
    ADDOP(c, OP_POP_EXCEPT);
    ADDOP(c, OP_POP_TOP);           /* exit */
    USE_LABEL(c, exit);
    return 0;
}

static int compile_raise(Compiler *c, Stmt *s)
{
    int n = 0;
    if (s->v.raise.exc) {
        VISIT_EXPR(c, s->v.raise.exc);
        n++;
        if (s->v.raise.cause) {
            VISIT_EXPR(c, s->v.raise.cause);
            n++;
        }
    }
    ADDOP_I(c, OP_RAISE_VARARGS, n);
    return 0;
}

static int compile_assert(Compiler *c, Stmt *s)
{
    int end;
    NEW_LABEL(c, end);
    TRY(compile_jump_if(c, s->v.assert_.test, end, true));
    ADDOP(c, OP_LOAD_ASSERTION_ERROR);
    if (s->v.assert_.msg) {
        VISIT_EXPR(c, s->v.assert_.msg);
        ADDOP_I(c, OP_CALL, 1);
    }
    ADDOP_I(c, OP_RAISE_VARARGS, 1);
    USE_LABEL(c, end);
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Imports                                                                                    */

static int compile_import(Compiler *c, Stmt *s)
{
    for (int i = 0; i < s->v.import.names.len; i++) {
        Alias *a = s->v.import.names.items[i];
        TRY(compile_load_const_steal(c, int_from_long(0)));
        TRY(compile_load_none(c));
        TRY(compile_addop_name(c, OP_IMPORT_NAME, a->name, true));
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            if (dot) {
                /* import a.b.c as d: d = a.b.c, walking the attributes with IMPORT_FROM */
                const char *p = dot + 1;
                for (;;) {
                    const char *q = strchr(p, '.');
                    size_t len = q ? (size_t)(q - p) : strlen(p);
                    const char *attr = symtable_strdup(c->st, p, len);
                    if (!attr) return -1;
                    TRY(compile_addop_name(c, OP_IMPORT_FROM, attr, false));
                    if (!q) break;
                    ADDOP_I(c, OP_SWAP, 2);
                    ADDOP(c, OP_POP_TOP);
                    p = q + 1;
                }
                TRY(compile_nameop(c, a->asname, CTX_STORE));
                ADDOP(c, OP_POP_TOP);
            } else {
                TRY(compile_nameop(c, a->asname, CTX_STORE));
            }
        } else {
            const char *store = a->name;
            if (dot) {
                store = symtable_strdup(c->st, a->name, (size_t)(dot - a->name));
                if (!store) return -1;
            }
            TRY(compile_nameop(c, store, CTX_STORE));
        }
    }
    return 0;
}

static int compile_from_import(Compiler *c, Stmt *s)
{
    int n = s->v.importfrom.names.len;
    if (s->loc.lineno > c->st->future_lineno && s->v.importfrom.module && s->v.importfrom.level == 0 &&
        strcmp(s->v.importfrom.module, "__future__") == 0)
        return compile_error(c, "from __future__ imports must occur at the beginning of the file");
    TRY(compile_load_const_steal(c, int_from_long(s->v.importfrom.level)));
    Object *names = tuple_new(n);
    if (!names) return -1;
    for (int i = 0; i < n; i++) {
        Alias *a = s->v.importfrom.names.items[i];
        Object *nm = str_const(a->name);
        if (!nm) {
            OBJ_DECREF(names);
            return -1;
        }
        tuple_set_item_steal(names, i, nm);
    }
    TRY(compile_load_const_steal(c, names));
    TRY(compile_addop_name(c, OP_IMPORT_NAME, s->v.importfrom.module ? s->v.importfrom.module : "", true));
    for (int i = 0; i < n; i++) {
        Alias *a = s->v.importfrom.names.items[i];
        if (i == 0 && a->name[0] == '*') {
            ADDOP(c, OP_IMPORT_STAR);
            return 0;
        }
        TRY(compile_addop_name(c, OP_IMPORT_FROM, a->name, true));
        TRY(compile_nameop(c, a->asname ? a->asname : a->name, CTX_STORE));
    }
    ADDOP(c, OP_POP_TOP);           /* the module */
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Assignments                                                                                */

static bool is_plain_sequence(Expr *e, int n)
{
    if ((e->kind != EXPR_TUPLE && e->kind != EXPR_LIST) || e->v.list.elts.len != n) return false;
    for (int i = 0; i < n; i++)
        if (((Expr *)e->v.list.elts.items[i])->kind == EXPR_STARRED) return false;
    return true;
}

/* Are all of [elts] different names stored with STORE_FAST? */
static bool distinct_fast_names(Compiler *c, const AstVec *elts)
{
    if (c->u->ste->type != BLOCK_FUNCTION) return false;
    for (int i = 0; i < elts->len; i++) {
        Expr *e = elts->items[i];
        if (e->kind != EXPR_NAME || strcmp(e->v.name.id, "__debug__") == 0) return false;
        const char *m = symtable_mangle(c->st, c->u->private_name, e->v.name.id);
        if (!m || symtable_scope(c->u->ste, m) != SCOPE_LOCAL) {
            exc_clear();
            return false;
        }
        for (int j = 0; j < i; j++)
            if (strcmp(((Expr *)elts->items[j])->v.name.id, e->v.name.id) == 0) return false;
    }
    return true;
}

static int compile_assign(Compiler *c, Stmt *s)
{
    const AstVec *targets = &s->v.assign.targets;
    Expr *value = s->v.assign.value;
    if (targets->len == 1) {
        /* a, b = b, a: no tuple is built (CPython's BUILD_TUPLE + UNPACK_SEQUENCE -> SWAP) */
        Expr *t = targets->items[0];
        int n = (t->kind == EXPR_TUPLE || t->kind == EXPR_LIST) ? t->v.list.elts.len : 0;
        if (n >= 1 && n <= 3 && is_plain_sequence(t, n) && is_plain_sequence(value, n)) {
            int err = 0;
            Object *folded = value->kind == EXPR_TUPLE ? compile_fold(c, value, &err) : NULL;
            if (err) return -1;
            if (!folded) {
                TRY(compile_visit_exprs(c, &value->v.list.elts));
                if (n > 1 && distinct_fast_names(c, &t->v.list.elts)) {
                    /* stores to distinct locals: store in reverse, no SWAP (CPython's static swaps);
                     * co_varnames keeps the source order */
                    for (int i = 0; i < n; i++)
                        TRY(compile_add_local(c, ((Expr *)t->v.list.elts.items[i])->v.name.id));
                    for (int i = n - 1; i >= 0; i--) VISIT_EXPR(c, t->v.list.elts.items[i]);
                    return 0;
                }
                SET_LOC(c, t->loc);
                if (n > 1) ADDOP_I(c, OP_SWAP, n);
                return compile_visit_exprs(c, &t->v.list.elts);
            }
            OBJ_DECREF(folded);
        }
    }
    VISIT_EXPR(c, value);
    for (int i = 0; i < targets->len; i++) {
        if (i < targets->len - 1) ADDOP_I(c, OP_COPY, 1);
        VISIT_EXPR(c, targets->items[i]);
    }
    return 0;
}

/* CPython's update_start_location_to_match_attr: a multi-line attribute points at its last line. */
void compile_attr_loc(Compiler *c, Expr *attr)
{
    Loc *l = &c->u->loc;
    if (l->lineno != attr->loc.end_lineno) {
        l->lineno = attr->loc.end_lineno;
        int len = (int)strlen(attr->v.attribute.attr);
        if (len <= attr->loc.end_col_offset) {
            l->col_offset = attr->loc.end_col_offset - len;
        } else {
            l->col_offset = -1;
            l->end_col_offset = -1;
        }
        if (l->end_lineno < l->lineno) l->end_lineno = l->lineno;
        if (l->lineno == l->end_lineno && l->end_col_offset < l->col_offset) l->end_col_offset = l->col_offset;
    }
}

static int compile_augassign(Compiler *c, Stmt *s)
{
    Expr *e = s->v.augassign.target;
    Loc saved = c->u->loc;
    SET_LOC(c, e->loc);
    switch (e->kind) {
    case EXPR_ATTRIBUTE:
        VISIT_EXPR(c, e->v.attribute.value);
        ADDOP_I(c, OP_COPY, 1);
        compile_attr_loc(c, e);
        TRY(compile_addop_name(c, OP_LOAD_ATTR, e->v.attribute.attr, true));
        break;
    case EXPR_SUBSCRIPT:
        VISIT_EXPR(c, e->v.subscript.value);
        VISIT_EXPR(c, e->v.subscript.slice);
        ADDOP_I(c, OP_COPY, 2);
        ADDOP_I(c, OP_COPY, 2);
        ADDOP(c, OP_BINARY_SUBSCR);
        break;
    case EXPR_NAME:
        TRY(compile_nameop(c, e->v.name.id, CTX_LOAD));
        break;
    default:
        return compile_error(c, "'%s' is an illegal expression for augmented assignment", "expression");
    }
    SET_LOC(c, saved);
    VISIT_EXPR(c, s->v.augassign.value);
    ADDOP_I(c, OP_BINARY_OP, (int)s->v.augassign.op + BINOP_INPLACE);
    SET_LOC(c, e->loc);
    switch (e->kind) {
    case EXPR_ATTRIBUTE:
        compile_attr_loc(c, e);
        ADDOP_I(c, OP_SWAP, 2);
        TRY(compile_addop_name(c, OP_STORE_ATTR, e->v.attribute.attr, true));
        break;
    case EXPR_SUBSCRIPT:
        ADDOP_I(c, OP_SWAP, 3);
        ADDOP_I(c, OP_SWAP, 2);
        ADDOP(c, OP_STORE_SUBSCR);
        break;
    default:
        TRY(compile_nameop(c, e->v.name.id, CTX_STORE));
        break;
    }
    return 0;
}

/* Evaluates [e] for its side effects (annotations that are not stored). */
static int check_ann_expr(Compiler *c, Expr *e)
{
    VISIT_EXPR(c, e);
    ADDOP(c, OP_POP_TOP);
    return 0;
}

static int compile_annassign(Compiler *c, Stmt *s)
{
    Expr *t = s->v.annassign.target;
    if (s->v.annassign.value) {
        VISIT_EXPR(c, s->v.annassign.value);
        VISIT_EXPR(c, t);
    }
    bool module_or_class = c->u->kind == UNIT_MODULE || c->u->kind == UNIT_CLASS;
    switch (t->kind) {
    case EXPR_NAME:
        if (strcmp(t->v.name.id, "__debug__") == 0) return compile_error(c, "cannot assign to __debug__");
        if (s->v.annassign.simple && module_or_class) {
            if (c->st->future_annotations)
                TRY(compile_load_const_steal(c, compile_unparse(c, s->v.annassign.annotation)));
            else
                VISIT_EXPR(c, s->v.annassign.annotation);
            TRY(compile_addop_name(c, OP_LOAD_NAME, "__annotations__", false));
            const char *mangled = symtable_mangle(c->st, c->u->private_name, t->v.name.id);
            if (!mangled) return -1;
            TRY(compile_load_const_steal(c, str_const(mangled)));
            ADDOP(c, OP_STORE_SUBSCR);
        }
        break;
    case EXPR_ATTRIBUTE:
        if (!s->v.annassign.value) TRY(check_ann_expr(c, t->v.attribute.value));
        break;
    case EXPR_SUBSCRIPT:
        if (!s->v.annassign.value) {
            TRY(check_ann_expr(c, t->v.subscript.value));
            Expr *sl = t->v.subscript.slice;
            /* the subscript, evaluated for its side effects (slices part by part) */
            if (sl->kind == EXPR_SLICE) {
                if (sl->v.slice.lower) TRY(check_ann_expr(c, sl->v.slice.lower));
                if (sl->v.slice.upper) TRY(check_ann_expr(c, sl->v.slice.upper));
                if (sl->v.slice.step) TRY(check_ann_expr(c, sl->v.slice.step));
            } else if (sl->kind == EXPR_TUPLE) {
                for (int i = 0; i < sl->v.list.elts.len; i++) {
                    Expr *el = sl->v.list.elts.items[i];
                    if (el->kind == EXPR_SLICE) {
                        if (el->v.slice.lower) TRY(check_ann_expr(c, el->v.slice.lower));
                        if (el->v.slice.upper) TRY(check_ann_expr(c, el->v.slice.upper));
                        if (el->v.slice.step) TRY(check_ann_expr(c, el->v.slice.step));
                    } else {
                        TRY(check_ann_expr(c, el));
                    }
                }
            } else {
                TRY(check_ann_expr(c, sl));
            }
        }
        break;
    default:
        return compile_error(c, "invalid target for annotated assignment");
    }
    if (!s->v.annassign.simple && module_or_class && !c->st->future_annotations)
        TRY(check_ann_expr(c, s->v.annassign.annotation));
    return 0;
}

static int compile_expr_stmt(Compiler *c, Expr *value)
{
    if (c->interactive && c->nestlevel <= 1) {
        VISIT_EXPR(c, value);
        ADDOP(c, OP_PRINT_EXPR);
        return 0;
    }
    if (compile_is_const(value)) return 0;      /* a constant statement does nothing */
    VISIT_EXPR(c, value);
    UNSET_LOC(c);
    ADDOP(c, OP_POP_TOP);
    return 0;
}

/* ------------------------------------------------------------------------------------------ */

static int visit_stmt_body(Compiler *c, Stmt *s)
{
    switch (s->kind) {
    case STMT_FUNCTIONDEF: return compile_function(c, s);
    case STMT_CLASSDEF: return compile_class(c, s);
    case STMT_RETURN: return compile_return(c, s);
    case STMT_DELETE: return compile_visit_exprs(c, &s->v.del.targets);
    case STMT_ASSIGN: return compile_assign(c, s);
    case STMT_AUGASSIGN: return compile_augassign(c, s);
    case STMT_ANNASSIGN: return compile_annassign(c, s);
    case STMT_FOR: return compile_for(c, s);
    case STMT_WHILE: return compile_while(c, s);
    case STMT_IF: return compile_if(c, s);
    case STMT_WITH: return compile_with(c, s, 0);
    case STMT_RAISE: return compile_raise(c, s);
    case STMT_TRY: return compile_try(c, s);
    case STMT_ASSERT: return compile_assert(c, s);
    case STMT_IMPORT: return compile_import(c, s);
    case STMT_IMPORTFROM: return compile_from_import(c, s);
    case STMT_MATCH: return compile_match(c, s);
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
    case STMT_PASS:
        return 0;
    case STMT_EXPR: return compile_expr_stmt(c, s->v.expr.value);
    case STMT_BREAK: return compile_break_continue(c, true);
    case STMT_CONTINUE: return compile_break_continue(c, false);
    }
    return 0;
}

int compile_visit_stmt(Compiler *c, Stmt *s)
{
    if (++c->depth > COMPILE_MAX_DEPTH) {
        exc_set_string(Exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    SET_LOC(c, s->loc);
    int r = visit_stmt_body(c, s);
    c->depth--;
    return r;
}
