# weakref.ref and proxy: identity, callbacks, hashing, equality, errors
import weakref, sys

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name

a = Node("a")
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print("shared basic ref:", r1 is r2)
print("count:", weakref.getweakrefcount(a))
def cb(wr):
    print("cb called, referent:", wr())
r3 = weakref.ref(a, cb)
print("with callback is new:", r3 is not r1, r3.__callback__ is cb, r1.__callback__)
print("count:", weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print("equal while alive:", r1 == r3, hash(r1) == hash(a))
print("type:", type(r1), weakref.ref is weakref.ReferenceType)
print("__weakref__:", a.__weakref__ is r1)

# callbacks run most recently created first
order = []
b = Node("b")
refs = [weakref.ref(b, lambda w, i=i: order.append(i)) for i in range(4)]
del b
print("callback order:", order)
print("dead refs:", [r() for r in refs])
print("dead equality is identity:", refs[0] == refs[0], refs[0] == refs[1])

del a
print("after del a:", r1(), r3())
try:
    hash(weakref.ref(Node("x")))
except TypeError as e:
    print("TypeError:", e)
c = Node("c")
rc = weakref.ref(c)
h = hash(rc)
del c
print("hash cached after death:", hash(rc) == h)

# exceptions in callbacks are ignored
d = Node("d")
class Bad:
    def __call__(self, wr):
        raise ValueError("boom")
    def __repr__(self):
        return "<Bad callback>"
bad = Bad()
rd = weakref.ref(d, bad)
del d
print("survived exception in callback")

# proxies
e = Node("e")
p = weakref.proxy(e)
print("proxy attr:", p.name, weakref.proxy(e) is p)
p.name = "E"
print("set through proxy:", e.name)
print("proxy str:", str(p))
lst = [3, 1, 2]
class L(list):
    pass
ll = L([3, 1, 2])
pl = weakref.proxy(ll)
print("len/getitem/contains:", len(pl), pl[0], 2 in pl, list(pl), pl + [9])
pl.append(7)
print("appended:", ll)
def f(x):
    return x * 2
cp = weakref.proxy(f)
print("callable proxy:", cp(21), type(cp).__name__, type(p).__name__)
del e
try:
    p.name
except ReferenceError as err:
    print("ReferenceError:", err)
try:
    hash(pl)
except TypeError as err:
    print("TypeError:", err)

for bad_target in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(bad_target)
    except TypeError as err:
        print("TypeError:", err)
try:
    weakref.ref()
except TypeError as err:
    print("TypeError:", err)
try:
    rd(1)
except TypeError as err:
    print("TypeError:", err)

# weakly referenceable built-ins
s = {1, 2}
fs = frozenset([1])
def g():
    yield 1
gen = g()
for obj in (s, fs, f, gen, Node, weakref):
    w = weakref.ref(obj)
    print(type(obj).__name__, w() is obj)
m = Node("m")
bm = weakref.ref(m.__repr__)
print("bound method ref dies at once:", bm())
wfs = weakref.ref(fs)
del fs
print("frozenset ref after del:", wfs())
class Slotted:
    __slots__ = ("x",)
try:
    weakref.ref(Slotted())
except TypeError as err:
    print("TypeError:", err)
class SlottedW:
    __slots__ = ("x", "__weakref__")
sw = SlottedW()
print("slotted with __weakref__:", weakref.ref(sw)() is sw)
print("sizeof ref:", sys.getsizeof(rc))
