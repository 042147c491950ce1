/* mod_re.c: the _re module, the matching engine behind stdlib/lib/re.py. re.py parses a pattern
 * into a small bytecode (a list of ints, the opcodes below); this file packs it (_re.compile) and
 * runs it with a backtracking VM on an explicit stack (no C recursion), over the code points of a
 * str or the bytes of a bytes object. Results are tuples of group marks, decoded by re.py. */
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/strunicode.h"
#include "objects/strobject.h"
#include "objects/strunicode.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/funcobject.h"
#include "gc/alloc.h"
#include "vm/errors.h"
#include "vm/vm.h"
#include "stdlib/modules.h"
#include <string.h>

/* Opcodes (keep in sync with re.py). Addresses are absolute indices into the code. */
enum {
    OP_SUCCESS, OP_CHAR, OP_CHAR_I, OP_ANY, OP_ANY_ALL, OP_CLASS, OP_SPLIT, OP_JMP, OP_SAVE, OP_AT,
    OP_BACKREF, OP_LOOK, OP_LOOK_END, OP_RINIT, OP_RLOOP, OP_REP1
};
/* CLASS len negate icase items...: LIT c | RANGE lo hi | CAT k */
enum { CI_LIT, CI_RANGE, CI_CAT };
enum { CAT_DIGIT, CAT_NOT_DIGIT, CAT_WORD, CAT_NOT_WORD, CAT_SPACE, CAT_NOT_SPACE };
enum { AT_BEGIN, AT_BEGIN_LINE, AT_END, AT_END_LINE, AT_BEGIN_STRING, AT_END_STRING, AT_BOUNDARY,
       AT_NON_BOUNDARY };
enum { BT_CHOICE, BT_MARK, BT_LASTIDX, BT_COUNT, BT_LAZY, BT_REP1_GREEDY, BT_REP1_LAZY, BT_LOOK };

typedef struct Backtrack {
    int kind;
    int ip;
    ssize_t sp, a, b;
} Backtrack;

typedef struct Matcher {
    const int32_t *code;
    ssize_t ncode;
    const unsigned char *narrow;   /* bytes or ASCII str */
    uint32_t *wide;                /* decoded code points (owned) */
    ssize_t end;                   /* endpos */
    bool ascii;                    /* ASCII classification (bytes or re.ASCII) */
    ssize_t nmarks;
    ssize_t *marks;
    ssize_t lastindex;
    ssize_t *counts, *lastpos;     /* per repeat id */
    ssize_t nrep;
    Backtrack *stack;
    ssize_t top, cap;
    bool must_advance, fullmatch;
    unsigned long steps;
} Matcher;

static inline uint32_t ch_at(const Matcher *m, ssize_t i)
{
    return m->wide != NULL ? m->wide[i] : m->narrow[i];
}

static uint32_t fold(const Matcher *m, uint32_t c)
{
    if (c < 128 || m->ascii)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    uint32_t out[3];
    if (str_ucd_map(c, UC_MAP_LOWER, out) == 1)
        return out[0];
    return c;
}

static uint32_t upper(const Matcher *m, uint32_t c)
{
    if (c < 128 || m->ascii)
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    uint32_t out[3];
    if (str_ucd_map(c, UC_MAP_UPPER, out) == 1)
        return out[0];
    return c;
}

static bool is_word(const Matcher *m, uint32_t c)
{
    if (c < 128 || m->ascii)
        return c < 128 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
    return (str_ucd_flags(c) & (UC_ALPHA | UC_DECIMAL | UC_DIGIT | UC_NUMERIC)) != 0;
}

static bool category(const Matcher *m, int k, uint32_t c)
{
    bool r;
    switch (k / 2) {
    case 0:
        r = (c < 128 || m->ascii) ? (c >= '0' && c <= '9') : str_unicode_decimal(c) >= 0;
        break;
    case 1:
        r = is_word(m, c);
        break;
    default:
        r = (c < 128 || m->ascii) ? (c == ' ' || (c >= 9 && c <= 13) || (!m->ascii && c >= 28 && c <= 31))
                                  : str_unicode_isspace(c);
        break;
    }
    return (k & 1) ? !r : r;
}

