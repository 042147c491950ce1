class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None; self.size = 0
        for x in items: self.append(x)
    def append(self, v):
        node = Node(v)
        if not self.head: self.head = node
        else:
            cur = self.head
            while cur.next: cur = cur.next
            cur.next = node
        self.size += 1
    def prepend(self, v):
        self.head = Node(v, self.head); self.size += 1
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev: prev.next = cur.next
                else: self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.next
    def __len__(self): return self.size
    def __repr__(self): return " -> ".join(map(str, self)) or "(empty)"
    def __getitem__(self, i):
        if i < 0: i += self.size
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("index out of range")
ll = LinkedList([1, 2, 3, 4])
ll.prepend(0); ll.append(5)
print(ll, len(ll), ll[2], ll[-1])
ll.remove(3); ll.reverse()
print(ll, list(ll), sum(ll))
try:
    ll.remove(42)
except ValueError as e:
    print(e)
try:
    ll[10]
except IndexError as e:
    print(e)
print(LinkedList(), 4 in ll, sorted(ll))
big = LinkedList(range(2000))
print(len(big), big[1999])
