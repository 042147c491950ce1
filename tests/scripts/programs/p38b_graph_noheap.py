from collections import deque
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
end = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "E")
dist = {start: 0}; q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
print("steps:", dist.get(end))
for r in range(R):
    print("".join(f"{dist[(r, c)] % 10}" if (r, c) in dist else "#" for c in range(C)))
def components(edges, n):
    parent = list(range(n))
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]; x = parent[x]
        return x
    for a, b in edges:
        parent[find(a)] = find(b)
    groups = {}
    for i in range(n): groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())
print(components([(0, 1), (2, 3), (1, 4), (5, 5)], 7))
