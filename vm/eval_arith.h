/* eval_arith.h: the arithmetic and comparison opcodes of vm_eval (vm/eval.c), which includes this
 * file twice: once at file level with EVAL_ARITH_MACROS defined (the fast-path macros), once inside
 * the dispatch loop for the opcode bodies. Not a header to include anywhere else: the bodies use
 * vm_eval's registers (sp, ip, oparg, ...) and labels. See docs/speed.md. */
#ifdef EVAL_ARITH_MACROS

/* Integers up to this magnitude convert to a double exactly. */
#define DOUBLE_EXACT_INT ((int64_t)1 << 53)

/* The arithmetic fast paths. Operands a = SECOND(), b = TOP() stay on the stack until the result
 * is known. BINOP_INTS: both exact ints of at most two digits (|v| < 2**60, so sums, differences
 * and quotients fit an int64_t), values in ix, iy. BINOP_FLOATS: floats, or a float with a compact
 * int (exact as a double), values in fx, fy. */
#define BINOP_INTS(a, b) \
    (INT_CHECK_EXACT(a) && INT_CHECK_EXACT(b) && int_as_i64_fast(a, &ix) && int_as_i64_fast(b, &iy))
#define FLOATISH(o) (TYPE(o) == &float_type || (INT_CHECK_EXACT(o) && INT_IS_COMPACT(o)))
#define FLOAT_OF(o) (TYPE(o) == &float_type ? FLOAT_VALUE(o) : (double)INT_COMPACT_VALUE(o))
#define BINOP_FLOATS(a, b) (FLOATISH(a) && FLOATISH(b) && (fx = FLOAT_OF(a), fy = FLOAT_OF(b), 1))
/* Replaces the two operands by [r_expr] (NULL: an error), releasing them. */
#define BINOP_RESULT(r_expr)                                  \
    do {                                                      \
        Object *r_ = (r_expr);                                \
        Object *b_ = POP(), *a_ = TOP();                      \
        OBJ_DECREF(b_);                                       \
        ERROR_IF(r_ == NULL);                                 \
        OBJ_DECREF(a_);                                       \
        SET_TOP(r_);                                          \
        DISPATCH();                                           \
    } while (0)
/* The same with a float result; dead float operands go straight to the free list. */
#define RELEASE_NUMBER(o) do { if (TYPE(o) == &float_type) FLOAT_DECREF(o); else OBJ_DECREF(o); } while (0)
#define BINOP_FLOAT_RESULT(value)                             \
    do {                                                      \
        Object *r_ = float_from_double(value);                \
        Object *b_ = POP(), *a_ = TOP();                      \
        RELEASE_NUMBER(b_);                                   \
        ERROR_IF(r_ == NULL);                                 \
        RELEASE_NUMBER(a_);                                   \
        SET_TOP(r_);                                          \
        DISPATCH();                                           \
    } while (0)

