import sys
def probe(src, mode='exec'):
    try:
        compile(src, 'x.py', mode)
        print(repr(src), '-> OK')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
cases = sys.argv[1:]
for c in cases:
    probe(c.encode().decode('unicode_escape'))
