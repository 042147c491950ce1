import types, sys
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns == types.SimpleNamespace(a=1, b="x"), ns != types.SimpleNamespace(a=2))
ns.c = [1]; del ns.a; print(ns, ns.b)
ns.self = ns; print(ns)
print(types.SimpleNamespace())
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(types.FunctionType, types.LambdaType, types.MethodType, types.GeneratorType, types.ModuleType, types.CodeType, types.NoneType)
print(types.GenericAlias, types.UnionType, types.BuiltinFunctionType)
m = types.ModuleType("mymod"); m.x = 3; print(m.__name__, m.x)
class A:
    def hi(self): return "hi " + str(self)
print(types.MethodType(A.hi, 5)())
print(list[int] == list[int], isinstance(int | str, types.UnionType), isinstance(list[int], types.GenericAlias))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
C = types.new_class("C", (A,), exec_body=lambda ns: ns.update(z=1)); print(C.z, C.__mro__[1].__name__)
