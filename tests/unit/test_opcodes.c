/* test_opcodes.c: the tables derived from vm/opcodes.def are complete and consistent. */
#include <criterion/criterion.h>
#include "vm/opcodes.h"
#include <string.h>

Test(opcodes, every_opcode_has_a_name_and_a_meaning)
{
    for (int op = 0; op < OP__COUNT; op++) {
        cr_assert_not_null(opcode_names[op], "opcode %d has no name", op);
        cr_assert_not_null(opcode_docs[op], "opcode %s has no meaning", opcode_names[op]);
        cr_assert_gt(strlen(opcode_docs[op]), 3);
    }
}

Test(opcodes, names_are_unique)
{
    for (int a = 0; a < OP__COUNT; a++)
        for (int b = a + 1; b < OP__COUNT; b++)
            cr_assert_str_neq(opcode_names[a], opcode_names[b]);
}

Test(opcodes, fits_in_eight_bits)
{
    cr_assert_lt(OP__COUNT, 256);
}

Test(opcodes, instruction_encoding_round_trips)
{
    Instr i = MAKE_INSTR(OP_LOAD_CONST, 0x123456);
    cr_assert_eq(INSTR_OP(i), OP_LOAD_CONST);
    cr_assert_eq(INSTR_ARG(i), 0x123456);
    i = MAKE_INSTR(OP_PRINT_EXPR, INSTR_ARG_MAX);
    cr_assert_eq(INSTR_OP(i), OP_PRINT_EXPR);
    cr_assert_eq(INSTR_ARG(i), INSTR_ARG_MAX);
}

Test(opcodes, stack_effects_follow_the_list)
{
    cr_assert_eq(opcode_stack_effect(OP_LOAD_CONST, 0, false), 1);
    cr_assert_eq(opcode_stack_effect(OP_POP_TOP, 0, false), -1);
    cr_assert_eq(opcode_stack_effect(OP_BUILD_LIST, 3, false), -2);
    cr_assert_eq(opcode_stack_effect(OP_BUILD_MAP, 2, false), -3);
    cr_assert_eq(opcode_stack_effect(OP_CALL, 2, false), -2);
    cr_assert_eq(opcode_stack_effect(OP_CALL_METHOD_KW, 2, false), -4);
    cr_assert_eq(opcode_stack_effect(OP_FOR_ITER, 0, false), 1);
    cr_assert_eq(opcode_stack_effect(OP_FOR_ITER, 0, true), -1);
    cr_assert_eq(opcode_stack_effect(OP_JUMP_IF_TRUE_OR_POP, 0, true), 0);
    cr_assert_eq(opcode_stack_effect(OP_JUMP_IF_TRUE_OR_POP, 0, false), -1);
    cr_assert_eq(opcode_stack_effect(OP_UNPACK_EX, 1 | (2 << 8), false), 3);
    cr_assert_eq(opcode_stack_effect(OP_MAKE_FUNCTION, 1 | 8, false), -2);
    cr_assert_eq(opcode_stack_effect(OP_FORMAT_VALUE, 4 | 2, false), -1);
}

Test(opcodes, jumps_are_marked)
{
    cr_assert(opcode_is_jump(OP_JUMP));
    cr_assert(opcode_is_jump(OP_FOR_ITER));
    cr_assert(opcode_is_jump(OP_SEND));
    cr_assert_not(opcode_is_jump(OP_LOAD_FAST));
    cr_assert_eq(opcode_arg_kinds[OP_LOAD_CONST], ARG_CONST);
    cr_assert_eq(opcode_arg_kinds[OP_LOAD_GLOBAL], ARG_NAME);
}
