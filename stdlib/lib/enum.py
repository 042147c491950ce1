"""enum: enumerations (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique), after CPython 3.11's
Lib/enum.py, reduced: members are built by the EnumType metaclass from the names a class body
binds (recorded in order by _EnumDict); Flag boundaries are STRICT for Flag and KEEP for IntFlag."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique']

# A class's own namespace, read through type's descriptor (robust for classes with a metaclass).
_cls_dict = type.__dict__['__dict__'].__get__
Enum = Flag = ReprEnum = None   # set once the classes exist


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class auto:
    """Instances are replaced with an appropriate value for the Enum member."""
    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return 'auto(%r)' % self.value


_auto_null = object()


class _EnumDict(dict):
    """Class namespace of an enumeration: records the member names in definition order."""
    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate_next_value = value
            elif key == '_ignore_':
                self._ignore = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        elif _is_dunder(key) or key in self._ignore or _is_descriptor(value):
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
        else:
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gen = self._generate_next_value
                    gen = getattr(gen, '__func__', gen)
                    value.value = gen(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object or (Enum is not None and issubclass(base, Enum)):
                continue
            if isinstance(base, EnumType):
                continue
            if '__new__' in _cls_dict(base) or base.__module__ == 'builtins':
                return base
    return object


class EnumType(type):
    """Metaclass of the enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        ns = _EnumDict()
        gen = None
        for base in bases:
            for b in base.__mro__:
                if '_generate_next_value_' in _cls_dict(b):
                    gen = _cls_dict(b)['_generate_next_value_']
                    break
            if gen is not None:
                break
        ns._generate_next_value = gen
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        names = list(classdict._member_names)
        values = [classdict[n] for n in names]
        ns = {k: v for k, v in classdict.items() if k not in names}
        for k in classdict._ignore:
            ns.pop(k, None)
        ns.pop('_ignore_', None)
        member_type = _find_data_type(bases)
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if Enum is not None:
            first_enum = bases[-1]
            for name in ('__repr__', '__str__', '__format__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found is getattr(member_type, name) or found is getattr(object, name):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
            if ReprEnum is not None and ReprEnum in bases:
                if '__format__' not in classdict:
                    type.__setattr__(enum_class, '__format__', member_type.__format__)
                if '__str__' not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, '__str__', method)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ = 0
        new = enum_class.__new__
        for name, value in zip(names, values):
            args = value if isinstance(value, tuple) else (value,)
            if new is object.__new__:
                member = object.__new__(enum_class)
            else:
                member = new(enum_class, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value if member_type is object else member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            canonical = None
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
                if Flag is not None and issubclass(enum_class, Flag) and isinstance(value, int):
                    enum_class._flag_mask_ |= value
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            if isinstance(value, cls):
                return value
            try:
                return cls._value2member_map_[value]
            except (KeyError, TypeError):
                for member in cls._member_map_.values():
                    if member._value_ == value:
                        return member
            result = cls._missing_(value)
            if isinstance(result, cls):
                return result
            if result is None:
                raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            gen = classdict._generate_next_value or (lambda n, s, c, l: s + c)
            gen = getattr(gen, '__func__', gen)
            for count, name in enumerate(original):
                value = gen(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for name, value in items:
            classdict[name] = value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in getattr(cls, '_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in getattr(cls, '_member_map_', {}):
            raise AttributeError('cannot delete member %r' % (name,))
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Generic enumeration: subclass it to define members."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if '_value_repr_' in dir(self.__class__) else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        if self._member_type_ is not object:
            names.update(object.__dir__(self))
        for klass in self.__class__.__mro__:
            if klass in (Enum, ReprEnum, Flag, object) or klass is self._member_type_:
                continue
            for key, obj in _cls_dict(klass).items():
                if key[0] != '_' and key not in self._member_map_:
                    names.add(key)
        return sorted(names)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(): str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also (and must be) strings."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()



def _bits(value):
    return [1 << i for i in range(value.bit_length()) if value >> i & 1]


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""
    _boundary_ = 'strict'

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values).bit_length()
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if cls._boundary_ == 'strict' else mask + 1 + value
        if value & ~mask and cls._boundary_ == 'strict':
            width = max(mask.bit_length(), value.bit_length())
            raise ValueError('%r invalid value %r\n    given 0b0 %s\n  allowed 0b0 %s'
                             % (cls, value, format(value, 'b').zfill(width),
                                format(mask, 'b').zfill(width)))
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        extra = value & ~mask
        if names and extra:
            names.append(str(extra))
        member._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, member)

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (self.__class__.__name__, self._value_)
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_ and m._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (self._member_type_ is not object and isinstance(other, int)):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (self._member_type_ is not object and isinstance(other, int)):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (self._member_type_ is not object and isinstance(other, int)):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints; values outside the flags are kept."""
    _boundary_ = 'keep'
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__



def unique(enumeration):
    """Class decorator: refuses enumerations with aliases (ValueError)."""
    duplicates = [(name, member._name_) for name, member in enumeration._member_map_.items()
                  if name != member._name_]
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
