# io.StringIO and io.BytesIO: in-memory streams.
import io

out = io.StringIO()
print("hello", 42, file=out)
print("x", end="", file=out)
print(repr(out.getvalue()), out.tell())
out.seek(0)
for line in out:
    print(repr(line))
print(out.write('!'), repr(out.getvalue()))

s = io.StringIO('héllo\nworld\nlast')
print(s.read(2), s.tell(), repr(s.readline()), s.tell(), s.readlines(), s.tell())
print(repr(s.read()), s.seek(0), repr(s.readline(3)))
s.seek(1)
s.write('XY')
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write('Z')
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.writelines(['a', 'b'])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.closed)

with io.StringIO("a\nb") as f:
    print(f.readlines())
print(f.closed)
for expr in ['io.StringIO(5)', 'io.StringIO().write(5)', 'io.StringIO().seek(-1)',
             'io.StringIO().seek(1, 1)', 'io.StringIO().seek(0, 1)', 'io.StringIO().seek(0, 2)',
             'io.StringIO().seek(0, 3)', 'f.getvalue()', 'f.read()']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)

b = io.BytesIO(b'ab\ncd')
print(b.read(1), b.readline(), b.tell(), list(b), b.getvalue())
print(b.write(bytearray(b'zz')), b.getvalue(), b.seek(0, 2), b.seek(-1, 2), b.read())
for expr in ['io.BytesIO().write("x")', 'io.BytesIO("x")', 'io.BytesIO().seek(-1)']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open, io.TextIOWrapper, io.BufferedReader)
print(issubclass(io.UnsupportedOperation, OSError))
