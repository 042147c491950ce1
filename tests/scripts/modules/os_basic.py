import os
import os.path
import sys
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.devnull)
print(os.path is sys.modules["os.path"], os.path.__name__)
j = os.path.join
print(j("a", "b", "c.txt"), j("a/", "b"), j("a", "/abs", "c"), j("", "x"), j("a", ""))
for p in ["x/y.tar.gz", ".bashrc", "a/.b", "noext", "a.b/c", "/", "", "..", "a/b.", "...x"]:
    print(repr(p), os.path.splitext(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ["a//b/../c/./d", "/../x", "../../a", "", ".", "a/..", "//a", "///a/", "a/b/"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.abspath("/x/../y"), os.path.abspath(".") == os.getcwd(), os.path.isabs("/a"), os.path.isabs("a"))
base = "os_basic_tmp"
os.mkdir(base)
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e)
with open(j(base, "f.txt"), "w") as f:
    f.write("hello")
print(os.listdir(base), os.path.exists(j(base, "f.txt")), os.path.exists(j(base, "nope")))
print(os.path.isfile(base), os.path.isdir(base), os.path.isfile(j(base, "f.txt")), os.path.isdir(j(base, "f.txt")))
print(os.path.getsize(j(base, "f.txt")))
st = os.stat(j(base, "f.txt"))
print(st.st_size, type(st.st_mtime).__name__, st[6], len(st))
os.rename(j(base, "f.txt"), j(base, "g.txt"))
print(sorted(os.listdir(base)))
os.makedirs(j(base, "sub", "deeper"))
os.makedirs(j(base, "sub", "deeper"), exist_ok=True)
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), sorted(files))
os.remove(j(base, "g.txt"))
os.rmdir(j(base, "sub", "deeper"))
os.rmdir(j(base, "sub"))
os.rmdir(base)
print(os.path.exists(base))
for fn, args in [(os.remove, ("nope.txt",)), (os.unlink, ("nope.txt",)), (os.rmdir, ("nope",)),
                 (os.listdir, ("nope",)), (os.stat, ("nope",)), (os.path.getsize, ("nope",))]:
    try:
        fn(*args)
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.errno, e.filename, isinstance(e, OSError))
try:
    os.rename("nope", "x")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
print(os.getenv("OS_BASIC_SURELY_UNSET"), os.getenv("OS_BASIC_SURELY_UNSET", "dflt"))
print(isinstance(os.environ, dict) or hasattr(os.environ, "keys"), "PATH" in os.environ)
r = os.urandom(16)
print(type(r).__name__, len(r), os.urandom(0))
print(isinstance(os.getpid(), int), os.getpid() > 0)
n = os.cpu_count()
print(n is None or n >= 1)
print(os.fspath("p"), os.strerror(2))
try:
    os.remove(5)
except TypeError as e:
    print(e)
