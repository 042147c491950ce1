import sys
import traceback
import io


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text.count("\n"), text.splitlines()[-1])

try:
    outer(0)
except Exception as e:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())
    lines = traceback.format_exception(e)
    print(type(lines).__name__, len(lines))
    print("".join(lines), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)) == "".join(lines))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename, fs.lineno, fs.name, repr(fs.line))
        print(fs)
    print(traceback.format_tb(e.__traceback__))
    print(traceback.format_tb(e.__traceback__, limit=1))
    print(traceback.format_tb(e.__traceback__, limit=-1))
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    summ = traceback.extract_tb(e.__traceback__)
    print("".join(summ.format()), end="")
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()), end="")
    print(str(te), te.exc_type.__name__)
    traceback.print_exception(e, file=sys.stdout, limit=1)

# chained exceptions
def convert(s):
    try:
        return int(s)
    except ValueError as exc:
        raise RuntimeError("bad input") from exc

try:
    convert("abc")
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("--- no chain")
    print("".join(traceback.format_exception(e, chain=False)), end="")

try:
    try:
        {}["k"]
    except KeyError:
        None.foo
except AttributeError:
    print(traceback.format_exc(), end="")

# recursion elision
def rec(n):
    if n == 0:
        raise ValueError("bottom")
    return rec(n - 1)

try:
    rec(8)
except ValueError:
    print(traceback.format_exc(), end="")

# exception with notes and empty message, custom class
class MyError(Exception):
    pass

try:
    raise MyError()
except MyError as e:
    print(traceback.format_exception_only(e))

try:
    compile("x = (1,\n", "snippet.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")

try:
    compile("a = 1 +\n", "<string>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")

print(traceback.format_exception_only(None))
print(traceback.format_exc())
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)]))

try:
    outer(0)
except Exception as e:
    sys.excepthook(type(e), e, e.__traceback__)
    print("after hook")
    sys.stdout.flush()
    traceback.print_exc()
