# tempfile: files and directories are created, usable and removed (prints no paths)
import os
import tempfile

d = tempfile.gettempdir()
print(os.path.isdir(d), os.path.isabs(d), tempfile.gettempprefix())

with tempfile.NamedTemporaryFile('w+', suffix='.txt') as f:
    name = f.name
    print(os.path.exists(name), name.endswith('.txt'), os.path.dirname(name) == d)
    f.write('hello\nworld\n')
    f.flush()
    f.seek(0)
    print(f.read().split())
    with open(name) as g:
        print(repr(g.read()))
print(os.path.exists(name))

f = tempfile.NamedTemporaryFile(delete=False, prefix='tly_')
f.write(b'bytes \x00\x01')
f.close()
print(os.path.basename(f.name).startswith('tly_'), os.path.exists(f.name))
with open(f.name, 'rb') as g:
    print(g.read())
os.remove(f.name)
print(os.path.exists(f.name))

t = tempfile.TemporaryFile('w+')
t.write('line one\nline two\n')
t.seek(0)
print(t.readlines())
t.close()

fd, path = tempfile.mkstemp(suffix='.dat')
print(isinstance(fd, int), os.path.isfile(path), path.endswith('.dat'), os.path.getsize(path))
os.remove(path)

p = tempfile.mkdtemp()
print(os.path.isdir(p), os.listdir(p))
os.rmdir(p)
print(os.path.exists(p))

with tempfile.TemporaryDirectory() as tdir:
    print(os.path.isdir(tdir))
    os.mkdir(os.path.join(tdir, 'sub'))
    with open(os.path.join(tdir, 'sub', 'a.txt'), 'w') as g:
        g.write('A')
    with open(os.path.join(tdir, 'b.txt'), 'w') as g:
        g.write('B')
    print(sorted(os.listdir(tdir)))
    with tempfile.NamedTemporaryFile(dir=tdir) as inner:
        print(os.path.dirname(inner.name) == tdir)
print(os.path.exists(tdir))

td = tempfile.TemporaryDirectory(suffix='x')
print(td.name.endswith('x'), os.path.isdir(td.name))
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
