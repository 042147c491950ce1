# alloc.py: many small objects (tuples, lists, instances, short-lived garbage, a few cycles).
class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node

def churn(n):
    head = None
    checksum = 0
    for i in range(n):
        pair = (i, i + 1)
        small = [i, pair, str(i)]
        head = Node(small[0] + pair[1], head if i % 100 else None)
        checksum += len(small) + head.value % 7
        if i % 1000 == 0:
            a = [1]
            b = [a]
            a.append(b)          # a cycle only the collector can free
    return checksum

print("alloc checksum:", churn(1200000))
