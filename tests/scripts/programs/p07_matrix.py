def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1: return m[0][0]
    if len(m) == 2: return m[0][0]*m[1][1] - m[0][1]*m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c+1:] for row in m[1:]]) for c in range(len(m)))
def show(m):
    for row in m:
        print(" ".join(f"{x:5}" for x in row))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B))
show(transpose(A))
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M))
I = [[int(i == j) for j in range(4)] for i in range(4)]
show(I)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
print([row[::-1] for row in M], [M[i][i] for i in range(3)], sum(map(sum, M)))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
show(rotate(M))
F = [[1.5, 2.25], [0.1, 3.0]]
show(mat_mul(F, F))
print(max(max(r) for r in M), min(min(r) for r in M))
flat = [x for row in M for x in row]
print(flat, sorted(flat)[len(flat)//2])
