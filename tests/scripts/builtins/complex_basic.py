print(1j, 3j, 1.5e3J, 1_0j, 1+2j, 1-2j, -1j, -(0j), complex(-0.0,-1), complex(1,0), complex(0,float('inf')), complex(float('nan'),float('nan')))
print(complex(), complex(1), complex(1,2), complex("1+2j"), complex("(1-2j)"), complex("j"), complex(" -j "), complex("1e3-2.5e-2J"), complex("inf+nanj"), complex("1_0+2_0j"))
for s in ["", "1+", "1+2", "(1+2j", "1j+2", "abc", "1__0j", "_1j", "1+2j)", "  (  3+4j  )  "]:
    try: print(repr(s), complex(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
z = 3+4j
print(z.real, z.imag, z.conjugate(), abs(z), bool(z), bool(0j), hash(z), hash(1j), hash(complex(1,0)) == hash(1), hash(2.5+0j) == hash(2.5))
print(z+1, 1+z, z+1.5, 1.5+z, z-1, 1-z, z*2, 2*z, z/2, 2/z, z**2, 2**z, z**0.5, z**-2, z**z, (-8)**(1/3), (-8.0)**0.5, 2**0.5)
print(z == 3+4j, z != 3+4j, complex(3) == 3, 3 == complex(3), 3.0 == complex(3), complex(3,1) == 3, 1j == 1j)
for expr in ["z < z", "z // 2", "z % 2", "1/0j", "0j**-1", "divmod(z, 2)", "int(z)", "float(z)", "z > 1", "(1e200+1e200j)**5", "complex('1', '2')", "complex(1, '2')", "complex([])", "complex(1, [])"]:
    try: print(expr, eval(expr))
    except Exception as e: print(expr, type(e).__name__, e)
import sys
print(sys.getsizeof(1j))
class C:
    def __complex__(self): return 2+3j
print(complex(C()), complex(2j, 3j), complex(1+1j, 2))
print(format(1+2j), format(1+2j, ''), format(1+2j, '10'), format(1+2j, '<20'), format(1+2j, '^20'), format(1+2j, '.2f'), format(2j, '.3'), format(1.5+2j,'+.3e'), format(1234567+1j, ','), format(1+2j, 'g'), format(-0.0+1j, ''), format(3j, '*^12'), format(1+1j, 'n'))
for sp in ['010', '=10', 'd', '%', '0>10']:
    try: print(format(1+2j, sp))
    except Exception as e: print(sp, type(e).__name__, e)
print(f"{1+2j:>12.1f}|{(1+2j)!r}|{2.5j}")
print(repr(1e16j), repr(1+1e16j), repr(1e300*1e300*1j), complex(0,-0.0), complex(-0.0, 0))
print((1+2j).__complex__(), type(complex), complex.__name__, isinstance(1j, complex))
class MyC(complex): pass
m = MyC(1, 2); print(m, type(m).__name__, m + 1, type(m+1).__name__)
print({1j: 'a'}[1j], sum([1j, 2j]), [1j] * 2)
