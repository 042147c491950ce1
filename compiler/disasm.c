/* disasm.c: prints code objects in the layout of CPython 3.11's dis.dis: line number (on the first
 * instruction of each source line, with a blank line before it), jump-target marker, instruction
 * index, opcode name, argument and its meaning; then the exception table and, recursively, the
 * code objects found among the constants. Instruction indices replace CPython's byte offsets. */
#include "compiler/compiler.h"
#include "gc/alloc.h"
#include "vm/errors.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include <string.h>

#define OPNAME_WIDTH 24
#define OPARG_WIDTH 5

static const char *const binop_symbols[] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static const char *tuple_str(Object *t, int i)
{
    if (!t || i < 0 || i >= TUPLE_SIZE(t)) return "<?>";
    Object *s = TUPLE_GET(t, i);
    return STR_CHECK(s) ? STR_DATA(s) : "<?>";
}

static void print_repr(Object *o, FILE *out)
{
    Object *r = obj_repr(o);
    if (r) {
        fputs(STR_DATA(r), out);
        OBJ_DECREF(r);
    } else {
        exc_clear();
        fputs("<?>", out);
    }
}

/* Whether dis shows a meaning in parentheses for [op] with [arg]. */
static bool has_argrepr(Opcode op, int arg)
{
    switch (opcode_arg_kinds[op]) {
    case ARG_CONST:
    case ARG_NAME:
    case ARG_LOCAL:
    case ARG_CELL:
    case ARG_JUMP:
        return true;
    case ARG_BINOP:
        return arg >= 0 && arg < (int)(sizeof(binop_symbols) / sizeof(binop_symbols[0]));
    case ARG_CMP:
        return arg >= 0 && arg < 6;
    case ARG_FLAGS:
        if (op == OP_FORMAT_VALUE) return (arg & 7) != 0;
        if (op == OP_MAKE_FUNCTION) return (arg & 15) != 0;
        return false;
    default:
        return false;
    }
}

/* Prints the meaning of [arg] for [op] in [co] (the part dis shows in parentheses). */
static void print_argrepr(CodeObject *co, Opcode op, int arg, FILE *out)
{
    switch (opcode_arg_kinds[op]) {
    case ARG_CONST:
        if (arg < TUPLE_SIZE(co->consts)) print_repr(TUPLE_GET(co->consts, arg), out);
        else fputs("<?>", out);
        break;
    case ARG_NAME:
        fputs(tuple_str(co->names, arg), out);
        break;
    case ARG_LOCAL:
        fputs(tuple_str(co->varnames, arg), out);
        break;
    case ARG_CELL:
        fputs(arg < co->ncells ? tuple_str(co->cellvars, arg) : tuple_str(co->freevars, arg - co->ncells), out);
        break;
    case ARG_JUMP:
        fprintf(out, "to %d", arg);
        break;
    case ARG_BINOP:
        fputs(binop_symbols[arg], out);
        break;
    case ARG_CMP:
        fputs(cmp_symbols[arg], out);
        break;
    case ARG_FLAGS:
        if (op == OP_FORMAT_VALUE) {
            static const char *const conv[] = {"", "str", "repr", "ascii"};
            fputs(conv[arg & 3], out);
            if (arg & 4) fputs((arg & 3) ? ", with format" : "with format", out);
        } else if (op == OP_MAKE_FUNCTION) {
            static const char *const flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
            bool first = true;
            for (int i = 0; i < 4; i++) {
                if (!(arg & (1 << i))) continue;
                fprintf(out, "%s%s", first ? "" : ", ", flags[i]);
                first = false;
            }
        }
        break;
    default:
        break;
    }
}

static void disassemble(CodeObject *co, FILE *out)
{
    int n = co->ncode;
    bool *target = mem_calloc((size_t)n + 1, sizeof(bool));
    int maxline = 0;
    for (int i = 0; i < n; i++) {
        Opcode op = opcode_compiled(INSTR_OP(co->code[i]));
        int arg = INSTR_ARG(co->code[i]);
        if (target && opcode_is_jump(op) && arg >= 0 && arg < n) target[arg] = true;
        if (co->positions && co->positions[i].lineno > maxline) maxline = co->positions[i].lineno;
    }
    for (int e = 0; e < co->nexc && target; e++)
        if (co->exctable[e].target >= 0 && co->exctable[e].target < n) target[co->exctable[e].target] = true;
    int linew = 3;
    for (int m = maxline; m >= 1000; m /= 10) linew++;
    int offw = n - 1 >= 10000 ? (int)snprintf(NULL, 0, "%d", n - 1) : 4;
    int lastline = -1;
    for (int i = 0; i < n; i++) {
        Opcode op = opcode_compiled(INSTR_OP(co->code[i]));
        int arg = INSTR_ARG(co->code[i]);
        int line = co->positions ? co->positions[i].lineno : -1;
        bool starts = line >= 0 && line != lastline;
        if (starts) {
            lastline = line;
            if (i > 0) fputc('\n', out);
            fprintf(out, "%*d", linew, line);
        } else {
            fprintf(out, "%*s", linew, "");
        }
        fprintf(out, "     %s %*d ", target && target[i] ? ">>" : "  ", offw, i);
        if (op >= OP__COUNT) {
            fprintf(out, "<%d>\n", (int)op);
            continue;
        }
        if (opcode_arg_kinds[op] == ARG_NONE) {
            fprintf(out, "%s\n", opcode_names[op]);
            continue;
        }
        fprintf(out, "%-*s %*d", OPNAME_WIDTH, opcode_names[op], OPARG_WIDTH, arg);
        if (has_argrepr(op, arg)) {
            fputs(" (", out);
            print_argrepr(co, op, arg, out);
            fputc(')', out);
        }
        fputc('\n', out);
    }
    mem_free(target);
    if (co->nexc > 0) {
        fputs("ExceptionTable:\n", out);
        for (int e = 0; e < co->nexc; e++) {
            ExcTableEntry *x = &co->exctable[e];
            fprintf(out, "  %d to %d -> %d [%d]\n", x->start, x->end - 1, x->target, x->depth);
        }
    }
}

static void disassemble_recursive(CodeObject *co, FILE *out)
{
    disassemble(co, out);
    for (ssize_t i = 0; co->consts && i < TUPLE_SIZE(co->consts); i++) {
        Object *k = TUPLE_GET(co->consts, i);
        if (!CODE_CHECK(k)) continue;
        fputs("\nDisassembly of ", out);
        print_repr(k, out);
        fputs(":\n", out);
        disassemble_recursive((CodeObject *)k, out);
    }
}

void disasm_code(CodeObject *co, FILE *out)
{
    disassemble_recursive(co, out);
}
