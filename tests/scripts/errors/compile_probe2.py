def probe(src, mode='exec', label=None):
    try:
        compile(src, 'x.py', mode)
        print(label or repr(src)[:60], '-> OK')
    except SyntaxError as e:
        print(label or repr(src)[:60], '->', type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text)[:50])
    except Exception as e:
        print(label or repr(src)[:60], '->', type(e).__name__, e)