static bool class_has(const Matcher *m, const int32_t *items, const int32_t *stop, uint32_t c)
{
    while (items < stop) {
        switch (items[0]) {
        case CI_LIT:
            if ((uint32_t)items[1] == c)
                return true;
            items += 2;
            break;
        case CI_RANGE:
            if ((uint32_t)items[1] <= c && c <= (uint32_t)items[2])
                return true;
            items += 3;
            break;
        default:
            if (category(m, items[1], c))
                return true;
            items += 2;
            break;
        }
    }
    return false;
}

/* Does the one-character item at [op] match [c]? */
static bool item_match(const Matcher *m, const int32_t *op, uint32_t c)
{
    switch (op[0]) {
    case OP_CHAR:
        return (uint32_t)op[1] == c;
    case OP_CHAR_I:   /* op[1] is folded; 'ς' and 'σ' both fold via their upper case 'Σ' */
        return (uint32_t)op[1] == fold(m, c) || (uint32_t)op[1] == c ||
               (c >= 128 && !m->ascii && (uint32_t)op[1] == fold(m, upper(m, c)));
    case OP_ANY:
        return c != '\n';
    case OP_ANY_ALL:
        return true;
    default: {   /* OP_CLASS */
        const int32_t *items = op + 4, *stop = op + 1 + op[1];
        bool r = class_has(m, items, stop, c);
        if (!r && op[3]) {
            uint32_t l = fold(m, c), u = upper(m, c);
            r = (l != c && class_has(m, items, stop, l)) || (u != c && class_has(m, items, stop, u));
        }
        return op[2] ? !r : r;
    }
    }
}

static int item_len(const int32_t *op)
{
    switch (op[0]) {
    case OP_CHAR: case OP_CHAR_I: return 2;
    case OP_ANY: case OP_ANY_ALL: return 1;
    default: return 1 + op[1];
    }
}

static int push(Matcher *m, int kind, int ip, ssize_t sp, ssize_t a, ssize_t b)
{
    if (m->top == m->cap) {
        ssize_t ncap = m->cap ? m->cap * 2 : 64;
        Backtrack *n = mem_realloc(m->stack, (size_t)ncap * sizeof(Backtrack));
        if (n == NULL) {
            exc_no_memory();
            return -1;
        }
        m->stack = n;
        m->cap = ncap;
    }
    Backtrack *b0 = &m->stack[m->top++];
    b0->kind = kind; b0->ip = ip; b0->sp = sp; b0->a = a; b0->b = b;
    return 0;
}

static int set_mark(Matcher *m, ssize_t i, ssize_t v)
{
    if (m->top > 0 && push(m, BT_MARK, 0, m->marks[i], i, 0) < 0)
        return -1;
    m->marks[i] = v;
    if ((i & 1) && i >= 3) {
        if (m->top > 0 && push(m, BT_LASTIDX, 0, 0, m->lastindex, 0) < 0)
            return -1;
        m->lastindex = i / 2;
    }
    return 0;
}

static int set_count(Matcher *m, ssize_t id, ssize_t count, ssize_t last)
{
    if (m->top > 0 && push(m, BT_COUNT, (int)id, 0, m->counts[id], m->lastpos[id]) < 0)
        return -1;
    m->counts[id] = count;
    m->lastpos[id] = last;
    return 0;
}

static bool at_boundary(const Matcher *m, ssize_t sp)
{
    bool before = sp > 0 && is_word(m, ch_at(m, sp - 1));
    bool after = sp < m->end && is_word(m, ch_at(m, sp));
    return before != after;
}

static bool at_test(const Matcher *m, int kind, ssize_t sp)
{
    switch (kind) {
    case AT_BEGIN: case AT_BEGIN_STRING: return sp == 0;
    case AT_BEGIN_LINE: return sp == 0 || ch_at(m, sp - 1) == '\n';
    case AT_END: return sp == m->end || (sp + 1 == m->end && ch_at(m, sp) == '\n');
    case AT_END_LINE: return sp == m->end || ch_at(m, sp) == '\n';
    case AT_END_STRING: return sp == m->end;
    case AT_BOUNDARY: return m->end > 0 && at_boundary(m, sp);
    default: return m->end > 0 && !at_boundary(m, sp);
    }
}

