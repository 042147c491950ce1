# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options, output as CPython's
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "handles well-known hyphenated words, e-mail addresses and long-winded "
        "sentences -- even em-dashes -- quite nicely!  Supercalifragilisticexpialidocious "
        "words get broken when they are too long.\tTabs\tare expanded.")
for w in (12, 20, 35, 70):
    print(w, textwrap.wrap(text, width=w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap('  leading and trailing   ', 10, drop_whitespace=False))
print(textwrap.wrap('a\tb\tc', 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('a\tb\tc', 40, tabsize=4))
print(textwrap.fill(text, 25, max_lines=3))
print(textwrap.fill(text, 25, max_lines=2, placeholder=' ...'))
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.fill('Hi there.  How are you?\nFine.', 20, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=18, initial_indent='> ', subsequent_indent='>> ')
print(w.wrap('one two three four five six seven eight nine ten'))
print(w.fill('alpha-beta-gamma delta-epsilon zeta'))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('x' * 25, 10))
src = '''
    def f():
        return 1

      # indented comment
    '''
print(repr(textwrap.dedent(src)))
print(repr(textwrap.dedent('\tx\n\ty\n')), repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('  a\n  \n   b')))
print(repr(textwrap.indent('one\n\ntwo\n  \nthree', '+ ')))
print(repr(textwrap.indent('one\ntwo\n', '# ', lambda line: True)))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.fill('abc def ghi', 5, max_lines=1, placeholder=' [long placeholder]')
except ValueError as e:
    print('ValueError', e)
