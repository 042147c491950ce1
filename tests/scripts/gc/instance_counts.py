# gc.get_count() counts one allocation per instance of a class, as CPython 3.11 (whose instance
# attributes live inline): the instance's own __dict__ is not an allocation of its own. Measured
# as the difference between two batches, so that free lists and first-time work cancel out.
import gc
class A:
    def __init__(self): self.x = 1
def counted(n):
    c0 = gc.get_count()[0]
    l = [A() for _ in range(n)]
    created = gc.get_count()[0] - c0
    c0 = gc.get_count()[0]
    del l
    return created, gc.get_count()[0] - c0
gc.disable()
counted(10)
c50, f50 = counted(50)
c150, f150 = counted(150)
print("per 100 more instances:", c150 - c50, "allocated,", f150 - f50, "freed")

# tuples from the free list are no allocation for the count, as in CPython
def tuples(n):
    return [(i, i + 1) for i in range(n)]
tuples(200)
keep = list(range(10))
c0 = gc.get_count()[0]
for i in range(10):
    keep[i] = (i, -i)
print("ten small tuples from the free list:", gc.get_count()[0] - c0)
