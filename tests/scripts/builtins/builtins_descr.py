# property, staticmethod and classmethod: binding, decorators, copies, docs and error messages.


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "The temperature in degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    def _get_f(self):
        return self._c * 9 / 5 + 32

    fahrenheit = property(_get_f, doc="Fahrenheit, read-only")
    nothing = property()

    @staticmethod
    def describe(x, y=2):
        return "static " + str(x + y)

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def name(cls):
        return cls.__name__


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_c"))

for stmt in ["t.fahrenheit = 1", "del t.fahrenheit", "t.nothing", "t.nothing = 1", "del t.nothing"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except AttributeError as e:
        print(stmt, "->", e)

P = Temperature.__dict__["celsius"]
print(type(P).__name__, P.__doc__, Temperature.fahrenheit.__doc__, Temperature.nothing.__doc__)
print(P.fget.__name__, P.fset.__name__, P.fdel.__name__)
print(Temperature.nothing.fget, Temperature.nothing.fset, Temperature.nothing.fdel)
print(Temperature.celsius is P, P.__get__(None, Temperature) is P)
print(P.__get__(Temperature(5)), P.__isabstractmethod__)
P.__set__(t, 7)
print(t.celsius)
P.__delete__(t)

# getter/setter/deleter return new properties; the original is unchanged
Q = P.getter(lambda self: "new getter")
print(Q is P, Q.fget(None), Q.fset is P.fset, Q.__doc__)
R = P.setter(None)
print(R.fset is P.fset)
print(property(None, None, None, "d").__doc__, property(len).__doc__)
doc_p = property(doc="just doc")
print(doc_p.__doc__, doc_p.getter(len).__doc__)
P2 = property(lambda s: 1)
P2.__doc__ = "assigned"
print(P2.__doc__)

# static and class methods bind to nothing and to the class
print(Temperature.describe(1), t.describe(1, 1), Temperature.freezing().celsius)
print(t.name(), Temperature.name())


class Sub(Temperature):
    pass


print(Sub.freezing().__class__.__name__, Sub.name(), Sub().name() if False else Sub(1).name())

sm = Temperature.__dict__["describe"]
cm = Temperature.__dict__["name"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__ is sm.__wrapped__, cm.__func__.__name__, sm.__name__, cm.__qualname__)
print(sm(40), sm.__get__(None, int)(1, 2))
print(cm.__get__(None, int)(), cm.__get__(3)())
print(sorted(sm.__dict__))
print(staticmethod(len)("abcd"), repr(staticmethod(len)), repr(classmethod(len)))
print(staticmethod(len).__doc__)
try:
    classmethod(len)()
except TypeError as e:
    print("TypeError:", e)
for obj in (sm, cm, P):
    try:
        obj.__get__(None, None)
    except TypeError as e:
        print("TypeError:", e)
print(sm.__isabstractmethod__, cm.__isabstractmethod__)


# __set_name__ gives the messages the attribute's name
class Late:
    pass


prop = property()
prop.__set_name__(Late, "late_attr")
Late.late_attr = prop
try:
    Late().late_attr
except AttributeError as e:
    print(e)
try:
    prop.__set_name__(1)
except TypeError as e:
    print("TypeError:", e)
unnamed = property()
Late.other = unnamed
try:
    Late().other
except AttributeError as e:
    print(e)


# a subclass of property keeps its type through getter/setter
class MyProp(property):
    pass


class WithMine:
    @MyProp
    def v(self):
        "my doc"
        return 5

    @v.setter
    def v(self, value):
        print("set", value)


w = WithMine()
print(w.v, type(WithMine.__dict__["v"]).__name__, WithMine.v.__doc__)
w.v = 9
print(isinstance(WithMine.v, property))
