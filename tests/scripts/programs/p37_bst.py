class BST:
    class _Node:
        def __init__(self, k):
            self.key, self.left, self.right = k, None, None
    def __init__(self): self.root = None; self.n = 0
    def insert(self, k):
        def _ins(node, k):
            if node is None:
                self.n += 1
                return BST._Node(k)
            if k < node.key: node.left = _ins(node.left, k)
            elif k > node.key: node.right = _ins(node.right, k)
            return node
        self.root = _ins(self.root, k)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n.key: return True
            n = n.left if k < n.key else n.right
        return False
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return list(walk(self.root))
    def height(self):
        def h(n): return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def levels(self):
        out, cur = [], [self.root] if self.root else []
        while cur:
            out.append([n.key for n in cur])
            cur = [c for n in cur for c in (n.left, n.right) if c]
        return out
    def __len__(self): return self.n
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), len(t), t.height())
print(t.levels())
print(40 in t, 45 in t)
def print_tree(n, indent=0):
    if n:
        print_tree(n.right, indent + 4)
        print(" " * indent + str(n.key))
        print_tree(n.left, indent + 4)
print_tree(t.root)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder())
