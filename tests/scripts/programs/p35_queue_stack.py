class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items: raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self): return self._items[-1]
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __repr__(self): return f"Stack({self._items})"
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{": st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]: return False
    return not st
for s in ["([]{})", "([)]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
def rpn(expr):
    st = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(float(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 /"))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
from collections import deque
class Queue:
    def __init__(self): self.q = deque()
    def enqueue(self, x): self.q.append(x)
    def dequeue(self): return self.q.popleft()
    def __len__(self): return len(self.q)
q = Queue()
for c in "abc": q.enqueue(c)
print(q.dequeue(), len(q))
def hot_potato(names, n):
    q = deque(names)
    while len(q) > 1:
        q.rotate(-n)
        print("out:", q.pop())
    return q[0]
print("winner", hot_potato(["Bill", "David", "Susan", "Jane", "Kent", "Brad"], 7))
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
import heapq
h = []
for x in [5, 1, 8, 3, 2]: heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 9, 1]), heapq.nsmallest(2, [4, 9, 1]))
