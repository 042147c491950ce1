# Long chains (linked instances with and without __slots__, nested dicts and tuples) are freed
# through the trashcan, not by C recursion; objects finalized earlier keep their finalized flag
# while deferred there (no second __del__).
class Node:
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(200000):
    head = Node(head)
del head
print("ok")
class S:
    __slots__ = ("next",)
head = None
for i in range(200000):
    s = S(); s.next = head; head = s
del head, s
print("ok2")
d = {}
for i in range(200000):
    d = {"n": d}
del d
print("ok3")
t = ()
for i in range(200000):
    t = (t,)
del t
print("ok4")
import gc
count = 0
saved = []
class N:
    __slots__ = ("next", "__weakref__", "__dict__")
    def __del__(self):
        global count
        count += 1
        if getattr(self, "keep", False):
            self.keep = False
            saved.append(self)      # resurrected once by its finalizer
# a cycle whose members resurrect themselves through the collector
nodes = [N() for _ in range(200)]
for i, n in enumerate(nodes):
    n.next = nodes[i - 1]
    n.keep = True
del nodes, n
gc.collect()
print("finalized once:", count, len(saved))
for i, n in enumerate(saved):
    n.next = saved[i + 1] if i + 1 < len(saved) else None
head = saved[0]
saved.clear()
del n
count = 0
del head
gc.collect()
print("freed without a second __del__:", count)
