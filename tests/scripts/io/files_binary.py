# Binary files: BufferedReader/Writer/Random, bytes in and out, seek/tell.
NAME = 'tally_io_binary.tmp'

with open(NAME, 'wb') as f:
    print(f, type(f).__name__, f.mode, f.name, f.closed)
    print(f.write(b'hello\nworld\n'))
    print(f.write(bytearray(b'\x00\xff')))
    f.writelines([b'x', b'y\n'])
    print(f.tell())
with open(NAME, 'rb') as f:
    print(f, f.mode)
    data = f.read()
    print(type(data).__name__, data, len(data))
with open(NAME, 'rb') as f:
    print(f.read(3), f.tell(), f.readline(), f.readlines())
    print(f.seek(-3, 2), f.read(), f.read(), f.seek(2), f.seek(2, 1), f.read(1))
with open(NAME, 'rb') as f:
    print(list(f))
with open(NAME, 'r+b') as f:
    print(f, f.mode)
    f.write(b'J')
    f.seek(0)
    print(f.read(6))
with open(NAME, 'ab') as f:
    print(f, f.mode)
    f.write(b'end')
with open(NAME, 'rb') as f:
    print(f.read()[-5:])
with open(NAME, 'w+b') as f:
    print(f, f.mode)
    print(f.read())
with open(NAME, 'a+b') as f:
    print(f.mode)
print(bytearray(open(NAME, 'rb').read()))
