# The VM's attribute caches (type attribute cache keyed by version tags, inline caches of
# LOAD_ATTR / LOAD_METHOD / STORE_ATTR) must notice every change that alters a lookup's answer.

class Base:
    kind = "base"
    def who(self):
        return "Base.who"

class Mid(Base):
    pass

class Leaf(Mid):
    __slots__ = ()

class Obj(Mid):
    def __init__(self):
        self.x = 1

def read_kind(o):
    return o.kind

def call_who(o):
    return o.who()

o = Obj()
for _ in range(3):
    print(read_kind(o), call_who(o))

Base.kind = "changed on Base"          # a base class changes: subclasses' cached lookups go
Base.who = lambda self: "new who"
print(read_kind(o), call_who(o))

Mid.kind = "shadowed in Mid"
print(read_kind(o))
del Mid.kind
print(read_kind(o))

o.kind = "instance"                    # the instance dict shadows a class attribute
o.who = lambda: "instance who"
print(read_kind(o), call_who(o))
del o.kind, o.who
print(read_kind(o), call_who(o))

# a data descriptor added later wins over the instance dict
def get_x(o):
    return o.x
print(get_x(o), get_x(o))
Obj.x = property(lambda self: "property x")
print(get_x(o))
del Obj.x
print(get_x(o))

# __getattr__ added later, for names that are missing
def get_missing(o):
    try:
        return o.missing
    except AttributeError as e:
        return "AttributeError: " + str(e)
print(get_missing(o))
Obj.__getattr__ = lambda self, name: "__getattr__ " + name
print(get_missing(o))
del Obj.__getattr__
print(get_missing(o))

# __slots__ reads and writes, deletion, and a slot left empty
class P:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a

def set_b(p, v):
    p.b = v
def get_b(p):
    try:
        return p.b
    except AttributeError as e:
        return "AttributeError: " + str(e)
ps = [P(i) for i in range(3)]
for p in ps:
    print(get_b(p), end=" ")
    set_b(p, p.a * 10)
    print(get_b(p), end=" | ")
print()
del ps[1].b
print(get_b(ps[1]))

# one site, many types (polymorphic), and __class__ assignment
class A:
    def f(self): return "A.f"
    val = "A.val"
class B:
    def f(self): return "B.f"
    val = "B.val"
objs = [A(), B(), A(), B()]
print([x.f() for x in objs], [x.val for x in objs])
a = A()
print(a.f(), a.val)
a.__class__ = B
print(a.f(), a.val)

# setattr through a method that was cached as a plain instance store
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
c = Counter()
for _ in range(5):
    c.bump()
print(c.n, c.__dict__)
Counter.n = property(lambda self: 42, lambda self, v: print("setter got", v))
c.bump()
print(c.n, c.__dict__)

# a class attribute that is rebound many times while cached
class Config:
    level = 0
def level():
    return Config.level
for i in range(5):
    Config.level = i
    print(level(), end=" ")
print()

# methods of builtin types through the same sites
for x in ([3, 1, 2], "abc"):
    print(x.__len__(), x.count(x[0]))

# __class__ assignment: what CPython refuses
class S1:
    __slots__ = ("p",)
class S2:
    __slots__ = ("q",)
class S3:
    __slots__ = ("p",)
s = S1()
for target in (S2, S3, int, 5):
    try:
        s.__class__ = target
        print("assigned", type(s).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    del s.__class__
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)

# attributes read from a class itself: constants, functions, classmethods, staticmethods,
# metaclass attributes, and changes to any of them
class K:
    C = 1
    def f(x): return ("f", x)
    @classmethod
    def cm(cls, x): return (cls.__name__, x)
    @staticmethod
    def sm(x): return ("sm", x)
class KS(K):
    pass
def use(k):
    return k.C, k.f(1), k.cm(2), k.sm(3), k.__name__
for k in (K, KS, K, KS):
    print(use(k))
K.C = 2
KS.cm = classmethod(lambda cls, x: ("new cm", cls.__name__, x))
print(use(K), use(KS))
del KS.cm
K.f = staticmethod(lambda x: ("static f", x))
print(use(K), use(KS))
cmobj = K.__dict__["cm"]
cmobj.__init__(lambda cls, x: ("reinit", x))
print(use(K))
class Meta(type):
    C = "meta C"
    def hello(cls): return "hello " + cls.__name__
class M(metaclass=Meta):
    pass
print(M.C, M.hello(), [M.C for _ in range(3)])

# method calls and instance attributes that hide the method, however they got there
class Sh:
    def m(self): return "method m"
    def m2(self): return "method m2"
def call_m(o):
    return o.m()
def call_m3(o):
    try:
        return o.m3()
    except AttributeError as e:
        return "AttributeError: " + str(e)
a, b, c, d = Sh(), Sh(), Sh(), Sh()
print([call_m(x) for x in (a, b, c, d)])
b.m = lambda: "b's own m"                 # a store through the cached STORE_ATTR path
setattr(c, "m", lambda: "c's own m")       # setattr()
object.__setattr__(d, "m", lambda: "d's own m")
print([call_m(x) for x in (a, b, c, d)])
class Sh2:
    def f(self): return "Sh2.f"
e = Sh2()
e.m3 = lambda: "e's m3 before the class had one"
print(call_m3(e), call_m3(a))
Sh2.m3 = lambda self: "Sh2.m3"             # the class gains the name later
print(call_m3(e), call_m3(Sh2()))
class Base2:
    pass
class Sub2(Base2):
    pass
g = Sub2()
g.m3 = lambda: "g's own m3"
print(call_m3(g))
Base2.m3 = lambda self: "Base2.m3"         # a base gains it: the subclass's instances too
print(call_m3(g), call_m3(Sub2()))
class From:
    def __init__(self): self.m = lambda: "instance m, class changed"
class To:
    def m(self): return "To.m"
h = From()
print(call_m(To()))
h.__class__ = To
print(call_m(h))
k = Sh()
k.__dict__ = {"m": lambda: "m from a replaced __dict__"}
print(call_m(k), call_m(a))
v = Sh()
vars(v)["m"] = lambda: "m put in through vars()"
print(call_m(v))

# class values read through instances, hidden later
class CV:
    LIMIT = 10
def limit(o):
    return o.LIMIT
p1, p2 = CV(), CV()
p2.other = 1
print(limit(p1), limit(p2))
p2.LIMIT = 20
print(limit(p1), limit(p2))

# one site, subclasses sharing an inherited method (one cache entry for two types), then one
# subclass overriding it and the base changing
class PB:
    def who(self): return "PB.who"
class P1(PB): pass
class P2(PB): pass
def whos(objs):
    return [o.who() for o in objs]
objs = [P1(), P2(), P1(), P2()]
print(whos(objs))
P2.who = lambda self: "P2.who"
print(whos(objs))
PB.who = lambda self: "new PB.who"
print(whos(objs))
del P2.who
print(whos(objs))

# an instance dict emptied by clear() (its keys become the shared empty block) under a cached read
class Cl:
    pass
def get(o):
    try:
        return o.x
    except AttributeError as e:
        return "AttributeError: " + str(e)
a = Cl()
a.x = 1
a.y = 2
print(get(a), get(a))
a.__dict__.clear()
print(get(a), get(a))
a.x = 3
print(get(a))
