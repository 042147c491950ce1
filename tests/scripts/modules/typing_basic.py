from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable,
                    Iterator, Generator, Sequence, Mapping, Type, TypeVar, Generic, NamedTuple,
                    Protocol, ClassVar, Final, Literal, cast, overload, TYPE_CHECKING,
                    get_type_hints, runtime_checkable, NewType, Annotated, get_origin, get_args)
import typing

print(Any, Optional[int], Union[int, str], Union[int, None], Union[int, str, None])
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[int, str], Tuple[()], Set[int])
print(FrozenSet[str], Callable[[int, str], bool], Callable[..., int], Iterable[int])
print(Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, List[int]])
print(Type[int], ClassVar[int], Final[str], Literal['a', 1], Optional[List[int]])
print(List, Dict, Callable, Union[int], Union[int, Union[str, float]], Optional[Optional[int]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(TYPE_CHECKING, cast(int, "x"), cast("List[int]", 3))
T = TypeVar('T')
K = TypeVar('K', covariant=True)
V = TypeVar('V', int, str)
print(T, K, V, T.__name__, V.__constraints__)

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), type(s).__name__, Stack.__parameters__, Stack[int], isinstance(s, Stack))
s2 = Stack()
s2.push("a")
print(s2.items)

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
print(Pair[str, int]("a", 1).v, Pair.__parameters__)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), p._asdict(), Point._fields, Point.__annotations__, p[0], isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)

class Closer(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
class F:
    def close(self): print("closed")
def shut(c: Closer): c.close()
shut(F())
print(isinstance([], Sized2), isinstance(3, Sized2))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("ab"))

def g(a: int, b: "str" = "x", c: Optional[int] = None) -> List[int]:
    return []
print(get_type_hints(g))
print(g.__annotations__)
class C:
    a: int
    b: "List[str]"
    c: ClassVar[int] = 3
print(get_type_hints(C))
UserId = NewType('UserId', int)
print(UserId(5), UserId)
print(Annotated[int, "meta"], get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(list[int]), get_args(int | str))
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), isinstance(3, Iterable))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    List[int]()
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, int], tuple[int, ...], type[int], int | None)
def h(x: list[int], y: dict[str, list[int]] | None) -> tuple[int, str]: pass
print(h.__annotations__)
class MyList(List[int]): pass
print(MyList.__mro__, MyList([1, 2]))
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError:", e)
print(typing.Text, typing.AnyStr, typing.NoReturn, typing.Hashable, typing.Deque[int])
print(Optional[int] | str if hasattr(Optional[int], '__or__') else None)
