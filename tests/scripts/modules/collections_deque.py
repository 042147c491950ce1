# deque: both ends, maxlen, rotation, indexing, comparisons and errors.
from collections import deque

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()))
d.append(4); d.appendleft(0)
print(d, d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft('ab')
print(d)
d.rotate(); print(d)
d.rotate(-3); print(d)
d.rotate(10); print(d)
d.reverse(); print(d)
d[0] = 'first'; d[-1] = 'last'
print(d, 'a' in d, 'zz' in d, d.count(1), d.index(2))
d.insert(1, 'ins'); d.remove('b')
print(d, list(reversed(d)))
del d[0]
print(d)
c = d.copy()
print(c == d, c is d, c)
d.clear(); print(d, len(d))

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(-1); print(m)
m.extend([10, 11]); print(m)
print(deque('abc', 0), deque(maxlen=2))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1]) < deque([1, 2]))
print(deque([1, 2]) == [1, 2], deque([1]) + deque([2]), deque([1, 2]) * 2)
e = deque([1]); e += [2, 3]; print(e)
print(list(deque(x * x for x in range(4))), [x for x in deque('xyz')])

# a sliding window
win = deque(maxlen=3)
for i in range(6):
    win.append(i)
    print(sum(win), end=' ')
print()

def err(f, *args):
    try:
        f(*args)
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

err(deque().pop)
err(deque().popleft)
err(lambda: deque([1])[5])
err(lambda: deque([1])[-2])
err(deque([1]).remove, 5)
err(deque([1]).index, 5)
err(deque([1, 2], 2).insert, 0, 1)
err(deque, [], -1)
err(deque, 1)

q = deque([1]); q.append(q); q.append([q])
print(q)
q2 = deque([], 3); q2.append(q2); print(q2)
print(deque(reversed(deque([1, 2, 3]))), deque([[1]]) == deque([[1]]))
d = deque(range(10))
for i in range(-10, 10, 3):
    print(d[i], end=' ')
print(d.index(4, 2), d.index(7, -5, -1))
d.rotate(0); print(d)
