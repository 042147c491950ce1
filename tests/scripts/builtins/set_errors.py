# Error messages of set and frozenset operations, as CPython 3.11 words them.
def attempt(label, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)

attempt('unhashable add', lambda: {1}.add([1]))
attempt('unhashable elem', lambda: {[1, 2]})
attempt('unhashable set()', lambda: set([{}]))
attempt('hash set', lambda: hash({1}))
attempt('set in dict', lambda: {{1}: 2})
attempt('list in set', lambda: [1] in {1})
attempt('dict in set', lambda: {} in {1})
attempt('remove missing', lambda: {1}.remove(2))
attempt('remove tuple', lambda: set().remove((1, 2)))
attempt('remove unhashable', lambda: {1}.remove([1]))
attempt('remove set', lambda: set().remove({5}))
attempt('discard unhashable', lambda: {1}.discard({}))
attempt('pop empty', lambda: set().pop())
attempt('not iterable', lambda: set(5))
attempt('frozenset not iterable', lambda: frozenset(None))
attempt('too many', lambda: set([1], [2]))
attempt('frozen too many', lambda: frozenset([1], [2]))
attempt('keywords', lambda: set(iterable=[1]))
attempt('frozen keywords', lambda: frozenset(iterable=[1]))
attempt('add no args', lambda: set().add())
attempt('add two', lambda: set().add(1, 2))
attempt('clear arg', lambda: set().clear(1))
attempt('copy arg', lambda: frozenset().copy(1))
attempt('union kw', lambda: set().union(x=1))
attempt('frozen union kw', lambda: frozenset().union(x=1))
attempt('issubset none', lambda: set().issubset())
attempt('issubset int', lambda: {1}.issubset(3))
attempt('update int', lambda: set().update([1], 2))
attempt('or list', lambda: {1} | [2])
attempt('and tuple', lambda: (1,) & {1})
attempt('sub int', lambda: {1} - 1)
attempt('xor str', lambda: {1} ^ 'a')
attempt('lt list', lambda: {1} < [1])
attempt('ge int', lambda: {1} >= 3)
attempt('frozen add', lambda: frozenset().add(1))
attempt('frozen setitem', lambda: frozenset()[0])
attempt('len arg', lambda: len(set(), 1))

s = {1, 2}
try:
    s |= [3]
except TypeError as e:
    print('ior list', e)
try:
    s &= (1,)
except TypeError as e:
    print('iand tuple', e)
f = frozenset([1])
f |= {2}
print('frozen ior makes a new object', f)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError', e, len(s))
s = {1, 2}
it = iter(s)
next(it)
s.add(7)
try:
    next(it)
except RuntimeError as e:
    print('sticky 1', e)
s.discard(7)
try:
    next(it)
except RuntimeError as e:
    print('sticky 2', e)
print(it.__length_hint__())
s = {1, 2}
for x in s:
    s.add(1)
print('re-adding an existing key is fine', s)

class Bad:
    def __hash__(self):
        raise ValueError('no hash for you')
attempt('bad hash', lambda: {Bad()})
attempt('bad hash in', lambda: Bad() in {1})
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise KeyError('eq failed')
attempt('bad eq', lambda: {1, BadEq()})
attempt('bad eq in', lambda: BadEq() in {1})
s = set()
try:
    s.remove(KeyError('x'))
except KeyError as e:
    print('KeyError arg', repr(e.args[0]))
