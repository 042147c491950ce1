# Text files: open() modes, read/readline/readlines/write/writelines, iteration, with, seek/tell.
NAME = 'tally_io_text.tmp'

with open(NAME, 'w') as f:
    print(f)
    print(f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable())
    print(f.write('first line\n'))
    print(f.write('héllo wörld\n'))
    f.writelines(['a\n', 'b\n', 'c'])
    print('to file', 42, sep='|', file=f)
print(f.closed, f)

with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, 'r') as f:
    print(repr(f.readline()))
    print(repr(f.readline(3)))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(NAME) as f:
    print(repr(f.read(5)), repr(f.read(7)))
    f.seek(0)
    print(repr(f.read(5)), f.tell())
    print(f.seek(0, 2) > 0, repr(f.read()))
print([line.rstrip('\n') for line in open(NAME)])
print(list(open(NAME, encoding='utf-8'))[:2])

# append and read back
with open(NAME, 'a') as f:
    print(f.mode, f.write('appended\n'))
with open(NAME) as f:
    print(f.read().splitlines()[-2:])

# r+ / w+: write then read
with open(NAME, 'w+') as f:
    f.write('12345\n67890\n')
    f.seek(0)
    print(repr(f.readline()), repr(f.read()))
with open(NAME, 'r+') as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write('ab')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(4))
    f.seek(0)
    print(repr(f.read()))

# universal newlines
with open(NAME, 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME) as f:
    print(f.readlines())
with open(NAME, newline='') as f:
    print(f.readlines())
with open(NAME, newline='\n') as f:
    print(f.readlines())
with open(NAME, newline='\r') as f:
    print(f.readlines())
with open(NAME, newline='\r\n') as f:
    print(f.readlines())
with open(NAME, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(NAME, 'rb') as f:
    print(f.read())

# other encodings
with open(NAME, 'w', encoding='latin-1') as f:
    print(f, f.write('café'))
with open(NAME, 'rb') as f:
    print(f.read())
with open(NAME, encoding='latin-1') as f:
    print(f.read())
with open(NAME, 'w', encoding='utf-8') as f:
    print(f)

# the file is closed (and flushed) when the object goes away
f = open(NAME, 'w')
f.write('flushed by dealloc\n')
del f
print(open(NAME).read(), end='')
g = open(NAME)
g.close()
g.close()
print(g.closed)
