import sys, io
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, redirect_stderr, ExitStack

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("body", t)

@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print("caught", e)

with catcher():
    raise ValueError("boom")
print("after suppressed")

try:
    with tag("b"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def reraiser():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError("converted")
try:
    with reraiser():
        1 / 0
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__)

@tag("deco")
def decorated(x):
    print("inside", x)
    return x * 2
print(decorated(21))
print(decorated(1))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
with suppress(KeyError):
    {}["x"]
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError not suppressed")

class Thing:
    def close(self):
        print("closed")
with closing(Thing()) as th:
    print(type(th).__name__)

with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)

buf = io.StringIO()
with redirect_stdout(buf) as f:
    print("captured", 1, 2)
    sys.stdout.write("direct\n")
print(repr(buf.getvalue()), f is buf)
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    print("to err", file=sys.stderr)
print(repr(ebuf.getvalue()))

with ExitStack() as stack:
    stack.callback(print, "callback 1")
    a = stack.enter_context(tag("x"))
    stack.callback(lambda: print("callback 2"))
    print("entered", a)
print("----")
stack = ExitStack()
stack.callback(print, "cb", "args", sep="-")
def exit_fn(t, v, tb):
    print("exit_fn", t.__name__ if t else None)
    return True
stack.push(exit_fn)
stack.close()
with ExitStack() as stack:
    stack.push(exit_fn)
    raise ValueError("swallowed")
print("after swallowed")
with ExitStack() as stack:
    stack.callback(print, "not called")
    s2 = stack.pop_all()
print("pop_all done")
s2.close()
try:
    with ExitStack() as stack:
        stack.callback(print, "cleanup ran")
        raise OSError("kept")
except OSError as e:
    print("OSError", e)
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)
