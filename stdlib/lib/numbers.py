"""Abstract Base Classes (ABCs) for numbers, according to PEP 3141 (the class tree of CPython's
numbers module; the built-in int, float and complex are registered as its virtual subclasses)."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Complex defines the operations that work on the builtin complex type."""
    __slots__ = ()

    @property
    @abstractmethod
    def real(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        raise NotImplementedError


class Real(Complex):
    """To Complex, Real adds the operations that work on real numbers."""
    __slots__ = ()


class Rational(Real):
    """.numerator and .denominator should be in lowest terms."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError


class Integral(Rational):
    """Integral adds methods that work on integral numbers."""
    __slots__ = ()


try:
    Complex.register(complex)
except NameError:
    pass
Real.register(float)
Integral.register(int)
