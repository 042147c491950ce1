# Iteration order of int sets follows CPython's table layout (hash(int) == int for small ints).
print({3, 1, 2}, {100, 5, 37}, {5, 100, 37, 8})
a, b, c = 100, 5, 37
print({a, b, c}, {c, b, a})
print(set(range(20)))
print(set(range(20, 0, -1)))
print(set([1000, 8, 16, 24, 3, 11, 19]))
print(set([-1, -2, -3, 7, 15, 23, 31]))
print({1 << 40, 1 << 33, 7, 2 ** 61, -2 ** 61})
s = set()
for i in range(0, 300, 13):
    s.add(i)
print(s)
for i in range(0, 300, 26):
    s.discard(i)
print(s)
for i in range(1, 300, 29):
    s.add(i)
print(s)
s = {1, 2}
s.discard(1)
s.add(9)
print(s)
s = set()
for k in [-3, 1, -1]:
    s.add(k)
s.pop()
s.add(-5)
s -= {0, -1}
s -= {-2, -3}
s.add(1)
s.discard(1)
s.add(-3)
print(s)
s = set(range(50))
while len(s) > 10:
    s.pop()
print(s, len(s))
s.add(1000)
s.add(3)
print(s)
print(frozenset(range(10, 0, -1)), frozenset([64, 0, 32, 8]))
print(set({7: 1, 15: 2, 3: 3}), set((9, 1, 17)))
big = set(range(0, 100000, 7))
print(len(big), sum(big), min(big), max(big))
print(list(set(range(0, 100000, 7)))[:12], list(big)[-5:])
u = {1, 9, 17, 25, 33}
v = {2, 10, 18, 26}
print(u | v, v | u, u ^ v, v ^ u)
print(set([8, 16]) | set([1, 9]), {0, 8, 16} & {16, 8, 24}, {x for x in [40, 8, 16, 0]})
fs = frozenset([3, 11, 19])
print(fs | {27}, {27} | fs, fs - {11}, fs & {19, 3})
# `for x in {constants}` iterates CPython's frozenset constant, not a set built from it
for x in {16, 1, 2, 3, 4, 5}:
    print(x, end=' ')
print()
print(list({16, 1, 2, 3, 4, 5}), [x for x in {16, 1, 2, 3, 4, 5}], 16 in {16, 1, 2, 3, 4, 5})
