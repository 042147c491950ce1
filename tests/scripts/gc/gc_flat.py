# Memory stays flat: 200000 cycles made and dropped with automatic collection on; the number of
# tracked objects stays bounded and the allocator's block count does not grow.
import gc
import sys

class Pair:
    def __init__(self):
        self.other = None

gc.enable()
gc.collect()
start_objects = len(gc.get_objects())
start_blocks = sys.getallocatedblocks()
peak = 0
blocks_peak = 0
for i in range(200000):
    a = Pair()
    b = Pair()
    a.other = b
    b.other = a
    l = [a]
    l.append(l)
    if i % 10000 == 0:
        peak = max(peak, len(gc.get_objects()) - start_objects)
        blocks_peak = max(blocks_peak, sys.getallocatedblocks() - start_blocks)
del a, b, l
gc.collect()
end_objects = len(gc.get_objects())
end_blocks = sys.getallocatedblocks()
print("tracked objects bounded:", peak < 5000)
print("blocks bounded during the loop:", blocks_peak < 20000)
print("tracked objects back to start:", end_objects - start_objects < 100)
print("blocks did not grow:", end_blocks - start_blocks < 200)
print("automatic collections ran:", gc.get_stats()[0]["collections"] > 100)
