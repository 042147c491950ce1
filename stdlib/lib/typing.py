"""typing: run-time support for type hints, after CPython 3.11's Lib/typing.py, much reduced:
special forms and aliases subscript to small _GenericAlias objects with CPython's reprs, TypeVar,
Generic, Protocol, NamedTuple, TypedDict, NewType, cast, overload and get_type_hints. No static
checking; isinstance() on unsubscripted aliases tests the builtin origin (or the method names)."""

import sys
import collections
from abc import ABCMeta, abstractmethod

TYPE_CHECKING = False

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol',
           'Tuple', 'Type', 'TypeVar', 'Union', 'List', 'Dict', 'Set', 'FrozenSet', 'Iterable',
           'Iterator', 'Generator', 'Sequence', 'Mapping', 'NamedTuple', 'TypedDict', 'cast',
           'overload', 'get_type_hints', 'TYPE_CHECKING', 'NewType', 'Annotated', 'NoReturn']


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A forward reference: a type hint written as a string."""
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _Final:
    __slots__ = ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal...: subscripted by a getitem function."""
    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


def _params(parameters):
    return parameters if isinstance(parameters, tuple) else (parameters,)


def _one(self, parameters):
    params = _params(parameters)
    if len(params) != 1:
        raise TypeError(f'{self} accepts only single type.')
    return _GenericAlias(self, (_type_check(params[0]),), name=self._name)


def _union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in _params(parameters):
        p = _type_check(p)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            args = p.__args__
        elif type(p) is type(int | None):
            args = p.__args__
        else:
            args = (p,)
        for a in args:
            if a not in flat:
                flat.append(a)
    if len(flat) == 1:
        return flat[0]
    return _GenericAlias(Union, tuple(flat), name='Union')


def _optional(self, parameters):
    arg = _params(parameters)
    if len(arg) != 1:
        raise TypeError(f'typing.Optional requires a single type. Got {parameters!r}.')
    return Union[arg[0], type(None)]


def _literal(self, parameters):
    return _GenericAlias(self, _params(parameters), name='Literal')


def _annotated(self, parameters):
    params = _params(parameters)
    if len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(params[0], params[1:])


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _one)
Final = _SpecialForm('Final', _one)
TypeGuard = _SpecialForm('TypeGuard', _one)
Required = _SpecialForm('Required', _one)
NotRequired = _SpecialForm('NotRequired', _one)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)
Annotated = _SpecialForm('Annotated', _annotated)
Concatenate = _SpecialForm('Concatenate', lambda self, p: _GenericAlias(self, _params(p),
                                                                          name='Concatenate'))


def _build_class(name, bases, ns, kwds):
    """Class creation that tally's __build_class__ routed to a base's type because it does not
    resolve __mro_entries__ yet: resolves the bases and calls the right metaclass."""
    resolved = []
    for b in bases:
        if not isinstance(b, type) and hasattr(b, '__mro_entries__'):
            resolved.extend(b.__mro_entries__(bases))
        else:
            resolved.append(b)
    ns = dict(ns)
    ns['__orig_bases__'] = bases
    meta = type
    for b in resolved:
        if issubclass(type(b), meta):
            meta = type(b)
    return meta(name, tuple(resolved), ns, **kwds)


def _is_class_call(args):
    return (len(args) == 3 and isinstance(args[0], str) and isinstance(args[1], tuple) and
            isinstance(args[2], dict))


class _GenericAlias(_Final):
    """A subscripted (or bare, name-only) generic: typing.List[int], Stack[T], Union[...]."""
    def __new__(cls, *args, **kwds):
        if _is_class_call(args):
            return _build_class(args[0], args[1], args[2], kwds)
        return super().__new__(cls)

    def __init__(self, origin, args, *, name=None, inst=True, bare=False, nparams=-1):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self._bare = bare
        self._nparams = nparams
        params = []
        for a in args if isinstance(args, tuple) else ():
            for p in _collect_params(a):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if self._name is not None:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self._bare:
            return name
        if self.__origin__ is Union:
            args = self.__args__
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return f'typing.Optional[{_type_repr(other)}]'
        if self._name == 'Callable' and len(self.__args__) >= 1 and \
                self.__args__[0] is not ... and not isinstance(self.__args__[0], ParamSpec):
            a = ', '.join(_type_repr(x) for x in self.__args__[:-1])
            return f'{name}[[{a}], {_type_repr(self.__args__[-1])}]'
        if not self.__args__:
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __getitem__(self, params):
        params = _params(params)
        if self._bare:
            if self._name == 'Callable':
                if len(params) != 2:
                    raise TypeError('Callable must be used as Callable[[arg, ...], result].')
                args, result = params
                args = (args,) if args is ... else tuple(args)
                return _GenericAlias(self.__origin__, args + (_type_check(result),),
                                     name=self._name)
            if self._name == 'Tuple' and params == ((),):
                params = ()
            elif self._nparams > 0 and len(params) != self._nparams and self._name != 'Tuple':
                raise TypeError(f'Too {"many" if len(params) > self._nparams else "few"} '
                                f'arguments for {self}; actual {len(params)}, '
                                f'expected {self._nparams}')
            return _GenericAlias(self.__origin__, tuple(_type_check(p) for p in params),
                                 name=self._name, inst=self._inst)
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if len(params) != len(self.__parameters__):
            raise TypeError(f'Too {"many" if len(params) > len(self.__parameters__) else "few"} '
                            f'arguments for {self}; actual {len(params)}, '
                            f'expected {len(self.__parameters__)}')
        subst = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_subst(a, subst) for a in self.__args__))

    def copy_with(self, args):
        if self.__origin__ is Union:
            return Union[args]
        return _GenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__ and
                self._bare == other._bare)

    def __hash__(self):
        if self.__origin__ is Union:
            return hash((Union, frozenset(self.__args__)))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if not isinstance(origin, type) or origin is _AbstractOrigin:
            raise TypeError(f'Cannot subclass {self!r}')
        if origin is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
            return (origin,)
        res = [] if origin in bases else [origin]
        for b in bases[bases.index(self) + 1:]:
            if isinstance(b, _GenericAlias) or isinstance(b, type) and issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_inst', '_bare'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if not self._bare:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        check = _ABSTRACT_CHECKS.get(self._name)
        if check is not None:
            return check(cls)
        return issubclass(cls, self.__origin__)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), name=None)
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(_type_repr(self.__origin__),
                                                  ', '.join(repr(a) for a in self.__metadata__))


