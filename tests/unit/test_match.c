/* test_match.c: unit tests of the match statement's front end: ast.dump() of match statements
 * (with and without node locations) compared with CPython 3.11's, and that the soft keywords
 * `match` and `case` stay usable as names. Expectations were produced by python3's ast module. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser/parser.h"

typedef struct MatchDumpCase { const char *src, *dump, *dump_attrs; } MatchDumpCase;

static const MatchDumpCase match_cases[] = {
    {"match x:\n    case 1 | -2 | 3+4j | 'a' 'b' | None | True:\n        pass\n",
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=BinOp(left=Constant(value=3), op=Add(), right=Constant(value=4j))), MatchValue(value=Constant(value='ab')), MatchSingleton(value=None), MatchSingleton(value=True)]), body=[Pass()])])], type_ignores=[])",
     "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2, lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), lineno=2, col_offset=13, end_lineno=2, end_col_offset=15), lineno=2, col_offset=13, end_lineno=2, end_col_offset=15), MatchValue(value=BinOp(left=Constant(value=3, lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), op=Add(), right=Constant(value=4j, lineno=2, col_offset=20, end_lineno=2, end_col_offset=22), lineno=2, col_offset=18, end_lineno=2, end_col_offset=22), lineno=2, col_offset=18, end_lineno=2, end_col_offset=22), MatchValue(value=Constant(value='ab', lineno=2, col_offset=25, end_lineno=2, end_col_offset=32), lineno=2, col_offset=25, end_lineno=2, end_col_offset=32), MatchSingleton(value=None, lineno=2, col_offset=35, end_lineno=2, end_col_offset=39), MatchSingleton(value=True, lineno=2, col_offset=42, end_lineno=2, end_col_offset=46)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=46), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])"},
    {"match x:\n    case [a, *rest, _] if a > 1:\n        pass\n    case (a, b) | {'k': a, C.D: [b], **r}:\n        pass\n",
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest'), MatchAs()]), guard=Compare(left=Name(id='a', ctx=Load()), ops=[Gt()], comparators=[Constant(value=1)]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), MatchMapping(keys=[Constant(value='k'), Attribute(value=Name(id='C', ctx=Load()), attr='D', ctx=Load())], patterns=[MatchAs(name='a'), MatchSequence(patterns=[MatchAs(name='b')])], rest='r')]), body=[Pass()])])], type_ignores=[])",
     "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='rest', lineno=2, col_offset=13, end_lineno=2, end_col_offset=18), MatchAs(lineno=2, col_offset=20, end_lineno=2, end_col_offset=21)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=22), guard=Compare(left=Name(id='a', ctx=Load(), lineno=2, col_offset=26, end_lineno=2, end_col_offset=27), ops=[Gt()], comparators=[Constant(value=1, lineno=2, col_offset=30, end_lineno=2, end_col_offset=31)], lineno=2, col_offset=26, end_lineno=2, end_col_offset=31), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a', lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), MatchAs(name='b', lineno=4, col_offset=13, end_lineno=4, end_col_offset=14)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=15), MatchMapping(keys=[Constant(value='k', lineno=4, col_offset=19, end_lineno=4, end_col_offset=22), Attribute(value=Name(id='C', ctx=Load(), lineno=4, col_offset=27, end_lineno=4, end_col_offset=28), attr='D', ctx=Load(), lineno=4, col_offset=27, end_lineno=4, end_col_offset=30)], patterns=[MatchAs(name='a', lineno=4, col_offset=24, end_lineno=4, end_col_offset=25), MatchSequence(patterns=[MatchAs(name='b', lineno=4, col_offset=33, end_lineno=4, end_col_offset=34)], lineno=4, col_offset=32, end_lineno=4, end_col_offset=35)], rest='r', lineno=4, col_offset=18, end_lineno=4, end_col_offset=41)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=41), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=12)], type_ignores=[])"},
    {"match p:\n    case Point(1, y=2, z=_) as p:\n        pass\n    case (x):\n        pass\n",
     "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['y', 'z'], kwd_patterns=[MatchValue(value=Constant(value=2)), MatchAs()]), name='p'), body=[Pass()]), match_case(pattern=MatchAs(name='x'), body=[Pass()])])], type_ignores=[])",
     "Module(body=[Match(subject=Name(id='p', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=15, end_lineno=2, end_col_offset=16), lineno=2, col_offset=15, end_lineno=2, end_col_offset=16)], kwd_attrs=['y', 'z'], kwd_patterns=[MatchValue(value=Constant(value=2, lineno=2, col_offset=20, end_lineno=2, end_col_offset=21), lineno=2, col_offset=20, end_lineno=2, end_col_offset=21), MatchAs(lineno=2, col_offset=25, end_lineno=2, end_col_offset=26)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=27), name='p', lineno=2, col_offset=9, end_lineno=2, end_col_offset=32), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchAs(name='x', lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=12)], type_ignores=[])"},
    {"match a, *b:\n    case *_, 1:\n        pass\n    case {**r}:\n        pass\n    case _:\n        pass\n",
     "Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(), MatchValue(value=Constant(value=1))]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[], rest='r'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])",
     "Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(lineno=2, col_offset=9, end_lineno=2, end_col_offset=11), MatchValue(value=Constant(value=1, lineno=2, col_offset=13, end_lineno=2, end_col_offset=14), lineno=2, col_offset=13, end_lineno=2, end_col_offset=14)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchMapping(keys=[], patterns=[], rest='r', lineno=4, col_offset=9, end_lineno=4, end_col_offset=14), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]), match_case(pattern=MatchAs(lineno=6, col_offset=9, end_lineno=6, end_col_offset=10), body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=7, end_col_offset=12)], type_ignores=[])"},
    {"match (y := f()):\n    case []:\n        pass\n    case ():\n        pass\n    case {}:\n        pass\n    case x.y.z():\n        pass\n",
     "Module(body=[Match(subject=NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])), cases=[match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()]), match_case(pattern=MatchClass(cls=Attribute(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()), attr='z', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()])])], type_ignores=[])",
     "Module(body=[Match(subject=NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), args=[], keywords=[], lineno=1, col_offset=12, end_lineno=1, end_col_offset=15), lineno=1, col_offset=7, end_lineno=1, end_col_offset=15), cases=[match_case(pattern=MatchSequence(patterns=[], lineno=2, col_offset=9, end_lineno=2, end_col_offset=11), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchSequence(patterns=[], lineno=4, col_offset=9, end_lineno=4, end_col_offset=11), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]), match_case(pattern=MatchMapping(keys=[], patterns=[], lineno=6, col_offset=9, end_lineno=6, end_col_offset=11), body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset=12)]), match_case(pattern=MatchClass(cls=Attribute(value=Attribute(value=Name(id='x', ctx=Load(), lineno=8, col_offset=9, end_lineno=8, end_col_offset=10), attr='y', ctx=Load(), lineno=8, col_offset=9, end_lineno=8, end_col_offset=12), attr='z', ctx=Load(), lineno=8, col_offset=9, end_lineno=8, end_col_offset=14), patterns=[], kwd_attrs=[], kwd_patterns=[], lineno=8, col_offset=9, end_lineno=8, end_col_offset=16), body=[Pass(lineno=9, col_offset=8, end_lineno=9, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=9, end_col_offset=12)], type_ignores=[])"},
    {"match = 5\nmatch(x)\ncase = 3\nmatch.x = 1\nmatch[1] = case\n",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=5)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=3)), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=1), ctx=Store())], value=Name(id='case', ctx=Load()))], type_ignores=[])",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Constant(value=5, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Expr(value=Call(func=Name(id='match', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], keywords=[], lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), Assign(targets=[Name(id='case', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=4)], value=Constant(value=3, lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8), Assign(targets=[Attribute(value=Name(id='match', ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=5), attr='x', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=7)], value=Constant(value=1, lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), lineno=4, col_offset=0, end_lineno=4, end_col_offset=11), Assign(targets=[Subscript(value=Name(id='match', ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=5), slice=Constant(value=1, lineno=5, col_offset=6, end_lineno=5, end_col_offset=7), ctx=Store(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=8)], value=Name(id='case', ctx=Load(), lineno=5, col_offset=11, end_lineno=5, end_col_offset=15), lineno=5, col_offset=0, end_lineno=5, end_col_offset=15)], type_ignores=[])"},
    {"match x:\n    case case:\n        match = 1\n",
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(name='case'), body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1))])])], type_ignores=[])",
     "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchAs(name='case', lineno=2, col_offset=9, end_lineno=2, end_col_offset=13), body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=13)], value=Constant(value=1, lineno=3, col_offset=16, end_lineno=3, end_col_offset=17), lineno=3, col_offset=8, end_lineno=3, end_col_offset=17)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=17)], type_ignores=[])"},
};

/* Parses [src] as a file; returns the dump or NULL with [err] filled. */
static char *match_dump(const char *src, bool attrs, SyntaxErrorInfo *err)
{
    AstArena *arena = ast_arena_new();
    Module *m = parse_source(src, strlen(src), "x.py", PARSE_FILE, arena, err);
    char *out = NULL;
    if (m) {
        size_t n;
        FILE *f = open_memstream(&out, &n);
        ast_dump_module_ex(m, attrs, f);
        fclose(f);
    }
    ast_arena_free(arena);
    return out;
}

