# RecursionError from unbounded recursion, caught and reported.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("caught:", type(e).__name__, e)
print("recursion limit:", sys.getrecursionlimit())

def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n

print("deep enough:", count_depth(0) > 900)
