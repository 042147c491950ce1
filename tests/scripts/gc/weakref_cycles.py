# weak references and the cycle collector (CPython's handle_weakrefs)
import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

gc.collect()
log = []
a = Node("a"); b = Node("b")
a.other = b; b.other = a
wa = weakref.ref(a, lambda w: log.append(("a died", w() is None)))
wb = weakref.ref(b, lambda w: log.append(("b died", w() is None)))
del a, b
print("before collect:", wa() is not None, wb() is not None, log)
print("collected something:", gc.collect() > 0)
print("after collect:", wa(), wb(), sorted(log))

# a weakref that is itself garbage never calls back
log.clear()
c = Node("c"); d = Node("d")
c.other = d; d.other = c
c.ref = weakref.ref(d, lambda w: log.append("should not run"))
del c, d
gc.collect()
print("garbage weakref callback:", log)

# callbacks see every unreachable object already cleared
log.clear()
x = Node("x"); y = Node("y")
x.other = y; y.other = x
wx = weakref.ref(x)
def check(w):
    log.append(("wx dead in callback", wx() is None))
wy = weakref.ref(y, check)
del x, y
gc.collect()
print(log)

# __del__ runs after the weakrefs are cleared
class Fin:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("__del__, weakref dead:", wf() is None)
f = Fin()
wf = weakref.ref(f)
del f
gc.collect()

# weak value dictionary entries vanish with cycles
cache = weakref.WeakValueDictionary()
n = Node("cached"); n.other = n
cache["n"] = n
del n
print("before:", len(cache), "n" in cache)
gc.collect()
print("after:", len(cache), "n" in cache, list(cache.keys()))

# a weakref to a class
class Temp:
    pass
Temp.self = Temp
wt = weakref.ref(Temp, lambda w: print("class collected"))
del Temp
gc.collect()
print("class ref:", wt())
