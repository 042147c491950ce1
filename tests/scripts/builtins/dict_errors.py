# Error messages of dict operations and methods (CPython 3.11 wording).
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e, e.args)

d = {"a": 1}
attempt("missing", lambda: d["b"])
attempt("missing int", lambda: d[1])
attempt("missing tuple", lambda: d[(1, 2)])
attempt("missing empty tuple", lambda: d[()])
attempt("missing none", lambda: d[None])
attempt("unhashable get", lambda: d[[1]])
attempt("unhashable set", lambda: d.__setitem__({}, 1))
attempt("unhashable in", lambda: [] in d)
attempt("get none", lambda: d.get())
attempt("get three", lambda: d.get(1, 2, 3))
attempt("get kw", lambda: d.get(key=1))
attempt("setdefault none", lambda: d.setdefault())
attempt("pop none", lambda: d.pop())
attempt("pop missing", lambda: {"x": 1}.pop("y"))
attempt("pop empty unhashable", lambda: {}.pop([]))
attempt("pop unhashable", lambda: d.pop([]))
attempt("popitem empty", lambda: {}.popitem())
attempt("update two", lambda: d.update(1, 2))
attempt("update int", lambda: d.update(1))
attempt("update bad seq", lambda: d.update([1]))
attempt("update short", lambda: d.update([(1,)]))
attempt("update long", lambda: d.update(["abc"]))
attempt("update second bad", lambda: d.update([(1, 2), (3,)]))
attempt("fromkeys none", lambda: dict.fromkeys())
attempt("fromkeys int", lambda: dict.fromkeys(1))
attempt("dict two", lambda: dict(1, 2))
attempt("dict int", lambda: dict(5))
attempt("dict bad pair", lambda: dict([(1,)]))
attempt("dict str pair", lambda: dict(["ab", "cde"]))
attempt("or list", lambda: {} | [])
attempt("ror list", lambda: [] | {})
attempt("ior list bad", lambda: d.__ior__([1]))
attempt("lt", lambda: {} < {})
attempt("hash", lambda: hash({}))
attempt("del missing", lambda: d.__delitem__("zz"))
attempt("keys arg", lambda: d.keys(1))
attempt("copy arg", lambda: d.copy(1))
attempt("clear arg", lambda: d.clear(1))
attempt("values hash", lambda: hash({}.keys()))
attempt("items hash", lambda: hash({}.items()))
attempt("values hashable", lambda: type(hash({}.values())).__name__)
attempt("view index", lambda: {}.keys()[0])
attempt("next exhausted", lambda: next(iter({})))
def err_in_keys():
    class M:
        def keys(self):
            return ["a", "b"]
        def __getitem__(self, k):
            if k == "b":
                raise LookupError("no b")
            return 1
    x = {}
    try:
        x.update(M())
    except LookupError as e:
        print("LookupError:", e, x)
err_in_keys()
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
attempt("bad hash", lambda: {BadHash(): 1})
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("no eq")
attempt("bad eq", lambda: {BadEq(): 1, BadEq(): 2})
attempt("bad eq lookup", lambda: {1: 1}[BadEq()])