/* Removes the entries above the topmost BT_LOOK: choice points are dropped; undo entries are
 * kept (keep_undo) or applied. Returns the BT_LOOK entry (removed from the stack). */
static Backtrack cut_to_look(Matcher *m, bool keep_undo)
{
    ssize_t i = m->top - 1;
    while (m->stack[i].kind != BT_LOOK)
        i--;
    Backtrack look = m->stack[i];
    ssize_t w = i;
    for (ssize_t j = i + 1; j < m->top; j++) {
        Backtrack *e = &m->stack[j];
        if (e->kind == BT_MARK || e->kind == BT_LASTIDX || e->kind == BT_COUNT) {
            if (keep_undo)
                m->stack[w++] = *e;
        }
    }
    if (!keep_undo) {
        for (ssize_t j = m->top - 1; j > i; j--) {
            Backtrack *e = &m->stack[j];
            if (e->kind == BT_MARK) m->marks[e->a] = e->sp;
            else if (e->kind == BT_LASTIDX) m->lastindex = e->a;
            else if (e->kind == BT_COUNT) { m->counts[e->ip] = e->a; m->lastpos[e->ip] = e->b; }
        }
    }
    m->top = w;
    return look;
}

/* Runs the code anchored at [start]. 1 matched (marks set), 0 no match, -1 error. */
static int run(Matcher *m, ssize_t start)
{
    const int32_t *code = m->code;
    for (ssize_t i = 0; i < m->nmarks; i++)
        m->marks[i] = -1;
    m->lastindex = -1;
    m->top = 0;
    int ip = 0;
    ssize_t sp = start;
    for (;;) {
        if (((++m->steps) & 0xFFF) == 0 && vm_interrupt_pending) {
            vm_interrupt_pending = 0;
            Object *e = exc_new(Exc_KeyboardInterrupt, NULL, 0);
            if (e != NULL)
                exc_restore(e);
            return -1;
        }
        const int32_t *op = code + ip;
        switch (op[0]) {
        case OP_SUCCESS:
            if ((m->fullmatch && sp != m->end) || (m->must_advance && sp == start))
                goto fail;
            m->marks[0] = start;
            m->marks[1] = sp;
            return 1;
        case OP_CHAR: case OP_CHAR_I: case OP_ANY: case OP_ANY_ALL: case OP_CLASS:
            if (sp >= m->end || !item_match(m, op, ch_at(m, sp)))
                goto fail;
            sp++;
            ip += item_len(op);
            continue;
        case OP_SPLIT:
            if (push(m, BT_CHOICE, op[2], sp, 0, 0) < 0)
                return -1;
            ip = op[1];
            continue;
        case OP_JMP:
            ip = op[1];
            continue;
        case OP_SAVE:
            if (set_mark(m, op[1], sp) < 0)
                return -1;
            ip += 2;
            continue;
        case OP_AT:
            if (!at_test(m, op[1], sp))
                goto fail;
            ip += 2;
            continue;
        case OP_BACKREF: {
            ssize_t g = op[1], s0 = m->marks[2 * g], e0 = m->marks[2 * g + 1];
            if (s0 < 0 || e0 < 0 || e0 < s0 || sp + (e0 - s0) > m->end)
                goto fail;
            for (ssize_t k = 0; k < e0 - s0; k++) {
                uint32_t a = ch_at(m, s0 + k), b = ch_at(m, sp + k);
                if (a != b && !(op[2] && fold(m, a) == fold(m, b)))
                    goto fail;
            }
            sp += e0 - s0;
            ip += 3;
            continue;
        }
        case OP_LOOK: {   /* LOOK kind width end: kind 0 (?=) 1 (?!) 2 (?<=) 3 (?<!) 4 (?>) */
            int kind = op[1];
            ssize_t target = sp;
            if (kind >= 2) {
                if (sp - op[2] < 0) {
                    if (kind == 3) { ip = op[3]; continue; }
                    goto fail;
                }
                target = sp - op[2];
            }
            if (push(m, BT_LOOK, op[3], sp, kind, 0) < 0)
                return -1;
            sp = target;
            ip += 4;
            continue;
        }
        case OP_LOOK_END: {
            ssize_t i = m->top - 1;
            while (m->stack[i].kind != BT_LOOK)
                i--;
            if (m->stack[i].a & 1) {   /* negative: the body matched, so the assertion fails */
                cut_to_look(m, false);
                goto fail;
            }
            Backtrack look = cut_to_look(m, true);
            if (look.a != 4)   /* lookahead/behind rewind; an atomic group (kind 4) keeps sp */
                sp = look.sp;
            ip = look.ip;
            continue;
        }
        case OP_RINIT:
            if (set_count(m, op[1], 0, -1) < 0)
                return -1;
            ip += 2;
            continue;
        case OP_RLOOP: {   /* RLOOP id min max greedy exit; body follows */
            ssize_t id = op[1], c = m->counts[id];
            if (c < op[2]) {   /* mandatory iterations leave lastpos alone (as sre does) */
                if (set_count(m, id, c + 1, m->lastpos[id]) < 0)
                    return -1;
                ip += 6;
                continue;
            }
            if ((op[3] >= 0 && c >= op[3]) || sp == m->lastpos[id]) {
                ip = op[5];
                continue;
            }
            if (op[4]) {
                if (push(m, BT_CHOICE, op[5], sp, 0, 0) < 0 || set_count(m, id, c + 1, sp) < 0)
                    return -1;
                ip += 6;
            } else {
                if (push(m, BT_LAZY, ip + 6, sp, id, 0) < 0)
                    return -1;
                ip = op[5];
            }
            continue;
        }
        case OP_REP1: {   /* REP1 min max greedy next item */
            const int32_t *item = op + 5;
            ssize_t max = op[2] < 0 ? m->end - sp : op[2];
            if (max > m->end - sp)
                max = m->end - sp;
            if (op[3]) {
                ssize_t n = 0;
                while (n < max && item_match(m, item, ch_at(m, sp + n)))
                    n++;
                if (n < op[1])
                    goto fail;
                if (n > op[1] && push(m, BT_REP1_GREEDY, op[4], sp + n, sp + op[1], 0) < 0)
                    return -1;
                sp += n;
            } else {
                ssize_t n = 0;
                while (n < op[1] && n < max && item_match(m, item, ch_at(m, sp + n)))
                    n++;
                if (n < op[1])
                    goto fail;
                sp += n;
                if (max > n && push(m, BT_REP1_LAZY, op[4], sp, sp - n + max, ip + 5) < 0)
                    return -1;
            }
            ip = op[4];
            continue;
        }
        default:
            exc_set_string(Exc_SystemError, "_re: bad opcode");
            return -1;
        }
    fail:
        for (;;) {
            if (m->top == 0)
                return 0;
            Backtrack e = m->stack[--m->top];
            switch (e.kind) {
            case BT_CHOICE:
                ip = e.ip; sp = e.sp;
                goto resumed;
            case BT_MARK:
                m->marks[e.a] = e.sp;
                break;
            case BT_LASTIDX:
                m->lastindex = e.a;
                break;
            case BT_COUNT:
                m->counts[e.ip] = e.a;
                m->lastpos[e.ip] = e.b;
                break;
            case BT_LAZY:
                sp = e.sp;
                if (set_count(m, e.a, m->counts[e.a] + 1, sp) < 0)
                    return -1;
                ip = e.ip;
                goto resumed;
            case BT_REP1_GREEDY:
                sp = e.sp - 1;
                if (sp > e.a && push(m, BT_REP1_GREEDY, e.ip, sp, e.a, 0) < 0)
                    return -1;
                ip = e.ip;
                goto resumed;
            case BT_REP1_LAZY:
                if (e.sp < e.a && item_match(m, code + e.b, ch_at(m, e.sp))) {
                    sp = e.sp + 1;
                    if (sp < e.a && push(m, BT_REP1_LAZY, e.ip, sp, e.a, e.b) < 0)
                        return -1;
                    ip = e.ip;
                    goto resumed;
                }
                break;
            case BT_LOOK:   /* the body failed: a negative assertion succeeds */
                if (e.a & 1) {
                    sp = e.sp;
                    ip = e.ip;
                    goto resumed;
                }
                break;
            }
        }
    resumed:;
    }
}

