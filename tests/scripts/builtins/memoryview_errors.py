m = memoryview(b'abc')
tests = [lambda: m['a'], lambda: m[1.0], lambda: m[5], lambda: m.__setitem__(0, 1),
         lambda: m.__delitem__(0), lambda: memoryview(3), lambda: hash(memoryview(bytearray(2))),
         lambda: m[::0]]
b = bytearray(b'abc')
w = memoryview(b)
tests += [lambda: w.__setitem__(0, 256), lambda: w.__setitem__(0, 'a'),
          lambda: w.__setitem__(slice(0, 2), b'abc'), lambda: w.__setitem__(slice(0, 2), [1, 2]),
          lambda: b.append(1), lambda: w.__setitem__(0, -1), lambda: w.__setitem__(0, 1.5),
          lambda: b.extend(b'xy'), lambda: b.pop()]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
w[::2] = b'XZ'
print(b, w.tolist(), list(w), w[1:][0], w[True])
w2 = w[1:]
w.release()
try:
    b.append(1)
except BufferError as e:
    print('still exported:', e)
w2.release()
b.append(1)
print(b)
w.release()
for f in [lambda: len(w), lambda: w[0], lambda: w.tobytes(), lambda: w.readonly, lambda: w.obj,
          lambda: w.nbytes, lambda: w == w, lambda: w == memoryview(b''), lambda: w.release(),
          lambda: w.format, lambda: w.tolist(), lambda: w.hex()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
v = memoryview(b'\x01\xff\x10')
print(v.hex(), v.hex(':'), v == memoryview(b'\x01\xff\x10'), v == 'ab', v != b'x', v.obj)
print(v[::2].strides, v[::2].contiguous, v.c_contiguous, v.suboffsets, v[::-1].tolist())
r = v.toreadonly()
print(r.readonly, memoryview(v).tobytes(), bytes(v[1:]), bytearray(v[:0]))
print(isinstance(v, memoryview), type(v).__name__)
try:
    with memoryview(bytearray(3)) as q:
        q[0] = 7
        raise KeyError('x')
except KeyError:
    pass
try:
    q[0]
except ValueError as e:
    print(e)
