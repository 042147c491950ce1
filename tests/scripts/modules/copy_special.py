# copy/deepcopy of exceptions, builtin-type subclasses, inherited private slots and uncopyable objects.
import copy
e = ValueError('bad', 2); e.note = [1]
c = copy.copy(e); d = copy.deepcopy(e)
print(repr(c), c.args, c.note is e.note, repr(d), d.note is e.note)
class Base:
    __slots__ = ('__priv', 'a')
class Sub(Base):
    def __init__(self):
        self._Base__priv = [1]
        self.a = 2
        self.z = 3
s = Sub(); t = copy.deepcopy(s)
print(t._Base__priv, t.a, t.z, t._Base__priv is s._Base__priv)
class MyInt(int):
    pass
mi = MyInt(5); mi.tag = 1
print(copy.copy(mi), type(copy.deepcopy(mi)).__name__, copy.deepcopy(mi).tag)
class MyStr(str): pass
print(repr(copy.copy(MyStr('hi'))), type(copy.copy(MyStr('hi'))).__name__)
class T(tuple): pass
print(copy.deepcopy(T([1, [2]])), type(copy.deepcopy(T([1]))).__name__)
class S(set): pass
try:
    print(type(copy.copy(S([1]))).__name__, copy.copy(S([1])))
except Exception as ex: print('S', type(ex).__name__, ex)
def gen(): yield 1
try:
    copy.copy(gen())
except Exception as ex: print(type(ex).__name__, ex)
class Empty: pass
print(type(copy.copy(Empty())).__name__, copy.deepcopy(Empty()).__dict__)
print(copy.deepcopy({1: {2: [3]}}), copy.copy(b'x'), copy.deepcopy(3+0 if True else 0))
class NoNew:
    def __init__(self, a): self.a = a
    def __eq__(self, o): return self.a == o.a
print(copy.deepcopy(NoNew([1])) == NoNew([1]))