/* Mode: 0 match, 1 fullmatch, 2 search. 1 found, 0 not, -1 error. */
static int find(Matcher *m, ssize_t pos, int mode)
{
    m->fullmatch = mode == 1;
    if (mode != 2)
        return pos <= m->end ? run(m, pos) : 0;
    int32_t first = m->code[0] == OP_CHAR ? m->code[1] : -1;
    for (ssize_t s = pos; s <= m->end; s++) {
        if (first >= 0) {
            while (s < m->end && ch_at(m, s) != (uint32_t)first)
                s++;
            if (s >= m->end)
                return 0;
        }
        int r = run(m, s);
        if (r != 0)
            return r;
        m->must_advance = false;
    }
    return 0;
}

static Object *marks_tuple(Matcher *m)
{
    Object *t = tuple_new(m->nmarks + 1);
    if (t == NULL)
        return NULL;
    for (ssize_t i = 0; i <= m->nmarks; i++) {
        ssize_t v = i < m->nmarks ? m->marks[i] : m->lastindex;
        if (i < m->nmarks && (i & 1) && (m->marks[i - 1] < 0 || v < 0)) v = -1;
        if (i < m->nmarks && !(i & 1) && (i + 1 >= m->nmarks || m->marks[i + 1] < 0)) v = -1;
        Object *o = int_from_ssize(v);
        if (o == NULL) {
            OBJ_DECREF(t);
            return NULL;
        }
        TUPLE_ITEMS(t)[i] = o;
    }
    return t;
}

