"""tempfile: temporary files and directories, after CPython 3.11's tempfile.py, built on tally's
os module and open(): gettempdir, gettempprefix, mkstemp, mkdtemp, mktemp, NamedTemporaryFile,
TemporaryFile, TemporaryDirectory. Names are created exclusively (open mode 'x', os.mkdir).
tally's os has no open/close: mkstemp's descriptor stays owned by a file object kept here
until _close_fd/interpreter exit."""

import os as _os

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
    "gettempdir",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_characters = "abcdefghijklmnopqrstuvwxyz0123456789_"
_mkstemp_files = {}


def _random_name():
    data = _os.urandom(8)
    return ''.join(_characters[b % len(_characters)] for b in data)


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        if _os.path.isdir(dir):
            return dir
    raise FileNotFoundError(2, "No usable temporary directory found in %s" %
                            _candidate_tempdir_list())


def gettempprefix():
    """The default prefix for temporary directories as string."""
    return template


def gettempdir():
    """Returns tempfile.tempdir as str."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    else:
        dir = _os.fspath(dir)
    return prefix, suffix, dir


def _create_file(prefix, suffix, dir, mode, kwargs):
    """Create a new file exclusively; returns (file object, absolute name)."""
    if 'w' in mode:
        xmode = mode.replace('w', 'x')
    else:
        xmode = None
    for seq in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            if xmode is not None:
                f = open(name, xmode, **kwargs)
            else:
                open(name, 'xb').close()
                f = open(name, mode, **kwargs)
        except FileExistsError:
            continue
        return f, _os.path.abspath(name)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create and return a unique temporary file: (descriptor, absolute path)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    f, name = _create_file(prefix, suffix, dir, 'w+' if text else 'w+b', {})
    fd = f.fileno()
    _mkstemp_files[fd] = f
    return fd, name


def _close_fd(fd):
    f = _mkstemp_files.pop(fd, None)
    if f is not None:
        f.close()


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create and return a unique temporary directory (absolute path)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """User-callable function to return a unique temporary file name (unsafe)."""
    if dir is None:
        dir = gettempdir()
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """Temporary file wrapper: the file object plus its name; deletes the file on close
    when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper name=%r>' % (self.name,)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Create and return a temporary file with a visible name (attribute name); it is
    deleted on close (or leaving its with block) when delete is true."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    kwargs = {}
    if buffering != -1:
        kwargs['buffering'] = buffering
    if encoding is not None:
        kwargs['encoding'] = encoding
    if newline is not None:
        kwargs['newline'] = newline
    if errors is not None:
        kwargs['errors'] = errors
    f, name = _create_file(prefix, suffix, dir, mode, kwargs)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create and return a temporary file without a name in the file system."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    kwargs = {}
    if buffering != -1:
        kwargs['buffering'] = buffering
    if encoding is not None:
        kwargs['encoding'] = encoding
    if newline is not None:
        kwargs['newline'] = newline
    if errors is not None:
        kwargs['errors'] = errors
    f, name = _create_file(prefix, suffix, dir, mode, kwargs)
    try:
        _os.unlink(name)
    except BaseException:
        f.close()
        raise
    return f


def _rmtree(path, ignore_errors=False):
    try:
        names = _os.listdir(path)
    except OSError:
        if ignore_errors:
            return
        raise
    for n in names:
        full = _os.path.join(path, n)
        if _os.path.isdir(full) and not _os.path.islink(full):
            _rmtree(full, ignore_errors)
        else:
            try:
                _os.unlink(full)
            except OSError:
                if not ignore_errors:
                    raise
    try:
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """Create and return a temporary directory (attribute name). As a context manager it
    gives the name and removes the whole tree on exit; cleanup() does it explicitly."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.lexists(self.name):
            self._done = True
            _rmtree(self.name, self._ignore_cleanup_errors)
