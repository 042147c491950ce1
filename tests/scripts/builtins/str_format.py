# The % operator and str.format / format(): the formatting mini-languages.
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%E|%g|%G|%%" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 1234.5, 1234.5, 0.00001234, 1e20))
print("%r %s %a" % ("q", "q", "é"), "%c%c" % (65, "b"), "%.3s|%-6s|%6s" % ("abcdef", "ab", "ab"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%d %i %u" % (3.9, -2.5, True), "%x" % -255, "%#010x" % 255, "%+.3d" % 7, "%.0f %.1f" % (2.5, 0.05))
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")), "%5.1f%%" % 99.44, "%s" % [1, 2], "%s" % ((1, 2),))
print("%10.4f|%-10.2e|%010.3f" % (3.14159265, 12345.678, -3.14159))
for fmt, args in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("%z", 1), ("%(a)s", 1), ("%c", "ab"), ("%c", -1), ("%x", 1.5), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
print("{} and {}".format("Mango", "Ice-cream"))
print("{0:>8}|{1:<6}|{2:^7}|".format("r", "l", "c"))
print("{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{!r:>6}|{!s}|{!a}".format("a", "b", "é"), "{:*^9}".format("mid"), "{:.2}".format("abcdef"), "{{literal}}".format())
print("{:{}}|{:>{w}}|".format("x", 3, "y", w=4), "{0:{1}.{2}f}".format(3.14159, 8, 3))
print("{:d} {:5d} {:<5d}| {:x} {:#b} {:,}".format(7, 42, 42, 255, 5, 1234567))
print("{:.3f} {:10.2e} {:%} {:g}".format(3.14159, 12345.678, 0.25, 1e-7))
print(format("abc", ">6"), format(3, "03"), format(2.5, ".1f"), format("x"), format(12))
print("{a} {b}".format_map({"a": 1, "b": [2]}), "no fields".format(1, 2, 3))
for f, args in [("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{", ()), ("}", ()), ("{0", (1,)), ("{!x}", (1,)), ("{2}", (1,)),
                ("{a}", ()), ("{0:{1:{2}}}", (1, 2, 3)), ("{:d}", ("s",)), ("{:+}", ("s",)), ("{0.}", (1,)), ("{0[0]x}", ([1],))]:
    try:
        print(f.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
name = "pool"
size = 512
print(f"{name!r} blocks up to {size} bytes, {size / 8:.1f} words, {size:#x}")
print(f"{name:>10}|{name:<10}|{name:^10}|{size:08.2f}|{'nested':{'>'}{12}}")
