# operator: the operators as functions, itemgetter/attrgetter/methodcaller, in-place forms
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5))
print(operator.pos(-5), operator.abs(-7), operator.add('ab', 'cd'))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2),
      operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.truth([1]))
a = [1]
print(operator.is_(a, a), operator.is_not(a, [1]), operator.is_(None, None))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5),
      operator.inv(0))
print(operator.lshift(1, 8), operator.rshift(256, 4))
print(operator.concat([1, 2], [3]), operator.concat('x', 'y'))
print(operator.contains([1, 2, 3], 2), operator.contains('abc', 'z'))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('hello', 'l'))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), d)
operator.delitem(d, 'a')
print(d)
lst = list(range(10))
print(operator.getitem(lst, slice(2, 5)))
operator.setitem(lst, slice(0, 3), ['x'])
print(lst)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 7),
      operator.length_hint(42, 5))
print(operator.index(7), operator.index(True))
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1], reverse=True))

class Idx:
    def __index__(self):
        return 4

print(operator.index(Idx()))

# errors carry CPython's messages
for f, args in [(operator.concat, (1, 2)), (operator.index, (1.5,)), (operator.indexOf, ([1], 2)),
                (operator.add, (1, 'a')), (operator.length_hint, ([], 'x')),
                (operator.truediv, (1, 0)), (operator.iconcat, (1, [2]))]:
    try:
        f(*args)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# itemgetter
g = itemgetter(1)
print(g, g([10, 20, 30]), g('xyz'), repr(itemgetter(1, 'a')))
print(itemgetter(0, 2)('abc'), itemgetter(slice(1, None))([1, 2, 3]))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(max(rows, key=itemgetter(1)), list(map(itemgetter(0), rows)))
print(itemgetter('k')({'k': 'v'}))
try:
    itemgetter()
except TypeError as e:
    print(e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print('IndexError', e)

# attrgetter
class P:
    def __init__(self, name, age, child=None):
        self.name = name
        self.age = age
        self.child = child

people = [P('bob', 30), P('al', 25), P('cy', 35, P('dee', 3))]
print(attrgetter('name'), attrgetter('a.b', 'c'))
print([attrgetter('name')(p) for p in people])
print(sorted(people, key=attrgetter('age'))[0].name)
print(attrgetter('name', 'age')(people[0]), attrgetter('child.name')(people[2]))
print(attrgetter('child.name', 'age')(people[2]))
try:
    attrgetter(1)
except TypeError as e:
    print(e)
try:
    attrgetter('nope')(people[0])
except AttributeError as e:
    print('AttributeError', e)

# methodcaller
m = methodcaller('split', ',')
print(m, m('a,b,c'), methodcaller('upper')('abc'))
print(methodcaller('replace', 'a', 'o', 1)('banana'), repr(methodcaller('f', 1, x=2)))
print(list(map(methodcaller('strip'), [' a ', 'b  '])))
for args in [(), (1,)]:
    try:
        methodcaller(*args)
    except TypeError as e:
        print(e)

# in-place operators: mutate mutables, rebind immutables
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y, y is x)
print(operator.iadd(1, 2), operator.isub(5, 3), operator.imul('ab', 2), operator.itruediv(1, 4))
print(operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 3),
      operator.irshift(16, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
s = {1}
print(operator.ior(s, {2}), s, operator.iconcat([1], (2,)))
print(operator.__add__ is operator.add, operator.__getitem__([5, 6], 1))

import functools
print(functools.reduce(operator.mul, range(1, 8)), functools.reduce(operator.add, ['a', 'b'], '>'))
