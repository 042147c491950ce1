# sys.getsizeof of sets follows CPython 3.11: 216 bytes with the inline 8-slot table, plus
# 16 bytes per slot once the table lives outside the object.
import sys
s = set()
sizes = [sys.getsizeof(s)]
for i in range(100):
    s.add(i)
    sizes.append(sys.getsizeof(s))
last = None
for n, size in enumerate(sizes):
    if size != last:
        print(n, size)
        last = size
print(sys.getsizeof(set()), sys.getsizeof(frozenset()), set().__sizeof__(), frozenset().__sizeof__())
print(sys.getsizeof({1, 2, 3, 4}), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(5))))
print(sys.getsizeof(set(range(10))), sys.getsizeof(set(range(100))), sys.getsizeof(set(range(1000))))
print(sys.getsizeof(frozenset(range(10))), sys.getsizeof(set(list(range(50)))), sys.getsizeof(set(range(50)).copy()))
d = dict.fromkeys(range(30))
print(sys.getsizeof(set(d)), sys.getsizeof(set(d.keys())))
s = set(range(100))
while len(s) > 2:
    s.pop()
print(len(s), sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
s = set(range(40))
s -= set(range(39))
print(s, sys.getsizeof(s))
s = set(range(40))
s.difference_update(range(36))
print(s, sys.getsizeof(s))
s = set(range(40))
s &= {1, 2}
print(s, sys.getsizeof(s))
t = set(range(5))
t.intersection_update(range(100))
print(t, sys.getsizeof(t))
print(sys.getsizeof({1, 2} | {3, 4, 5}), sys.getsizeof(set(range(8)) - {0}))