static ssize_t get_ssize(Object *o, const char *what)
{
    if (!INT_CHECK(o)) {
        exc_format(Exc_TypeError, "_re: %s must be an int", what);
        return -2;
    }
    ssize_t v = int_as_ssize(o);
    if (v == -1 && exc_occurred())
        return -2;
    return v;
}

/* _re.compile(list of ints) -> bytes (packed int32 code) */
static Object *re_compile_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("compile", kwnames) < 0 || arg_count("compile", nargs, 1, 1) < 0)
        return NULL;
    if (!LIST_CHECK(args[0]))
        return exc_set_string(Exc_TypeError, "_re.compile() expects a list");
    ssize_t n = SIZE(args[0]);
    Object *b = bytes_new_uninit(n * 4);
    if (b == NULL)
        return NULL;
    int32_t *out = (int32_t *)(void *)BYTES_DATA(b);
    for (ssize_t i = 0; i < n; i++) {
        ssize_t v = get_ssize(LIST_GET(args[0], i), "code");
        if (v == -2) {
            OBJ_DECREF(b);
            return NULL;
        }
        int32_t w = (int32_t)v;
        memcpy(out + i, &w, 4);
    }
    return b;
}

/* _re.scan(code, string, pos, endpos, mode, ngroups, nrepeats, ascii, maxcount):
 * modes 0 match, 1 fullmatch, 2 search -> marks tuple or None; 3 all -> list of marks tuples.
 * A marks tuple holds start/end of each group (-1 unset) then lastindex. */
