# re: odd syntax ({ literals, scoped flags, unicode escapes), empty-match rules, verbose, errors
import re
tests = [
 (r'a{', 'a{'), (r'a{1', 'a{1'), (r'x{a}', 'x{a}'), (r'a{,2}', 'aaa'), (r'a{}', 'a{}'), (r'(?i)a(?-i:b)', 'AB'),
 (r'(?i)[k-m]+', 'KLMklm'), (r'[\]]', ']'), (r'[\\]', '\\'), (r'[a\-z]+', 'a-z'), (r'[.]', 'a.'), (r'\.\*', '.*'),
 (r'(?s:.)', '\n'), (r'(?m:^b)', 'a\nb'), ('\\t\\n', '\t\n'), (r'\u00e9', 'é'), (r'\U0001F600', '\U0001F600'),
 (r'[\u00e0-\u00ff]+', 'àéÿz'), (r'(?<=\bfoo)bar', 'foobar'), (r'(?<!^)x', 'xx'), (r'(?:(?P<a>a)|b)+', 'ab'),
 (r'^(\w+)\s*=\s*(.*?)\s*$', 'key =  value  '), (r'(\d+)(?:\.(\d+))?', '3.14 and 2'),
]
for p, s in tests:
    try:
        m = re.search(p, s)
        print(repr(p), m, m and m.groups(), re.findall(p, s))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
print(re.sub('a', 'b', 'aaa', count=1), re.sub('A', 'b', 'aaa', flags=re.I), re.split(',', 'a,b,c', maxsplit=1))
print(re.compile(r'\d').sub('#', 'a1b2', 1), re.compile(r'(\d)').subn(r'<\1>', 'a1b2'))
print(re.split(r'\s*', 'a b  c'), re.split('', 'abc'), re.findall(r'\b', 'ab cd'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub('(?m)$', ';', 'a\nb\n'), re.findall('$', 'a\n'), re.sub('', '-', ''), re.split('x', ''))
p = re.compile(r"""
    (?P<int>\d+)      # integer
  | (?P<name>[a-z]+)  # identifier
  | (?P<op>[-+*/])    # operator
""", re.VERBOSE)
print([(m.lastgroup, m.group()) for m in p.finditer('x + 12*y')])
print(re.match(r'(?P<a>.)(?P<b>.)?', 'x').groupdict('?'), re.match('(a)?', '').groups('z'))
m = re.search(r'b', 'abc', )
print(m.start(), m.end(), m.span(0), bool(m), m.re.pattern, m.string)
print(re.compile('a').match('ba', 1), re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'\w+').findall('abc def', 1, 6), re.compile('x*').sub('-', 'abc'))
try:
    re.compile('(?P<n>a)').sub(r'\g<m>', 'a')
except IndexError as e:
    print('IndexError', e)
for bad in ['[a', '(?<=a|bc)x', '(?P<n>a)(?P=n', 'a{2,1}', r'\c', '[\\w-z]', '(?i', '(?-', '(?ix-s', '(?i-i)', '\\']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e)
print(type(re.compile('a')).__name__, type(re.match('a', 'a')).__name__, isinstance(re.compile('a'), re.Pattern))
print(re.error.__name__, re.error.__module__, issubclass(re.error, Exception))
print(re.Pattern[str], re.Match[bytes])