Test(match, ast_dumps_match_cpython)
{
    for (size_t i = 0; i < sizeof match_cases / sizeof match_cases[0]; i++) {
        for (int attrs = 0; attrs < 2; attrs++) {
            SyntaxErrorInfo err;
            char *got = match_dump(match_cases[i].src, attrs, &err);
            if (!got) {
                cr_expect_fail("%s: unexpected %s: %s", match_cases[i].src, err.type, err.msg);
            } else {
                cr_expect_str_eq(got, attrs ? match_cases[i].dump_attrs : match_cases[i].dump,
                                 "source: %s", match_cases[i].src);
            }
            free(got);
            parse_error_fini(&err);
        }
    }
}

Test(match, syntax_errors)
{
    static const struct { const char *src, *msg; int lineno, offset; } errs[] = {
        {"match x:\n    case *a:\n        pass\n", "invalid syntax", 2, 12},
        {"match x:\n    case 1 as _:\n        pass\n", "cannot use '_' as a target", 2, 15},
        {"match x:\n    case C(a=1, 2):\n        pass\n",
         "positional patterns follow keyword patterns", 2, 17},
        {"match x:\n    case 1 + 2:\n        pass\n",
         "imaginary number required in complex literal", 2, 14},
    };
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        SyntaxErrorInfo err;
        char *got = match_dump(errs[i].src, false, &err);
        cr_expect_null(got, "%s parsed", errs[i].src);
        free(got);
        cr_expect_str_eq(err.msg, errs[i].msg, "%s", errs[i].src);
        cr_expect_eq(err.lineno, errs[i].lineno, "%s", errs[i].src);
        cr_expect_eq(err.offset, errs[i].offset, "%s", errs[i].src);
        parse_error_fini(&err);
    }
}
