# match statement: or-patterns, as-patterns, nesting, bindings in alternatives, scoping
def f(x):
    match x:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [a, b] | (a, b, _) | {"a": a, "b": b}:
            return f"a={a} b={b}"
        case ([x1, y1] | (x1, y1, _)) as whole if x1 < y1:
            return f"ascending {whole}"
        case {"p": (1 | 2) as p} | {"q": (3 | 4) as p}:
            return f"p={p}"
        case [[1, x2] | [x2, 1], *tail]:
            return f"one-pair {x2} {tail}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case _:
            return "other"


for v in [1, 3, [5, 6], (7, 8, 9), {"a": 0, "b": 1}, {"p": 2}, {"q": 4}, {"p": 3},
          [[1, 5], 0, 0], [[6, 1]], "s", b"t", 10]:
    print(f(v))


# names in alternatives bound in different orders
def swap(x):
    match x:
        case (a, b, "ab") | (b, a, "ba"):
            return a, b


print(swap((1, 2, "ab")), swap((1, 2, "ba")))


# deeply nested
def tree(t):
    match t:
        case ("node", ("leaf", l), ("leaf", r)):
            return f"two leaves {l} {r}"
        case ("node", ("node", *_) as left, right):
            return f"left subtree {left[0]}, right {right}"
        case ("leaf", v):
            return f"leaf {v}"


print(tree(("node", ("leaf", 1), ("leaf", 2))))
print(tree(("node", ("node", 1, 2), ("leaf", 3))))
print(tree(("leaf", 9)))


# captures inside functions are locals; in closures they are cells
def outer(v):
    match v:
        case [x, *_]:
            pass
        case _:
            x = None

    def inner():
        return x
    return inner()


print(outer([4, 5]), outer(3))


# global capture target
def set_global(v):
    global G
    match v:
        case [G]:
            pass


set_global([99])
print(G)


# class body bindings
class K:
    match (1, 2):
        case (first, second):
            total = first + second


print(K.first, K.second, K.total)

# match inside loops with break/continue
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case n:
            print("item", n)

# match in a generator
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case _:
                yield "?"


print(list(gen([(1, 2), 3, ("a", "b")])))

# exceptions raised by guards propagate
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e)

# a value pattern compares with ==
class Eq:
    def __eq__(self, other):
        print("eq called")
        return True


class NS:
    e = Eq()


match 12:
    case NS.e:
        print("matched via __eq__")
