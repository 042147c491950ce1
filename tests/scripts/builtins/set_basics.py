# set and frozenset: construction, methods, repr, membership, comparisons.
s = set()
print(s, len(s), bool(s), type(s).__name__)
s.add(1)
s.add(1)
s.add(2)
print(s, len(s), bool(s), 1 in s, 3 in s, 3 not in s)
s.discard(2)
s.discard(42)
print(s)
s.remove(1)
print(s)
s = set("hello")
print(sorted(s), len(s))
s = set([1, 2, 3])
t = s.copy()
t.add(4)
print(s, t, s is t)
s.clear()
print(s, len(s))
s.update([1, 2], (3, 4), {5: 'x'}, range(6, 8), "")
print(s)
print(s.pop(), s)
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, type(f).__name__)
print(frozenset(), repr(frozenset()), str(set()))
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]), set() == frozenset())
print({1} == [1], {1} != (1,), {1, 2} == {1, 2, 3})
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {1}, {1} >= {2})
print(set().issubset([]), {1, 2}.issubset([1, 2, 3]), {1, 4}.issubset(range(3)))
print({1, 2, 3}.issuperset([1, 2]), {1}.issuperset((1, 2)), {1, 2}.issuperset(iter([2])))
print({1, 2}.isdisjoint([3, 4]), {1, 2}.isdisjoint({2}), set().isdisjoint(set()))
x = {1, 2}
print(x.isdisjoint(x), set().isdisjoint(x))
# frozensets as keys and elements
d = {frozenset([1, 2]): 'a'}
print(d[frozenset([2, 1])])
nested = {frozenset([1]), frozenset([1]), frozenset()}
print(len(nested), frozenset() in nested, frozenset([1]) in nested)
# a set used as a key is looked up as a frozenset
print({1, 2} in {frozenset([1, 2])}, set() in {frozenset()}, {3} in {frozenset([1])})
k = {frozenset([1, 2]), frozenset([3])}
k.remove({1, 2})
k.discard({3})
print(k)
print(frozenset([frozenset([1, 2]), frozenset([3])]) == {frozenset([3]), frozenset([2, 1])})
# hashing
print(hash(frozenset()), hash(frozenset([1, 2])), hash(frozenset([2, 1])) == hash(frozenset([1, 2])))
print(hash(frozenset(range(100))), hash(frozenset([-1, -2])), hash(frozenset([frozenset([1])])))
print(hash(frozenset([1, 2, 3])) == hash(frozenset({3: 0, 2: 0, 1: 0})))
# identity of frozensets
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, frozenset() is frozenset() or "distinct")
print(set(f) is f, set(f) == f, type(f.union()).__name__, type(set().union()).__name__)
# iteration
s = set(range(5))
it = iter(s)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(sorted({'b', 'a', 'c'}), sum({1, 2, 3}), max(frozenset([4, 9, 2])))
total = 0
for v in {10, 20, 30}:
    total += v
print(total)
# tuples and mixed keys
m = {(1, 2), (1, 2), (2, 1), None, True, 1, 1.0, 0, False}
print(len(m), (1, 2) in m, None in m, 0 in m)
print({1, 1.0, True}, {0, False, 0.0})
print({2.0, 2} == {2}, 2.0 in {2})
# deeply nested frozensets are freed without recursing once per level
f = frozenset()
for i in range(100000):
    f = frozenset([f, i])
print(len(f))
del f
print('freed')
