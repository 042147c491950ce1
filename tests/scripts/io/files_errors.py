# open() and file-object errors, with CPython's exception types and messages.
import io
NAME = 'tally_io_errors.tmp'

def attempt(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

with open(NAME, 'w') as f:
    f.write('data\n')

attempt('missing', lambda: open('nope.txt'))
attempt('missing dir', lambda: open('no/such/dir.txt', 'w'))
attempt('directory', lambda: open('.'))
attempt('exists', lambda: open(NAME, 'x'))
for mode in ['q', 'rw', '', 'rr', 'r++', 'U', 'rU', 'rtb', 'b', '+', 'wx']:
    attempt('mode %r' % mode, lambda: open(NAME, mode))
attempt('mode type', lambda: open(NAME, 3))
attempt('name type', lambda: open(3.5))
attempt('encoding type', lambda: open(NAME, encoding=3))
attempt('unknown encoding', lambda: open(NAME, encoding='nope'))
attempt('binary encoding', lambda: open(NAME, 'rb', encoding='utf-8'))
attempt('binary errors', lambda: open(NAME, 'rb', errors='strict'))
attempt('binary newline', lambda: open(NAME, 'rb', newline=''))
attempt('newline', lambda: open(NAME, newline='x'))
attempt('unbuffered text', lambda: open(NAME, buffering=0))
attempt('closefd', lambda: open(NAME, closefd=False))

f = open(NAME)
attempt('write to reader', lambda: f.write('x'))
attempt('readable', f.readable)
attempt('writable', f.writable)
f.close()
attempt('read closed', f.read)
attempt('readline closed', f.readline)
attempt('iter closed', lambda: iter(f))
attempt('next closed', lambda: next(f))
attempt('tell closed', f.tell)
attempt('enter closed', f.__enter__)

f = open(NAME, 'w')
attempt('read from writer', f.read)
attempt('write bytes', lambda: f.write(b'x'))
attempt('write int', lambda: f.write(5))
attempt('seek cur', lambda: f.seek(1, 1))
attempt('seek end', lambda: f.seek(1, 2))
attempt('seek negative', lambda: f.seek(-1))
attempt('seek whence', lambda: f.seek(0, 5))
f.close()
attempt('write closed', lambda: f.write('x'))
attempt('flush closed', f.flush)

try:
    open(NAME).write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation caught:', e, isinstance(e, OSError))
try:
    open('nope.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
except OSError:
    print('wrong')

b = open(NAME, 'rb')
attempt('binary write to reader', lambda: b.write(b'x'))
b.close()
attempt('binary read closed', b.read)
attempt('binary readline closed', b.readline)
w = open(NAME, 'wb')
attempt('binary write str', lambda: w.write('x'))
attempt('binary read from writer', w.read)
attempt('binary seek negative', lambda: w.seek(-1))
w.close()
attempt('binary write closed', lambda: w.write(b'x'))
