import math

class Floorable:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return 42
    def __trunc__(self):
        return -7

class AsFloat:
    def __float__(self):
        return 2.25

print(math.floor(Floorable()), math.ceil(Floorable()), math.trunc(Floorable()))
print(math.sqrt(AsFloat()), math.floor(AsFloat()), math.isfinite(AsFloat()))
print(math.floor(2**2000) == 2**2000, math.ceil(1e300) == 10**300, int(1e300) == math.ceil(1e300))

tests = [
    "math.factorial(5.0)", "math.factorial(-1)", "math.factorial('a')", "math.sqrt('a')",
    "math.sqrt(-1)", "math.exp(1000)", "math.log(0)", "math.log(-1)", "math.log(10, 1)", "math.log('x')",
    "math.gcd(1.5)", "math.comb(-1, 2)", "math.comb(5, -1)", "math.perm(-1)", "math.isqrt(-1)",
    "math.isqrt(2.0)", "math.floor('a')", "math.trunc('a')", "math.fsum([1e308, 1e308])",
    "math.fsum([math.inf, -math.inf])", "math.dist([1], [1, 2])", "math.ldexp(1.0, 10000)",
    "math.fmod(1, 0)", "math.remainder(1, 0)", "math.pow(0, -1)", "math.atanh(1)", "math.acos(2)",
    "math.hypot('a')", "math.prod(5)", "math.lcm(1.5)", "math.isclose(1, 2, rel_tol=-1)",
    "math.floor(math.inf)", "math.floor(math.nan)", "math.ceil(-math.inf)", "math.log10(-5)",
    "math.cosh(1000)", "math.frexp('a')", "math.ldexp(1.0, 1.5)", "math.sqrt()", "math.sqrt(1, 2)",
    "math.pow(1)", "math.log()", "math.copysign(1)", "math.comb(5)", "math.dist(1, 2)",
    "math.log(1, 0)", "math.log(0, 2)", "math.sqrt(2**10000)", "math.factorial(10**30)",
    "math.pow(10.0, 400)", "math.sinh(-1000)", "math.log2(0)", "math.log(-2**2000)",
    "math.fsum([1, 'a'])", "math.tan(math.inf)", "math.sin(math.inf)", "math.expm1(1e10)",
    "math.gamma(-2)", "math.trunc(math.nan)",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