def _collect_params(a):
    if isinstance(a, (TypeVar, ParamSpec)):
        return (a,)
    return getattr(a, '__parameters__', ()) if isinstance(a, _GenericAlias) else ()


def _subst(a, subst):
    if isinstance(a, (TypeVar, ParamSpec)):
        return subst.get(a, a)
    if isinstance(a, _GenericAlias) and a.__parameters__:
        return a[tuple(subst.get(p, p) for p in a.__parameters__)]
    return a


def _has(*names):
    def check(cls):
        return all(any(n in vars(b) and vars(b)[n] is not None for b in cls.__mro__)
                   for n in names)
    return check


_ABSTRACT_CHECKS = {
    'Iterable': _has('__iter__'), 'Iterator': _has('__iter__', '__next__'),
    'Reversible': _has('__reversed__', '__iter__'), 'Sized': _has('__len__'),
    'Container': _has('__contains__'), 'Hashable': _has('__hash__'),
    'Callable': _has('__call__'), 'Collection': _has('__len__', '__iter__', '__contains__'),
    'Awaitable': _has('__await__'), 'AsyncIterable': _has('__aiter__'),
    'AsyncIterator': _has('__aiter__', '__anext__'),
    'Generator': _has('__iter__', '__next__', 'send', 'throw', 'close'),
    'Sequence': lambda c: issubclass(c, (list, tuple, str, range, bytes, bytearray)),
    'MutableSequence': lambda c: issubclass(c, (list, bytearray, collections.deque)),
    'Mapping': lambda c: issubclass(c, dict), 'MutableMapping': lambda c: issubclass(c, dict),
    'AbstractSet': lambda c: issubclass(c, (set, frozenset)),
    'MutableSet': lambda c: issubclass(c, set),
}


class _AbstractOrigin:
    """Stands for a collections.abc class (tally has no collections.abc)."""


def _alias(origin, nparams, name, inst=True):
    return _GenericAlias(origin, (), name=name, inst=inst, bare=True, nparams=nparams)


List = _alias(list, 1, 'List', inst=False)
Dict = _alias(dict, 2, 'Dict', inst=False)
Set = _alias(set, 1, 'Set', inst=False)
FrozenSet = _alias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _alias(tuple, -1, 'Tuple', inst=False)
Type = _alias(type, 1, 'Type', inst=False)
Deque = _alias(collections.deque, 1, 'Deque', inst=False)
DefaultDict = _alias(collections.defaultdict, 2, 'DefaultDict', inst=False)
OrderedDict = _alias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(collections.Counter, 1, 'Counter')
ChainMap = _alias(collections.ChainMap, 2, 'ChainMap')
Callable = _alias(_AbstractOrigin, -1, 'Callable', inst=False)
for _name, _n in [('Iterable', 1), ('Iterator', 1), ('Generator', 3), ('Sequence', 1),
                  ('MutableSequence', 1), ('Mapping', 2), ('MutableMapping', 2),
                  ('AbstractSet', 1), ('MutableSet', 1), ('Collection', 1), ('Container', 1),
                  ('Reversible', 1), ('Awaitable', 1), ('Coroutine', 3), ('AsyncIterable', 1),
                  ('AsyncIterator', 1), ('AsyncGenerator', 2), ('KeysView', 1),
                  ('ValuesView', 1), ('ItemsView', 2), ('MappingView', 1),
                  ('ContextManager', 1), ('AsyncContextManager', 1)]:
    globals()[_name] = _alias(_AbstractOrigin, _n, _name, inst=False)
