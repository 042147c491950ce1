# Stress of the cycle collector: deterministic pseudo-random graphs full of cycles (a seeded LCG,
# not the random module), objects with __del__ and weak references with callbacks; everything is
# dropped and collected. Only quantities CPython also gives are printed (no collect() results,
# which depend on how instances store their attributes).
import gc
import weakref

state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 16) % n

finalized = 0
callbacks = 0
created = 0

class Node:
    def __init__(self, tag):
        global created
        created += 1
        self.tag = tag
        self.out = []
        self.extra = None
    def __del__(self):
        global finalized
        finalized += 1

class Plain:
    pass

def on_dead(ref):
    global callbacks
    callbacks += 1

def build(size):
    nodes = [Node(i) for i in range(size)]
    for n in nodes:
        for _ in range(rand(4)):
            n.out.append(nodes[rand(size)])
        kind = rand(5)
        if kind == 0:
            n.extra = {"back": n, "peer": nodes[rand(size)]}
        elif kind == 1:
            p = Plain()
            p.owner = n
            n.extra = p
        elif kind == 2:
            n.extra = (n.out, [n])
        elif kind == 3:
            n.extra = lambda: n
    return nodes

refs = []
total_refs = 0
rounds = 40
for r in range(rounds):
    nodes = build(5 + rand(60))
    for n in nodes:
        if rand(3) == 0:
            refs.append(weakref.ref(n, on_dead))
            total_refs += 1
        if rand(7) == 0:
            refs.append(weakref.ref(n))
    del n
    del nodes
    if r % 4 == 3:
        gc.collect(rand(3))

gc.collect()
print("objects created:", created)
print("finalizer calls:", finalized)
print("every finalizer ran once:", finalized == created)
print("callbacks:", callbacks, "of", total_refs)
print("all collected:", all(ref() is None for ref in refs))
refs.clear()

# a finalizer that resurrects its object runs once only
keep = []
class Phoenix:
    runs = 0
    def __del__(self):
        Phoenix.runs += 1
        keep.append(self)
p = Phoenix()
p.me = p
del p
gc.collect()
print("resurrected:", len(keep), "runs:", Phoenix.runs)
keep.clear()
gc.collect()
print("after second collection, runs:", Phoenix.runs, "left:", len(keep))

# a weakref that is part of the garbage never calls back
class Holder:
    pass
h = Holder()
h.me = h
h.ref = weakref.ref(h, on_dead)
before = callbacks
del h
gc.collect()
print("garbage weakref called back:", callbacks != before)

# gc.garbage with DEBUG_SAVEALL keeps cycles alive, then they go
gc.set_debug(gc.DEBUG_SAVEALL)
a = Node("a")
a.extra = a
del a
gc.collect()
saved = [o for o in gc.garbage if isinstance(o, Node)]
print("saved nodes:", len(saved))
del saved
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
print("finalizer calls at end:", finalized == created)
print("stats collected grows:", sum(s["collected"] for s in gc.get_stats()) > 0)
