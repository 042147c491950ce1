# try / except / else / finally, raising, custom exceptions.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally runs")

print(divide(6, 3))
print(divide(1, 0))

try:
    int("abc")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)

try:
    [][1]
except IndexError as e:
    print("IndexError:", e)

try:
    {}["k"]
except KeyError as e:
    print("KeyError:", e, repr(e))

class AppError(Exception):
    pass

class DetailedError(AppError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

try:
    raise DetailedError(42)
except AppError as e:
    print("AppError caught:", e, e.code, isinstance(e, Exception), e.args)

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        raise RuntimeError("converted") from e

try:
    nested()
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__))

try:
    raise KeyError("missing")
except LookupError as e:
    print("LookupError covers", type(e).__name__)

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

def ret_in_finally():
    try:
        return "try"
    finally:
        print("cleanup before return")

print(ret_in_finally())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
e = None
try:
    raise TypeError
except TypeError as err:
    e = err
print(type(e).__name__, repr(e), str(e) == "")
