# re: search/match/fullmatch/findall/sub/split over many patterns (groups, lookaround, flags, unicode)
import re
cases = [
 (r'a+b', 'xxaaab'), (r'(a|b)*c', 'ababc'), (r'(\d+)-(\d+)', 'tel 12-345 x'),
 (r'^abc$', 'abc'), (r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'), (r'a.c', 'a\nc abc'),
 (r'(a*)*', 'b'), (r'(a|)*', 'aa'), (r'(?:ab)+', 'ababab'), (r'a{2,3}', 'aaaa'), (r'a{2,3}?', 'aaaa'),
 (r'(a+?)(a*)', 'aaa'), (r'(?=abc)a', 'xabc'), (r'(?!b)\w', 'bbc'), (r'(?<=a)b', 'ab'), (r'(?<!a)b', 'ab cb'),
 (r'(\w)\1', 'abccd'), (r'(?P<x>a)(?P=x)', 'aa'), (r'\bfoo\b', 'a foo b'), (r'\Bo', 'foo'),
 (r'[a-c]+', 'xxabcabd'), (r'[^a-c]+', 'abcxyz'), (r'[\d\s]+', 'ab 12 3x'), (r'(?i)hello', 'HeLLo'),
 (r'x*', 'abxd'), (r'((a)|b)+', 'ab'), (r'(a)|(b)', 'b'), (r'((ab)c)', 'abc'), (r'(a)(b)?', 'a'),
 (r'[]a]+', ']a]'), (r'[a-]+', 'a-a'), (r'\w+', 'héllo wörld'), (r'\d+', '١٢٣ 45'), (r'(?s).+', 'a\nb'),
 (r'(?m)^\w+$', 'ab\ncd'), (r'$', 'ab\n'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(.*?)x', 'aaxbx'),
 (r'(?x) a  b # comment\n c', 'abc'), (r'\x41\101\n', 'AA\n'), (r'(?i)[a-z]+', 'ABC'), (r'(?i)Σ', 'σ'),
 (r'a??b', 'ab'), (r'(ab|a)*?b', 'abab'), (r'(?:a{2})*', 'aaaaa'), (r'(a{1,2}){2}', 'aaaa'),
]
for p, s in cases:
    m = re.search(p, s)
    print(repr(p), m, m and m.groups(), m and m.lastindex, m and m.lastgroup, m and m.groupdict())
    print('  findall', re.findall(p, s))
    print('  sub', re.sub(p, '<\\g<0>>', s), re.split(p, s))
    print('  match', re.match(p, s), re.fullmatch(p, s))
