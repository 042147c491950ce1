/* opcodes.h: the opcode enum and its tables, all derived from vm/opcodes.def (the only list). */
#ifndef TALLY_OPCODES_H
#define TALLY_OPCODES_H

#include "common/config.h"

typedef enum {
#define OPCODE(name, kind, effect, doc) OP_##name,
#include "vm/opcodes.def"
#undef OPCODE
    OP__COUNT
} Opcode;

typedef enum {
    ARG_NONE, ARG_CONST, ARG_NAME, ARG_LOCAL, ARG_CELL, ARG_JUMP, ARG_COUNT, ARG_BINOP, ARG_CMP,
    ARG_FLAGS
} OpArgKind;

/* One instruction: opcode in the low 8 bits, argument in the high 24. */
typedef uint32_t Instr;
#define INSTR_OP(i) ((Opcode)((i) & 0xffu))
#define INSTR_ARG(i) ((int)((i) >> 8))
#define MAKE_INSTR(op, arg) ((Instr)(op) | ((Instr)(arg) << 8))
#define INSTR_ARG_MAX 0xffffff

extern const char *const opcode_names[OP__COUNT];     /* "LOAD_CONST", ... */
extern const char *const opcode_docs[OP__COUNT];      /* the meaning column */
extern const OpArgKind opcode_arg_kinds[OP__COUNT];

/* Net stack effect of [op] with argument [arg]; [jump] selects the taken branch of a jump. */
int opcode_stack_effect(Opcode op, int arg, bool jump);
bool opcode_is_jump(Opcode op);
/* The rewritten forms (end of opcodes.def): the opcode the compiler emitted for [op] (others
 * unchanged), and the form code_finish gives an instruction [op] with argument [arg] followed by
 * an instruction [next] (or [op] itself). */
Opcode opcode_compiled(Opcode op);
Opcode opcode_specialized(Opcode op, int arg, Opcode next);

/* In-place forms of BINARY_OP add this to the BinaryOperator. */
#define BINOP_INPLACE 13

#endif
