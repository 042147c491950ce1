class AppError(Exception):
    """Base."""
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class NotFound(AppError):
    pass
def validate(d):
    if "name" not in d:
        raise NotFound("name missing")
    if not isinstance(d["name"], str):
        raise ValidationError("name", "must be str")
    if len(d["name"]) < 2:
        raise ValidationError("name", "too short")
    return True
for d in [{"name": "bob"}, {}, {"name": 5}, {"name": "x"}]:
    try:
        validate(d)
    except ValidationError as e:
        print("validation", e.field, e, e.args)
    except AppError as e:
        print("app", type(e).__name__, e, repr(e))
    else:
        print("ok", d)
    finally:
        print("checked")
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad int {s!r}") from e
try:
    parse("x1")
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| ctx is cause:", e.__context__ is e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("a", 1)
except (TypeError, ValueError) as e:
    print(e, e.args, str(e), repr(e))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
g()
e = KeyError("x")
print(str(e), repr(e), str(KeyError()), str(IndexError("i")), repr(OSError(2, "nf")))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1:3])
try:
    raise NotFound
except NotFound as ex:
    print(repr(ex), ex.args, AppError.__doc__)
