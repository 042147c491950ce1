# defaultdict, Counter, OrderedDict and ChainMap.
from collections import defaultdict, Counter, OrderedDict, ChainMap

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], dd.default_factory, isinstance(dd, dict))
print(dd['zz'], 'zz' in dd, len(dd), dd.get('nope'), 'nope' in dd)
cnt = defaultdict(int)
for ch in 'mississippi':
    cnt[ch] += 1
print(cnt, dict(cnt))
n = defaultdict(None, {'x': 1})
print(n)
try:
    n['y']
except KeyError as e:
    print('KeyError', e)
c2 = cnt.copy()
print(type(c2).__name__, c2 == cnt, c2.default_factory)
print(defaultdict(lambda: 'dflt')['q'], defaultdict(list, a=1))
try:
    defaultdict(5)
except TypeError as e:
    print(e)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), Counter(['x', 'y', 'x']), Counter({'p': 2, 'q': 5}), Counter(a=1, b=3))
c.update('aaz'); print(c)
c.update({'z': 3}); print(c)
c.subtract('abz'); print(c)
c.subtract(r=10); print(c)
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-1)
print(a + b, a - b, a & b, a | b, +b, -b)
print(Counter(), repr(Counter()), Counter('aab') == Counter('aba'), Counter('ab') == Counter('abb'))
w = Counter('the cat and the hat and the bat'.split())
print(w.most_common(3), len(w), w['the'])
del w['the']; del w['absent']; print(w)
x = Counter(a=2); x += Counter(a=-3, b=1); print(x)
print(Counter('cbacba').most_common(), list(Counter('hello')))

od = OrderedDict()
od['x'] = 1; od['y'] = 2; od['z'] = 3
print(od, list(od), list(od.keys()), list(od.items()))
od.move_to_end('x'); print(od)
od.move_to_end('z', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('a', 1)]), OrderedDict(b=2))
o1, o2 = OrderedDict([('a', 1), ('b', 2)]), OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o2) == o1)
print(list(reversed(o1)), OrderedDict.fromkeys('abc', 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    o1.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)

base = {'color': 'red', 'size': 1}
over = {'color': 'blue'}
cm = ChainMap(over, base)
print(cm['color'], cm['size'], len(cm), sorted(cm), 'size' in cm, cm.get('w', 0))
cm['new'] = 5
print(over, cm)
child = cm.new_child({'size': 99})
print(child['size'], child.parents['size'], child.maps[-1] is base)
print(dict(cm.items()) == {'color': 'blue', 'size': 1, 'new': 5})
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)

r = defaultdict(list); r['a'] = r; print(r)
o = OrderedDict(); o['a'] = o; o['b'] = [o]; print(o)
print(Counter({'x': 'a', 'y': 1}) if False else Counter({'a': 2.5, 'b': 0.5}))
