import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0, 0.5, 1, 2, 10, 2.5, 100]:
    print(x, math.sqrt(x), math.exp(x), math.log1p(x), math.expm1(x))
for x in [0.5, 1, 2, 10, 1e100, 2**100, 2**2000, 10**400]:
    print(math.log(x), math.log2(x), math.log10(x), math.log(x, 10), math.log(x, 2))
for x in [-1.0, -0.5, 0.0, 0.25, 0.5, 1.0]:
    print(math.sin(x), math.cos(x), math.tan(x), math.asin(x), math.acos(x), math.atan(x))
    print(math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.atanh(x) if abs(x) < 1 else None)
print(math.acosh(1), math.acosh(2.5), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(1, 2, 3), math.hypot(-3, 4.5, 1e-300))
print(math.hypot(1e308, 1e308), math.hypot(math.inf, math.nan), math.hypot(0.1, 0.2, 0.3, 0.4))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (-2.5,)))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(math.inf, -1), math.pow(-math.inf, 3))
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(0.5, math.inf), math.pow(2, -math.inf))
for x in [2.5, -2.5, 3, -3, 1e20, -0.0, True, 2**100, 1.5e300]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.fabs(-3), math.fabs(2.5), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3.5), math.fmod(1, math.inf))
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.modf(-math.inf))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-1e-310), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1, -1080), math.ldexp(3, 1023 - 2), math.ldexp(1.0, -2**70))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(math.inf, -1))
print(math.isfinite(1), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 4), math.remainder(5, math.inf))
print(math.cbrt(27), math.exp2(10), math.erf(0.5), math.erfc(0.5), math.gamma(5))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
