import struct
print(struct.pack('<hHiIqQ', -2, 65535, -3, 7, -1, 2**64-1))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 7, -1, 2**64-1)))
print(struct.pack('>d f e', 1.5, -2.25, 0.333), struct.unpack('>dfe', struct.pack('>d f e', 1.5, -2.25, 0.333)))
print(struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('ci'), struct.calcsize('3s2p'), struct.calcsize('0q'))
print(struct.pack('5s3p?c', b'ab', b'xyz', 7, b'!'), struct.unpack('5s3p?c', b'ab\x00\x00\x00\x02xy\x01!'))
print(struct.pack('!I', 1), struct.pack('@xhx', 5), struct.pack('nNP', -1, 2, 3))
b = bytearray(10)
struct.pack_into('<hi', b, 2, 1, -1)
print(b, struct.unpack_from('<hi', b, 2), struct.unpack_from('<h', b, offset=-8), list(struct.iter_unpack('<h', b)))
print(struct.unpack('<i', memoryview(b)[2:6]), struct.unpack('<hi', bytes(b[2:8])))
s = struct.Struct('<2h')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x02\x00', 2))
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
for f, v in [('h', 70000), ('<h', 70000), ('b', 300), ('<b', 300), ('B', -1), ('<B', -1), ('H', -1),
             ('i', 2**40), ('<i', 2**40), ('I', -1), ('<I', -1), ('q', 2**70), ('<Q', -1), ('Q', 2**64),
             ('<q', 2**63), ('c', b'ab'), ('?', []), ('e', 1e10), ('<f', 1e300), ('<l', 2**40), ('i', 'a'),
             ('d', 'a'), ('s', 1), ('i', 1.0), ('e', 65504.0), ('e', 1e-8), ('e', float('inf'))]:
    try:
        print(f, struct.pack(f, v))
    except Exception as e:
        print(f, type(e).__name__, e)
for c in [lambda: struct.pack('ii', 1), lambda: struct.unpack('d', b'a'), lambda: struct.calcsize('<P'),
          lambda: struct.calcsize('z'), lambda: struct.pack_into('i', bytearray(2), 0, 1),
          lambda: struct.unpack_from('i', b'ab', 1), lambda: struct.pack('i', 1, 2),
          lambda: struct.iter_unpack('i', b'abc'), lambda: struct.pack_into('i', bytearray(8), -1, 1),
          lambda: struct.unpack('i', 5), lambda: struct.pack_into('i', b'abcd', 0, 1),
          lambda: struct.unpack_from('i', b'abcd', -5), lambda: struct.calcsize('3'),
          lambda: struct.unpack('<e', b'\x00\x7c'), lambda: struct.unpack('<e', b'\x01\x00')]:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
