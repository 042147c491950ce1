from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import ClassVar, Dict, List, Optional


class Suit(Enum):
    HEARTS = auto()
    SPADES = auto()


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: Suit = field(compare=False)
    names: ClassVar[Dict[int, str]] = {11: "J", 12: "Q", 13: "K", 14: "A"}

    def __str__(self) -> str:
        return f"{self.names.get(self.rank, str(self.rank))}{'HS'[self.suit.value - 1]}"


class Player(ABC):
    @abstractmethod
    def choose(self, hand: List[Card]) -> Card: ...


@dataclass
class Greedy(Player):
    name: str
    hand: List[Card] = field(default_factory=list)
    score: int = 0
    last: Optional[Card] = None

    def choose(self, hand: List[Card]) -> Card:
        return max(hand)


p = Greedy("ann", [Card(3, Suit.HEARTS), Card(12, Suit.SPADES), Card(7, Suit.HEARTS)])
c = p.choose(p.hand)
print(c, repr(c), p.name, len(p.hand), Greedy.__annotations__["hand"])
print(sorted(p.hand), [str(x) for x in sorted(p.hand, reverse=True)])
print(Card(3, Suit.HEARTS) == Card(3, Suit.SPADES), Card.__dataclass_fields__["names"]._field_type)
try:
    Player()
except TypeError as e:
    print("TypeError:", e)
print(p)
