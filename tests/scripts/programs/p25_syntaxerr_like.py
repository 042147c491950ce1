import sys
def check(n):
    if n < 0:
        sys.exit(f"negative: {n}")
    return n
print(check(5))
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
check(-1)
print("never")
