# A missing colon: CPython 3.11 says "expected ':'".
for i in range(3)
    print(i)
