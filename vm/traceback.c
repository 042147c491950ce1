/* traceback.c: traceback objects and the printing of uncaught exceptions in CPython 3.11's exact
 * format: chained exceptions, "File ..., line N, in f", the source line, 3.11's position carets
 * (`~~^~~` under a failing binary operator or subscript), repeated-frame elision, SyntaxError's
 * caret block, and the final "Type: message" line. */
#include "vm/traceback.h"
#include "vm/errors.h"
#include "vm/vmstate.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "objects/listobject.h"
#include "vm/vm.h"
#include "parser/parser.h"
#include "gc/gc.h"
#include <string.h>

/* ---- the traceback object ---- */

int tb_add(Object *exc, CodeObject *code, int lasti)
{
    if (exc == NULL || !EXC_CHECK(exc))
        return 0;
    TracebackObject *tb = (TracebackObject *)obj_alloc(&traceback_type, 0);
    if (tb == NULL) {
        exc_clear();
        return -1;
    }
    ExceptionObject *e = (ExceptionObject *)exc;
    tb->next = e->traceback;          /* steals the old head */
    tb->code = obj_newref((Object *)code);
    tb->lasti = lasti;
    tb->lineno = code_line_of(code, lasti);
    e->traceback = (Object *)tb;
    gc_track((Object *)tb);
    return 0;
}

static int tb_traverse(Object *self, visitproc visit, void *arg)
{
    TracebackObject *tb = (TracebackObject *)self;
    VISIT(tb->next);
    VISIT(tb->code);
    return 0;
}

static int tb_clear(Object *self)
{
    OBJ_CLEAR(((TracebackObject *)self)->next);
    return 0;
}

static void tb_dealloc(Object *self)
{
    /* A RecursionError's traceback can be a chain as long as the recursion limit allows: the
     * entries this one alone holds are freed in a loop, not by recursion on the C stack. */
    TracebackObject *tb = (TracebackObject *)self;
    while (tb != NULL) {
        TracebackObject *next = (TracebackObject *)tb->next;
        tb->next = NULL;
        gc_untrack((Object *)tb);
        OBJ_CLEAR(tb->code);
        obj_free((Object *)tb);
        if (next == NULL)
            break;
        REF_TOTAL_DEC();
        if (--((Object *)next)->refcnt != 0)
            break;                  /* someone else still holds the rest of the chain */
        tb = next;
    }
}

static Object *tb_get_next(Object *self, void *c)
{
    UNUSED(c);
    Object *n = ((TracebackObject *)self)->next;
    return obj_newref(n ? n : NONE);
}

static Object *tb_get_lineno(Object *self, void *c) { UNUSED(c); return int_from_long(((TracebackObject *)self)->lineno); }
static Object *tb_get_lasti(Object *self, void *c) { UNUSED(c); return int_from_long(((TracebackObject *)self)->lasti * 2); }

/* tally's stand-in for tb.tb_frame.f_code (there are no frame objects). */
static Object *tb_get_code(Object *self, void *c) { UNUSED(c); return obj_newref(((TracebackObject *)self)->code); }

static GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, NULL, NULL, NULL},
    {"tb_code", tb_get_code, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject traceback_type = {
    .ob = {{1, &type_type}, 0},
    .name = "traceback",
    .basicsize = sizeof(TracebackObject),
    .flags = TPFLAG_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getset = tb_getset,
};

/* ---- source lines ---- */

/* Reads line [lineno] of [filename] into a malloc'd string without its newline, or NULL. */
static char *read_source_line(const char *filename, int lineno)
{
    if (filename[0] == '<')
        return NULL;
    FILE *fp = fopen(filename, "rb");
    if (fp == NULL)
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = 0;
    for (int i = 1; i <= lineno; i++) {
        n = getline(&line, &cap, fp);
        if (n < 0)
            break;
    }
    fclose(fp);
    if (n < 0) {
        free(line);
        return NULL;
    }
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        line[--n] = '\0';
    return line;
}

/* Number of code points in the first [nbytes] bytes of UTF-8 [s]. */
static int char_offset(const char *s, int nbytes)
{
    int n = 0;
    for (int i = 0; i < nbytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* Byte offset of code point [chars] in [s]. */
static int byte_offset(const char *s, int chars)
{
    int i = 0;
    while (s[i] && chars > 0) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        chars--;
    }
    return i;
}

#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\f')

/* CPython 3.11's extract_anchors_from_line: for a binary operation or a subscript, the range of
 * the operator or the brackets, as character offsets into the line. 1 if found. */
static int extract_anchors(const char *line, int start, int end, int *left, int *right)
{
    int bs = byte_offset(line, start), be = byte_offset(line, end);
    if (be <= bs)
        return 0;
    char *seg = strndup(line + bs, (size_t)(be - bs));
    if (seg == NULL)
        return 0;
    int found = 0;
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    Module *m = arena ? parse_source(seg, strlen(seg), "<string>", PARSE_FILE, arena, &err) : NULL;
    if (m == NULL) {
        parse_error_fini(&err);
    } else if (m->body.len == 1 && ((Stmt *)m->body.items[0])->kind == STMT_EXPR) {
        Expr *e = ((Stmt *)m->body.items[0])->v.expr.value;
        int slen = (int)strlen(seg);
        if (e->kind == EXPR_BINOP) {
            Expr *l = e->v.binop.left, *r = e->v.binop.right;
            for (int i = l->loc.end_col_offset; i < r->loc.col_offset && l->loc.end_lineno == 1; i++) {
                if (IS_WS(seg[i]))
                    continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < r->loc.col_offset && !IS_WS(seg[i + 1]))
                    ++*right;
                if (i + 1 < r->loc.col_offset && seg[i] == ')')
                    continue;
                found = 1;
                break;
            }
        } else if (e->kind == EXPR_SUBSCRIPT) {
            *left = e->v.subscript.value->loc.end_col_offset;
            *right = e->v.subscript.slice->loc.end_col_offset + 1;
            while (*left < slen && (IS_WS(seg[*left]) || seg[*left] != '['))
                ++*left;
            while (*right < slen && (IS_WS(seg[*right]) || seg[*right] != ']'))
                ++*right;
            if (*right < slen)
                *right += 1;
            found = 1;
        }
    }
    if (found) {
        *left = char_offset(seg, *left) + start;
        *right = char_offset(seg, *right) + start;
    }
    if (arena)
        ast_arena_free(arena);
    free(seg);
    return found;
}

static void print_source_line(FILE *out, const char *filename, const CodeObject *code, int lasti, int lineno)
{
    char *line = read_source_line(filename, lineno);
    if (line == NULL)
        return;
    int trunc = 0;
    while (IS_WS(line[trunc]))
        trunc++;
    int len = (int)strlen(line);      /* trailing spaces are kept, as CPython prints them */
    fprintf(out, "    %.*s\n", len - trunc, line + trunc);
    if (lasti >= 0 && lasti < code->ncode && code->positions != NULL) {
        const Position *p = &code->positions[lasti];
        if (p->lineno == lineno && p->end_lineno >= 0 && p->col >= 0 && p->end_col >= 0) {
            int start = char_offset(line, p->col);
            int end = char_offset(line, p->end_col);
            int left = -1, right = -1;
            if (p->end_lineno == p->lineno) {
                if (!extract_anchors(line, start, end, &left, &right))
                    left = right = -1;
            } else {
                end = char_offset(line, len);
            }
            int stripped_chars = char_offset(line + trunc, len - trunc);
            int trunc_chars = char_offset(line, trunc);
            bool secondary = left != -1 || right != -1;
            if (!(end - start == stripped_chars && !secondary) && end > start) {
                fputs("    ", out);
                for (int off = trunc_chars + 1; off <= end; off++) {
                    if (off <= start)
                        fputc(' ', out);
                    else if (secondary && left < off && off <= right)
                        fputc('^', out);
                    else
                        fputc(secondary ? '~' : '^', out);
                }
                fputc('\n', out);
            }
        }
    }
    free(line);
}

/* Modules that CPython implements in C and tally in Python: their frames are not shown, so
 * tracebacks look like CPython's. */
static const char *const hidden_frames[] = {
    "<frozen functools>", "<frozen itertools>", "<frozen operator>", NULL
};

static bool frame_hidden(const char *file)
{
    for (const char *const *h = hidden_frames; *h != NULL; h++)
        if (strcmp(file, *h) == 0)
            return true;
    return false;
}

void tb_print_entry(Object *tbobj, FILE *out)
{
    TracebackObject *tb = (TracebackObject *)tbobj;
    CodeObject *code = (CodeObject *)tb->code;
    const char *file = STR_DATA(code->filename), *name = STR_DATA(code->name);
    if (frame_hidden(file))
        return;
    fprintf(out, "  File \"%s\", line %d, in %s\n", file, tb->lineno, name);
    print_source_line(out, file, code, tb->lasti, tb->lineno);
}

static void print_tb(Object *tbobj, FILE *out)
{
    const char *last_file = NULL, *last_name = NULL;
    int last_line = -1, repeat = 0;
    fputs("Traceback (most recent call last):\n", out);
    for (TracebackObject *tb = (TracebackObject *)tbobj; tb != NULL; tb = (TracebackObject *)tb->next) {
        CodeObject *code = (CodeObject *)tb->code;
        const char *file = STR_DATA(code->filename), *name = STR_DATA(code->name);
        if (frame_hidden(file))
            continue;
        if (last_file != NULL && strcmp(file, last_file) == 0 && strcmp(name, last_name) == 0 &&
            tb->lineno == last_line) {
            repeat++;
            if (repeat > 3)
                continue;
        } else {
            if (repeat > 3)
                fprintf(out, "  [Previous line repeated %d more time%s]\n", repeat - 3, repeat - 3 == 1 ? "" : "s");
            repeat = 1;
            last_file = file;
            last_name = name;
            last_line = tb->lineno;
        }
        tb_print_entry((Object *)tb, out);
    }
    if (repeat > 3)
        fprintf(out, "  [Previous line repeated %d more time%s]\n", repeat - 3, repeat - 3 == 1 ? "" : "s");
}

static Object *exc_attr(Object *exc, const char *name)
{
    Object *v = obj_getattr_cstr(exc, name);
    if (v == NULL)
        exc_clear();
    return v;
}

/* The source line and caret of a SyntaxError, as CPython 3.11's C printer (print_error_text)
 * draws them: leading spaces, tabs and form feeds stripped, carets from offset to end_offset
 * (one caret for an IndentationError), none when the offset points left of the text. */
static void print_error_text(FILE *out, ssize_t offset, ssize_t end_offset, const char *text, bool one_caret)
{
    ssize_t carets = (end_offset > 0 && end_offset > offset && !one_caret) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    ssize_t len = (ssize_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (nl == NULL)
            break;
        ssize_t inl = nl - text;
        if (inl >= offset)
            break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    fputs("    ", out);
    fputs(text, out);
    if (text[len] != '\n')
        fputc('\n', out);
    if (offset < 0)
        return;
    fputs("    ", out);
    while (--offset >= 0)
        fputc(' ', out);
    for (ssize_t i = 0; i < carets; i++)
        fputc('^', out);
    fputc('\n', out);
}

static ssize_t int_attr(Object *v, ssize_t dflt)
{
    if (v == NULL || !INT_CHECK(v))
        return dflt;
    ssize_t r = int_as_ssize(v);
    if (r == -1 && exc_occurred()) {
        exc_clear();
        return dflt;
    }
    return r;
}

static void print_syntax_error_block(Object *exc, FILE *out)
{
    Object *fname = exc_attr(exc, "filename"), *lineno = exc_attr(exc, "lineno");
    Object *text = exc_attr(exc, "text"), *offset = exc_attr(exc, "offset");
    Object *end_offset = exc_attr(exc, "end_offset"), *end_lineno = exc_attr(exc, "end_lineno");
    if (fname != NULL && STR_CHECK(fname) && lineno != NULL && INT_CHECK(lineno)) {
        ssize_t ln = int_attr(lineno, 0);
        fprintf(out, "  File \"%s\", line %zd\n", STR_DATA(fname), ln);
        if (text != NULL && STR_CHECK(text)) {
            ssize_t off = int_attr(offset, -1), eoff = int_attr(end_offset, -1);
            ssize_t eln = int_attr(end_lineno, -1);
            ssize_t size = STR_NBYTES(text);
            if (eln > ln)
                eoff = size;
            if (eoff > size + 1)
                eoff = size + 1;
            print_error_text(out, off, eoff, STR_DATA(text), type_is_subtype(TYPE(exc), Exc_IndentationError));
        }
    }
    OBJ_XDECREF(fname); OBJ_XDECREF(lineno); OBJ_XDECREF(text);
    OBJ_XDECREF(offset); OBJ_XDECREF(end_offset); OBJ_XDECREF(end_lineno);
}

/* ---- "Did you mean" (CPython 3.11's Python/suggestions.c, in our words) ---- */

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_STRING 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z') a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    size_t buffer[SUGGEST_MAX_STRING];
    while (an && bn && a[0] == b[0]) { a++; b++; an--; bn--; }
    while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
    if (an == 0 || bn == 0)
        return (an + bn) * MOVE_COST;
    if (an > SUGGEST_MAX_STRING || bn > SUGGEST_MAX_STRING)
        return max_cost + 1;
    if (bn < an) {
        const char *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < an; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The closest of the str items of [names] (a list or tuple) to [name], or NULL. Borrowed. */
static Object *closest_name(Object *names, Object *name)
{
    ssize_t n = LIST_CHECK(names) ? LIST_SIZE(names) : TUPLE_SIZE(names);
    Object *const *items = LIST_CHECK(names) ? LIST_ITEMS(names) : TUPLE_ITEMS(names);
    if (n >= SUGGEST_MAX_ITEMS || STR_NBYTES(name) > SUGGEST_MAX_STRING)
        return NULL;
    size_t nlen = (size_t)STR_NBYTES(name), best = (size_t)-1;
    Object *suggestion = NULL;
    for (ssize_t i = 0; i < n; i++) {
        Object *item = items[i];
        if (!STR_CHECK(item) || str_eq(item, name))
            continue;
        size_t ilen = (size_t)STR_NBYTES(item);
        size_t max_distance = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best != (size_t)-1 && best - 1 < max_distance)
            max_distance = best - 1;
        size_t d = levenshtein(STR_DATA(name), nlen, STR_DATA(item), ilen, max_distance);
        if (d > max_distance)
            continue;
        if (suggestion == NULL || d < best) {
            suggestion = item;
            best = d;
        }
    }
    return suggestion;
}

Object *tb_suggest_name(Object *name, Object *varnames, Object *globals, Object *builtins)
{
    Object *s = closest_name(varnames, name);
    for (int pass = 0; s == NULL && pass < 2; pass++) {
        Object *keys = dict_keys_list(pass == 0 ? globals : builtins);
        if (keys == NULL) {
            exc_clear();
            return NULL;
        }
        s = closest_name(keys, name);
        OBJ_XINCREF(s);
        OBJ_DECREF(keys);
        if (s != NULL)
            return s;
    }
    return obj_xnewref(s);
}

/* AttributeError: the closest name in dir(obj) */
static Object *suggest_attribute(Object *exc)
{
    Object *name = exc_attr(exc, "name"), *obj = exc_attr(exc, "obj");
    Object *s = NULL;
    if (name != NULL && STR_CHECK(name) && obj != NULL && obj != NONE) {
        Object *dir = dict_get_str_borrow(vm.builtins, "dir");
        Object *names = dir ? obj_call_one(dir, obj) : NULL;
        if (names != NULL && LIST_CHECK(names))
            s = obj_xnewref(closest_name(names, name));
        OBJ_XDECREF(names);
        exc_clear();
    }
    OBJ_XDECREF(name);
    OBJ_XDECREF(obj);
    return s;
}

static void print_exception_only(Object *exc, FILE *out)
{
    TypeObject *t = TYPE(exc);
    bool syntax = type_is_subtype(t, Exc_SyntaxError);
    if (syntax)
        print_syntax_error_block(exc, out);
    Object *mod = obj_getattr_cstr((Object *)t, "__module__");
    if (mod == NULL)
        exc_clear();
    if (mod != NULL && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins") && !str_eq_cstr(mod, "__main__"))
        fprintf(out, "%s.", STR_DATA(mod));
    OBJ_XDECREF(mod);
    fputs(t->qualname ? STR_DATA(t->qualname) : t->name, out);
    Object *s;
    if (syntax) {
        s = exc_attr(exc, "msg");
        if (s != NULL && !STR_CHECK(s)) {
            Object *x = obj_str(s);
            OBJ_DECREF(s);
            s = x;
        }
    } else {
        s = obj_str(exc);
    }
    if (s == NULL) {
        exc_clear();
        fputs(": <exception str() failed>", out);
    } else if (STR_NBYTES(s) > 0) {
        fputs(": ", out);
        fwrite(STR_DATA(s), 1, (size_t)STR_NBYTES(s), out);
    }
    OBJ_XDECREF(s);
    Object *suggestion = NULL;
    if (type_is_subtype(t, Exc_NameError))
        suggestion = obj_xnewref(((ExceptionObject *)exc)->extra[0]);
    else if (type_is_subtype(t, Exc_AttributeError))
        suggestion = suggest_attribute(exc);
    if (suggestion != NULL && STR_CHECK(suggestion))
        fprintf(out, ". Did you mean: '%s'?", STR_DATA(suggestion));
    OBJ_XDECREF(suggestion);
    fputc('\n', out);
    /* add_note() notes */
    Object **dp = obj_dict_ptr(exc);
    Object *notes = (dp && *dp) ? dict_get_str_borrow(*dp, "__notes__") : NULL;
    if (notes != NULL && LIST_CHECK(notes)) {
        for (ssize_t i = 0; i < LIST_SIZE(notes); i++) {
            Object *n = obj_str(LIST_GET(notes, i));
            if (n == NULL) { exc_clear(); continue; }
            fprintf(out, "%s\n", STR_DATA(n));
            OBJ_DECREF(n);
        }
    }
}

#define MAX_CHAIN 64

void tb_print_exception(Object *exc, FILE *out)
{
    tb_print_exception_ex(exc, out, true);
}

void tb_print_exception_ex(Object *exc, FILE *out, bool chain_too)
{
    /* Walk the chain from the newest exception back, then print oldest first. */
    Object *chain[MAX_CHAIN];
    int kinds[MAX_CHAIN];     /* how chain[i] relates to chain[i-1]: 1 cause, 2 context */
    int n = 0;
    Object *cur = exc;
    kinds[0] = 0;
    while (cur != NULL && n < MAX_CHAIN && (chain_too || n == 0)) {
        bool seen = false;
        for (int i = 0; i < n; i++)
            if (chain[i] == cur)
                seen = true;
        if (seen)
            break;
        chain[n++] = cur;
        ExceptionObject *e = (ExceptionObject *)cur;
        if (e->cause != NULL) {
            kinds[n] = 1;
            cur = e->cause;
        } else if (e->context != NULL && !e->suppress_context) {
            kinds[n] = 2;
            cur = e->context;
        } else {
            cur = NULL;
        }
    }
    for (int i = n - 1; i >= 0; i--) {
        ExceptionObject *e = (ExceptionObject *)chain[i];
        if (!EXC_CHECK(chain[i])) {
            fprintf(out, "TypeError: print_exception(): Exception expected for value, %s found\n",
                    obj_type_name(chain[i]));
            continue;
        }
        if (e->traceback != NULL)
            print_tb(e->traceback, out);
        print_exception_only(chain[i], out);
        if (i > 0) {
            if (kinds[i] == 1)
                fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
            else
                fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
        }
    }
    fflush(out);
}

void vm_write_unraisable(Object *obj)
{
    Object *exc = exc_fetch();
    if (exc == NULL)
        return;
    vm_flush_std();
    Object *r = obj != NULL ? obj_repr(obj) : NULL;
    if (r == NULL)
        exc_clear();
    fprintf(stderr, "Exception ignored in: %s\n", r ? STR_DATA(r) : "<object repr() failed>");
    OBJ_XDECREF(r);
    tb_print_exception(exc, stderr);
    OBJ_DECREF(exc);
}
