import struct
vals = [0.0, -0.0, 1.0, 0.1, 2.5e-5, 6e-8, 3e-8, 65519.0, 1/3, -1e-3, 1e-7, 5.960464477539063e-08]
for v in vals:
    try:
        p = struct.pack('<e', v)
        print(v, p, struct.unpack('<e', p)[0])
    except OverflowError as e:
        print(v, e)
print(struct.pack('<e', float('nan')) in (b'\x00\x7e', b'\x00\xfe'))
for fmt in ['@ci', '@cq', '@hd', '=ci', '<cq', '>hd', '@4sh', '@cP', 'i 2h']:
    print(fmt, struct.calcsize(fmt))
print(struct.unpack('>bBhH', b'\xff\xff\xff\xff\xff\xff'))
print(struct.unpack('<qQ', b'\xff' * 16), struct.unpack('<?', b'\x05'))
print(struct.pack('>q', -2**63), struct.pack('<Q', 2**63), struct.pack(b'<i', 9))
class Idx:
    def __index__(self):
        return 42
print(struct.pack('<i', Idx()), struct.pack('<d', 3), struct.pack('<?', 'x'))
print(struct.pack('2s', b'abcdef'), struct.pack('0s', b'x'), struct.pack('1p', b'abc'), struct.unpack('4p', b'\x09abc'))
s = struct.Struct(b'>I')
print(s.format, s.size, list(s.iter_unpack(b'\x00\x00\x00\x01\x00\x00\x00\x02')))
ba = bytearray(8)
s.pack_into(ba, 4, 0xdeadbeef)
print(ba, s.unpack_from(ba, 4), s.unpack_from(ba, offset=4))
mv = memoryview(ba)
struct.pack_into('<H', mv, 0, 258)
print(ba, struct.unpack_from('<H', mv))
try:
    struct.Struct('q!')
except struct.error as e:
    print('error:', e)
