# sys.getsizeof of lists: 56 bytes + 8 per allocated slot, with CPython 3.11's growth policy.
import sys

def size(l):
    return sys.getsizeof(l)

grow = []
steps = []
for i in range(100):
    grow.append(i)
    if not steps or steps[-1] != size(grow):
        steps.append(size(grow))
print("append steps:", steps)
shrink = []
while grow:
    grow.pop()
    if not shrink or shrink[-1] != size(grow):
        shrink.append(size(grow))
print("pop steps:", shrink)

print("empty:", size([]), size(list()), size([] * 3))
print("literal:", size([1, 2, 3]), size([1]), size([1, 2, 3, 4, 5]))
print("list(tuple):", size(list((1, 2, 3))), size(list((1, 2, 3, 4))), size(list(())))
print("list(range):", size(list(range(3))), size(list(range(10))), size(list(range(1000))))
print("list(gen):", size(list(x for x in range(3))), size(list(x for x in range(20))))
print("list(str):", size(list("hello")), size(list("")))
print("repeat:", size([0] * 3), size([1, 2] * 5), size([None] * 100), size([1] * 0))
print("slices:", size([1, 2, 3, 4][:2]), size(list(range(10))[::3]), size([1, 2, 3].copy()))
print("concat:", size([1, 2] + [3]), size([] + []), size([1] + [2] * 9))
print("sorted:", size(sorted(range(10))), size(sorted((1, 2, 3))), size(sorted(x for x in range(3))))

l = [1]
l.pop()
l.extend((1, 2, 3))
print("pop then extend:", size(l))
l = [1]
l.clear()
l.extend((1, 2, 3))
print("clear then extend:", size(l))
l = [1]
del l[0]
l.extend((1, 2, 3))
print("del then extend:", size(l))
l = [1, 2]
l[:] = []
l.extend((1, 2, 3))
print("slice-clear then extend:", size(l))
l = []
l += (1, 2, 3)
print("iadd:", size(l))
l = [1, 2, 3]
l *= 3
print("imul:", size(l))
l *= 0
print("imul 0:", size(l))
l = [1, 2, 3]
l.insert(0, 0)
l.insert(0, 0)
print("insert:", size(l))
l = []
l[:0] = (1, 2, 3)
print("slice insert:", size(l))
l = list(range(20))
del l[::2]
print("del extended:", size(l))
l = list(range(20))
del l[2:18]
print("del slice:", size(l))
l = list(range(10))
l.sort()
l.reverse()
print("sort/reverse keep:", size(l))
print("__sizeof__:", [].__sizeof__(), [1, 2, 3].__sizeof__(), list(range(10)).__sizeof__())
print("nested not counted:", size([[1] * 100]) == size([1]))
