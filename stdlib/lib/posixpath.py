"""posixpath: common operations on POSIX pathnames (os.path), after CPython 3.11's posixpath,
reduced to str paths: join, split, basename, dirname, splitext, normpath, abspath, exists,
isfile, isdir, getsize, getmtime, isabs, expanduser, relpath, commonprefix."""

import _os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

__all__ = ['join', 'split', 'basename', 'dirname', 'splitext', 'normpath', 'abspath', 'exists',
           'isfile', 'isdir', 'getsize', 'getmtime', 'isabs', 'expanduser', 'relpath',
           'commonprefix', 'lexists', 'islink', 'realpath', 'normcase', 'splitdrive']

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _fspath(p, fname=None):
    if isinstance(p, str):
        return p
    fs = getattr(type(p), '__fspath__', None)
    if fs is not None:
        r = fs(p)
        if isinstance(r, str):
            return r
    if fname is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    raise TypeError(f"{fname}() argument must be str, bytes, or os.PathLike object, not "
                    f"'{type(p).__name__}'")


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith('/')


def join(a, *p):
    path = _fspath(a)
    for b in p:
        if not isinstance(b, str) and not hasattr(type(b), '__fspath__'):
            raise TypeError(f"join() argument must be str, bytes, or os.PathLike object, not "
                            f"'{type(b).__name__}'")
        b = _fspath(b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _fspath(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(path):
    return abspath(path)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _os.environ.get('HOME')
        if userhome is None:
            return path
    else:
        return path
    userhome = userhome.rstrip('/')
    return (userhome + path[i:]) or '/'


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    start = '.' if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return '.'
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _stat_mode(path):
    try:
        return _os.stat(_fspath(path))[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat_mode(path) is not None


def lexists(path):
    return exists(path)


def islink(path):
    return False


def isfile(path):
    m = _stat_mode(path)
    return m is not None and (m & _S_IFMT) == _S_IFREG


def isdir(s):
    m = _stat_mode(s)
    return m is not None and (m & _S_IFMT) == _S_IFDIR


def getsize(filename):
    return _os.stat(_fspath(filename))[6]


def getmtime(filename):
    return _os.stat(_fspath(filename))[8]


def getatime(filename):
    return _os.stat(_fspath(filename))[7]


def getctime(filename):
    return _os.stat(_fspath(filename))[9]
