from typing import Dict, List, Optional, Tuple, Union, Callable, Iterator, Any, NamedTuple, TypeVar, Generic
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
class Pt(NamedTuple):
    x: int
    y: int = 0
def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]
def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)
def gen(n: int) -> Iterator[int]:
    yield from range(n)
def pair(a: Union[int, str]) -> Tuple[str, Any]:
    return (type(a).__name__, a)
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), apply(lambda v: v * 3, [1, 2]), find({"a": 1}, "b"), list(gen(3)), pair("x"))
print(Pt(1), Pt(1, 2)._asdict(), apply.__annotations__)
def greet(name: str = "world", *, excited: bool = False) -> str:
    return f"Hello, {name}{'!' if excited else '.'}"
print(greet(), greet("Bo", excited=True))
try:
    greet("a", True)
except TypeError as e:
    print("TypeError:", e)
def kw(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6))
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1, c=1, a=2)
except TypeError as e:
    print("TypeError:", e)
def pos(a, b, /, c): return a + b + c
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    len(1)
except TypeError as e:
    print("TypeError:", e)
try:
    greet(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
