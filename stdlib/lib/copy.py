"""Generic (shallow and deep) copying operations, after CPython 3.11's copy.py.

copy(x) and deepcopy(x, memo=None) dispatch on the type: atomic types come back as they are,
containers are rebuilt, __copy__/__deepcopy__ and __reduce_ex__/__reduce__ defined by a class are
honoured, and other instances are rebuilt with cls.__new__(cls) plus their __dict__ and __slots__
(tally has no copyreg/pickle protocol for plain objects, so that part is done here directly)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _type_of(make):
    try:
        return type(make())
    except Exception:
        return None


class _C:
    def _m(self):
        pass


_function_type = type(_type_of)
_method_type = type(_C()._m)
_builtin_function_type = type(len)
_ellipsis_type = type(...)
_notimplemented_type = type(NotImplemented)
_none_type = type(None)
_code_type = type(_type_of.__code__) if hasattr(_type_of, '__code__') else None


def _builtin(name):
    b = __builtins__
    if isinstance(b, dict):
        return b.get(name)
    return getattr(b, name, None)


_complex = _builtin('complex')
_bytearray = _builtin('bytearray')


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _user_reduce(x)
    if rv is None:
        return _copy_instance(x, False, None)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (_none_type, int, float, bool, _complex, str, tuple, bytes, frozenset, type, range,
          slice, property, _builtin_function_type, _function_type, _ellipsis_type,
          _notimplemented_type, _code_type):
    if t is not None:
        d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
if _bytearray is not None:
    d[_bytearray] = _bytearray.copy

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """

    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _user_reduce(x)
                if rv is None:
                    y = _copy_instance(x, True, memo)
                elif isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (_none_type, int, float, bool, _complex, bytes, str, _code_type, type, range,
          _ellipsis_type, _notimplemented_type, _builtin_function_type, _function_type,
          property):
    if t is not None:
        d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    return frozenset(y)


d[frozenset] = _deepcopy_frozenset

if _bytearray is not None:
    def _deepcopy_bytearray(x, memo):
        return _bytearray(x)
    d[_bytearray] = _deepcopy_bytearray


def _deepcopy_method(x, memo):  # Copy instance methods
    self_copy = deepcopy(x.__self__, memo)
    try:
        return type(x)(x.__func__, self_copy)
    except TypeError:
        # tally's method type cannot be called yet: bind through the descriptor protocol
        return x.__func__.__get__(self_copy, type(self_copy))


d[_method_type] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _defined_by_user(cls, names):
    """The first of names found along cls's MRO, if a class other than a builtin one defines it."""
    for klass in getattr(cls, '__mro__', (cls,)):
        if klass in _builtin_bases:
            continue
        kd = getattr(klass, '__dict__', {})
        for name in names:
            if name in kd:
                return name
    return None


def _user_reduce(x):
    """The result of x's own __reduce_ex__(4) / __reduce__(), or None if its class does not define one."""
    cls = type(x)
    name = _defined_by_user(cls, ('__reduce_ex__', '__reduce__'))
    if name is None:
        return None
    if name == '__reduce_ex__':
        rv = x.__reduce_ex__(4)
    else:
        rv = x.__reduce__()
    if isinstance(rv, str):
        return rv
    if not isinstance(rv, tuple):
        raise Error("un(deep)copyable object of type %s" % cls)
    return rv


_builtin_bases = frozenset(t for t in (object, int, float, bool, str, bytes, tuple, list, dict,
                                      set, frozenset, _complex, _bytearray, BaseException)
                           if t is not None)

# Built-in bases whose value must be passed to __new__ (immutable ones).
_value_bases = tuple(t for t in (int, float, str, bytes, tuple, frozenset, _complex)
                     if t is not None)


def _slot_names(cls):
    names = []
    for klass in getattr(cls, '__mro__', (cls,)):
        slots = getattr(klass, '__dict__', {}).get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _get_state(x):
    """x's state as object.__getstate__ gives it: __dict__, or (__dict__ or None, slots dict)."""
    cls = type(x)
    if _defined_by_user(cls, ('__getstate__',)):
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
        if isinstance(x, BaseException):
            # tally's exceptions keep attributes but expose no __dict__ (yet): collect them
            cls_names = set(dir(cls))
            state = {name: getattr(x, name) for name in dir(x) if name not in cls_names}
    if state is not None and not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _copy_instance(x, deep, memo):
    """Copy an instance whose class defines no copy or reduce protocol of its own."""
    cls = type(x)
    if (cls not in _builtin_bases and not issubclass(cls, BaseException)
            and getattr(cls, '__module__', None) == 'builtins'):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    getnewargs = getattr(x, '__getnewargs__', None)
    if isinstance(x, BaseException):
        args = x.args
    elif getnewargs is not None and not isinstance(x, (int, float, str, bytes)):
        args = getnewargs()
    elif isinstance(x, _value_bases):
        for base in _value_bases:
            if isinstance(x, base):
                args = (base(x),)
                break
    else:
        args = ()
    if isinstance(x, set) and not isinstance(x, frozenset):
        # set.__reduce__: the class is called with the items
        return _reconstruct(x, memo, cls, (list(x),), _get_state(x))
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    state = _get_state(x)
    return _reconstruct(x, memo, _newobj, (cls,) + tuple(args), state, listiter, dictiter)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and _defined_by_user(type(y), ('__setstate__',)):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                try:
                    y_dict = y.__dict__
                except AttributeError:      # tally's exceptions: no __dict__ attribute
                    for key, value in state.items():
                        setattr(y, key, value)
                else:
                    y_dict.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del _C, _builtin
