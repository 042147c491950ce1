# copy.copy and copy.deepcopy on builtin containers: sharing, identity and cycles.
import copy

nested = {'nums': [1, 2, [3, 4]], 'tup': (1, [2]), 'set': {1, 2}, 'fs': frozenset([1])}
s = copy.copy(nested)
d = copy.deepcopy(nested)
print(s == nested, s is nested, s['nums'] is nested['nums'])
print(d == nested, d['nums'] is nested['nums'], d['nums'][2] is nested['nums'][2])
print(d['tup'] is nested['tup'], d['tup'][1] is nested['tup'][1], d['fs'] is nested['fs'])
nested['nums'][2].append(5)
print(s['nums'], d['nums'])

for atom in (1, 2.5, 'text', b'bytes', None, True, (1, 2), frozenset([1]), range(3), len, int):
    print(type(atom).__name__, copy.copy(atom) is atom, copy.deepcopy(atom) is atom)

t = (1, 2, 'x')
print(copy.deepcopy(t) is t, copy.deepcopy(([],)) is t)

shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)

cyc = {'name': 'loop'}
cyc['self'] = cyc
dc = copy.deepcopy(cyc)
print(dc['self'] is dc, dc is cyc, dc['name'])

lst = [1, 2]
lst.append(lst)
tup = (lst, 3)
dt = copy.deepcopy(tup)
print(dt[0][2] is dt[0], dt[0] is lst)

memo = {}
a = [1, [2]]
b = copy.deepcopy(a, memo)
c = copy.deepcopy(a, memo)
print(b is c, id(a) in memo)

print(copy.copy([1, 2]), copy.copy({'a': 1}), copy.copy({3}), copy.deepcopy([[[]]]))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
