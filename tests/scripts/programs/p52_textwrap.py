import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(s, width=30))
print(textwrap.wrap("hello world foo bar", 10))
print(textwrap.dedent("    a\n      b\n    c"))
print(textwrap.indent("x\ny", "> "), textwrap.shorten("Hello  world, how are you", width=15))
