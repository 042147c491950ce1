from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"], sorted(c.elements())[:5])
c2 = Counter(a=3, b=1)
c2.update("aab")
print(c2, c2 + Counter(b=5), c2 - Counter(a=4), sum(c2.values()))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(), dict(Counter(words)))
dd = defaultdict(int)
for ch in "hello":
    dd[ch] += 1
print(dd, dd["zz"], len(dd))
q = deque([1, 2, 3], maxlen=5)
q.append(4); q.appendleft(0); q.append(5)
print(q, q.popleft(), q.pop(), q[0], len(q))
q.rotate(2); print(q)
q.extend([7, 8]); print(list(q), q.maxlen)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
Card = namedtuple("Card", "rank suit", defaults=["spades"])
print(Card("A"), Card("K", "hearts"))
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od.move_to_end("b")
print(od, list(od.keys()), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm.keys()))
class Emp(namedtuple("Emp", "name salary")):
    __slots__ = ()
    @property
    def monthly(self): return self.salary / 12
print(Emp("x", 120000).monthly, Emp("y", 1))
print(Counter("aab") == Counter("aba"), +Counter(a=2, b=-1), Counter("abc") & Counter("bcd"))
