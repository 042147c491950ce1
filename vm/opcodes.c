/* opcodes.c: tables derived from vm/opcodes.def. */
#include "vm/opcodes.h"

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

Opcode opcode_unfused(Opcode op)
{
    switch (op) {
#define OPCODE(name, kind, effect, doc)
#define SUPERINSTR(name, first, second) case OP_##name: return OP_##first;
#include "vm/opcodes.def"
#undef SUPERINSTR
#undef OPCODE
    default: return op;
    }
}

Opcode opcode_fused(Opcode first, Opcode second)
{
#define OPCODE(name, kind, effect, doc)
#define SUPERINSTR(name, a, b) if (first == OP_##a && second == OP_##b) return OP_##name;
#include "vm/opcodes.def"
#undef SUPERINSTR
#undef OPCODE
    return first;
}
