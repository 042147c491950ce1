# __hash__ results: a value that fits is the hash itself (-1 becomes -2), a bigger int is reduced
# as int's hash; a str subclass that delegates to str.__hash__ finds str keys.
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in (0, -1, -2, 5, 2**60, 2**61 - 1, 2**61, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 10**30, True):
    print(v, hash(H(v)))
class B(int): pass
class H2:
    def __hash__(self): return B(7)
print(hash(H2()))
class S(str):
    def __hash__(self):
        return str.__hash__(self)
print(hash(S("a")) == hash("a"), {"a": 1}[S("a")])
