# Error messages of list operations and methods (CPython 3.11 wording).
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

l = [1, 2, 3]
attempt("append no arg", lambda: l.append())
attempt("append two", lambda: l.append(1, 2))
attempt("append kw", lambda: l.append(x=1))
attempt("insert one", lambda: l.insert(1))
attempt("insert str", lambda: l.insert("a", 1))
attempt("pop two", lambda: l.pop(1, 2))
attempt("pop str", lambda: l.pop("a"))
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: l.pop(10))
attempt("pop neg range", lambda: l.pop(-4))
attempt("copy arg", lambda: l.copy(1))
attempt("index none", lambda: l.index())
attempt("index missing", lambda: l.index(9))
attempt("index str missing", lambda: l.index("x"))
attempt("index bad start", lambda: l.index(1, "a"))
attempt("index window", lambda: l.index(1, 1))
attempt("remove missing", lambda: l.remove(7))
attempt("count none", lambda: l.count())
attempt("sort positional", lambda: l.sort(1))
attempt("sort bad key", lambda: l.sort(key=1))
attempt("sort bad kw", lambda: l.sort(foo=1))
attempt("sort mixed", lambda: [1, "a", 2].sort())
attempt("sorted mixed", lambda: sorted([3, None]))
attempt("sort reverse str", lambda: l.sort(reverse="x"))
attempt("getitem str", lambda: l["a"])
attempt("getitem float", lambda: l[1.0])
attempt("getitem range", lambda: l[10])
attempt("getitem neg", lambda: l[-4])
attempt("getitem huge", lambda: l[2 ** 100])
attempt("slice str", lambda: l["a":])
attempt("slice step 0", lambda: l[::0])
def setitem(k, v):
    m = [1, 2, 3]
    m[k] = v
    return m
def delitem(k):
    m = [1, 2, 3]
    del m[k]
    return m
attempt("set range", lambda: setitem(10, 1))
attempt("set str", lambda: setitem("a", 1))
attempt("set ext size", lambda: setitem(slice(0, 3, 2), [1, 2, 3]))
attempt("set ext int", lambda: setitem(slice(0, 3, 2), 5))
attempt("set slice int", lambda: setitem(slice(0, 3), 5))
attempt("set slice ok", lambda: setitem(slice(0, 3, 2), "ab"))
attempt("del range", lambda: delitem(5))
attempt("del slice", lambda: delitem(slice(None, None, -1)))
attempt("concat tuple", lambda: l + (1,))
attempt("concat str", lambda: l + "ab")
attempt("iadd int", lambda: setitem(0, 0).__iadd__(5))
attempt("mul str", lambda: l * "a")
attempt("mul float", lambda: l * 1.5)
attempt("mul neg", lambda: l * -1)
attempt("compare tuple", lambda: [] < ())
attempt("compare int", lambda: [1] < [None])
attempt("eq tuple", lambda: [1] == (1,))
attempt("hash", lambda: hash([]))
attempt("list two args", lambda: list(1, 2))
attempt("list kw", lambda: list(x=1))
attempt("list int", lambda: list(5))
attempt("in dict key", lambda: {[]: 1})
attempt("reversed arg", lambda: [].__reversed__(1))
def modify_during_sort():
    m = [3, 2, 1]
    def key(x):
        m.append(x)
        return x
    m.sort(key=key)
    return m
attempt("modified during sort", modify_during_sort)
def sort_raises():
    m = [3, 1, 2]
    def key(x):
        if x == 2:
            raise ValueError("bad key")
        return x
    try:
        m.sort(key=key)
    except ValueError as e:
        print("key raised:", e, m)
sort_raises()
