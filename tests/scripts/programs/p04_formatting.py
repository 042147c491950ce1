items = [("apple", 1.5, 10), ("banana", 0.25, 120), ("cherry", 12.0, 3), ("kiwi", 0.333333, 7)]
print(f"{'Name':<10}|{'Price':>8}|{'Qty':^5}|{'Total':>10}")
print("-" * 36)
total = 0
for name, price, qty in items:
    t = price * qty
    total += t
    print(f"{name:<10}|{price:>8.2f}|{qty:^5d}|{t:>10,.2f}")
print(f"{'TOTAL':<10}|{'':>8}|{'':^5}|{total:>10.2f}")
print("{:08.3f} {:+d} {: d} {:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(3.14159, 5, 7, 255, 255, 8, 5, 255, 8, 5))
print("{:e} {:E} {:g} {:g} {:g} {:.3g}".format(12345.678, 0.000123, 1e20, 0.0001, 123456789.0, 2.0/3))
print("{:%} {:.1%}".format(0.25, 0.3333))
print("{0} {1} {0}".format("a", "b"), "{name}-{age}".format(name="x", age=3))
print("%s %d %5.2f %-5s| %05d %x %r" % ("s", 42, 3.14159, "ab", 42, 255, "q"))
print("%(a)s and %(b)03d" % {"a": "A", "b": 7})
print(f"{1234567:,} {1234567:_} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{'x':*^9} {'y':->5} {'z':.<4}")
w = 7
print(f"{3.14159:{w}.{2}f}|{'abc':>{w}}|")
print(repr(1.1), repr(0.1 + 0.2), str(1e16), str(1e-5), 1e100, 123456789012345678.0)
print(format(12, "05"), format(-12, "05"), format(3.5, "<8"), format(True, ""), format(None, ""))
print(f"{-0.0} {float('inf')} {float('-inf')} {float('nan')}")
x = 10
print(f"{x=} {x*2=} {x!r:>5}")
print("abc".center(11, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "42".zfill(5), "-42".zfill(5))
