from typing import Protocol, TypeVar, Generic, Iterator, TypedDict, NamedTuple
T = TypeVar('T')
class Box(Protocol[T]):
    def get(self) -> T: ...
class IntBox:
    def get(self): return 1
def use(b: Box[int]) -> int: return b.get()
print(use(IntBox()), Box.__parameters__, Box[int])
class Base: pass
class Node(Generic[T]):
    def __init__(self, v: T, nxt: "Node[T] | None" = None):
        self.v = v; self.nxt = nxt
    def __iter__(self) -> Iterator[T]:
        n = self
        while n is not None:
            yield n.v
            n = n.nxt
print(list(Node(1, Node(2, Node(3)))), Node[str].__origin__ is Node)
class Sub(Node[int]):
    pass
print(Sub.__mro__, Sub.__parameters__, list(Sub(5)))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m), Movie.__annotations__)
class E(NamedTuple):
    a: int
    b: str = "z"
print(E(1), E(1, "q")._replace(a=2), E.__name__)
