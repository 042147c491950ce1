# bytearray: construction, mutation, slicing, operators, methods shared with bytes, sizes.
import sys

b = bytearray(b'abc')
print(b, len(b), b[0], b[-1], b[1:], b[::-1], list(b), type(b[1:]).__name__)
b[0] = 65
b.append(100)
b.extend(b'xy')
b.extend([1, 2])
b.extend(bytearray(b'!'))
b += b'?'
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.insert(1, 90)
b.insert(-1, 91)
b.insert(100, 92)
b.insert(-100, 93)
print(b)
b.remove(90)
b.reverse()
print(b, b.copy(), b.copy() is b, b * 2, 2 * b, b * 0, b + b'q', b'q' + b, type(b'q' + b).__name__)
c = bytearray(b'ab')
c *= 3
print(c)
c = bytearray(b'hello world')
print(c.decode(), c.hex(), c.hex(':'), c.find(b'o'), c.find(111), c.rfind(b'o'), c.index(b'w'),
      c.count(b'l'), c.count(108), c.startswith(b'he'), c.endswith(bytearray(b'ld')),
      c.startswith((b'x', b'h')))
print(c.upper(), c.lower(), c.split(), c.split(b'o'), bytearray(b'  x ').strip(), bytearray(b'xxaxx').strip(b'x'),
      c.replace(b'l', b'L'), bytearray(b', ').join([b'a', bytearray(b'b'), b'c']))
print(b == bytearray(b'\\'), bytearray(b'x') == b'x', b'x' == bytearray(b'x'), bytearray(b'a') < b'b',
      bytearray(b'b') >= bytearray(b'a'), bytearray(b'x') != 'x')
print(99 in bytearray(b'abc'), b'bc' in bytearray(b'abc'), bytearray(b'z') in bytearray(b'abc'), b'' in bytearray())

d = bytearray(b'0123456789')
d[1:3] = b'ABCD'
print(d)
d[0:0] = [120, 121]
print(d)
del d[0]
print(d)
del d[::2]
print(d)
d[::-1] = b'abcdef'
print(d)
d[2:4] = bytearray(b'')
print(d)
d[5:] = range(65, 68)
print(d)
del d[:]
print(d, len(d), bool(d))
e = bytearray(b'abc')
e[1:2] = e
print(e)

print(bytearray(), bytearray(3), bytearray([1, 2, 3]), bytearray(range(65, 70)), bytearray(b'xy'),
      bytearray('héllo', 'utf-8'), bytearray('abc', encoding='ascii'), bytearray(iter([104, 105])))
print(bytes(bytearray(b'hi')), list(bytearray(b'hi')), tuple(iter(bytearray(b'AB'))))
print(repr(bytearray(b"a'b")), repr(bytearray(b'a"b')), repr(bytearray(b'\x00\t\n\r\x7f\xff\\')),
      str(bytearray(b'q')))
f = bytearray(b'hello')
f.clear()
print(f, bytearray.fromhex('41 42 ff'), bytearray.fromhex(''))
it = iter(bytearray(b'xy'))
print(next(it), next(it), next(it, 'done'))

class MyBytes(bytearray):
    pass
m = MyBytes(b'ab')
print(repr(m), m + b'c', type(m.copy()).__name__, isinstance(m, bytearray), len(m))
print(type(bytearray()).__name__, bytearray.__name__)

print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'abc')), sys.getsizeof(bytearray(10)),
      sys.getsizeof(bytearray(b'x' * 100)))
x = bytearray()
sizes = []
for i in range(40):
    x.append(i)
    sizes.append(sys.getsizeof(x))
print(sizes)
x = bytearray(b'ab')
x += b'cdef'
print(sys.getsizeof(x), x.__alloc__())
x.clear()
print(sys.getsizeof(x))
