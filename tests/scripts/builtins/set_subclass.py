# Subclasses of set and frozenset, the repr recursion guard, __reduce__, and cycles through sets.
import gc

class S(set):
    pass

class F(frozenset):
    pass

s = S([3, 1, 2])
print(s, type(s).__name__, S(), len(s), isinstance(s, set))
print(type(s | {9}).__name__, type({9} | s).__name__, type(s.copy()).__name__, type(s - s).__name__)
print(type(s.union()).__name__, type(s.intersection([1])).__name__, type(s ^ {1}).__name__)
f = F([1, 2])
print(f, repr(F()), type(f.copy()).__name__, f.copy() is f, F(f) is f, frozenset(f) is f)
print(type(f | {3}).__name__, type(f & {1}).__name__, f == {1, 2}, hash(f) == hash(frozenset([1, 2])))
s.attr = 'x'
print(s.attr, s == {1, 2, 3})

class Tagged(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
    def __repr__(self):
        return 'Tagged(%s, %r)' % (sorted(self), self.tag)
t = Tagged([5, 4], 'hello')
print(t, t.tag, len(t), 4 in t)

class Rev(set):
    def __iter__(self):
        return iter(sorted(set.__iter__(self), reverse=True))
print(list(Rev([1, 2, 3])), Rev([1, 2, 3]))

class FrozenWithNew(frozenset):
    def __new__(cls, *args):
        return super().__new__(cls, range(len(args)))
print(FrozenWithNew('a', 'b', 'c'))

# a set that (through an element) contains itself
class Holder:
    def __init__(self):
        self.target = None
    def __hash__(self):
        return 7
    def __repr__(self):
        return 'Holder(%r)' % (self.target,)
h = Holder()
s = {h}
h.target = s
print(s)
fs = frozenset([h])
h.target = fs
print(fs)
h.target = S([h])
print(h.target)

# __reduce__ (what copy and pickle use)
print(set([1, 2]).__reduce__(), frozenset([3]).__reduce__()[0] is frozenset)
print(s.__reduce__()[0] is set, S([4]).__reduce__()[1])

# the collector reclaims cycles through sets
gc.collect()
for i in range(10):
    h = Holder()
    h.target = {h}
del h
print(gc.collect() >= 10)
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked({1}))
