# match statement: compile-time errors (messages and positions as CPython 3.11)
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case 1 | y | 2:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case (a as b) as a:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a] | {'k': a, 'j': b}:\n        pass\n",
    "match x:\n    case C(a=1, b=2, a=3):\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case z:\n        pass\n",
    "match x:\n    case (y):\n        pass\n    case z:\n        pass\n",
    "match x:\n    case [y, *_] | y:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<match>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset}, end {e.end_lineno}:{e.end_offset})")

# the soft keywords in places where they are not keywords
ok = [
    "match = 1\n",
    "match.x = 1\n",
    "match[0]: int = 1\n",
    "match(x, y)\n",
    "case = match\n",
    "print(match, case)\n",
    "match x:\n    case case:\n        pass\n",
    "match match:\n    case match:\n        pass\n",
    "def match(): pass\n",
    "import match\n" if False else "x = 1\n",
]
for src in ok:
    compile(src, "<soft>", "exec")
print("soft keywords ok")
