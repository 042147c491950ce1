# copy/deepcopy of instances: __dict__, __slots__, __copy__/__deepcopy__, __reduce__ and subclasses.
import copy
from collections import namedtuple, deque, defaultdict, Counter, OrderedDict

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f'Node({self.value!r}, {self.children!r})'

root = Node(1, [Node(2), Node(3)])
s = copy.copy(root)
d = copy.deepcopy(root)
print(s, d, type(d).__name__)
print(s.children is root.children, d.children is root.children, d.children[0] is root.children[0])

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
sl = Slotted()
sc, sd = copy.copy(sl), copy.deepcopy(sl)
print(sc.a is sl.a, sd.a is sl.a, sd.a, hasattr(sd, 'b'))

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
cu = Custom([1])
print(copy.copy(cu).v is cu.v, copy.deepcopy(cu).v is cu.v)

class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
r = copy.deepcopy(Reduced([1], 2))
print(type(r).__name__, r.a, r.b)

class WithState:
    def __init__(self):
        self.x = 1
        self.cache = 'big'
    def __getstate__(self):
        st = dict(self.__dict__)
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'
ws = copy.deepcopy(WithState())
print(ws.x, ws.cache)

class Graph:
    pass
g = Graph()
g.me = g
g.items = [g]
gc2 = copy.deepcopy(g)
print(gc2.me is gc2, gc2.items[0] is gc2, gc2 is g)

class MyList(list):
    pass
ml = MyList([[1], 2])
ml.tag = 'x'
mc, md = copy.copy(ml), copy.deepcopy(ml)
print(type(mc).__name__, mc, mc[0] is ml[0], md[0] is ml[0], md.tag)

class MyDict(dict):
    pass
mdict = copy.deepcopy(MyDict(a=[1]))
print(type(mdict).__name__, mdict)

P = namedtuple('P', 'x y')
p = P([1], 2)
print(copy.copy(p) is p or copy.copy(p) == p, copy.deepcopy(p), copy.deepcopy(p).x is p.x)

dq = deque([[1], 2], maxlen=5)
dqc = copy.deepcopy(dq)
print(dqc, dqc[0] is dq[0], copy.copy(dq)[0] is dq[0])
dd = defaultdict(list, a=[1])
ddc = copy.deepcopy(dd)
print(ddc, ddc['a'] is dd['a'], copy.copy(dd)['a'] is dd['a'], ddc['new'])
print(copy.deepcopy(Counter('aab')), copy.copy(OrderedDict(a=1)))

class Meth:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n
m = Meth()
bm = copy.deepcopy(m.bump)
print(bm(), bm(), m.n)
print(copy.copy(Node) is Node, copy.deepcopy(Node) is Node)
