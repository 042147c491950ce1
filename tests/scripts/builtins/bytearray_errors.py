# bytearray errors: CPython's exception types and messages.
b = bytearray(b'abc')
exprs = ['bytearray(1.5)', 'bytearray([256])', 'bytearray([-1])', 'bytearray(-1)', 'bytearray(["a"])',
         'bytearray("abc")', 'bytearray(b"a", "utf-8")', 'bytearray(3, "x")', 'bytearray("é", "ascii")',
         'b[5]', 'b[-4]', 'b["a"]', 'b.pop(7)', 'bytearray().pop()', 'b.remove(9)', 'b.remove(300)',
         'b.index(b"z")', 'b.insert(9, 300)', 'b.append("a")', 'b.append(256)', 'b.append(-1)',
         'b.extend(5)', 'b.extend([1, "a"])', 'b.extend([1, 999])', 'b + "s"', 'b + 5', 'b * "a"',
         '"a" in b', '300 in b', 'hash(b)', 'bytearray(b"ab").decode("zz")', 'b"\\xff".decode()',
         'bytearray.fromhex("4g")', '{b: 1}']
for e in exprs:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '!', type(x).__name__, x)
stmts = ['b[0] = 256', 'b[0] = "a"', 'b[9] = 1', 'b[0:1] = 5', 'b[::2] = b"xyz"', 'b[0:1] = "s"',
         'del b[9]', 'b[0:1] = [300]', 'b["x"] = 1', 'b += "x"', 'b *= "x"']
for s in stmts:
    try:
        exec(s)
        print(s, '->', b)
    except Exception as x:
        print(s, '!', type(x).__name__, x)
