/* test_parser.c: unit tests of the front end (parse_source, the grammar, strings, f-strings,
 * syntax errors). Expectations come from CPython 3.11 itself: ast.dump() of each snippet, the
 * SyntaxError fields compile() reports, and what `python3 x.py` prints. The tables between the
 * GENERATED markers are produced by the generator kept at the end of this file; do not edit
 * them by hand. The rest checks limits, the REPL's incomplete-input flag, and that no input
 * (random bytes, truncated or mutated programs) crashes the parser or leaks. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser/parser.h"

typedef struct AstCase { const char *src; ParseMode mode; const char *dump; } AstCase;
typedef struct ErrCase {
    const char *src, *type, *msg;
    int lineno, offset, end_lineno, end_offset;
} ErrCase;
typedef struct PrintCase { const char *src, *printed; } PrintCase;

/* ---- BEGIN GENERATED (gen_tests.py parser) ---- */
static const AstCase ast_cases[] = {
    {"x = 1", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"x = y = z = 0", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store()), Name(id='z', ctx=Store())], value=Constant(value=0))], type_ignores=[])"},
    {"a, b = b, a", PARSE_FILE, "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"[a, b] = c", PARSE_FILE, "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"(a, b), c = d", PARSE_FILE, "Module(body=[Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"},
    {"a, *b = c", PARSE_FILE, "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"*a, b = c", PARSE_FILE, "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"x.y = 1", PARSE_FILE, "Module(body=[Assign(targets=[Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"x[0] = 1", PARSE_FILE, "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"x[1:2] = y", PARSE_FILE, "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Store())], value=Name(id='y', ctx=Load()))], type_ignores=[])"},
    {"x.y.z[0][1] = 2", PARSE_FILE, "Module(body=[Assign(targets=[Subscript(value=Subscript(value=Attribute(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()), attr='z', ctx=Load()), slice=Constant(value=0), ctx=Load()), slice=Constant(value=1), ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {"x += 1", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
    {"x -= 1", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Sub(), value=Constant(value=1))], type_ignores=[])"},
    {"x *= 2", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Mult(), value=Constant(value=2))], type_ignores=[])"},
    {"x @= m", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load()))], type_ignores=[])"},
    {"x /= 2", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Div(), value=Constant(value=2))], type_ignores=[])"},
    {"x //= 2", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2))], type_ignores=[])"},
    {"x %= 3", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Mod(), value=Constant(value=3))], type_ignores=[])"},
    {"x **= 2", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=2))], type_ignores=[])"},
    {"x >>= 1", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1))], type_ignores=[])"},
    {"x <<= 1", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=LShift(), value=Constant(value=1))], type_ignores=[])"},
    {"x &= 1", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Constant(value=1))], type_ignores=[])"},
    {"x |= 1", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=BitOr(), value=Constant(value=1))], type_ignores=[])"},
    {"x ^= 1", PARSE_FILE, "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=BitXor(), value=Constant(value=1))], type_ignores=[])"},
    {"a.b += 1", PARSE_FILE, "Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
    {"a[i] -= 1", PARSE_FILE, "Module(body=[AugAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='i', ctx=Load()), ctx=Store()), op=Sub(), value=Constant(value=1))], type_ignores=[])"},
    {"x: int", PARSE_FILE, "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)], type_ignores=[])"},
    {"x: int = 5", PARSE_FILE, "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])"},
    {"(x): int = 5", PARSE_FILE, "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=0)], type_ignores=[])"},
    {"a.b: str", PARSE_FILE, "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0)], type_ignores=[])"},
    {"a[0]: int = 1", PARSE_FILE, "Module(body=[AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"},
    {"x: list[int] = []", PARSE_FILE, "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='int', ctx=Load()), ctx=Load()), value=List(elts=[], ctx=Load()), simple=1)], type_ignores=[])"},
    {"del x", PARSE_FILE, "Module(body=[Delete(targets=[Name(id='x', ctx=Del())])], type_ignores=[])"},
    {"del x, y", PARSE_FILE, "Module(body=[Delete(targets=[Name(id='x', ctx=Del()), Name(id='y', ctx=Del())])], type_ignores=[])"},
    {"del x[0], y.z", PARSE_FILE, "Module(body=[Delete(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='y', ctx=Load()), attr='z', ctx=Del())])], type_ignores=[])"},
    {"del (a, b), [c]", PARSE_FILE, "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del()), List(elts=[Name(id='c', ctx=Del())], ctx=Del())])], type_ignores=[])"},
    {"del ()", PARSE_FILE, "Module(body=[Delete(targets=[Tuple(elts=[], ctx=Del())])], type_ignores=[])"},
    {"del x,", PARSE_FILE, "Module(body=[Delete(targets=[Name(id='x', ctx=Del())])], type_ignores=[])"},
    {"pass", PARSE_FILE, "Module(body=[Pass()], type_ignores=[])"},
    {"def f(): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    return", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return()], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    return 1, 2", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    return *a, b", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], decorator_list=[])], type_ignores=[])"},
    {"def f(a, b=1, *args, c, d=2, **kw): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a, /, b, *, c): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a=1, /, b=2): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(*, a): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(*args: int, **kw: str) -> None: pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Name(id='int', ctx=Load())), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='kw', annotation=Name(id='str', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[], returns=Constant(value=None))], type_ignores=[])"},
    {"def f(a: int = 1, b: \"s\" = 'x') -> list: pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load())), arg(arg='b', annotation=Constant(value='s'))], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), Constant(value='x')]), body=[Pass()], decorator_list=[], returns=Name(id='list', ctx=Load()))], type_ignores=[])"},
    {"def f(a, b,): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"@dec\ndef f(): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load())])], type_ignores=[])"},
    {"@dec.attr(1)\n@other\ndef f(): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Call(func=Attribute(value=Name(id='dec', ctx=Load()), attr='attr', ctx=Load()), args=[Constant(value=1)], keywords=[]), Name(id='other', ctx=Load())])], type_ignores=[])"},
    {"@(lambda f: f)\ndef f(): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load()))])], type_ignores=[])"},
    {"class A: pass", PARSE_FILE, "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"class A(B, C): pass", PARSE_FILE, "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"class A(B, metaclass=M, **kw): pass", PARSE_FILE, "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"class A(): pass", PARSE_FILE, "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"@dec\nclass A:\n    x = 1\n    def m(self): return self.x", PARSE_FILE, "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Load()))], decorator_list=[])], decorator_list=[Name(id='dec', ctx=Load())])], type_ignores=[])"},
    {"if x: pass", PARSE_FILE, "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"if x:\n    pass\nelif y:\n    pass\nelif z:\n    pass\nelse:\n    pass", PARSE_FILE, "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])])])], type_ignores=[])"},
    {"if (n := len(a)) > 10: pass", PARSE_FILE, "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"while x: pass", PARSE_FILE, "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"while x:\n    break\nelse:\n    continue", PARSE_FILE, "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"},
    {"for x in y: pass", PARSE_FILE, "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for x, y in z: pass", PARSE_FILE, "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for (x, y) in z: pass", PARSE_FILE, "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for x, in y: pass", PARSE_FILE, "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for x in a, b: pass", PARSE_FILE, "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for x in *a, b: pass", PARSE_FILE, "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for x.y in z: pass", PARSE_FILE, "Module(body=[For(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for x[0] in z: pass", PARSE_FILE, "Module(body=[For(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for x in y:\n    pass\nelse:\n    pass", PARSE_FILE, "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"with a: pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with a as b: pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with a as b, c as d: pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with a as (b, c): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a as b, c as d): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a as b, c as d,): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b) as c: pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a) as b: pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (yield x): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Yield(value=Name(id='x', ctx=Load())))], body=[Pass()])], type_ignores=[])"},
    {"with (x for x in y): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], body=[Pass()])], type_ignores=[])"},
    {"with (a := b): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=NamedExpr(target=Name(id='a', ctx=Store()), value=Name(id='b', ctx=Load())))], body=[Pass()])], type_ignores=[])"},
    {"with (*a, b): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[], ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with f(a, b) as c: pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], keywords=[]), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"raise", PARSE_FILE, "Module(body=[Raise()], type_ignores=[])"},
    {"raise E", PARSE_FILE, "Module(body=[Raise(exc=Name(id='E', ctx=Load()))], type_ignores=[])"},
    {"raise E from c", PARSE_FILE, "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"raise E(1) from None", PARSE_FILE, "Module(body=[Raise(exc=Call(func=Name(id='E', ctx=Load()), args=[Constant(value=1)], keywords=[]), cause=Constant(value=None))], type_ignores=[])"},
    {"try:\n    pass\nexcept:\n    pass", PARSE_FILE, "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"},
    {"try:\n    pass\nexcept E:\n    pass\nexcept (E1, E2) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass", PARSE_FILE, "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='E1', ctx=Load()), Name(id='E2', ctx=Load())], ctx=Load()), name='e', body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"},
    {"try:\n    pass\nfinally:\n    pass", PARSE_FILE, "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"},
    {"try:\n    x\nexcept E as e:\n    y", PARSE_FILE, "Module(body=[Try(body=[Expr(value=Name(id='x', ctx=Load()))], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Expr(value=Name(id='y', ctx=Load()))])], orelse=[], finalbody=[])], type_ignores=[])"},
    {"assert x", PARSE_FILE, "Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])"},
    {"assert x, \"msg\"", PARSE_FILE, "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"},
    {"import a", PARSE_FILE, "Module(body=[Import(names=[alias(name='a')])], type_ignores=[])"},
    {"import a.b.c", PARSE_FILE, "Module(body=[Import(names=[alias(name='a.b.c')])], type_ignores=[])"},
    {"import a as b, c.d as e", PARSE_FILE, "Module(body=[Import(names=[alias(name='a', asname='b'), alias(name='c.d', asname='e')])], type_ignores=[])"},
    {"from a import b", PARSE_FILE, "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=0)], type_ignores=[])"},
    {"from a.b import c as d, e", PARSE_FILE, "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=0)], type_ignores=[])"},
    {"from . import x", PARSE_FILE, "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"},
    {"from .. import x", PARSE_FILE, "Module(body=[ImportFrom(names=[alias(name='x')], level=2)], type_ignores=[])"},
    {"from .a import b", PARSE_FILE, "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=1)], type_ignores=[])"},
    {"from ...a import b", PARSE_FILE, "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=3)], type_ignores=[])"},
    {"from .... import x", PARSE_FILE, "Module(body=[ImportFrom(names=[alias(name='x')], level=4)], type_ignores=[])"},
    {"from a import (b, c)", PARSE_FILE, "Module(body=[ImportFrom(module='a', names=[alias(name='b'), alias(name='c')], level=0)], type_ignores=[])"},
    {"from a import (b as c, d,)", PARSE_FILE, "Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c'), alias(name='d')], level=0)], type_ignores=[])"},
    {"from a import *", PARSE_FILE, "Module(body=[ImportFrom(module='a', names=[alias(name='*')], level=0)], type_ignores=[])"},
    {"from . import *", PARSE_FILE, "Module(body=[ImportFrom(names=[alias(name='*')], level=1)], type_ignores=[])"},
    {"global a", PARSE_FILE, "Module(body=[Global(names=['a'])], type_ignores=[])"},
    {"global a, b", PARSE_FILE, "Module(body=[Global(names=['a', 'b'])], type_ignores=[])"},
    {"def f():\n    nonlocal a, b", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['a', 'b'])], decorator_list=[])], type_ignores=[])"},
    {"x", PARSE_FILE, "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])"},
    {"1", PARSE_FILE, "Module(body=[Expr(value=Constant(value=1))], type_ignores=[])"},
    {"1; 2", PARSE_FILE, "Module(body=[Expr(value=Constant(value=1)), Expr(value=Constant(value=2))], type_ignores=[])"},
    {"x; y;", PARSE_FILE, "Module(body=[Expr(value=Name(id='x', ctx=Load())), Expr(value=Name(id='y', ctx=Load()))], type_ignores=[])"},
    {"x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=4), op=Div(), right=Constant(value=5)), op=FloorDiv(), right=Constant(value=6)), op=Mod(), right=Constant(value=7)), op=MatMult(), right=Name(id='m', ctx=Load()))))], type_ignores=[])"},
    {"x = a ** b ** c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[])"},
    {"x = -a ** -b", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[])"},
    {"x = +a - -b + ~c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=UnaryOp(op=UAdd(), operand=Name(id='a', ctx=Load())), op=Sub(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load()))), op=Add(), right=UnaryOp(op=Invert(), operand=Name(id='c', ctx=Load()))))], type_ignores=[])"},
    {"x = not a", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())))], type_ignores=[])"},
    {"x = not a and b or c and not d", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='d', ctx=Load()))])]))], type_ignores=[])"},
    {"x = a or b or c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"x = (a or b) or c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"x = a and b and c or d", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), Name(id='d', ctx=Load())]))], type_ignores=[])"},
    {"x = a and (b and c)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=And(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])]))], type_ignores=[])"},
    {"x = a < b", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"},
    {"x = a < b < c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Lt()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"x = (a < b) < c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[Name(id='b', ctx=Load())]), ops=[Lt()], comparators=[Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"x = a == b != c <= d >= e > f", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Eq(), NotEq(), LtE(), GtE(), Gt()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load())]))], type_ignores=[])"},
    {"x = a in b not in c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[In(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"x = a is b is not c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Is(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"x = not a in b", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[In()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"},
    {"x = a | b ^ c & d << e >> f", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))], type_ignores=[])"},
    {"x = a if b else c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"},
    {"x = a if b else c if d else e", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"},
    {"x = (a if b else c) if d else e", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='d', ctx=Load()), body=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())), orelse=Name(id='e', ctx=Load())))], type_ignores=[])"},
    {"x = lambda: 0", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
    {"x = lambda x: x", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"x = lambda x, y=1, *a, z, w=2, **k: x", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='z'), arg(arg='w')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='k'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"x = lambda *, a: a", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])"},
    {"x = lambda a, /, b: 0", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
    {"x = lambda *a: a", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])"},
    {"x = lambda: (yield)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"},
    {"f = lambda x=lambda: 1: x", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='f', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1))]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"x = a.b.c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[])"},
    {"x = a[b]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = a[b, c]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = a[b,]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='b', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = a[1:2]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))], type_ignores=[])"},
    {"x = a[1:2:3]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type_ignores=[])"},
    {"x = a[::2]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()))], type_ignores=[])"},
    {"x = a[:]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"},
    {"x = a[:, 1]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = a[1:2, 3]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Constant(value=3)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = a[1:, ::-1, ...]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1)), Slice(step=UnaryOp(op=USub(), operand=Constant(value=1))), Constant(value=Ellipsis)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = a[i:=1]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='i', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])"},
    {"x = a[*b]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = a[*b, c]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = f()", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"},
    {"x = f(a)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"x = f(a, b=1)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[keyword(arg='b', value=Constant(value=1))]))], type_ignores=[])"},
    {"x = f(*a, **b)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='b', ctx=Load()))]))], type_ignores=[])"},
    {"x = f(a, *b, c, *d, e=1, **f, g=2)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load()), Starred(value=Name(id='d', ctx=Load()), ctx=Load())], keywords=[keyword(arg='e', value=Constant(value=1)), keyword(value=Name(id='f', ctx=Load())), keyword(arg='g', value=Constant(value=2))]))], type_ignores=[])"},
    {"x = f(a=1, *b)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='a', value=Constant(value=1))]))], type_ignores=[])"},
    {"x = f(x for x in y)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"x = f(a)(b)(c)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"x = f(a)[b].c(d)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Attribute(value=Subscript(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), slice=Name(id='b', ctx=Load()), ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"x = f(x := 1)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[])"},
    {"x = f(a,)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"x = ()", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"},
    {"x = (1,)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"},
    {"x = (1, 2)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = 1, 2", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = 1,", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"},
    {"x = (1)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"x = ((1))", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"x = []", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[], ctx=Load()))], type_ignores=[])"},
    {"x = [1]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"},
    {"x = [1, 2,]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = [*a, *b]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x = {}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[], values=[]))], type_ignores=[])"},
    {"x = {1: 2}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]))], type_ignores=[])"},
    {"x = {1: 2, 3: 4,}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1), Constant(value=3)], values=[Constant(value=2), Constant(value=4)]))], type_ignores=[])"},
    {"x = {**a, 'k': v}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, Constant(value='k')], values=[Name(id='a', ctx=Load()), Name(id='v', ctx=Load())]))], type_ignores=[])"},
    {"x = {**a, **b}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, None], values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]))], type_ignores=[])"},
    {"x = {1}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1)]))], type_ignores=[])"},
    {"x = {1, *a}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())]))], type_ignores=[])"},
    {"x = {1, 2,}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1), Constant(value=2)]))], type_ignores=[])"},
    {"x = [x for x in y]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = [x for x in y if x if not x]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='x', ctx=Load()))], is_async=0)]))], type_ignores=[])"},
    {"x = [x for x in y for z in x]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = [x for x in y if a for z in w if b]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='a', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='w', ctx=Load()), ifs=[Name(id='b', ctx=Load())], is_async=0)]))], type_ignores=[])"},
    {"x = [(x, y) for x, y in z]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = [x for (x, y) in z]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = [x for x, in z]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = {x for x in y}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = {k: v for k, v in x}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = {k: v for k in x if k}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Name(id='k', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[Name(id='k', ctx=Load())], is_async=0)]))], type_ignores=[])"},
    {"x = (x for x in y)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = [y := f(x) for x in z]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = [x for x in (lambda: y)()]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Call(func=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='y', ctx=Load())), args=[], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = [x for x in a or b]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = [a if b else c for d in e]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())), generators=[comprehension(target=Name(id='d', ctx=Store()), iter=Name(id='e', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"def f():\n    yield", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield())], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    yield x", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield(value=Name(id='x', ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    yield x, y", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    yield from x", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    x = yield", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    x = yield y", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Name(id='y', ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    x = yield from y", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Name(id='y', ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    x += yield y", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Yield(value=Name(id='y', ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    return (yield)", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Yield())], decorator_list=[])], type_ignores=[])"},
    {"def f():\n    await_ = 1", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='await_', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[])"},
    {"x = None", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=None))], type_ignores=[])"},
    {"x = True, False", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])"},
    {"x = ...", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])"},
    {"x = 0", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))], type_ignores=[])"},
    {"x = 123", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123))], type_ignores=[])"},
    {"x = 1_000_000", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1000000))], type_ignores=[])"},
    {"x = 0x1f", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=31))], type_ignores=[])"},
    {"x = 0XFF", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=255))], type_ignores=[])"},
    {"x = 0o17", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=15))], type_ignores=[])"},
    {"x = 0O17", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=15))], type_ignores=[])"},
    {"x = 0b101", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=5))], type_ignores=[])"},
    {"x = 0B1_0", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {"x = 0x_ff_ff", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=65535))], type_ignores=[])"},
    {"x = 123456789012345678901234567890", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123456789012345678901234567890))], type_ignores=[])"},
    {"x = 0xffffffffffffffffffffffffffffffff", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=340282366920938463463374607431768211455))], type_ignores=[])"},
    {"x = 00", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))], type_ignores=[])"},
    {"x = 0_0", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))], type_ignores=[])"},
    {"x = 1.5", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.5))], type_ignores=[])"},
    {"x = 1.", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.0))], type_ignores=[])"},
    {"x = .5", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.5))], type_ignores=[])"},
    {"x = 1e10", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=10000000000.0))], type_ignores=[])"},
    {"x = 1E-10", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e-10))], type_ignores=[])"},
    {"x = 1.5e+3", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1500.0))], type_ignores=[])"},
    {"x = 1e16", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e+16))], type_ignores=[])"},
    {"x = 1e15", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1000000000000000.0))], type_ignores=[])"},
    {"x = 123456789.123456789", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123456789.12345679))], type_ignores=[])"},
    {"x = 0.1", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.1))], type_ignores=[])"},
    {"x = 1e308", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e+308))], type_ignores=[])"},
    {"x = 1e400", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=inf))], type_ignores=[])"},
    {"x = 1_0.0_1e1_0", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=100100000000.0))], type_ignores=[])"},
    {"x = 09.5", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=9.5))], type_ignores=[])"},
    {"x = 0e0", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.0))], type_ignores=[])"},
    {"x = 1j", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1j))], type_ignores=[])"},
    {"x = 1.5j", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.5j))], type_ignores=[])"},
    {"x = 1e3j", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1000j))], type_ignores=[])"},
    {"x = 1_0J", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=10j))], type_ignores=[])"},
    {"x = 0j", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0j))], type_ignores=[])"},
    {"x = 1if 1 else 0", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Constant(value=1), body=Constant(value=1), orelse=Constant(value=0)))], type_ignores=[])"},
    {"x = 'abc'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"},
    {"x = \"abc\"", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"},
    {"x = '''abc'''", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"},
    {"x = \"\"\"a\nb\"\"\"", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\\nb'))], type_ignores=[])"},
    {"x = 'a' 'b'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"},
    {"x = 'a' \"b\" '''c'''", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"},
    {"x = ('a'\n     'b')", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"},
    {"x = 'it\\'s'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=\"it's\"))], type_ignores=[])"},
    {"x = \"say \\\"hi\\\"\"", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='say \"hi\"'))], type_ignores=[])"},
    {"x = '\\n\\t\\\\\\a\\b\\f\\v\\r\\0'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\n\\t\\\\\\x07\\x08\\x0c\\x0b\\r\\x00'))], type_ignores=[])"},
    {"x = '\\101\\60\\7'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='A0\\x07'))], type_ignores=[])"},
    {"x = '\\777'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\307\277'))], type_ignores=[])"},
    {"x = '\\x41\\x7e'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='A~'))], type_ignores=[])"},
    {"x = '\\u00e9\\u20ac'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\303\251\342\202\254'))], type_ignores=[])"},
    {"x = '\\U0001F600'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\360\237\230\200'))], type_ignores=[])"},
    {"x = '\\d\\q\\ '", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\d\\\\q\\\\ '))], type_ignores=[])"},
    {"x = 'a\\\nb'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"},
    {"x = '\303\251\342\202\254\360\237\230\200'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\303\251\342\202\254\360\237\230\200'))], type_ignores=[])"},
    {"x = r'\\n\\d'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\n\\\\d'))], type_ignores=[])"},
    {"x = R'\\''", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=\"\\\\'\"))], type_ignores=[])"},
    {"x = rb'\\x00'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\\\x00'))], type_ignores=[])"},
    {"x = Rb'a' BR'b' bR'c' Br'd'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'abcd'))], type_ignores=[])"},
    {"x = b'abc'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'abc'))], type_ignores=[])"},
    {"x = b'\\x00\\xff\\n\\''", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b\"\\x00\\xff\\n'\"))], type_ignores=[])"},
    {"x = b'a' b'b'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'ab'))], type_ignores=[])"},
    {"x = B'\\101'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'A'))], type_ignores=[])"},
    {"x = b'\\777'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\xff'))], type_ignores=[])"},
    {"x = b'\\u1234'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\\\u1234'))], type_ignores=[])"},
    {"x = u'abc'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc', kind='u'))], type_ignores=[])"},
    {"x = U'a' 'b'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"},
    {"x = 'a' u'b'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"},
    {"x = ''", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=''))], type_ignores=[])"},
    {"x = b''", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b''))], type_ignores=[])"},
    {"x = '\\x7f\\x85\\xa0\\xad'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\x7f\\x85\\xa0\\xad'))], type_ignores=[])"},
    {"x = \"'\"", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=\"'\"))], type_ignores=[])"},
    {"x = '\"'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\"'))], type_ignores=[])"},
    {"x = '\\'\"'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\'\"'))], type_ignores=[])"},
    {"x = f'abc'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='abc')]))], type_ignores=[])"},
    {"x = f''", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[]))], type_ignores=[])"},
    {"x = f'{x}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'a{x}b{y}c'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='c')]))], type_ignores=[])"},
    {"x = f'{x!r}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
    {"x = f'{x!s}{y!a}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115), FormattedValue(value=Name(id='y', ctx=Load()), conversion=97)]))], type_ignores=[])"},
    {"x = f'{x:>10}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"},
    {"x = f'{x:{w}.{p}}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
    {"x = f'{x!r:^{w}}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
    {"x = f'{x=}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
    {"x = f'{x = }'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
    {"x = f'{x=!s}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])"},
    {"x = f'{x=:>5}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5')]))]))], type_ignores=[])"},
    {"x = f'{x:}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"},
    {"x = f'{{}}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='{}')]))], type_ignores=[])"},
    {"x = f'{{x}}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='{x}')]))], type_ignores=[])"},
    {"x = f'a{{b'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='a{b')]))], type_ignores=[])"},
    {"x = f'}}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='}')]))], type_ignores=[])"},
    {"x = f'{x}' 'y' f'{z}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='y'), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = 'a' f'b' 'c'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='abc')]))], type_ignores=[])"},
    {"x = 'a' f'{b}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{a}{b}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{a[\"k\"]}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f\"{a['k']}\"", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{a!r:{b!r}}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion=114)]))]))], type_ignores=[])"},
    {"x = f'{3.14:.2f}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))]))], type_ignores=[])"},
    {"x = f'{x:%Y-%m-%d}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%Y-%m-%d')]))]))], type_ignores=[])"},
    {"x = f'{a+b} {c*d}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), conversion=-1), Constant(value=' '), FormattedValue(value=BinOp(left=Name(id='c', ctx=Load()), op=Mult(), right=Name(id='d', ctx=Load())), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{(lambda: 1)()}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), args=[], keywords=[]), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{x,y}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{ x }'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{x!r} {y:>{z}}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value=' '), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
    {"x = rf'\\n{x}\\n'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\\\n')]))], type_ignores=[])"},
    {"x = fr'{x}\\d'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\\\d')]))], type_ignores=[])"},
    {"x = F'{x}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'\\n{x}\\t'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\t')]))], type_ignores=[])"},
    {"x = f'{\"a\" \"b\"}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='ab'), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{a:=1}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=1')]))]))], type_ignores=[])"},
    {"x = f'{(a:=1)}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=1)), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{a!=b}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotEq()], comparators=[Name(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{a<=b}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[LtE()], comparators=[Name(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{a>b}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[Gt()], comparators=[Name(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"},
    {"x = f\"\"\"{\nx\n}\"\"\"", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{f\"{y}\"}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{x:{{}}>10}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Dict(keys=[], values=[]), conversion=-1), Constant(value='>10')]))]))], type_ignores=[])"},
    {"if a:\n    if b:\n        pass\n    else:\n        pass", PARSE_FILE, "Module(body=[If(test=Name(id='a', ctx=Load()), body=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])], orelse=[])], type_ignores=[])"},
    {"def f():\n    def g():\n        return 1\n    return g", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1))], decorator_list=[]), Return(value=Name(id='g', ctx=Load()))], decorator_list=[])], type_ignores=[])"},
    {"class A:\n    def f(self):\n        pass\n\n    def g(self):\n        pass", PARSE_FILE, "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], decorator_list=[])], type_ignores=[])"},
    {"x = [\n    1,\n    2,\n]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = {\n    'a': 1,  # comment\n    'b': 2,\n}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value='a'), Constant(value='b')], values=[Constant(value=1), Constant(value=2)]))], type_ignores=[])"},
    {"if x:  # comment\n    # comment\n    pass  # comment\n# comment", PARSE_FILE, "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"x = 1 + \\\n    2", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {"if a and \\\n   b:\n    pass", PARSE_FILE, "Module(body=[If(test=BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"def f(\n    a,\n    b,\n):\n    pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"x = (yield)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"},
    {"print(*args, sep='', end='\\n', file=sys.stderr)", PARSE_FILE, "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='args', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value='')), keyword(arg='end', value=Constant(value='\\n')), keyword(arg='file', value=Attribute(value=Name(id='sys', ctx=Load()), attr='stderr', ctx=Load()))]))], type_ignores=[])"},
    {"f(**{'a': 1})", PARSE_FILE, "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Dict(keys=[Constant(value='a')], values=[Constant(value=1)]))]))], type_ignores=[])"},
    {"a = b = c = d = e", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], value=Name(id='e', ctx=Load()))], type_ignores=[])"},
    {"x = [[1, 2], [3, 4]][0][1]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Subscript(value=List(elts=[List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), List(elts=[Constant(value=3), Constant(value=4)], ctx=Load())], ctx=Load()), slice=Constant(value=0), ctx=Load()), slice=Constant(value=1), ctx=Load()))], type_ignores=[])"},
    {"x = a.b(c).d[e](f)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Subscript(value=Attribute(value=Call(func=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), attr='d', ctx=Load()), slice=Name(id='e', ctx=Load()), ctx=Load()), args=[Name(id='f', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"x = not not a", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"},
    {"x = - - a", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"},
    {"x = a if not b else c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=UnaryOp(op=Not(), operand=Name(id='b', ctx=Load())), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"},
    {"x = [i for i in range(10) if i % 2 == 0]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), ifs=[Compare(left=BinOp(left=Name(id='i', ctx=Load()), op=Mod(), right=Constant(value=2)), ops=[Eq()], comparators=[Constant(value=0)])], is_async=0)]))], type_ignores=[])"},
    {"with open(f) as fh, open(g) as gh:\n    pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='f', ctx=Load())], keywords=[]), optional_vars=Name(id='fh', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='g', ctx=Load())], keywords=[]), optional_vars=Name(id='gh', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"while True:\n    if x:\n        break\n    continue", PARSE_FILE, "Module(body=[While(test=Constant(value=True), body=[If(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[]), Continue()], orelse=[])], type_ignores=[])"},
    {"try:\n    pass\nexcept E:\n    pass\nexcept:\n    pass", PARSE_FILE, "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"},
    {"def f(a, *, b=1, c): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b'), arg(arg='c')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a, b=1, *, c, d=2): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a, b=1, /, c=2, *d, e, f=3, **g): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='d'), kwonlyargs=[arg(arg='e'), arg(arg='f')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='g'), defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"lambda a, b=1, /, c=2, *d, e, f=3, **g: 0", PARSE_FILE, "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='d'), kwonlyargs=[arg(arg='e'), arg(arg='f')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='g'), defaults=[Constant(value=1), Constant(value=2)]), body=Constant(value=0)))], type_ignores=[])"},
    {"\303\251 = 1", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='\303\251', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"\345\217\230\351\207\217 = 2", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='\345\217\230\351\207\217', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {"x = \303\261 + caf\303\251", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='\303\261', ctx=Load()), op=Add(), right=Name(id='caf\303\251', ctx=Load())))], type_ignores=[])"},
    {"x\t=\t1", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"if x:\n\tpass", PARSE_FILE, "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"if x:\n        pass\n\t# mixed comment ok", PARSE_FILE, "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"def f():\n    x = 1\n\n    y = 2", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], decorator_list=[])], type_ignores=[])"},
    {"x = 1;", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"x = 1\n", PARSE_SINGLE, "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"},
    {"1 + 2\n", PARSE_SINGLE, "Interactive(body=[Expr(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))])"},
    {"x = 1; y = 2\n", PARSE_SINGLE, "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])"},
    {"if x:\n  y\n\n", PARSE_SINGLE, "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])])"},
    {"def f():\n  return 1\n\n", PARSE_SINGLE, "Interactive(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1))], decorator_list=[])])"},
    {"for i in x: print(i)\n\n", PARSE_SINGLE, "Interactive(body=[For(target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()), body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='i', ctx=Load())], keywords=[]))], orelse=[])])"},
    {"1 + 2", PARSE_EVAL, "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))"},
    {"1, 2", PARSE_EVAL, "Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))"},
    {"x if y else z", PARSE_EVAL, "Expression(body=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load())))"},
    {"lambda: 0", PARSE_EVAL, "Expression(body=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))"},
    {"[x for x in y]", PARSE_EVAL, "Expression(body=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))"},
    {"f(x)\n", PARSE_EVAL, "Expression(body=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))"},
    {"(\n1\n)", PARSE_EVAL, "Expression(body=Constant(value=1))"},
};
static const AstCase attr_cases[] = {
    {"[a, b] = c", PARSE_FILE, "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"},
    {"x[1:2] = y", PARSE_FILE, "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], value=Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"},
    {"x: int", PARSE_FILE, "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"},
    {"a.b: str", PARSE_FILE, "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), annotation=Name(id='str', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"},
    {"del x[0], y.z", PARSE_FILE, "Module(body=[Delete(targets=[Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Constant(value=0, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), Attribute(value=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), attr='z', ctx=Del(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"def f(): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=1, col_offset=9, end_lineno=1, end_col_offset=13)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"def f():\n    return *a, b", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=2, col_offset=12, end_lineno=2, end_col_offset=13), ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=13), Name(id='b', ctx=Load(), lineno=2, col_offset=15, end_lineno=2, end_col_offset=16)], ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=16), lineno=2, col_offset=4, end_lineno=2, end_col_offset=16)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=16)], type_ignores=[])"},
    {"def f(a=1, /, b=2): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], args=[arg(arg='b', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Constant(value=2, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)]), body=[Pass(lineno=1, col_offset=20, end_lineno=1, end_col_offset=24)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])"},
    {"def f(a: int = 1, b: \"s\" = 'x') -> list: pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), lineno=1, col_offset=6, end_lineno=1, end_col_offset=12), arg(arg='b', annotation=Constant(value='s', lineno=1, col_offset=21, end_lineno=1, end_col_offset=24), lineno=1, col_offset=18, end_lineno=1, end_col_offset=24)], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), Constant(value='x', lineno=1, col_offset=27, end_lineno=1, end_col_offset=30)]), body=[Pass(lineno=1, col_offset=41, end_lineno=1, end_col_offset=45)], decorator_list=[], returns=Name(id='list', ctx=Load(), lineno=1, col_offset=35, end_lineno=1, end_col_offset=39), lineno=1, col_offset=0, end_lineno=1, end_col_offset=45)], type_ignores=[])"},
    {"@dec.attr(1)\n@other\ndef f(): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=3, col_offset=9, end_lineno=3, end_col_offset=13)], decorator_list=[Call(func=Attribute(value=Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), attr='attr', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=9), args=[Constant(value=1, lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], keywords=[], lineno=1, col_offset=1, end_lineno=1, end_col_offset=12), Name(id='other', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=6)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=13)], type_ignores=[])"},
    {"class A(B, C): pass", PARSE_FILE, "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='C', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], keywords=[], body=[Pass(lineno=1, col_offset=15, end_lineno=1, end_col_offset=19)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
    {"@dec\nclass A:\n    x = 1\n    def m(self): return self.x", PARSE_FILE, "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5)], value=Constant(value=1, lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), lineno=3, col_offset=4, end_lineno=3, end_col_offset=9), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self', lineno=4, col_offset=10, end_lineno=4, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Attribute(value=Name(id='self', ctx=Load(), lineno=4, col_offset=24, end_lineno=4, end_col_offset=28), attr='x', ctx=Load(), lineno=4, col_offset=24, end_lineno=4, end_col_offset=30), lineno=4, col_offset=17, end_lineno=4, end_col_offset=30)], decorator_list=[], lineno=4, col_offset=4, end_lineno=4, end_col_offset=30)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4)], lineno=2, col_offset=0, end_lineno=4, end_col_offset=30)], type_ignores=[])"},
    {"if (n := len(a)) > 10: pass", PARSE_FILE, "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), value=Call(func=Name(id='len', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], keywords=[], lineno=1, col_offset=9, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), ops=[Gt()], comparators=[Constant(value=10, lineno=1, col_offset=19, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=21), body=[Pass(lineno=1, col_offset=23, end_lineno=1, end_col_offset=27)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])"},
    {"for x in y: pass", PARSE_FILE, "Module(body=[For(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=[Pass(lineno=1, col_offset=12, end_lineno=1, end_col_offset=16)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"},
    {"for x, in y: pass", PARSE_FILE, "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), body=[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"},
    {"for x.y in z: pass", PARSE_FILE, "Module(body=[For(target=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), attr='y', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), iter=Name(id='z', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), body=[Pass(lineno=1, col_offset=14, end_lineno=1, end_col_offset=18)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"},
    {"with a: pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6))], body=[Pass(lineno=1, col_offset=8, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"},
    {"with a as (b, c): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Tuple(elts=[Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), Name(id='c', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=16))], body=[Pass(lineno=1, col_offset=18, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])"},
    {"with (a as b, c as d,): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), optional_vars=Name(id='d', ctx=Store(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20))], body=[Pass(lineno=1, col_offset=24, end_lineno=1, end_col_offset=28)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)], type_ignores=[])"},
    {"with (a) as b: pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13))], body=[Pass(lineno=1, col_offset=15, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
    {"with (a := b): pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=NamedExpr(target=Name(id='a', ctx=Store(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), value=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=6, end_lineno=1, end_col_offset=12))], body=[Pass(lineno=1, col_offset=15, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
    {"with f(a, b) as c: pass", PARSE_FILE, "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], keywords=[], lineno=1, col_offset=5, end_lineno=1, end_col_offset=12), optional_vars=Name(id='c', ctx=Store(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17))], body=[Pass(lineno=1, col_offset=19, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])"},
    {"try:\n    pass\nexcept E:\n    pass\nexcept (E1, E2) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass", PARSE_FILE, "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), ExceptHandler(type=Tuple(elts=[Name(id='E1', ctx=Load(), lineno=5, col_offset=8, end_lineno=5, end_col_offset=10), Name(id='E2', ctx=Load(), lineno=5, col_offset=12, end_lineno=5, end_col_offset=14)], ctx=Load(), lineno=5, col_offset=7, end_lineno=5, end_col_offset=15), name='e', body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8)], orelse=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], finalbody=[Pass(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=10, end_col_offset=8)], type_ignores=[])"},
    {"from a import (b, c)", PARSE_FILE, "Module(body=[ImportFrom(module='a', names=[alias(name='b', lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), alias(name='c', lineno=1, col_offset=18, end_lineno=1, end_col_offset=19)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"},
    {"x = (a or b) or c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=11), Name(id='c', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"},
    {"x = a if b else c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), orelse=Name(id='c', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"},
    {"x = lambda: 0", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"x = lambda *, a: a", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], kw_defaults=[None], defaults=[]), body=Name(id='a', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"},
    {"x = lambda: (yield)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield(lineno=1, col_offset=13, end_lineno=1, end_col_offset=18), lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
    {"x = a[b, c]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Tuple(elts=[Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"x = a[1:2:3]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), upper=Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), step=Constant(value=3, lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"},
    {"x = a[:, 1]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Tuple(elts=[Slice(lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"x = a[i:=1]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=NamedExpr(target=Name(id='i', ctx=Store(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), value=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"x = f()", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"},
    {"x = f(*a, **b)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8)], keywords=[keyword(value=Name(id='b', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=10, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"},
    {"x = f(x for x in y)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), ifs=[], is_async=0)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=19)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
    {"x = f(x := 1)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[NamedExpr(target=Name(id='x', ctx=Store(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=6, end_lineno=1, end_col_offset=12)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"x = (1,)", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"},
    {"x = ((1))", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"},
    {"x = [1, 2,]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"x = {1: 2, 3: 4,}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Dict(keys=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Constant(value=3, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], values=[Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Constant(value=4, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"},
    {"x = [x for x in y if x if not x]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), ifs=[Name(id='x', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), UnaryOp(op=Not(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), lineno=1, col_offset=26, end_lineno=1, end_col_offset=31)], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], type_ignores=[])"},
    {"x = [(x, y) for x, y in z]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=11), generators=[comprehension(target=Tuple(elts=[Name(id='x', ctx=Store(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), Name(id='y', ctx=Store(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], ctx=Store(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=20), iter=Name(id='z', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=26), lineno=1, col_offset=0, end_lineno=1, end_col_offset=26)], type_ignores=[])"},
    {"x = {k: v for k, v in x}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=DictComp(key=Name(id='k', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), value=Name(id='v', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='v', ctx=Store(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=18), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])"},
    {"x = [y := f(x) for x in z]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], keywords=[], lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), lineno=1, col_offset=5, end_lineno=1, end_col_offset=14), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), iter=Name(id='z', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=26), lineno=1, col_offset=0, end_lineno=1, end_col_offset=26)], type_ignores=[])"},
    {"x = [a if b else c for d in e]", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), body=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), orelse=Name(id='c', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), lineno=1, col_offset=5, end_lineno=1, end_col_offset=18), generators=[comprehension(target=Name(id='d', ctx=Store(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), iter=Name(id='e', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[])"},
    {"def f():\n    yield x, y", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield(value=Tuple(elts=[Name(id='x', ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), Name(id='y', ctx=Load(), lineno=2, col_offset=13, end_lineno=2, end_col_offset=14)], ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=14), lineno=2, col_offset=4, end_lineno=2, end_col_offset=14), lineno=2, col_offset=4, end_lineno=2, end_col_offset=14)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=14)], type_ignores=[])"},
    {"def f():\n    x = yield y", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Yield(value=Name(id='y', ctx=Load(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), lineno=2, col_offset=8, end_lineno=2, end_col_offset=15), lineno=2, col_offset=4, end_lineno=2, end_col_offset=15)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=15)], type_ignores=[])"},
    {"def f():\n    return (yield)", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Yield(lineno=2, col_offset=12, end_lineno=2, end_col_offset=17), lineno=2, col_offset=4, end_lineno=2, end_col_offset=18)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=18)], type_ignores=[])"},
    {"x = ('a'\n     'b')", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='ab', lineno=1, col_offset=5, end_lineno=2, end_col_offset=8), lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)], type_ignores=[])"},
    {"x = f'{x}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"},
    {"x = f'{x!s}{y!a}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=115, lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=97, lineno=1, col_offset=4, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"},
    {"x = f'{x!r:^{w}}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, format_spec=JoinedStr(values=[Constant(value='^', lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=4, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"},
    {"x = f'{x=!s}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=115, lineno=1, col_offset=4, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"x = f'{{}}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='{}', lineno=1, col_offset=4, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"x = f'}}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='}', lineno=1, col_offset=4, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"},
    {"x = 'a' f'{b}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"},
    {"x = f\"{a['k']}\"", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value='k', lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {"x = f'{x:%Y-%m-%d}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%Y-%m-%d', lineno=1, col_offset=4, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), lineno=1, col_offset=4, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
    {"x = f'{x,y}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"},
    {"x = rf'\\n{x}\\n'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='\\\\n', lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), Constant(value='\\\\n', lineno=1, col_offset=4, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {"x = f'{a:=1}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=1', lineno=1, col_offset=4, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"x = f'{a<=b}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ops=[LtE()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"x = f'{f\"{y}\"}'", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=7, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {"def f():\n    def g():\n        return 1\n    return g", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1, lineno=3, col_offset=15, end_lineno=3, end_col_offset=16), lineno=3, col_offset=8, end_lineno=3, end_col_offset=16)], decorator_list=[], lineno=2, col_offset=4, end_lineno=3, end_col_offset=16), Return(value=Name(id='g', ctx=Load(), lineno=4, col_offset=11, end_lineno=4, end_col_offset=12), lineno=4, col_offset=4, end_lineno=4, end_col_offset=12)], decorator_list=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=12)], type_ignores=[])"},
    {"x = {\n    'a': 1,  # comment\n    'b': 2,\n}", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Dict(keys=[Constant(value='a', lineno=2, col_offset=4, end_lineno=2, end_col_offset=7), Constant(value='b', lineno=3, col_offset=4, end_lineno=3, end_col_offset=7)], values=[Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), Constant(value=2, lineno=3, col_offset=9, end_lineno=3, end_col_offset=10)], lineno=1, col_offset=4, end_lineno=4, end_col_offset=1), lineno=1, col_offset=0, end_lineno=4, end_col_offset=1)], type_ignores=[])"},
    {"def f(\n    a,\n    b,\n):\n    pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), arg(arg='b', lineno=3, col_offset=4, end_lineno=3, end_col_offset=5)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=5, col_offset=4, end_lineno=5, end_col_offset=8)], decorator_list=[], lineno=1, col_offset=0, end_lineno=5, end_col_offset=8)], type_ignores=[])"},
    {"f(**{'a': 1})", PARSE_FILE, "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[], keywords=[keyword(value=Dict(keys=[Constant(value='a', lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], values=[Constant(value=1, lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=2, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"x = a if not b else c", PARSE_FILE, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=IfExp(test=UnaryOp(op=Not(), operand=Name(id='b', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=9, end_lineno=1, end_col_offset=14), body=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), orelse=Name(id='c', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"},
    {"while True:\n    if x:\n        break\n    continue", PARSE_FILE, "Module(body=[While(test=Constant(value=True, lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), body=[If(test=Name(id='x', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), body=[Break(lineno=3, col_offset=8, end_lineno=3, end_col_offset=13)], orelse=[], lineno=2, col_offset=4, end_lineno=3, end_col_offset=13), Continue(lineno=4, col_offset=4, end_lineno=4, end_col_offset=12)], orelse=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=12)], type_ignores=[])"},
    {"def f(a, b=1, *, c, d=2): pass", PARSE_FILE, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='b', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], kwonlyargs=[arg(arg='c', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), arg(arg='d', lineno=1, col_offset=20, end_lineno=1, end_col_offset=21)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], defaults=[Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)]), body=[Pass(lineno=1, col_offset=26, end_lineno=1, end_col_offset=30)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[])"},
    {"if x:\n\tpass", PARSE_FILE, "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=1, end_lineno=2, end_col_offset=5)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[])"},
};
static const ErrCase err_cases[] = {
    {"if x\n", "SyntaxError", "expected ':'", 1, 5, 1, 5},
    {"if x:\ny\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 2},
    {"x = = 1\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"1 <> 2\n", "SyntaxError", "invalid syntax", 1, 3, 1, 5},
    {"a $ b\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"a ! b\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"a \? b\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"[1 2 3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 2, 1, 5},
    {"f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 3, 1, 6},
    {"print \"hello\"\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)\?", 1, 1, 1, 14},
    {"print \"a\", x\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)\?", 1, 1, 1, 13},
    {"x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = )\n", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
    {"(]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 1, 2},
    {"if x:\n  a\n b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3, 3, -1},
    {"if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"  x\n", "IndentationError", "unexpected indent", 1, 2, 1, -1},
    {"x\n  y\n", "IndentationError", "unexpected indent", 2, 2, 2, -1},
    {"1abc\n", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
    {"012\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2},
    {"0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2},
    {"0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3},
    {"0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3},
    {"1_\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"1__0\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"\"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1},
    {"\"\"\"abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1},
    {"x = 'a\\\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"1 +\n", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
    {"x = 1 +\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 9, 1, -1},
    {"f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
    {"f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='\?", 1, 1, 1, 4},
    {"1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='\?", 1, 1, 1, 2},
    {"a + b = 1\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='\?", 1, 1, 1, 6},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"del 1\n", "SyntaxError", "cannot delete literal", 1, 5, 1, 6},
    {"a, f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='\?", 1, 4, 1, 7},
    {"(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7},
    {"f() += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {"for x in y\n", "SyntaxError", "expected ':'", 1, 11, 1, 11},
    {"while x\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"class A\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"def f()\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"def f():\nreturn\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 7},
    {"try:\n  x\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 0, 2, -1},
    {"try:\n  x\nx\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2},
    {"x.1\n", "SyntaxError", "invalid syntax", 1, 2, 1, 4},
    {"1.e\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"1e\n", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
    {"f\"{}\"\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6},
    {"f\"{x\"\n", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6},
    {"f\"}\"\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {"f\"{x!z}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {"f\"{x!}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8},
    {"x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10},
    {"lambda x=1, y: 1\n", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14},
    {"\\N\n", "SyntaxError", "unexpected character after line continuation character", 1, 2, 1, 0},
    {"a\\ b\n", "SyntaxError", "unexpected character after line continuation character", 1, 3, 1, 0},
    {"a = 1\\", "SyntaxError", "unexpected EOF while parsing", 1, 7, 1, -1},
    {"if x  # c\n", "SyntaxError", "expected ':'", 1, 7, 1, 10},
    {"if x y:\n  pass\n", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
    {"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 0, 1, -1},
    {"if x:\n\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 0, 2, -1},
    {"if x:\n# c\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 0, 2, -1},
    {"if x:\nelse:\n  pass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {"if x:\n  pass\nelse\n", "SyntaxError", "expected ':'", 3, 5, 3, 5},
    {"if x:\n  pass\nelif y\n", "SyntaxError", "expected ':'", 3, 7, 3, 7},
    {"if x:\n  pass\nelse:\ny\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2},
    {"for x in y:\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 1, 0, 1, -1},
    {"for f() in y: pass\n", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"for 1 in y: pass\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"for x, f() in y: pass\n", "SyntaxError", "cannot assign to function call", 1, 8, 1, 11},
    {"with a b: pass\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"with a\n", "SyntaxError", "expected ':'", 1, 7, 1, 7},
    {"with a:\nx\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 2},
    {"while x:\nx\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 2},
    {"try:\nx\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 2},
    {"try\n", "SyntaxError", "expected ':'", 1, 4, 1, 4},
    {"try:\n x\nexcept\n", "SyntaxError", "expected ':'", 3, 7, 3, 7},
    {"try:\n x\nexcept:\nx\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2},
    {"try:\n x\nfinally:\nx\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 2},
    {"try:\n x\nexcept E as e\n", "SyntaxError", "expected ':'", 3, 14, 3, 14},
    {"try:\n x\nfinally\n", "SyntaxError", "expected ':'", 3, 8, 3, 8},
    {"def f:\n", "SyntaxError", "expected '('", 1, 6, 1, 7},
    {"def f():\nx\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 2},
    {"def f() -> int\n", "SyntaxError", "expected ':'", 1, 15, 1, 15},
    {"class A(B)\n", "SyntaxError", "expected ':'", 1, 11, 1, 11},
    {"class A:\nx\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 2},
    {"class A(:\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    {"lambda x\n", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
    {"x = {a b}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 6, 1, 9},
    {"x = a if b\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"x = a if b else\n", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
    {"@dec\nx = 1\n", "SyntaxError", "invalid syntax", 2, 1, 2, 2},
    {"@dec\n", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
    {"print x\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)\?", 1, 1, 1, 8},
    {"print x y\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)\?", 1, 1, 1, 8},
    {"exec \"x\"\n", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)\?", 1, 1, 1, 9},
    {"f(print x)\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)\?", 1, 3, 1, 10},
    {"[print 1]\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)\?", 1, 2, 1, 9},
    {"x = [a, b c]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 9, 1, 12},
    {"f(a, b c, d)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 6, 1, 9},
    {"f(a, b.c d.e)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 6, 1, 13},
    {"x = [1 + 2 3 * 4]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 6, 1, 17},
    {"x = (a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 6, 1, 9},
    {"x = (a, b  c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 9, 1, 13},
    {"x = a b\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"a b = 1\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"x = [a b for a in c]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 6, 1, 9},
    {"{1: a b}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 5, 1, 8},
    {"[\"a\" \"b\" c]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 2, 1, 11},
    {"[a \"b\"]\n", "SyntaxError", "invalid syntax", 1, 4, 1, 7},
    {"f(x y=1)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 3, 1, 6},
    {"x = [1, 2 3,]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 9, 1, 12},
    {"import\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
    {"from x import\n", "SyntaxError", "invalid syntax", 1, 14, 1, 14},
    {"from x\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
    {"x =\n", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
    {"x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"del\n", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
    {"global\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
    {"if\n", "SyntaxError", "invalid syntax", 1, 3, 1, 3},
    {"x.\n", "SyntaxError", "invalid syntax", 1, 3, 1, 3},
    {"x[\n]", "SyntaxError", "invalid syntax", 2, 1, 2, 2},
    {"x = 1 if 2 else\n", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
    {"'''abc\n\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 1, 1, 1},
    {"'''abc\n\nx\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 1, 1, 1},
    {"x = rb\"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = \"abc\\\ndef\n", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5, 1, 5},
    {"x = \"abc\\\ndef", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5, 1, 5},
    {"x = 0x_\n", "SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7},
    {"x = 0o\n", "SyntaxError", "invalid octal literal", 1, 6, 1, 6},
    {"x = 0b\n", "SyntaxError", "invalid binary literal", 1, 6, 1, 6},
    {"x = 0_\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 00_1\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 8},
    {"x = 1.5e+\n", "SyntaxError", "invalid decimal literal", 1, 9, 1, 9},
    {"x = 1.5e+a\n", "SyntaxError", "invalid decimal literal", 1, 9, 1, 9},
    {"x = 1.5ex\n", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7},
    {"x = 1.5_\n", "SyntaxError", "invalid decimal literal", 1, 8, 1, 8},
    {"x = 0xfg\n", "SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7},
    {"x = 0o17a\n", "SyntaxError", "invalid octal literal", 1, 8, 1, 8},
    {"x = 1jx\n", "SyntaxError", "invalid imaginary literal", 1, 6, 1, 6},
    {"x = 09\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
    {"x = 007\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7},
    {"x = 0_7\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7},
    {"x = \342\202\254\n", "SyntaxError", "invalid character '\342\202\254' (U+20AC)", 1, 5, 1, 5},
    {"x = a\302\240b\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 6, 1, 6},
    {"x\342\200\250 = 1\n", "SyntaxError", "invalid non-printable character U+2028", 1, 2, 1, 2},
    {"x = \\\n\n", "SyntaxError", "invalid syntax", 2, 1, 2, 1},
    {"def f():\n  x = (1,\n  y = 2\n", "SyntaxError", "'(' was never closed", 2, 7, 2, 0},
    {"x = (1, 2\ny = 3\nz = 4\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = [1, 2\ny = 3 +\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"x = (1 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = (1,\ny = = 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = )\ny = (\n", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
    {"x = = 1\n\"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 1, 2, 1},
    {"1 + \n\"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 1, 2, 1},
    {"1 + \n  x\n", "SyntaxError", "invalid syntax", 1, 5, 1, 5},
    {"x = \"\\x1\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10},
    {"x = \"ab\\x1g\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", 1, 13, 1, 13},
    {"x = \"\\u12\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 11, 1, 11},
    {"x = \"\\U11111111\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, 1, 17},
    {"x = b\"\\x1\"\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 11, 1, 11},
    {"x = \"a\" b\"b\"\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"x = (\"a\"\n b\"c\")\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 2, 6, 2, 7},
    {"x = \"a\" f\"{}\" + 1\n", "SyntaxError", "f-string: empty expression not allowed", 1, 15, 1, 16},
    {"x = f\"{}\" + 1\n", "SyntaxError", "f-string: empty expression not allowed", 1, 11, 1, 12},
    {"f\"{a b}\"", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma\?", 1, 2, 1, 5},
    {"x = f\"{a b}\"", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma\?", 1, 2, 1, 5},
    {"x = f\"{=}\"", "SyntaxError", "f-string: expression required before '='", 1, 11, 1, 11},
    {"f\"{x!r:{y:{z}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 17, 1, 17},
    {"f\"{x\\n}\"", "SyntaxError", "f-string expression part cannot include a backslash", 1, 9, 1, 9},
    {"f\"{)}\"", "SyntaxError", "f-string: unmatched ')'", 1, 7, 1, 7},
    {"f\"{(}\"", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 7, 1, 7},
    {"f\"{a = = b}\"", "SyntaxError", "f-string: expecting '}'", 1, 13, 1, 13},
    {"f\"{lambda x: 1}\"", "SyntaxError", "f-string: invalid syntax", 1, 10, 1, 11},
    {"f\"{*a}\"", "SyntaxError", "f-string: cannot use starred expression here", 1, 2, 1, 4},
    {"f\"{#}\"", "SyntaxError", "f-string expression part cannot include '#'", 1, 7, 1, 7},
    {"f\"{x!r=}\"", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10},
    {"f\"{x;y}\"", "SyntaxError", "f-string: invalid syntax", 1, 3, 1, 4},
    {"f\"\"\"{\nx y\n}\"\"\"", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma\?", 2, 1, 2, 4},
    {"f\"{ }\"", "SyntaxError", "f-string: empty expression not allowed", 1, 7, 1, 7},
    {"f\"{!r}\"", "SyntaxError", "f-string: expression required before '!'", 1, 8, 1, 8},
    {"f\"{x!rr}\"", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10},
    {"f\"{x!r\"", "SyntaxError", "f-string: expecting '}'", 1, 8, 1, 8},
    {"f\"{x:\"", "SyntaxError", "f-string: expecting '}'", 1, 7, 1, 7},
    {"f\"{x:{\"", "SyntaxError", "f-string: expecting '}'", 1, 8, 1, 8},
    {"f\"{x\"  \"}\"", "SyntaxError", "f-string: expecting '}'", 1, 11, 1, 11},
    {"f\"{1abc}\"", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"f\"{a $ b}\"", "SyntaxError", "f-string: invalid syntax", 1, 4, 1, 5},
    {"f\"{'a}\"", "SyntaxError", "f-string: unterminated string", 1, 8, 1, 8},
    {"x = 1\nf'''\n{a\nb c}'''\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma\?", 3, 2, 4, 2},
    {"f'{a}' f'{b c}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma\?", 1, 2, 1, 5},
    {"f'{f\"{a b}\"}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma\?", 1, 2, 1, 5},
    {"f'{x:{a b}}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma\?", 1, 2, 1, 5},
    {"(*a)", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4},
    {"f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"\?", 1, 3, 1, 7},
    {"f(True=1)", "SyntaxError", "cannot assign to True", 1, 3, 1, 8},
    {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"f(x for x in y,)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"f(1, x for x in y)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18},
    {"f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10},
    {"x: int, y = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"(x, y): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7},
    {"[x]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4},
    {"f(): int", "SyntaxError", "illegal target for annotation", 1, 1, 1, 4},
    {"del *a", "SyntaxError", "cannot delete starred", 1, 5, 1, 7},
    {"del (a, *b)", "SyntaxError", "cannot delete starred", 1, 9, 1, 11},
    {"a := 1", "SyntaxError", "invalid syntax", 1, 3, 1, 5},
    {"(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {"(a[1] := 1)", "SyntaxError", "cannot use assignment expressions with subscript", 1, 2, 1, 6},
    {"((a) := 1)", "SyntaxError", "cannot use assignment expressions with name", 1, 3, 1, 4},
    {"[x for x in y if 1 else 2]", "SyntaxError", "invalid syntax", 1, 20, 1, 24},
    {"{**a for a in b}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2, 1, 4},
    {"[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {"except a, b: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 7},
    {"try:\n pass\nexcept a, b: pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12},
    {"from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {"import a.b as c.d", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
    {"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(/): pass", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16, 1, 17},
    {"def f(*a, /): pass", "SyntaxError", "/ must be ahead of *", 1, 11, 1, 12},
    {"def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 9, 1, 10},
    {"def f(**k=1): pass", "SyntaxError", "var-keyword argument cannot have default value", 1, 10, 1, 11},
    {"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11, 1, 12},
    {"lambda *: 1", "SyntaxError", "named arguments must follow bare *", 1, 9, 1, 10},
    {"lambda a=1, b: 1", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14},
    {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='\?", 1, 1, 1, 4},
    {"[a, f()] = 1", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"(a, 1) = 2", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"a.b, *f() = 1", "SyntaxError", "cannot assign to function call", 1, 7, 1, 10},
    {"None = 1", "SyntaxError", "cannot assign to None", 1, 1, 1, 5},
    {"x = None = 1", "SyntaxError", "cannot assign to None", 1, 5, 1, 9},
    {"True = 1", "SyntaxError", "cannot assign to True", 1, 1, 1, 5},
    {"... = 1", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='\?", 1, 1, 1, 4},
    {"f() = g() = 1", "SyntaxError", "cannot assign to function call", 1, 1, 1, 4},
    {"a = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"a = b + c = 2", "SyntaxError", "cannot assign to expression", 1, 5, 1, 10},
    {"x = (yield) = 1", "SyntaxError", "cannot assign to yield expression", 1, 6, 1, 11},
    {"[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='\?", 1, 1, 1, 15},
    {"{a: b} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='\?", 1, 1, 1, 7},
    {"a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 1, 1, 14},
    {"lambda: 1 = 1", "SyntaxError", "cannot assign to lambda", 1, 1, 1, 10},
    {"a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 1, 1, 6},
    {"not a = 1", "SyntaxError", "cannot assign to expression", 1, 1, 1, 6},
    {"-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='\?", 1, 1, 1, 3},
    {"f\"{x}\" = 1", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='\?", 1, 1, 1, 7},
    {"\"s\" = 1", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='\?", 1, 1, 1, 4},
    {"(a := 1) = 2", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='\?", 1, 2, 1, 8},
    {"(*a) = 1", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4},
    {"del a + b", "SyntaxError", "cannot delete expression", 1, 5, 1, 10},
    {"del (a for a in b)", "SyntaxError", "cannot delete generator expression", 1, 5, 1, 19},
    {"del None", "SyntaxError", "cannot delete None", 1, 5, 1, 9},
    {"with a as (b, f()): pass", "SyntaxError", "cannot assign to function call", 1, 15, 1, 18},
    {"a + 1 += 1", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6},
    {"[a] += 1", "SyntaxError", "'list' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {"if x = 1:\n  pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='\?", 1, 4, 1, 9},
    {"while x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='\?", 1, 7, 1, 12},
    {"if x.y = 1: pass", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='\?", 1, 4, 1, 7},
    {"x = (\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"(", "SyntaxError", "'(' was never closed", 1, 1, 1, 0},
    {"[1,\n2,\n", "SyntaxError", "'[' was never closed", 1, 1, 1, 0},
    {"{\n", "SyntaxError", "'{' was never closed", 1, 1, 1, 0},
    {"x = [\n1\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"foo(\n  a,\n  b\n\nc = 1\n", "SyntaxError", "'(' was never closed", 1, 4, 1, 0},
    {"if True:\n    x = (1,\n    y = 2\n", "SyntaxError", "'(' was never closed", 2, 9, 2, 0},
    {"a = 1\nb = [\n  2,\n  3\nc = 4\n", "SyntaxError", "'[' was never closed", 2, 5, 2, 0},
    {"\tif x:\n", "IndentationError", "unexpected indent", 1, 1, 1, -1},
    {"if x:\n\tpass\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"if x:\n        pass\n\tpass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"if x:\n  pass\n    pass\n", "IndentationError", "unexpected indent", 3, 4, 3, -1},
    {"if 1:\n  if 2:\n    pass\n   pass\n", "IndentationError", "unindent does not match any outer indentation level", 4, 8, 4, -1},
    {"class A:\n    def f(self):\n        pass\n      def g(self):\n        pass\n", "IndentationError", "unindent does not match any outer indentation level", 4, 19, 4, -1},
    {"x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2, 2, -1},
    {"def f():\n    return 1\n  x = 2\n", "IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1},
    {"x = [1, 2, 3\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"print('hello'\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
    {"d = {'a': 1,\n     'b': 2\n", "SyntaxError", "'{' was never closed", 1, 5, 1, 0},
    {"s = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"s = \"\"\"abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = 5 $ 3\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"x = 1\ny = 2 +\n", "SyntaxError", "invalid syntax", 2, 8, 2, 8},
    {"if x:\n    y = 1\n  else:\n    pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1},
    {"for i in range(10)\n    print(i)\n", "SyntaxError", "expected ':'", 1, 19, 1, 19},
    {"def f(x):\n    return x +\n", "SyntaxError", "invalid syntax", 2, 15, 2, 15},
    {"x = [i for i in range(10) if i % 2 = 0]\n", "SyntaxError", "invalid syntax", 1, 36, 1, 37},
    {"print(\"a\" \"b\" c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 7, 1, 16},
    {"import os,\n", "SyntaxError", "invalid syntax", 1, 11, 1, 11},
    {"class A(object)\n    pass\n", "SyntaxError", "expected ':'", 1, 16, 1, 16},
    {"while True print(1)\n", "SyntaxError", "invalid syntax", 1, 12, 1, 17},
    {"x = 10\nif x > 5\n    print(x)\n", "SyntaxError", "expected ':'", 2, 9, 2, 9},
    {"def f(a, b\n    return a\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
    {"l = [1, 2, 3]]\n", "SyntaxError", "unmatched ']'", 1, 14, 1, 14},
    {"x = {1, 2, 3)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '{'", 1, 13, 1, 13},
    {"f(a, b))\n", "SyntaxError", "unmatched ')'", 1, 8, 1, 8},
    {"(a, b]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6},
    {"def f():\n    x = 1\n     y = 2\n", "IndentationError", "unexpected indent", 3, 5, 3, -1},
    {"a = b = \n", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
    {"x = not\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"x = 3 if\n", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
    {"return x y\n", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
    {"x = 0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
    {"x = 1__000\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 1_000_\n", "SyntaxError", "invalid decimal literal", 1, 10, 1, 10},
    {"x = 0b102\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 9, 1, 9},
    {"x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6},
    {"x = .e5\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"x = 0o\n", "SyntaxError", "invalid octal literal", 1, 6, 1, 6},
    {"def f(a, (b, c)): pass\n", "SyntaxError", "Function parameters cannot be parenthesized", 1, 10, 1, 16},
    {"f(a, *, b)\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"def f(a=, b): pass\n", "SyntaxError", "expected default value expression", 1, 8, 1, 9},
    {"@x = 1\ndef f(): pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='\?", 1, 2, 1, 7},
    {"x = [a if b c]\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 6, 1, 12},
    {"d = {'a': 1, 'b' 2}\n", "SyntaxError", "':' expected after dictionary key", 1, 16, 1, 0},
    {"d = {'a': 1, 'b'}\n", "SyntaxError", "':' expected after dictionary key", 1, 16, 1, 0},
    {"if x.y = 1:\n  pass\n", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='\?", 1, 4, 1, 7},
    {"x = [y = 1]\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='\?", 1, 6, 1, 11},
    {"from x import a, b,&c\n", "SyntaxError", "invalid syntax", 1, 20, 1, 21},
    {"import a{b\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    {"lambda a, (b): 0\n", "SyntaxError", "Lambda expression parameters cannot be parenthesized", 1, 11, 1, 14},
    {"f(c ~s)\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"f(a ~s)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 3, 1, 7},
    {"f(x):\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"class A{\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"x = 1\n  \\ y\n", "SyntaxError", "unexpected character after line continuation character", 2, 4, 2, 0},
    {"def f(a b): pass\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    {"f(a, b=1 c=2)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma\?", 1, 8, 1, 11},
    {"x = [i for i in y z]\n", "SyntaxError", "invalid syntax", 1, 19, 1, 20},
    {"if x == 1\n    pass\n", "SyntaxError", "expected ':'", 1, 10, 1, 10},
    {"while True print(1)\n", "SyntaxError", "invalid syntax", 1, 12, 1, 17},
    {"if a:\n  pass\nelif b\n  pass\n", "SyntaxError", "expected ':'", 3, 7, 3, 7},
    {"x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0},
    {"f(**k, *a)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
    {"x = 1 +* 2\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"def f(x):\n    return x +\n", "SyntaxError", "invalid syntax", 2, 15, 2, 15},
    {"s = f'{x!}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12, 1, 12},
    {"x = 'a' 'b' c\n", "SyntaxError", "invalid syntax", 1, 13, 1, 14},
    {"(a, b) = (1, 2) = c\n", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12},
    {"del (a + b)\n", "SyntaxError", "cannot delete expression", 1, 6, 1, 11},
    {"with open(f) as g() : pass\n", "SyntaxError", "cannot assign to function call", 1, 17, 1, 20},
    {"a = 1 if b else\n", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
};
static const PrintCase print_cases[] = {
    {"if x\n", "  File \"x.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"},
    {"if x:\ny\n", "  File \"x.py\", line 2\n    y\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
    {"x = (1,\n", "  File \"x.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"},
    {"if x:\n  a\n b\n", "  File \"x.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"},
    {"if x:\n\ta\n        b\n", "  File \"x.py\", line 3\n    b\nTabError: inconsistent use of tabs and spaces in indentation\n"},
    {"  x\n", "  File \"x.py\", line 1\n    x\nIndentationError: unexpected indent\n"},
    {"x = 1 +\\\n", "  File \"x.py\", line 1\n    x = 1 +\\\n            ^\nSyntaxError: unexpected EOF while parsing\n"},
    {"try:\n  x\n", "  File \"x.py\", line 2\n    x\nSyntaxError: expected 'except' or 'finally' block\n"},
    {"a\\ b\n", "  File \"x.py\", line 1\n    a\\ b\n      ^\nSyntaxError: unexpected character after line continuation character\n"},
    {"1abc\n", "  File \"x.py\", line 1\n    1abc\n    ^\nSyntaxError: invalid decimal literal\n"},
    {"f\"{}\"\n", "  File \"x.py\", line 1\n    f\"{}\"\n         ^\nSyntaxError: f-string: empty expression not allowed\n"},
    {"    if x\n", "  File \"x.py\", line 1\n    if x\nIndentationError: unexpected indent\n"},
    {"print \"hello\"\n", "  File \"x.py\", line 1\n    print \"hello\"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)\?\n"},
    {"f(a b)\n", "  File \"x.py\", line 1\n    f(a b)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma\?\n"},
    {"x = )\n", "  File \"x.py\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"},
    {"def f():\n    return (1,\n        2\n", "  File \"x.py\", line 2\n    return (1,\n           ^\nSyntaxError: '(' was never closed\n"},
    {"x = [1, 2\ny = 3\n", "  File \"x.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n"},
    {"f() = 1\n", "  File \"x.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='\?\n"},
    {"class A:\n    def f(self)\n        pass\n", "  File \"x.py\", line 2\n    def f(self)\n               ^\nSyntaxError: expected ':'\n"},
    {"x = \"abc\n", "  File \"x.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"},
    {"x = 5 $ 3\n", "  File \"x.py\", line 1\n    x = 5 $ 3\n          ^\nSyntaxError: invalid syntax\n"},
    {"for x in range(3):\nprint(x)\n", "  File \"x.py\", line 2\n    print(x)\n    ^\nIndentationError: expected an indented block after 'for' statement on line 1\n"},
    {"x = 1 if y\n", "  File \"x.py\", line 1\n    x = 1 if y\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"},
    {"l = [1, 2, 3]]\n", "  File \"x.py\", line 1\n    l = [1, 2, 3]]\n                 ^\nSyntaxError: unmatched ']'\n"},
    {"def f(a=1, b): pass\n", "  File \"x.py\", line 1\n    def f(a=1, b): pass\n               ^\nSyntaxError: non-default argument follows default argument\n"},
    {"s = '''abc\n\n", "  File \"x.py\", line 1\n    s = '''abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n"},
    {"x = 0777\n", "  File \"x.py\", line 1\n    x = 0777\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
    {"if True:\n    x = 1\n      y = 2\n", "  File \"x.py\", line 3\n    y = 2\nIndentationError: unexpected indent\n"},
    {"x = f(a b for b in c)\n", "  File \"x.py\", line 1\n    x = f(a b for b in c)\n          ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma\?\n"},
    {"f\"{a b}\"\n", "  File \"x.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. Perhaps you forgot a comma\?\n"},
    {"def f(*): pass\n", "  File \"x.py\", line 1\n    def f(*): pass\n          ^\nSyntaxError: named arguments must follow bare *\n"},
    {"del f()\n", "  File \"x.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n"},
    {"x = \342\202\254\n", "  File \"x.py\", line 1\n    x = \342\202\254\n        ^\nSyntaxError: invalid character '\342\202\254' (U+20AC)\n"},
    {"x.y = = 3\n", "  File \"x.py\", line 1\n    x.y = = 3\n          ^\nSyntaxError: invalid syntax\n"},
};
/* ---- END GENERATED ---- */

/* Parses [src]; returns the dump (attributes optional) or NULL with [err] filled. */
static char *dump_of(const char *src, size_t len, ParseMode mode, bool attrs, SyntaxErrorInfo *err)
{
    AstArena *arena = ast_arena_new();
    Module *m = parse_source(src, len, "x.py", mode, arena, err);
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

static void check_dumps(const AstCase *cases, size_t n, bool attrs)
{
    for (size_t i = 0; i < n; i++) {
        SyntaxErrorInfo err;
        char *got = dump_of(cases[i].src, strlen(cases[i].src), cases[i].mode, attrs, &err);
        if (!got) {
            cr_expect_fail("%s: unexpected %s: %s (line %d)", cases[i].src, err.type, err.msg,
                           err.lineno);
        } else {
            cr_expect_str_eq(got, cases[i].dump, "source: %s", cases[i].src);
        }
        free(got);
        parse_error_fini(&err);
    }
}

Test(parser, ast_dumps_match_cpython)
{
    check_dumps(ast_cases, sizeof ast_cases / sizeof ast_cases[0], false);
}

Test(parser, node_locations_match_cpython)
{
    check_dumps(attr_cases, sizeof attr_cases / sizeof attr_cases[0], true);
}

Test(parser, syntax_errors_match_cpython)
{
    for (size_t i = 0; i < sizeof err_cases / sizeof err_cases[0]; i++) {
        const ErrCase *c = &err_cases[i];
        SyntaxErrorInfo err;
        char *got = dump_of(c->src, strlen(c->src), PARSE_FILE, false, &err);
        cr_expect_null(got, "no error for: %s", c->src);
        free(got);
        if (!got) {
            cr_expect_str_eq(err.type, c->type, "source: %s", c->src);
            cr_expect_str_eq(err.msg, c->msg, "source: %s", c->src);
            cr_expect(err.lineno == c->lineno && err.offset == c->offset &&
                      err.end_lineno == c->end_lineno && err.end_offset == c->end_offset,
                      "%s: got %d %d %d %d, CPython %d %d %d %d", c->src, err.lineno, err.offset,
                      err.end_lineno, err.end_offset, c->lineno, c->offset, c->end_lineno,
                      c->end_offset);
            cr_expect_str_eq(err.filename, "x.py");
        }
        parse_error_fini(&err);
    }
}

Test(parser, printed_errors_match_cpython)
{
    for (size_t i = 0; i < sizeof print_cases / sizeof print_cases[0]; i++) {
        SyntaxErrorInfo err;
        char *got = dump_of(print_cases[i].src, strlen(print_cases[i].src), PARSE_FILE, false, &err);
        cr_expect_null(got, "no error for: %s", print_cases[i].src);
        free(got);
        char *out = NULL;
        size_t n;
        FILE *f = open_memstream(&out, &n);
        parse_print_error(&err, f);
        fclose(f);
        cr_expect_str_eq(out, print_cases[i].printed, "source: %s", print_cases[i].src);
        free(out);
        parse_error_fini(&err);
    }
}

/* ---- the REPL's view ----------------------------------------------------------------------- */

/* 1: parsed, 0: incomplete (read another line), -1: error to report. */
static int repl_status(const char *src)
{
    SyntaxErrorInfo err;
    char *got = dump_of(src, strlen(src), PARSE_SINGLE, false, &err);
    int r = got ? 1 : err.incomplete ? 0 : -1;
    free(got);
    parse_error_fini(&err);
    return r;
}

Test(parser, incomplete_input_for_the_repl)
{
    static const struct { const char *src; int status; } cases[] = {
        {"x = 1\n", 1}, {"1 + 2\n", 1}, {"x = 1; y = 2\n", 1}, {"x = [1,\n 2]\n", 1},
        {"if x:\n", 0}, {"if x:\n  y\n", 0}, {"if x:\n  y\n\n", 1},
        {"for i in x: print(i)\n", 0}, {"for i in x: print(i)\n\n", 1},
        {"x = (1,\n", 0}, {"def f(\n", 0}, {"x = {\n", 0}, {"lambda: (\n", 0},
        {"x = '''a\n", 0}, {"\"\"\"doc\n\nmore\n", 0}, {"x = 1 + \\\n", 0},
        {"@dec\n", 0}, {"try:\n  x\n", 0}, {"if x:\n  pass\nelse:\n", 0},
        {"if x:\n  pass\n  y = (\n", 0}, {"with a as b:\n", 0},
        {"class A:\n    def f(self):\n", 0}, {"if x:\n  if y:\n", 0},
        {"class A: pass\n\n", 1}, {"def f():\n  return 1\n\n", 1},
        {"x = 1 +\n", -1}, {"x = 1\ny = 2\n", -1}, {"print \"x\"\n", -1}, {"x = \"abc\n", -1},
        {"  x\n", -1}, {"x = )\n", -1}, {"f(a b)\n", -1}, {"if x:\n  pass\n  else\n", -1},
        {"if x:\n  y\nz\n", -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(repl_status(cases[i].src), cases[i].status, "source: %s", cases[i].src);
    SyntaxErrorInfo err;
    char *got = dump_of("x = 1\ny = 2\n", 12, PARSE_SINGLE, false, &err);
    cr_expect_str_eq(err.msg, "multiple statements found while compiling a single statement");
    free(got);
    parse_error_fini(&err);
}

Test(parser, single_and_eval_modes)
{
    SyntaxErrorInfo err;
    char *got = dump_of("1 + 2\n", 6, PARSE_SINGLE, false, &err);
    cr_expect_str_eq(got, "Interactive(body=[Expr(value=BinOp(left=Constant(value=1), op=Add(), "
                     "right=Constant(value=2)))])");
    free(got);
    got = dump_of("x, y", 4, PARSE_EVAL, false, &err);
    cr_expect_str_eq(got, "Expression(body=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', "
                     "ctx=Load())], ctx=Load()))");
    free(got);
    got = dump_of("x = 1", 5, PARSE_EVAL, false, &err);
    cr_expect_null(got);
    cr_expect_str_eq(err.msg, "invalid syntax");
    parse_error_fini(&err);
}

/* ---- limits ---------------------------------------------------------------------------------- */

static char *repeat3(const char *a, int n, const char *mid, const char *b, int m)
{
    size_t la = strlen(a), lm = strlen(mid), lb = strlen(b);
    char *s = malloc(la * (size_t)n + lm + lb * (size_t)m + 2);
    char *p = s;
    for (int i = 0; i < n; i++, p += la) memcpy(p, a, la);
    memcpy(p, mid, lm);
    p += lm;
    for (int i = 0; i < m; i++, p += lb) memcpy(p, b, lb);
    *p++ = '\n';
    *p = '\0';
    return s;
}

/* Parses [src] (freed here); returns true if it parsed, else checks the error message. */
static bool parses(char *src, const char *expected_msg)
{
    SyntaxErrorInfo err;
    char *got = dump_of(src, strlen(src), PARSE_FILE, false, &err);
    bool ok = got != NULL;
    if (!ok && expected_msg) cr_expect_str_eq(err.msg, expected_msg, "%.60s...", src);
    free(got);
    free(src);
    parse_error_fini(&err);
    return ok;
}

Test(parser, nesting_limits)
{
    const char *deep = "too many nested parentheses";
    cr_expect(parses(repeat3("(", MAX_PARSE_DEPTH, "1", ")", MAX_PARSE_DEPTH), NULL));
    cr_expect(!parses(repeat3("(", MAX_PARSE_DEPTH + 1, "1", ")", MAX_PARSE_DEPTH + 1), deep));
    cr_expect(!parses(repeat3("[", 1000, "", "]", 1000), deep));
    cr_expect(!parses(repeat3("f(", 300, "", ")", 300), deep));
    cr_expect(parses(repeat3("-", 500, "1", "", 0), NULL));
    cr_expect(!parses(repeat3("-", 5000, "1", "", 0), deep));
    cr_expect(!parses(repeat3("not ", 100000, "1", "", 0), deep));
    cr_expect(!parses(repeat3("2**", 50000, "1", "", 0), deep));
    cr_expect(!parses(repeat3("lambda:", 20000, "1", "", 0), deep));
    cr_expect(parses(repeat3("a+", 500, "b", "", 0), NULL));
    cr_expect(!parses(repeat3("a+", 20000, "b", "", 0), deep));
    cr_expect(!parses(repeat3("a.", 20000, "b", "", 0), deep));
    cr_expect(!parses(repeat3("a if b else ", 20000, "c", "", 0), deep));
    cr_expect(parses(repeat3("f'{", 1, "x", "}'", 1), NULL));
    /* error reporting probes ahead; chains of them stay bounded */
    cr_expect(!parses(repeat3("[a = ", 1, "", "b = ", 20000), NULL));
    cr_expect(!parses(repeat3("f(a b ", 1, "", "c d ", 20000), NULL));
    cr_expect(!parses(repeat3("x = [1 if ", 1, "", "y if ", 20000), NULL));
    /* indentation: 100 levels is CPython's limit */
    char *s = malloc(200000), *p = s;
    for (int i = 0; i < 101; i++) p += sprintf(p, "%*sif 1:\n", i, "");
    sprintf(p, "%*spass\n", 101, "");
    cr_expect(!parses(s, "too many levels of indentation"));
}

Test(parser, long_inputs)
{
    /* many statements, a long flat list, a long elif chain: no recursion limits hit */
    size_t n = 100000;
    char *s = malloc(n * 16 + 16), *p = s;
    for (size_t i = 0; i < n; i++) p += sprintf(p, "x%zu = %zu\n", i % 1000, i);
    *p = '\0';
    cr_expect(parses(s, NULL));
    s = malloc(n * 8 + 16);
    p = s + sprintf(s, "x = [");
    for (size_t i = 0; i < n; i++) p += sprintf(p, "%zu,", i);
    strcpy(p, "]\n");
    cr_expect(parses(s, NULL));
    s = malloc(3000 * 32 + 64);
    p = s + sprintf(s, "if x == 0:\n    pass\n");
    for (int i = 1; i < 3000; i++) p += sprintf(p, "elif x == %d:\n    pass\n", i);
    cr_expect(parses(s, NULL));
    s = malloc(1000000 + 16);
    memset(s, 'a', 1000000);
    strcpy(s + 1000000, " = 1\n");
    cr_expect(parses(s, NULL));
}

Test(parser, bytes_that_are_not_source)
{
    SyntaxErrorInfo err;
    char *got = dump_of("x = 1\ny = '\0'\n", 14, PARSE_FILE, false, &err);
    cr_expect_null(got);
    cr_expect_str_eq(err.msg, "source code cannot contain null bytes");
    cr_expect_eq(err.lineno, 2);
    parse_error_fini(&err);
    got = dump_of("x = 1\ny = \xff\n", 11, PARSE_FILE, false, &err);
    cr_expect_null(got);
    cr_expect_str_eq(err.msg, "Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but no "
                     "encoding declared; see https://peps.python.org/pep-0263/ for details");
    parse_error_fini(&err);
    got = dump_of("# -*- coding: latin-1 -*-\nx = '\xe9'\n", 34, PARSE_FILE, false, &err);
    cr_expect_str_eq(got, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
                     "value=Constant(value='\xc3\xa9'))], type_ignores=[])");
    free(got);
    got = dump_of("x = '\\N{DASH}'\n", 15, PARSE_FILE, false, &err);
    cr_expect_null(got);
    cr_expect(strstr(err.msg, "\\N{...} escapes are not supported") != NULL, "%s", err.msg);
    parse_error_fini(&err);
    got = dump_of("", 0, PARSE_FILE, false, &err);
    cr_expect_str_eq(got, "Module(body=[], type_ignores=[])");
    free(got);
}

Test(parser, print_without_location)
{
    SyntaxErrorInfo err;
    char *got = dump_of("x = \xc3(\n", 7, PARSE_FILE, false, &err);
    cr_expect_null(got);
    char *out = NULL;
    size_t n;
    FILE *f = open_memstream(&out, &n);
    parse_print_error(&err, f);
    fclose(f);
    cr_expect(strncmp(out, "SyntaxError: Non-UTF-8 code", 27) == 0, "%s", out);
    free(out);
    parse_error_fini(&err);
    parse_error_fini(&err);     /* idempotent */
}

/* ---- fuzzing -------------------------------------------------------------------------------- */

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 16);
}

static const char sample[] =
    "import os, sys as system\nfrom .. import (a, b as c)\n\n@decorator(1)\n"
    "class Point(Base, metaclass=Meta):\n    \"\"\"Doc\\tstring.\"\"\"\n    count: int = 0\n\n"
    "    def __init__(self, x=0, /, y=1, *args, z, **kw) -> None:\n"
    "        self.x, self.y = x, y\n        Point.count += 1\n\n"
    "    def __repr__(self):\n        return f'Point({self.x!r}, {self.y:>{w}})' + r'\\n'\n\n"
    "def gen(n):\n    for i in range(n):\n        if i % 2 == 0 and not i in (1, 2):\n"
    "            yield i ** 2\n        elif (j := i) > 3:\n            yield from [j, *[k for k in "
    "range(j) if k]]\n        else:\n            continue\n    while True:\n        try:\n"
    "            x = {**d, 'k': lambda a, *b: a[1:2:3]}\n        except (KeyError, "
    "ValueError) as e:\n            raise RuntimeError('x') from e\n        finally:\n"
    "            break\n    with open(p) as f, (q := 1):\n        del f[0], q\n"
    "    assert 0x_ff == 255, b'\\x00'\n    global g\n    return -1e10j, ..., None\n";

/* Parses [len] bytes of [src] in every mode; only crashes and leaks (ASan) can fail this. */
static void survive(const char *src, size_t len)
{
    static const ParseMode modes[] = {PARSE_FILE, PARSE_SINGLE, PARSE_EVAL};
    for (int m = 0; m < 3; m++) {
        SyntaxErrorInfo err;
        AstArena *arena = ast_arena_new();
        Module *mod = parse_source(src, len, "fuzz.py", modes[m], arena, &err);
        if (mod) {
            FILE *f = fopen("/dev/null", "w");
            ast_dump_module_ex(mod, true, f);
            fclose(f);
        } else {
            cr_assert(err.type != NULL && err.msg[0] != '\0');
            FILE *f = fopen("/dev/null", "w");
            parse_print_error(&err, f);
            fclose(f);
        }
        parse_error_fini(&err);
        ast_arena_free(arena);
    }
}

Test(parser, sample_program_parses)
{
    SyntaxErrorInfo err;
    char *got = dump_of(sample, sizeof sample - 1, PARSE_FILE, true, &err);
    cr_expect_not_null(got, "%s at line %d", err.msg, err.lineno);
    free(got);
    parse_error_fini(&err);
}

Test(parser, fuzz_truncations_never_crash)
{
    for (size_t n = 0; n < sizeof sample; n++) survive(sample, n);
}

Test(parser, fuzz_mutations_never_crash)
{
    static const char alphabet[] = " \t\n()[]{}:;,.=+-*/%@&|^~<>!'\"\\#0123456789abcdefxyzjJeE_fFrRbB"
                                   "\xc3\xa9\xe2\x82\xac\xff";
    char buf[sizeof sample];
    for (int iter = 0; iter < 600; iter++) {
        memcpy(buf, sample, sizeof sample);
        int edits = 1 + (int)(rnd() % 6);
        for (int e = 0; e < edits; e++)
            buf[rnd() % (sizeof sample - 1)] = alphabet[rnd() % (sizeof alphabet - 1)];
        survive(buf, sizeof sample - 1);
    }
}

Test(parser, fuzz_random_bytes_never_crash)
{
    static const char alphabet[] = " \t\n()[]{}:;,.=+-*/%@&|^~<>!'\"\\#0123456789abcdefxyzjJeE_fFrRbBu"
                                   "ifelsedefclassforinwhileyieldlambdanotandor";
    char buf[512];
    for (int iter = 0; iter < 1500; iter++) {
        size_t n = rnd() % sizeof buf;
        bool text = iter % 3 != 0;
        for (size_t i = 0; i < n; i++)
            buf[i] = text ? alphabet[rnd() % (sizeof alphabet - 1)] : (char)(rnd() & 0xFF);
        survive(buf, n);
    }
}

/* The generator of the GENERATED tables (here and in test_lexer.c), kept with the tests it serves.
REGEN_BEGIN
# Regenerates the GENERATED tables of tests/unit/test_parser.c and test_lexer.c from CPython
# 3.11 (run with the python3 that is the oracle). Sources are read back from the tables, so to
# add a case, add a row with any expectation (e.g. "") and rerun:
#   sed -n '/^REGEN_BEGIN/,/^REGEN_END/p' tests/unit/test_parser.c | sed '1d;$d' > /tmp/regen.py
#   python3 /tmp/regen.py tests/unit/test_parser.c tests/unit/test_lexer.c
import ast, io, keyword, os, re, subprocess, sys, tempfile, tokenize, warnings
warnings.simplefilter('ignore')

def c_str(b):
    b = b.encode() if isinstance(b, str) else b
    out = ['"']
    for c in b:
        ch = chr(c)
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif ch == '?': out.append('\\?')
        elif 32 <= c < 127: out.append(ch)
        else: out.append('\\%03o' % c)
    return ''.join(out) + '"'

LIT = re.compile(r'"((?:[^"\\]|\\.)*)"')
def c_unstr(body):
    out, i = bytearray(), 0
    while i < len(body):
        c = body[i]
        if c != '\\':
            out += c.encode(); i += 1; continue
        n = body[i + 1]
        if n in '01234567':
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in '01234567': j += 1
            out.append(int(body[i + 1:j], 8)); i = j; continue
        out += {'n': b'\n', 't': b'\t', '\\': b'\\', '"': b'"', '?': b'?', "'": b"'"}[n]; i += 2
    return out.decode('utf-8', 'surrogateescape')

FILE_FIELDS = r'''
import sys, ctypes
def hook(t, v, tb):
    if isinstance(v, SyntaxError):
        print('%s\x00%s\x00%d\x00%d\x00%d\x00%d' % (t.__name__, v.msg, v.lineno or 0, v.offset or 0,
                                             v.end_lineno or 0, v.end_offset or 0))
sys.excepthook = hook
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
f = libc.fopen(sys.argv[1].encode(), b'rb')
run = ctypes.pythonapi.PyRun_SimpleFileExFlags
run.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
run(f, sys.argv[1].encode(), 1, None)
'''

def in_file(src, args):
    d = tempfile.mkdtemp()
    p = os.path.join(d, 'x.py')
    with open(p, 'wb') as f:
        f.write(src.encode('utf-8', 'surrogateescape'))
    r = subprocess.run([sys.executable] + args + [p], capture_output=True, cwd=d)
    return r, p

def file_fields(src):
    # errors as `python3 x.py` sees them (its file tokenizer differs from compile()'s at EOF)
    r, _ = in_file(src, ['-c', FILE_FIELDS])
    t, msg, *nums = r.stdout.decode().rstrip('\n').split('\x00')
    return '%s, %s, %s' % (c_str(t), c_str(msg), ', '.join(nums))

def compile_fields(src):
    try:
        compile(src.encode('utf-8', 'surrogateescape'), 'x.py', 'exec')
    except SyntaxError as e:
        return '%s, %s, %d, %d, %d, %d' % (c_str(type(e).__name__), c_str(e.msg), e.lineno or 0,
                                           e.offset or 0, e.end_lineno or 0, e.end_offset or 0)
    raise ValueError('no error: %r' % src)

def printed(src):
    r, p = in_file(src, [])
    return c_str(r.stderr.decode().replace(p, 'x.py'))

MODES = {'PARSE_FILE': 'exec', 'PARSE_SINGLE': 'single', 'PARSE_EVAL': 'eval'}

def tokens(src):
    out = []
    for t in tokenize.tokenize(io.BytesIO(src.encode()).readline):
        if t.type in (tokenize.ENCODING, tokenize.COMMENT, tokenize.NL):
            continue
        name = tokenize.tok_name[t.type]
        if name == 'NAME' and keyword.iskeyword(t.string):
            name = 'KEYWORD'
        text = '=' + t.string if name in ('NAME', 'KEYWORD', 'NUMBER', 'STRING', 'OP') else ''
        pos = '@%d:%d' % t.start if name not in ('NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER') else ''
        out.append(name + text + pos)
    return c_str(' '.join(out))

def regen_row(table, line):
    m = re.match(r'(\s*)\{(.*)\},\s*$', line)
    lits = LIT.findall(m.group(2))
    src = c_unstr(lits[0])
    if table in ('ast_cases', 'attr_cases'):
        mode = re.search(r'PARSE_\w+', m.group(2)).group(0)
        tree = ast.parse(src, mode=MODES[mode])
        dump = ast.dump(tree, include_attributes=table == 'attr_cases')
        return '%s{%s, %s, %s},' % (m.group(1), c_str(src), mode, c_str(dump))
    if table == 'err_cases':
        return '%s{%s, %s},' % (m.group(1), c_str(src), file_fields(src))
    if table == 'print_cases':
        return '%s{%s, %s},' % (m.group(1), c_str(src), printed(src))
    if table == 'lex_cases':
        return '%s{%s, %s},' % (m.group(1), c_str(src), tokens(src))
    if table == 'lex_err_cases':
        return '%s{%s, %s},' % (m.group(1), c_str(src), compile_fields(src))
    raise ValueError(table)

def regen(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, table, inside = [], None, False
    for line in lines:
        if '---- BEGIN GENERATED' in line: inside = True
        elif '---- END GENERATED' in line: inside = False
        elif inside:
            m = re.match(r'static const \w+ (\w+)\[\] = \{', line)
            if m: table = m.group(1)
            elif line.startswith('    {'): line = regen_row(table, line)
        out.append(line)
    open(path, 'w', encoding='utf-8').write('\n'.join(out))

if __name__ == '__main__':
    for path in sys.argv[1:]:
        regen(path)
REGEN_END
*/
