# A syntax error: nothing runs, the caret points at the problem, exit status 1.
print("this line never runs")
x = (1 +
if x > 2
    print(x)
