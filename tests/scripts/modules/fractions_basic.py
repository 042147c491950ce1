# fractions: Fraction construction, arithmetic, comparisons, hashing, formatting
import math
from fractions import Fraction as F
a = F(1, 3); b = F('3/4'); c = F(0.1); d = F('-1.25e1')
print(a, repr(b), c, d, F(6, -4), F(F(1,2), 3))
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, a ** -2, 2 ** F(3), F(4) ** F(1, 2))
print(a + 1, 1 - a, a * 0.5, 2 / a, -a, abs(F(-2, 3)), +a)
print(a < b, a == F(2, 6), a == 1, F(1, 2) == 0.5, a > 0.3, a <= b, sorted([b, a, F(0)]))
print(float(a), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(10), F.from_float(0.25))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), {F(1,2): 1}[0.5])
print(a.numerator, a.denominator, b.as_integer_ratio(), bool(F(0)), sum([F(1, 3)] * 3))
for bad in ('x', '1/0'):
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
