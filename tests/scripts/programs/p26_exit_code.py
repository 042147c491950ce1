import sys
total = 0
for i in range(10):
    total += i
print(total)
sys.exit(total % 7)