Hashable = _alias(_AbstractOrigin, 0, 'Hashable', inst=False)
Sized = _alias(_AbstractOrigin, 0, 'Sized', inst=False)
del _name, _n
Text = str
ByteString = bytes


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'); reprs ~T, +T (covariant), -T (contravariant)."""
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except AttributeError:
            self.__module__ = '__main__'

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVar')


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound

    def __repr__(self):
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types: class Stack(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _params(params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type '
                                    f'variables or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
            return _GenericAlias(cls, params)
        tparams = getattr(cls, '__parameters__', ())
        if not tparams:
            raise TypeError(f'{cls} is not a generic class')
        if len(params) != len(tparams):
            raise TypeError(f'Too {"many" if len(params) > len(tparams) else "few"} arguments '
                            f'for {cls}; actual {len(params)}, expected {len(tparams)}')
        return _GenericAlias(cls, tuple(_type_check(p) for p in params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        gvars = None
        for base in _cls_dict(cls).get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                if base.__origin__ in (Generic, Protocol):
                    gvars = base.__parameters__
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if gvars is not None:
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                if isinstance(type(instance), _ProtocolMeta) and cls in type(instance).__mro__:
                    return True
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if all(hasattr(instance, attr) for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


_SPECIAL = {'__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
            '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
            '__class_getitem__', '__parameters__', '__orig_bases__', '__qualname__',
            '_is_protocol', '_is_runtime_protocol', '__init_subclass__', '_abc_registry',
            '_abc_cache', '_abc_negative_cache', '_abc_negative_cache_version'}
_cls_dict = type.__dict__['__dict__'].__get__


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        d = _cls_dict(base)
        for attr in list(d.keys()) + list(d.get('__annotations__', {}).keys()):
            if attr not in _SPECIAL:
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in _cls_dict(cls):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (usable with isinstance())."""
    if not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def _overload_dummy(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of '
                              '@overload-decorated functions outside a stub module should '
                              'always be followed by an implementation that is not '
                              '@overload-ed.')


def overload(func):
    """Decorator for overloaded functions/methods: the undecorated definition follows."""
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    return lambda cls: cls


class NewType:
    """NewType('UserId', int): a callable returning its argument unchanged."""
    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except AttributeError:
            self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of NewType')

    def __or__(self, other):
        return Union[self, other]


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    if isinstance(value, ForwardRef):
        value = value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the type hints of a class, module or function, strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = _cls_dict(base).get('__annotations__', {})
            g = globalns
            if g is None:
                mod = sys.modules.get(base.__module__)
                g = getattr(mod, '__dict__', {})
            l = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, l)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        if isinstance(obj, (type(len), type(sys))) or callable(obj):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is None:
        globalns = getattr(obj, '__globals__', None) or getattr(obj, '__dict__', {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        return None if tp._bare else tp.__origin__
    if tp is Generic:
        return Generic
    return getattr(tp, '__origin__', None) if type(tp) is type(list[int]) else \
        (Union if type(tp) is type(int | None) else None)


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias) and not tp._bare:
        args = tp.__args__
        if tp._name == 'Callable' and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    return getattr(tp, '__args__', ()) if type(tp) in (type(list[int]), type(int | None)) else ()


# NamedTuple ################################################################

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t) for n, t in types}
    # module is not passed on: tally cannot assign a class's __module__ yet
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults)
    nm_tpl.__annotations__ = types
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                      '__orig_bases__', '__dict__', '__weakref__', '__doc__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names], module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl


class _CallableForm:
    """NamedTuple and TypedDict: callables that can also be subclassed (class syntax)."""
    def __new__(cls, *args, **kwds):
        if _is_class_call(args):   # tally's __build_class__ called type(base), see _build_class
            return _build_class(args[0], args[1], args[2], kwds)
        return super().__new__(cls)

    def __init__(self, name, func, base):
        self.__name__ = self.__qualname__ = name
        self._func = func
        self._base = base

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self._base,)

    def __repr__(self):
        return f'<function {self.__name__}>'


def _namedtuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class P(NamedTuple): x: int; or NamedTuple('P', [...])."""
    if fields is None:
        fields = kwargs.items()
    try:
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
    except AttributeError:
        module = '__main__'
    return _make_nmtuple(typename, fields, module=module)


NamedTuple = _CallableForm('NamedTuple', _namedtuple,
                           type.__new__(NamedTupleMeta, 'NamedTuple', (), {}))


# TypedDict #################################################################

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(_cls_dict(base).get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp_dict.__annotations__ = annotations
        keys = set(annotations)
        tp_dict.__required_keys__ = frozenset(keys if total else ())
        tp_dict.__optional_keys__ = frozenset(() if total else keys)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typeddict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with typed keys: class Movie(TypedDict): name: str (instances are plain dicts)."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


TypedDict = _CallableForm('TypedDict', _typeddict,
                          type.__new__(_TypedDictMeta, 'TypedDict', (), {}))


class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self):
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs):
    _p._is_runtime_protocol = True
del _p
