# WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, WeakMethod
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name
    def hello(self):
        return "hello from " + self.name

d = weakref.WeakValueDictionary()
a, b = Obj("a"), Obj("b")
d["a"] = a
d["b"] = b
print(len(d), sorted(d.keys()), d["a"], d.get("zz", "default"))
del a
print(len(d), list(d.items()), "a" in d)
try:
    d["a"]
except KeyError as e:
    print("KeyError:", e)
print("setdefault:", d.setdefault("b", None), d.pop("b"), len(d))
d.update({"c": b})
print(list(d.values()))

k = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
k[k1] = 1
k[k2] = 2
print(len(k), k[k1], k1 in k, sorted(k.values()))
del k1
print(len(k), list(k.items()))
print(k.get(k2), k.pop(k2), len(k))

s = weakref.WeakSet()
items = [Obj(str(i)) for i in range(5)]
for it in items:
    s.add(it)
print(len(s), items[0] in s)
del items[1:3]
print(len(s), sorted(o.name for o in s))
s.discard(items[0])
print(len(s))
items.clear()
print(len(s), list(s))

# finalize
o = Obj("f")
fin = weakref.finalize(o, print, "finalizer:", "called", sep="-")
print("alive:", fin.alive, fin.peek()[1] is print)
del o
print("alive after death:", fin.alive, fin(), fin.peek())
o2 = Obj("g")
fin2 = weakref.finalize(o2, lambda: "result")
print("explicit call:", fin2(), fin2.alive, fin2())
o3 = Obj("h")
fin3 = weakref.finalize(o3, print, "never")
det = fin3.detach()
print("detached:", det[0] is o3, det[2], fin3.alive)
del o3, det

# WeakMethod
m = Obj("m")
wm = weakref.WeakMethod(m.hello)
print(wm()())
r = weakref.ref(m.hello)
print("plain ref to bound method:", r())
events = []
wm2 = weakref.WeakMethod(m.hello, lambda w: events.append("gone"))
print(wm == wm2)
del m
print(wm(), events)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
