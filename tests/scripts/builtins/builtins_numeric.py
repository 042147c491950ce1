# abs, min, max, sum, round, divmod, pow, hex, oct, bin, ord, chr.

print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-2**70))
print(min(3, 1, 2), max(3, 1, 2), min("b", "a"), max([1, 5, 3]), max("abc"), min((4, 2), (4, 1)))
print(min([3, 1, 2], key=lambda v: -v), max([], default="empty"), min([], default=None), max([7], default=0))
print(max(1, 2, key=None), min([1, 2], key=None))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([1.0, 1]), min([True, 1]))   # the first of equals wins
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(range(5), key=lambda v: v % 3), min(iter([5, 3, 9])))

print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([], 5), sum(range(10), start=5))
print(sum([1.5, 2, 3]), sum([1, 2.5]), sum([0.1] * 10), sum([True, True, 2]))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([1, 2**64, 1.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.5, 1, 2**70]))
print(sum(x * x for x in range(4)), sum({1: "a", 2: "b"}))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        other_v = other.v if isinstance(other, Money) else other
        return Money(self.v + other_v)

    __radd__ = __add__

    def __repr__(self):
        return "Money(%r)" % self.v

    def __round__(self, n=None):
        return "round(%r, %r)" % (self.v, n)

    def __divmod__(self, other):
        return ("divmod", self.v, other)

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)

    def __pow__(self, e, m=None):
        return ("pow", self.v, e, m)


print(sum([Money(1), Money(2)]), sum([Money(1)], Money(10)))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(5, None), round(7))
print(round(1.5, None), round(1e300), round(0.1234, 3), round(-0.5), round(True), type(round(True)).__name__)
print(round(Money(1)), round(Money(1), 2), round(12345, -1), round(15, -1), round(25, -1))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7, 2.0), divmod(7, -2.0))
print(divmod(2**70, 7), divmod(0.0, -1.0), divmod(True, 2))
print(divmod(Money(3), 2), divmod(5, Money(3)))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 4, 5), pow(2, -1, 7), pow(-2, 3), pow(2.0, 3))
print(pow(base=2, exp=3), pow(2, 3, mod=5), pow(2, 3, None), pow(Money(2), 3), pow(Money(2), 3, 4))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**70), bin(True))


class Idx:
    def __index__(self):
        return 42


print(hex(Idx()), oct(Idx()), bin(Idx()), chr(Idx()))
print(ord("a"), ord("é"), ord("€"), ord("😀"), ord(b"A"), ord("\n"))
print(chr(65), chr(233), chr(8364), chr(128512), repr(chr(0)), chr(True) == "\x01")
print([chr(c) for c in range(0x61, 0x66)], chr(ord("z")) == "z")
