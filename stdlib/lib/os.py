"""os: operating-system interfaces, after CPython 3.11's os module, reduced: the primitives of
the C module _os (stdlib/mod_os.c) plus environ, getenv, stat_result, makedirs, removedirs,
walk, fspath and os.path (posixpath)."""

import sys
import _os
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = '\n'

error = OSError

getcwd = _os.getcwd
chdir = _os.chdir
listdir = _os.listdir
remove = _os.remove
unlink = _os.unlink
rmdir = _os.rmdir
mkdir = _os.mkdir
rename = _os.rename
getpid = _os.getpid
urandom = _os.urandom
cpu_count = _os.cpu_count
strerror = _os.strerror

environ = _os.environ

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fs = getattr(type(p), '__fspath__', None)
    if fs is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = fs(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, not "
                    f"{type(r).__name__}")


class stat_result:
    """The result of os.stat(): st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size,
    st_atime, st_mtime, st_ctime, also indexable as a 10-tuple (with int times)."""

    __slots__ = ('_t',)
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, t):
        self._t = tuple(t)

    def __getattr__(self, name):
        try:
            i = stat_result._fields.index(name)
        except ValueError:
            raise AttributeError(f"'os.stat_result' object has no attribute '{name}'") from None
        return self._t[i]

    def _as_tuple(self):
        return self._t[:7] + tuple(int(x) for x in self._t[7:])

    def __getitem__(self, i):
        return self._as_tuple()[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._as_tuple())

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._t == other._t
        return NotImplemented

    def __repr__(self):
        t = self._as_tuple()
        return 'os.stat_result(' + ', '.join(
            f'{n}={v}' for n, v in zip(stat_result._fields, t)) + ')'


def stat(path):
    return stat_result(_os.stat(path))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def replace(src, dst):
    rename(src, dst)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs
