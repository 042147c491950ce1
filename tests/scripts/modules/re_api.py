# re: errors with positions, templates, Match/Pattern API, flags repr, bytes, pos/endpos
import re
bad = ['*a', 'a**', '(abc', 'abc)', r'\q', '[abc', '[z-a]', 'a{3,1}', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
       '(?P=zz)', r'(a)\2', '(?<=a+)b', '(?z)', '(?P', 'x(?i)', '(?#abc', '^*', 'a\n(b', r'[\d-z]', r'\x4', '(?<a)',
       '(?', '(?P<>x)', '(?P<a', r'(a)(?P=a)', '|*', 'a+++', '(?i-i:a)', r'\8', r'[\8]', '(a)(?P<b>', ')']
for p in bad:
    try:
        re.compile(p)
        print('ok?', repr(p))
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, foo bar'))
print(re.sub(r'(?P<a>\w+)=(?P<b>\w+)', r'\g<b>:\g<a>\g<0>\n\t\\x', 'k=v;x=y'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3', count=2))
print(re.subn(r'a', 'b', 'aaa'), re.subn('', '-', 'abc'))
print(re.split(r'(,)(\s)?', 'a, b,c'), re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r'\b', 'a b'))
print(re.split(r'x*', 'axbc'), re.findall(r'(a)(b)?', 'ab a'), re.findall('', 'ab'))
for t in [r'\9', r'\g<x>', r'\g<1', r'\q', r'\g<-1>', r'\g<a b>']:
    try:
        print(re.sub(r'(a)', t, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.escape('a.b*c?d e\n'), re.escape(b'a.b'))
print(re.compile('a+b'), re.compile('a', re.I|re.M), re.compile(b'x'), re.compile('a').flags, re.compile('(?i)a').flags)
print(re.I, re.I|re.M, re.A|re.X|re.S, re.NOFLAG, int(re.I))
m = re.match(r'(?P<n>\w+) (\w+)?(x)?', 'ab cd')
print(m, m[0], m['n'], m.group(1, 2), m.group('n', 0), m.span(2), m.start(3), m.end('n'), m.groups('-'), m.groupdict())
print(m.expand(r'\2-\1-\g<n>'), m.string, m.re, m.pos, m.endpos, m.regs, m.lastindex, m.lastgroup)
try:
    m.group(5)
except IndexError as e:
    print('IndexError', e)
print(re.match(b'(a+)(b)', b'aab'), re.findall(rb'\w+', b'ab cd'), re.sub(rb'a', rb'\\x\n', b'bab'))
try:
    re.match('a', b'a')
except TypeError as e:
    print(e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print(e)
try:
    re.match('a', 3)
except TypeError as e:
    print(e)
p = re.compile(r'\d+')
print(p.findall('1 22 333', 2), p.search('ab12', 0, 3), p.match('12ab', 1), list(p.finditer('a1b22')))
print(p.pattern, p.groups, p.groupindex, re.compile(r'(?P<a>.)(?P<b>.)').groupindex)
print(re.fullmatch(r'a|ab', 'ab'), re.search(r'(?<=\d{3})x', '123x'), re.search(r'(?i)straße', 'STRASSE'))
print(re.findall(r'(?i)[^a]', 'AbA'), re.findall(r'\s+', 'a \u00a0\u2003b'), re.findall(r'(?a)\w+', 'héllo'))
print(re.findall(r'[\w-]+', 'foo-bar baz_1'), re.search(r'\Ab', 'ab'), re.search(r'a\Z', 'a\n'), re.search(r'a$', 'a\n'))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('a', lambda m: None if False else '', 'aba'))
print(re.match(r'(a)(?:b(c))?', 'abc').lastindex, re.match(r'(a)(?:b(c))?', 'ab').lastindex)
print(re.compile('a') is re.compile('a'), re.compile(re.compile('x')))
print(re.search(r'^b', 'ab', re.M), re.search(r'^b', 'a\nb', re.M), re.findall(r'^\w', 'a\nb\nc', re.M))
print(re.match('.*', 'x' * 100000).end(), len(re.findall('a', 'a' * 50000)))
print(re.match(r'(a|b)*?c', 'abababc'), re.match(r'(?:a|b)*c', 'ab' * 20000 + 'c').end())
print(re.match('a++b', 'aab'), re.match('(?>a+)b', 'aab'), re.match('(?>a+)a', 'aaa'))
print(re.match(r'(?:a|ab)++c', 'abc'), re.findall(r'(?>(a)|b)+', 'ab'), re.match(r'(?i)σ', 'ς'))
print(re.compile('a', re.A | re.I), re.compile('a', 1024), re.I | re.A, re.RegexFlag(1024), re.I | 1024)
print(re.sub(r'(?P<w>\w+)', lambda m: m['w'].upper(), 'one two'), re.sub('x*', '-', 'abxd'))
print(re.sub(r'\s+', ' ', '  a \t b\n c  ').strip(), re.sub(r'^', '> ', 'l1\nl2', flags=re.M))
print(re.findall(r'(\w+)@(\w+)\.com', 'a@b.com, c@d.com'), re.findall(r'\d+|[a-z]+', 'ab12cd3'))
print([m.span() for m in re.finditer(r'\w+', 'hi there you')], re.purge())
print(re.match(r'(?x) (?P<year> \d{4} ) - (?P<mon> \d\d )  # date', '2024-05').groupdict())
print(re.search(r'(?<![\d.])\d+(?![\d.])', '1.5 and 42').group(), re.split(r'(?<=,)', 'a,b,c'))
print(re.fullmatch(r'[\w.+-]+@[\w-]+\.[\w.]+', 'john.doe+x@mail.example.org') is not None)
print(re.match(r'(?P<a>x)|(?P<b>y)', 'y').lastgroup, re.sub(r'(a)(b)?', r'[\2]', 'a ab'))
