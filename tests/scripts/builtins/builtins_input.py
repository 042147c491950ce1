# input(): reads lines from stdin (builtins_input.in), the prompt goes to stdout; EOFError at the end.
import sys

name = input("name? ")
print()
print("hello,", name)
age = int(input())
print("next year:", age + 1)
print(repr(input("empty line: ")))
print(repr(input()))                 # spaces are kept, only the newline goes
line = sys.stdin.readline()
print("readline:", repr(line))
print("partial:", repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    if line.startswith("stop"):
        break
print("lines read by iteration:", count)
print(repr(input("last: ")))
try:
    input("more? ")
except EOFError as e:
    print()
    print("EOFError:", e)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
