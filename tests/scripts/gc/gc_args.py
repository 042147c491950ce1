# Argument errors of the gc module (CPython 3.11 messages) and the permanent generation.
import gc
def t(f, *a, **k):
    try: r = f(*a, **k); print(f.__name__, a, "ok", r if not isinstance(r, list) else len(r) >= 0)
    except Exception as e: print(f.__name__, a, type(e).__name__, e)
for a in ['x', 3, -1, 2**100, 1.5, None, True]:
    t(gc.collect, a)
for a in ['x', 3, -1, -2, 2**100, 1.5, None]:
    t(gc.get_objects, a)
t(gc.get_objects, 1, 2)
t(gc.collect, generation='x')
t(gc.collect, gen=1)
t(gc.collect, 1, 2)
t(gc.freeze, 1)
t(gc.unfreeze, 1)
t(gc.get_freeze_count, 1)
t(gc.enable, 1)
t(gc.get_count, 1)
t(gc.is_tracked)
t(gc.set_debug, 'x')
t(gc.get_stats, 1)
t(gc.get_objects, generation=None)
t(gc.set_debug, 2**40)
gc.collect()
print("freeze count:", gc.get_freeze_count())
class Node:
    pass
n = Node()
n.me = n
del n
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0, "gen0 count:", gc.get_count()[0])
print("frozen cycle kept:", gc.collect() == 0)
print("get_objects skips frozen:", len(gc.get_objects()) < gc.get_freeze_count())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("unfrozen cycle collected:", gc.collect() > 0)
gc.set_debug(gc.DEBUG_LEAK)
print("debug:", gc.get_debug() == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.set_debug(0)
import sys
print("allocated blocks:", sys.getallocatedblocks() > 0)
