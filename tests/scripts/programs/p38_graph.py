from collections import deque
graph = {
    "A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F"], "F": [], "G": ["A"],
}
def bfs(g, start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft(); order.append(n)
        for m in g[n]:
            if m not in seen:
                seen.add(m); q.append(m)
    return order
def dfs(g, start, seen=None):
    if seen is None: seen = []
    seen.append(start)
    for m in g[start]:
        if m not in seen: dfs(g, m, seen)
    return seen
def shortest_path(g, a, b):
    prev = {a: None}; q = deque([a])
    while q:
        n = q.popleft()
        if n == b:
            path = []
            while n is not None:
                path.append(n); n = prev[n]
            return path[::-1]
        for m in g[n]:
            if m not in prev:
                prev[m] = n; q.append(m)
    return None
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]: indeg[m] += 1
    q = deque(sorted(n for n, d in indeg.items() if d == 0)); out = []
    while q:
        n = q.popleft(); out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0: q.append(m)
    return out
print(bfs(graph, "A"), dfs(graph, "A"))
print(shortest_path(graph, "G", "F"), shortest_path(graph, "D", "A"))
print(topo(graph))
import heapq
w = {"a": {"b": 7, "c": 9, "f": 14}, "b": {"a": 7, "c": 10, "d": 15}, "c": {"a": 9, "b": 10, "d": 11, "f": 2},
     "d": {"b": 15, "c": 11, "e": 6}, "e": {"d": 6, "f": 9}, "f": {"a": 14, "c": 2, "e": 9}}
def dijkstra(g, s):
    dist = {s: 0}; pq = [(0, s)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist.get(n, float("inf")): continue
        for m, c in g[n].items():
            if d + c < dist.get(m, float("inf")):
                dist[m] = d + c; heapq.heappush(pq, (d + c, m))
    return dict(sorted(dist.items()))
print(dijkstra(w, "a"))
