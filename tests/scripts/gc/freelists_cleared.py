# A full collection empties the free lists (floats, tuples), as CPython's clear_freelists: blocks
# freed by a program are given back.
import sys, gc
gc.collect()
a = sys.getallocatedblocks()
x = [(i, i + 1) for i in range(3000)]
y = [float(i) + 0.5 for i in range(1000)]
del x, y
gc.collect()
print(sys.getallocatedblocks() - a)
