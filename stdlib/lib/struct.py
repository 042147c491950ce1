"""Functions to convert between Python values and C structs (tally: over the C module _struct).

The Struct class is written here in Python over _struct's functions."""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

from _struct import (error, pack, pack_into, unpack, unpack_from, iter_unpack, calcsize,
                     _clearcache, _count)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __slots__ = ('_format', '_size', '_count')

    def __init__(self, format):
        size = calcsize(format)
        self._format = format.decode('ascii') if isinstance(format, bytes) else format
        self._size = size
        self._count = _count(format)

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self._format, buffer)


Struct.__module__ = '_struct'
