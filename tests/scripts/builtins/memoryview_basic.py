b = bytearray(b'hello')
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist(), m.hex(), m.hex(':', 2))
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides)
m[0] = 72
m[1:3] = b'EL'
print(b, bytes(m), bytearray(m), m == b'HELlo', m == m[:], m[::2].tolist(), m[::-1].tobytes())
try:
    b.append(1)
except BufferError as e:
    print('BufferError', e)
m.release()
b.append(33)
print(b)
with memoryview(b'abc') as v:
    print(v[1], hash(v) == hash(b'abc'), repr(v).startswith('<memory at 0x'))
print(repr(v).startswith('<released memory at 0x'))
