# cycles.py: lots of cyclic garbage that only the cycle collector can reclaim: doubly linked
# lists, parent/child trees with back references, self-referencing lists and dicts, objects in a
# ring, and bound-method cycles. Checksums are computed by the program, never read from gc.

class DNode:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class TreeNode:
    def __init__(self, parent, depth):
        self.parent = parent
        self.children = []
        self.depth = depth
        if parent is not None:
            parent.children.append(self)


class Handler:
    def __init__(self, n):
        self.n = n
        self.callback = self.handle     # bound method: self -> method -> self

    def handle(self):
        return self.n * 2


def ring_of_dnodes(n, base):
    head = DNode(base)
    prev = head
    for i in range(1, n):
        node = DNode(base + i)
        node.prev = prev
        prev.next = node
        prev = node
    prev.next = head
    head.prev = prev
    total = 0
    node = head
    for _ in range(n):
        total += node.value
        node = node.next
    return total


def tree_with_parents(depth, fanout):
    root = TreeNode(None, 0)
    level = [root]
    count = 1
    for d in range(1, depth):
        nxt = []
        for parent in level:
            for _ in range(fanout):
                nxt.append(TreeNode(parent, d))
                count += 1
        level = nxt
    depth_sum = 0
    for leaf in level:
        node = leaf
        while node.parent is not None:
            depth_sum += 1
            node = node.parent
    return count, depth_sum


def self_referencing_containers(n):
    total = 0
    for i in range(n):
        lst = [i]
        lst.append(lst)
        d = {"id": i}
        d["self"] = d
        d["list"] = lst
        lst.append(d)
        pair = [d, lst]
        d["pair"] = pair
        total += len(lst) + len(d) + lst[1][0]
    return total


def handlers(n):
    total = 0
    for i in range(n):
        h = Handler(i)
        total += h.callback()
    return total


def mutual_dicts(n):
    total = 0
    for i in range(n):
        a = {"name": "a", "n": i}
        b = {"name": "b", "n": i + 1}
        a["peer"] = b
        b["peer"] = a
        c = [a, b]
        a["group"] = c
        b["group"] = c
        total += a["peer"]["n"] + b["peer"]["peer"]["n"]
    return total


def graph(n):
    nodes = [{"id": i, "edges": []} for i in range(n)]
    for i, node in enumerate(nodes):
        for k in (1, 7, 31):
            node["edges"].append(nodes[(i * k + 1) % n])
    return sum(len(nd["edges"]) for nd in nodes) + nodes[-1]["edges"][2]["id"]


def run():
    out = []
    out.append(sum(ring_of_dnodes(1000, r) for r in range(150)))
    out.append(tuple(sum(x) for x in zip(*(tree_with_parents(7, 4) for _ in range(12)))))
    out.append(self_referencing_containers(60000))
    out.append(handlers(80000))
    out.append(mutual_dicts(60000))
    out.append(sum(graph(2000) for _ in range(25)))
    return out


for value in run():
    print(value)
