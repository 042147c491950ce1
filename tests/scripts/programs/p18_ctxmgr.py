from contextlib import contextmanager, suppress
class Timer:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}", et.__name__ if et else None, ev)
        return et is KeyError
with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    raise KeyError("k")
print("after b")
try:
    with Timer("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("html") as h, tag("body"):
    print("content", h)
with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with tag("x"):
        raise ValueError("inner")
except ValueError as e:
    print("propagated", e)
class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1; return self
    def __exit__(self, *a):
        Resource.opened -= 1
for i in range(3):
    with Resource() as r:
        if i == 1: continue
        print("use", i, Resource.opened)
print("open now", Resource.opened)
def f():
    with Resource():
        return "returned"
print(f(), Resource.opened)
