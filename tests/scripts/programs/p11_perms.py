from itertools import permutations, combinations, product, combinations_with_replacement
def perms(s):
    if len(s) <= 1: return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i+1:])]
print(perms("abc"))
print(["".join(p) for p in permutations("abc")])
print(list(permutations([1, 2, 3], 2)))
print(list(combinations(range(5), 3)))
print(list(product("ab", repeat=2)), list(product([1, 2], "xy")))
print(list(combinations_with_replacement("abc", 2)))
def n_queens(n):
    sols = []
    def place(row, cols):
        if row == n:
            sols.append(cols[:]); return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1, cols)
                cols.pop()
    place(0, [])
    return sols
s = n_queens(6)
print(len(s), s[0])
for r in s[0]:
    print("".join("Q" if c == r else "." for c in range(6)))
print(len(n_queens(8)))
def subsets_sum(nums, target):
    return [c for k in range(len(nums) + 1) for c in combinations(nums, k) if sum(c) == target]
print(subsets_sum([3, 34, 4, 12, 5, 2], 9))
