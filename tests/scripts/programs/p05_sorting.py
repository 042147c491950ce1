students = [
    {"name": "alice", "grade": 88, "age": 20},
    {"name": "bob", "grade": 72, "age": 22},
    {"name": "carol", "grade": 88, "age": 19},
    {"name": "dave", "grade": 95, "age": 21},
    {"name": "eve", "grade": 72, "age": 20},
]
for s in sorted(students, key=lambda s: (-s["grade"], s["name"])):
    print(s["name"], s["grade"])
from operator import itemgetter, attrgetter
print([s["name"] for s in sorted(students, key=itemgetter("age", "name"))])
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums, sorted(nums, reverse=True), min(nums), max(nums), sum(nums))
def bubble(a):
    a = list(a)
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) < 2: return a
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
data = [38, 27, 43, 3, 9, 82, 10, 3]
print(bubble(data), merge_sort(data), quick(data))
pairs = [(1, 'b'), (1, 'a'), (0, 'z')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return f"P({self.n},{self.a})"
ps = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(ps, key=attrgetter("a")), max(ps, key=lambda p: p.a))
print(list(reversed(data)), data.index(43), data.count(3))
