# memory.py: a short tour of what objects cost and how they are freed, measured by tally itself.
# sys.getsizeof reports the real size of each allocation (CPython 3.11's layouts); sys.getrefcount
# counts references (one more than you expect: the argument itself); gc collects cycles.
import gc
import sys

print("sizes in bytes:")
for value in [0, 1, 2 ** 30, 2 ** 100, 1.5, "", "a", "hello", (), (1, 2), [], [1, 2, 3], {}]:
    print(f"  {value!r:>35}  {sys.getsizeof(value)}")

print("a list grows in steps, not one slot at a time:")
items = []
last = sys.getsizeof(items)
for i in range(20):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"  after {len(items):2} items: {size} bytes")
        last = size

name = "refcounts"
before = sys.getrefcount(name)
holders = [name, name, name]
print(f"references to a string: {before}, after putting it in a list three times: {sys.getrefcount(name)}")
del holders
print(f"and after deleting the list again: {sys.getrefcount(name)}")

class Node:
    def __init__(self):
        self.other = None

gc.collect()
a, b = Node(), Node()
a.other, b.other = b, a          # a cycle: reference counts alone can never reach zero
del a, b
print("unreachable objects found by gc.collect():", gc.collect())
