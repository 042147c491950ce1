# IndexError and ValueError messages, then an uncaught IndexError.
items = ["a", "b"]
for probe in (lambda: items[5], lambda: int("x1"), lambda: items.index("z"), lambda: "".join([1])):
    try:
        probe()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(items[2])
