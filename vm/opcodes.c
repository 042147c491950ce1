/* opcodes.c: tables derived from vm/opcodes.def. */
#include "vm/opcodes.h"
#include "objects/object.h"

const char *const opcode_names[OP__COUNT] = {
#define OPCODE(name, kind, effect, doc) [OP_##name] = #name,
#include "vm/opcodes.def"
#undef OPCODE
};

const char *const opcode_docs[OP__COUNT] = {
#define OPCODE(name, kind, effect, doc) [OP_##name] = doc,
#include "vm/opcodes.def"
#undef OPCODE
};

const OpArgKind opcode_arg_kinds[OP__COUNT] = {
#define OPCODE(name, kind, effect, doc) [OP_##name] = kind,
#include "vm/opcodes.def"
#undef OPCODE
};

int opcode_stack_effect(Opcode op, int arg, bool jump)
{
    UNUSED(arg);
    UNUSED(jump);
    switch (op) {
#define OPCODE(name, kind, effect, doc) case OP_##name: return (effect);
#include "vm/opcodes.def"
#undef OPCODE
    default: return 0;
    }
}

bool opcode_is_jump(Opcode op)
{
    return op < OP__COUNT && opcode_arg_kinds[op] == ARG_JUMP;
}

Opcode opcode_compiled(Opcode op)
{
    switch (op) {
#define OPCODE(name, kind, effect, doc)
#define SUPERINSTR(name, first, second) case OP_##name: return OP_##first;
#define BINOP_FORM(name, operator) case OP_##name: return OP_BINARY_OP;
#include "vm/opcodes.def"
#undef BINOP_FORM
#undef SUPERINSTR
#undef OPCODE
    default: return op;
    }
}

Opcode opcode_specialized(Opcode op, int arg, Opcode next)
{
    int operator = arg >= BINOP_INPLACE ? arg - BINOP_INPLACE : arg;
#define OPCODE(name, kind, effect, doc)
#define SUPERINSTR(name, a, b) if (op == OP_##a && next == OP_##b) return OP_##name;
#define BINOP_FORM(name, oper) if (op == OP_BINARY_OP && operator == (oper)) return OP_##name;
#include "vm/opcodes.def"
#undef BINOP_FORM
#undef SUPERINSTR
#undef OPCODE
    return op;
}