static Object *re_scan_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("scan", kwnames) < 0 || arg_count("scan", nargs, 9, 9) < 0)
        return NULL;
    Object *codeb = args[0], *s = args[1];
    if (!BYTES_CHECK(codeb))
        return exc_set_string(Exc_TypeError, "_re.scan(): bad code");
    ssize_t pos = get_ssize(args[2], "pos"), endpos = get_ssize(args[3], "endpos");
    ssize_t mode = get_ssize(args[4], "mode"), ngroups = get_ssize(args[5], "ngroups");
    ssize_t nrep = get_ssize(args[6], "nrepeats"), asc = get_ssize(args[7], "ascii");
    ssize_t maxcount = get_ssize(args[8], "maxcount");
    if (pos == -2 || endpos == -2 || mode == -2 || ngroups == -2 || nrep == -2 || asc == -2 || maxcount == -2)
        return NULL;
    Matcher m;
    memset(&m, 0, sizeof m);
    m.ncode = BYTES_LEN(codeb) / 4;
    int32_t *code = mem_alloc((size_t)(m.ncode + 1) * 4);
    if (code == NULL)
        return exc_no_memory();
    memcpy(code, BYTES_DATA(codeb), (size_t)m.ncode * 4);
    code[m.ncode] = OP_SUCCESS;
    m.code = code;
    ssize_t len;
    if (STR_CHECK(s)) {
        len = STR_LEN(s);
        if (STR_IS_ASCII(s)) {
            m.narrow = (const unsigned char *)STR_DATA(s);
        } else {
            m.wide = mem_alloc((size_t)(len + 1) * sizeof(uint32_t));
            if (m.wide == NULL) {
                mem_free(code);
                return exc_no_memory();
            }
            const char *p = STR_DATA(s);
            for (ssize_t i = 0; i < len; i++) {
                int k;
                m.wide[i] = str_utf8_decode(p, &k);
                p += k;
            }
        }
    } else if (BYTES_CHECK(s)) {
        len = BYTES_LEN(s);
        m.narrow = (const unsigned char *)BYTES_DATA(s);
    } else {
        mem_free(code);
        return exc_set_string(Exc_TypeError, "expected string or bytes-like object");
    }
    m.ascii = asc != 0;
    if (endpos > len) endpos = len;
    if (endpos < 0) endpos = 0;
    if (pos < 0) pos = 0;
    m.end = endpos;
    m.nmarks = 2 * (ngroups + 1);
    m.nrep = nrep;
    m.marks = mem_alloc((size_t)m.nmarks * sizeof(ssize_t));
    m.counts = mem_alloc((size_t)(nrep + 1) * sizeof(ssize_t));
    m.lastpos = mem_alloc((size_t)(nrep + 1) * sizeof(ssize_t));
    Object *result = NULL;
    if (m.marks == NULL || m.counts == NULL || m.lastpos == NULL) {
        exc_no_memory();
        goto done;
    }
    if (mode < 3) {
        int r = find(&m, pos, (int)mode);
        if (r < 0)
            goto done;
        if (r == 0) {
            result = NEWREF(NONE);
            goto done;
        }
        result = marks_tuple(&m);
        goto done;
    }
    result = list_new(0);
    if (result == NULL)
        goto done;
    ssize_t count = 0;
    while (pos <= m.end && (maxcount <= 0 || count < maxcount)) {
        int r = find(&m, pos, 2);
        if (r < 0) {
            OBJ_CLEAR(result);
            goto done;
        }
        if (r == 0)
            break;
        Object *t = marks_tuple(&m);
        if (t == NULL || list_append(result, t) < 0) {
            OBJ_XDECREF(t);
            OBJ_CLEAR(result);
            goto done;
        }
        OBJ_DECREF(t);
        count++;
        m.must_advance = m.marks[1] == m.marks[0];
        pos = m.marks[1];
    }
done:
    mem_free(code);
    mem_free(m.wide);
    mem_free(m.marks);
    mem_free(m.counts);
    mem_free(m.lastpos);
    mem_free(m.stack);
    return result;
}

static MethodDef re_functions[] = {
    {"compile", re_compile_m, 0, "Pack a list of opcodes into code for scan()."},
    {"scan", re_scan_m, 0, "Run compiled code over a str or bytes."},
    {NULL, NULL, 0, NULL}
};

Object *mod__re_init(void)
{
    Object *m = module_new("_re");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, re_functions) < 0) {
        OBJ_DECREF(m);
        return NULL;
    }
    return m;
}