#else

    /* BINARY_OP of the common operators: code_finish gives each its own opcode (opcodes.def,
     * BINOP_FORM) with the fast paths of that operator; other operands go to BINARY_OP's general
     * code below, which handles the in-place forms too */
    TARGET(BINARY_OP_ADD) {
        Object *a = SECOND(), *b = TOP();
        if (BINOP_INTS(a, b))
            BINOP_RESULT(int_from_i64(ix + iy));
        if (BINOP_FLOATS(a, b))
            BINOP_FLOAT_RESULT(fx + fy);
        goto binary_op_general;
    }

    TARGET(BINARY_OP_SUBTRACT) {
        Object *a = SECOND(), *b = TOP();
        if (BINOP_INTS(a, b))
            BINOP_RESULT(int_from_i64(ix - iy));
        if (BINOP_FLOATS(a, b))
            BINOP_FLOAT_RESULT(fx - fy);
        goto binary_op_general;
    }

    TARGET(BINARY_OP_MULTIPLY) {
        Object *a = SECOND(), *b = TOP();
        if (BINOP_INTS(a, b) && !__builtin_mul_overflow(ix, iy, &iz))
            BINOP_RESULT(int_from_i64(iz));
        if (BINOP_FLOATS(a, b))
            BINOP_FLOAT_RESULT(fx * fy);
        goto binary_op_general;
    }

    TARGET(BINARY_OP_TRUE_DIVIDE) {
        Object *a = SECOND(), *b = TOP();
        /* ints exact in a double: one correctly rounded division, as int.__truediv__ gives */
        if (BINOP_INTS(a, b) && iy != 0 && ix <= DOUBLE_EXACT_INT && ix >= -DOUBLE_EXACT_INT &&
            iy <= DOUBLE_EXACT_INT && iy >= -DOUBLE_EXACT_INT)
            BINOP_FLOAT_RESULT((double)ix / (double)iy);
        if (BINOP_FLOATS(a, b) && fy != 0.0)
            BINOP_FLOAT_RESULT(fx / fy);
        goto binary_op_general;             /* division by zero raises there */
    }

    TARGET(BINARY_OP_FLOOR_DIVIDE) {
        Object *a = SECOND(), *b = TOP();
        if (BINOP_INTS(a, b) && iy != 0) {
            int_compact_floor_divmod(ix, iy, &iq, &iz);
            BINOP_RESULT(int_from_i64(iq));
        }
        goto binary_op_general;
    }

    TARGET(BINARY_OP_REMAINDER) {
        Object *a = SECOND(), *b = TOP();
        if (BINOP_INTS(a, b) && iy != 0) {
            int_compact_floor_divmod(ix, iy, &iq, &iz);
            BINOP_RESULT(int_from_i64(iz));
        }
        goto binary_op_general;
    }

    TARGET(BINARY_OP) {
        /* the other operators: bitwise ints and float powers fast, the rest general */
        Object *a = SECOND(), *b = TOP();
        int op = oparg >= BINOP_INPLACE ? oparg - BINOP_INPLACE : oparg;
        if (BINOP_INTS(a, b)) {
            switch (op) {
            case NB_AND: BINOP_RESULT(int_from_i64(ix & iy));
            case NB_OR: BINOP_RESULT(int_from_i64(ix | iy));
            case NB_XOR: BINOP_RESULT(int_from_i64(ix ^ iy));
            case NB_RSHIFT:
                if (iy >= 0)
                    BINOP_RESULT(int_from_i64(iy > 62 ? (ix < 0 ? -1 : 0) : ix >> iy));
                break;
            case NB_LSHIFT:
                if (iy >= 0 && iy <= 31 && ix < ((int64_t)1 << 31) && ix > -((int64_t)1 << 31))
                    BINOP_RESULT(int_from_i64((int64_t)((uint64_t)ix << iy)));
                break;
            default:
                break;
            }
        } else if (op == NB_POWER && BINOP_FLOATS(a, b) && fx > 0.0 && isfinite(fx) && isfinite(fy)) {
            /* a positive finite base with a finite exponent and a finite result: pow() is all
             * float.__pow__ does then (an underflow to 0 is no error there either) */
            double p = pow(fx, fy);
            if (isfinite(p))
                BINOP_FLOAT_RESULT(p);
        }
    }
    binary_op_general: {
        Object *b = POP();
        Object *a = TOP();
        Object *r;
        SAVE_STATE();
        if ((oparg == NB_ADD || oparg == BINOP_INPLACE + NB_ADD) && STR_CHECK_EXACT(a) &&
            STR_CHECK_EXACT(b) && opcode_compiled(INSTR_OP(*ip)) == OP_STORE_FAST &&
            locals[INSTR_ARG(*ip)] == a && REFCNT(a) == 2) {
            /* `s += t` (or s = s + t) into a local that holds the only other reference: the local
             * lets go, so the string can grow in place (CPython's BINARY_OP_INPLACE_ADD_UNICODE) */
            locals[INSTR_ARG(*ip)] = NULL;
            OBJ_DECREF(a);
            (void)POP();
            int err = str_concat_inplace(&a, b);
            OBJ_DECREF(b);
            ERROR_IF(err < 0);
            PUSH(a);
            DISPATCH();
        }
        if (oparg >= BINOP_INPLACE)
            r = obj_inplace_op(a, b, oparg - BINOP_INPLACE);
        else
            r = obj_binary_op(a, b, oparg);
        OBJ_DECREF(b);
        ERROR_IF(r == NULL);
        OBJ_DECREF(a);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Object *b = POP();
        Object *a = TOP();
        Object *r;
        /* ints and floats: the outcome (less, equal, greater) picks a bit of the operator's mask,
         * with no branch on the operator (CPython's COMPARE_OP_*_JUMP); NaN is unordered */
        static const uint8_t outcome_masks[] = {
            [RICH_LT] = 1, [RICH_LE] = 1 | 2, [RICH_EQ] = 2, [RICH_NE] = 1 | 4, [RICH_GT] = 4, [RICH_GE] = 2 | 4,
        };
        if (INT_CHECK_EXACT(a) && INT_CHECK_EXACT(b) && int_as_i64_fast(a, &ix) && int_as_i64_fast(b, &iy)) {
            int outcome = 2 + (ix > iy) - (ix < iy);            /* 1, 2 or 3 */
            r = bool_from((outcome_masks[oparg] >> (outcome - 1)) & 1);
        } else if (TYPE(a) == &float_type && TYPE(b) == &float_type) {
            fx = FLOAT_VALUE(a);
            fy = FLOAT_VALUE(b);
            if (isnan(fx) || isnan(fy))
                r = bool_from(oparg == RICH_NE);
            else {
                int outcome = 2 + (fx > fy) - (fx < fy);
                r = bool_from((outcome_masks[oparg] >> (outcome - 1)) & 1);
            }
        } else {
            SAVE_STATE();
            r = obj_richcompare(a, b, oparg);
        }
        OBJ_DECREF(b);
        ERROR_IF(r == NULL);
        OBJ_DECREF(a);
        /* a comparison followed by a conditional jump (the usual `if a < b:`) takes the jump
         * at once when the result is a bool, without pushing it (CPython's COMPARE_OP_*_JUMP) */
        Instr next = *ip;
        if ((r == TRUE_OBJ || r == FALSE_OBJ) &&
            (INSTR_OP(next) == OP_POP_JUMP_IF_FALSE || INSTR_OP(next) == OP_POP_JUMP_IF_TRUE)) {
            ip++;
            f->ip = ip;
            (void)POP();
            if ((r == TRUE_OBJ) == (INSTR_OP(next) == OP_POP_JUMP_IF_TRUE))
                ip = code->code + INSTR_ARG(next);
            OBJ_DECREF(r);
            DISPATCH();
        }
        SET_TOP(r);
        DISPATCH();
    }

#endif
