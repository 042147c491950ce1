# print(): separators, terminators, file objects, flush, and sys.stdout / sys.stderr as objects.
import sys


class Collector:
    """A file-like object: print() only needs write() (and flush() with flush=True)."""

    def __init__(self):
        self.parts = []
        self.flushes = 0

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.flushes += 1


class Shout:
    def __str__(self):
        return "SHOUT"

    def __repr__(self):
        return "Shout()"


c = Collector()
print("a", 1, 2.5, None, file=c)
print("x", "y", sep="--", end="!", file=c)
print(file=c)
print(Shout(), [Shout()], file=c, flush=True)
print(c.parts)
print(c.flushes)

# sep/end of None mean the defaults
print("p", "q", sep=None, end=None)
print("r", "s", sep="", end="\n")
print(*[1, 2, 3], sep=", ")
print("result of print:", print("inner"))

# file=None is sys.stdout; print returns None
r = print("to stdout", file=None)
print(r)

# write() returns the number of characters written
n = sys.stdout.write("héllo\n")
print(n)
print(sys.stdout.write(""))

# stderr is a separate stream
print("to stderr", file=sys.stderr)
sys.stderr.write("written to stderr\n")

# replacing sys.stdout redirects print
saved = sys.stdout
sys.stdout = Collector()
print("captured", 42)
captured = sys.stdout.parts
sys.stdout = saved
print("captured:", captured)

# sys.stdout set to None: print does nothing
sys.stdout = None
print("lost")
sys.stdout = saved
print("back")

# a write() that fails propagates its exception
class Broken:
    def write(self, s):
        raise ValueError("cannot write " + repr(s))

try:
    print("data", file=Broken())
except ValueError as e:
    print("ValueError:", e)

# file objects as seen by programs
for f in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(f), f.name, f.mode, f.encoding, f.closed)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(type(sys.stdout).__name__)
print(flush=True)
print("flushed", flush=True)
sys.stdout.flush()
print("end")
