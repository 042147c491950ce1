import cmath, math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
vals = [0j, 1, -1, 2, -2, 0.5, 1j, -1j, 1+1j, 1-1j, -1+1j, -1-1j, 3+4j, -3-4j, 0.1+0.2j, 1e-5+1e-5j, 10+10j, -0.5+2j, 2.5-0.3j, 100+0.1j, 1e-300+1e-300j, complex(0.0,-0.0), complex(-0.0, 0.0), 0.7+0.7j, 1.2-0.4j, 1e10+1j, 700+1j, 20j, -30j]
names = ['sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh']
for n in names:
    f = getattr(cmath, n)
    out = []
    for v in vals:
        try: out.append(repr(f(v)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(out))
for v in vals:
    print(cmath.phase(v), cmath.polar(v), cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
print(cmath.rect(2, 0.5), cmath.rect(1, math.pi), cmath.rect(0, 1), cmath.rect(3, 0))
print(cmath.log(8, 2), cmath.log(1j, 1+1j), cmath.log(100, 10))
for a in [complex(math.inf, 0), complex(0, math.inf), complex(math.nan, 1), complex(math.inf, math.inf), complex(-math.inf, 1)]:
    out = []
    for n in names:
        try: out.append(repr(getattr(cmath, n)(a)))
        except Exception as e: out.append(type(e).__name__)
    print(a, ' '.join(out))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
for e in ["cmath.sqrt('x')", "cmath.log(0)", "cmath.exp(1000)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.log(1, 1)", "cmath.atanh(1)", "cmath.cosh(1000)"]:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
