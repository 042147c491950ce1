"""re: regular expressions with CPython 3.11's syntax, semantics and messages. The pattern parser
and code generator are here (like CPython's sre_parse/sre_compile); matching runs in the C module
_re (stdlib/mod_re.c), a backtracking VM over an explicit stack. Opcodes must match mod_re.c."""

import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
           'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823
_MAXSIZE = 9223372036854775807

# ---- flags ----

_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]
# Pattern.__repr__'s order (_sre's flag_names)
_PATTERN_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
                       (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'),
                       (256, 'ASCII')]


def _flags_repr(v, table):
    names = []
    for bit, name in table:
        if v & bit:
            names.append('re.' + name)
            v &= ~bit
    if v:
        names.append(hex(v))
    return '|'.join(names)


class RegexFlag(int):
    """The re flags: ints that print as re.IGNORECASE|re.MULTILINE."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        if v & ~511 and not v & 511:
            return 're.RegexFlag(%d)' % v
        return _flags_repr(v, _FLAG_NAMES)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

_FLAGS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 't': 1, 'u': 32}
_TYPE_FLAGS = 256 | 4 | 32
_GLOBAL_FLAGS = 128 | 1


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error

# ---- opcodes (mod_re.c) ----
_SUCCESS, _CHAR, _CHAR_I, _ANY, _ANY_ALL, _CLASS, _SPLIT, _JMP, _SAVE, _AT = range(10)
_BACKREF, _LOOK, _LOOK_END, _RINIT, _RLOOP, _REP1 = range(10, 16)
_CI_LIT, _CI_RANGE, _CI_CAT = range(3)
_AT_BEGIN, _AT_BEGIN_LINE, _AT_END, _AT_END_LINE, _AT_BEGIN_STRING, _AT_END_STRING, \
    _AT_BOUNDARY, _AT_NON_BOUNDARY = range(8)

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_SPECIAL = '.\\[{()*+?^$|'
_REPEAT_CHARS = '*+?{'
_ESCAPES = {'\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92}
_CATEGORIES = {'\\d': 0, '\\D': 1, '\\w': 2, '\\W': 3, '\\s': 4, '\\S': 5}
_AT_CODES = {'\\A': _AT_BEGIN_STRING, '\\Z': _AT_END_STRING, '\\b': _AT_BOUNDARY,
             '\\B': _AT_NON_BOUNDARY}

# ---- parser ----
# Nodes: ('lit', c, icase) ('any', dotall) ('class', negate, items, icase) ('at', kind)
# ('group', index or None, alts) ('alt', [seq, ...]) ('rep', min, max, greedy, seq)
# ('backref', g, icase) ('look', kind, alts) ('atomic', alts) ('poss', alts): (?>...) and X*+. A seq is a list of nodes.


class _Source:
    def __init__(self, text, orig):
        self.text = text
        self.orig = orig
        self.i = 0
        self.n = len(text)
        self.istext = isinstance(orig, str)

    def peek(self):
        """The next token (an escape is two characters) or None."""
        if self.i >= self.n:
            return None
        c = self.text[self.i]
        if c == '\\':
            if self.i + 1 >= self.n:
                raise error('bad escape (end of pattern)', self.orig, self.i)
            return self.text[self.i:self.i + 2]
        return c

    def get(self):
        t = self.peek()
        if t is not None:
            self.i += len(t)
        return t

    def match(self, c):
        if self.peek() == c:
            self.i += len(c)
            return True
        return False

    def tell(self):
        return self.i

    def error(self, msg, offset=0):
        return error(msg, self.orig, self.i - offset)

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.peek()
            if c is None or c not in charset:
                break
            result += c
            self.i += 1
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.peek()
            if c is not None:
                self.i += len(c)
            if c is None:
                if not result:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error('missing ' + name, 1)
                break
            result += c
        return result


class _State:
    def __init__(self, flags):
        self.flags = flags
        self.groups = 1
        self.groupdict = {}
        self.open = []
        self.nrep = 0
        self.lookbehind = None

    def opengroup(self, name):
        gid = self.groups
        self.groups = gid + 1
        if self.groups > _MAXGROUPS:
            raise error('too many groups')
        if name is not None:
            ogid = self.groupdict.get(name)
            if ogid is not None:
                raise error('redefinition of group name %r as group %d; was group %d' % (name, gid, ogid))
            self.groupdict[name] = gid
        self.open.append(gid)
        return gid

    def closegroup(self, gid):
        self.open.remove(gid)

    def checkgroup(self, gid):
        return gid < self.groups and gid not in self.open


def _uni(flags):
    return not (flags & 256)


def _escape_value(source, escape, in_class, state):
    """A literal code point for \\x \\u \\U \\N-free escapes, octal; None if not such an escape."""
    c = escape[1:2]
    if c == 'x':
        escape += source.getwhile(2, _HEXDIGITS)
        if len(escape) != 4:
            raise source.error('incomplete escape %s' % escape, len(escape))
        return int(escape[2:], 16)
    if c == 'u' and source.istext:
        escape += source.getwhile(4, _HEXDIGITS)
        if len(escape) != 6:
            raise source.error('incomplete escape %s' % escape, len(escape))
        return int(escape[2:], 16)
    if c == 'U' and source.istext:
        escape += source.getwhile(8, _HEXDIGITS)
        if len(escape) != 10:
            raise source.error('incomplete escape %s' % escape, len(escape))
        v = int(escape[2:], 16)
        if v > 0x10FFFF:
            raise source.error('bad escape %s' % escape, len(escape))
        return v
    return None


def _class_escape(source, escape, state):
    """('lit', c) or ('cat', k) for an escape inside [...]."""
    if escape in _ESCAPES:
        return ('lit', _ESCAPES[escape])
    if escape in _CATEGORIES:
        return ('cat', _CATEGORIES[escape])
    v = _escape_value(source, escape, True, state)
    if v is not None:
        return ('lit', v)
    c = escape[1]
    if c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        v = int(escape[1:], 8)
        if v > 0o377:
            raise source.error('octal escape value %s outside of range 0-0o377' % escape, len(escape))
        return ('lit', v)
    if c in _DIGITS:
        raise source.error('bad escape %s' % escape, len(escape))
    if c in _ASCIILETTERS:
        raise source.error('bad escape %s' % escape, len(escape))
    return ('lit', ord(c))


def _escape(source, escape, state, flags):
    """The node for an escape outside [...]."""
    if escape in _AT_CODES:
        return ('at', _AT_CODES[escape])
    if escape in _CATEGORIES:
        return ('class', False, [('cat', _CATEGORIES[escape])], False)
    icase = bool(flags & 2)
    if escape in _ESCAPES:
        return ('lit', _ESCAPES[escape], icase)
    v = _escape_value(source, escape, False, state)
    if v is not None:
        return ('lit', v, icase)
    c = escape[1]
    if c == '0':
        escape += source.getwhile(2, _OCTDIGITS)
        return ('lit', int(escape[1:], 8), icase)
    if c in _DIGITS:
        if source.peek() is not None and source.peek() in _DIGITS:
            escape += source.get()
            nxt = source.peek()
            if escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and nxt is not None and nxt in _OCTDIGITS:
                escape += source.get()
                v = int(escape[1:], 8)
                if v > 0o377:
                    raise source.error('octal escape value %s outside of range 0-0o377' % escape, len(escape))
                return ('lit', v, icase)
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error('cannot refer to an open group', len(escape))
            return ('backref', group, icase)
        raise source.error('invalid group reference %d' % group, len(escape) - 1)
    if c in _ASCIILETTERS:
        raise source.error('bad escape %s' % escape, len(escape))
    return ('lit', ord(c), icase)


def _parse_sub(source, state, verbose, nested, flags):
    alts = []
    while True:
        alts.append(_parse(source, state, verbose, nested + 1, flags, not nested and not alts))
        if not source.match('|'):
            break
    return alts


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != '-':
        while True:
            flag = _FLAGS[char]
            if source.istext:
                if char == 'L':
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == 'u':
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error('missing -, : or )')
            if char in ')-:':
                break
            if char not in _FLAGS:
                msg = 'unknown flag' if char.isalpha() else 'missing -, : or )'
                raise source.error(msg, len(char))
    if char == ')':
        state.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn on global flag', 1)
    if char == '-':
        char = source.get()
        if char is None:
            raise source.error('missing flag')
        if char not in _FLAGS:
            msg = 'unknown flag' if char.isalpha() else 'missing flag'
            raise source.error(msg, len(char))
        while True:
            flag = _FLAGS[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error('missing :')
            if char == ':':
                break
            if char not in _FLAGS:
                msg = 'unknown flag' if char.isalpha() else 'missing :'
                raise source.error(msg, len(char))
    if del_flags & _GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn off global flag', 1)
    if add_flags & del_flags:
        raise source.error('bad inline flags: flag turned on and off', 1)
    return add_flags, del_flags


def _parse_class(source, state, flags):
    here = source.tell() - 1
    items = []
    negate = source.match('^')
    first = True
    while True:
        this = source.get()
        if this is None:
            raise source.error('unterminated character set', source.tell() - here)
        if this == ']' and not first:
            break
        first = False
        if this[0] == '\\':
            code1 = _class_escape(source, this, state)
        else:
            code1 = ('lit', ord(this))
        if source.match('-'):
            that = source.get()
            if that is None:
                raise source.error('unterminated character set', source.tell() - here)
            if that == ']':
                items.append(code1)
                items.append(('lit', 45))
                break
            if that[0] == '\\':
                code2 = _class_escape(source, that, state)
            else:
                code2 = ('lit', ord(that))
            if code1[0] != 'lit' or code2[0] != 'lit':
                raise source.error('bad character range %s-%s' % (this, that), len(this) + 1 + len(that))
            if code2[1] < code1[1]:
                raise source.error('bad character range %s-%s' % (this, that), len(this) + 1 + len(that))
            items.append(('range', code1[1], code2[1]))
        else:
            items.append(code1)
    return ('class', negate, items, bool(flags & 2))


def _parse(source, state, verbose, nested, flags, first=False):
    seq = []
    while True:
        this = source.peek()
        if this is None or this in '|)':
            break
        source.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == '#':
                while True:
                    this = source.get()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            seq.append(_escape(source, this, state, flags))
        elif this not in _SPECIAL:
            seq.append(('lit', ord(this), bool(flags & 2)))
        elif this == '[':
            seq.append(_parse_class(source, state, flags))
        elif this in _REPEAT_CHARS:
            here = source.tell()
            if this == '?':
                lo, hi = 0, 1
            elif this == '*':
                lo, hi = 0, _MAXREPEAT
            elif this == '+':
                lo, hi = 1, _MAXREPEAT
            else:
                if source.peek() == '}':
                    seq.append(('lit', ord(this), bool(flags & 2)))
                    continue
                lo, hi = 0, _MAXREPEAT
                los = his = ''
                while source.peek() is not None and source.peek() in _DIGITS:
                    los += source.get()
                if source.match(','):
                    while source.peek() is not None and source.peek() in _DIGITS:
                        his += source.get()
                else:
                    his = los
                if not source.match('}'):
                    seq.append(('lit', ord(this), bool(flags & 2)))
                    source.i = here
                    continue
                if los:
                    lo = int(los)
                    if lo >= _MAXREPEAT:
                        raise OverflowError('the repetition number is too large')
                if his:
                    hi = int(his)
                    if hi >= _MAXREPEAT:
                        raise OverflowError('the repetition number is too large')
                    if hi < lo:
                        raise source.error('min repeat greater than max repeat', source.tell() - here)
            if not seq or seq[-1][0] == 'at':
                raise source.error('nothing to repeat', source.tell() - here + len(this))
            item = seq[-1]
            if item[0] in ('rep', 'poss'):
                raise source.error('multiple repeat', source.tell() - here + len(this))
            greedy = not source.match('?')
            possessive = greedy and source.match('+')
            if item[0] == 'group' and item[1] is None and len(item[2]) == 1:
                body = item[2][0]
            else:
                body = [item]
            seq[-1] = ('rep', lo, hi, greedy, body)
            if possessive:
                seq[-1] = ('poss', [[seq[-1]]])
        elif this == '.':
            seq.append(('any', bool(flags & 16)))
        elif this == '(':
            start = source.tell() - 1
            capture = True
            name = None
            add_flags = del_flags = 0
            if source.match('?'):
                char = source.get()
                if char is None:
                    raise source.error('unexpected end of pattern')
                if char == 'P':
                    if source.match('<'):
                        name = source.getuntil('>', 'group name')
                        if not name.isidentifier():
                            raise source.error('bad character in group name %r' % name, len(name) + 1)
                    elif source.match('='):
                        name = source.getuntil(')', 'group name')
                        if not name.isidentifier():
                            raise source.error('bad character in group name %r' % name, len(name) + 1)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            raise source.error('unknown group name %r' % name, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error('cannot refer to an open group', len(name) + 1)
                        seq.append(('backref', gid, bool(flags & 2)))
                        continue
                    else:
                        char = source.get()
                        if char is None:
                            raise source.error('unexpected end of pattern')
                        raise source.error('unknown extension ?P' + char, len(char) + 2)
                elif char == ':':
                    capture = False
                elif char == '>':
                    p = _parse_sub(source, state, verbose, nested + 1, flags)
                    if not source.match(')'):
                        raise source.error('missing ), unterminated subpattern', source.tell() - start)
                    seq.append(('atomic', p))
                    continue
                elif char == '#':
                    while True:
                        if source.peek() is None:
                            raise source.error('missing ), unterminated comment', source.tell() - start)
                        if source.get() == ')':
                            break
                    continue
                elif char in '=!<':
                    kind = 0 if char == '=' else 1
                    if char == '<':
                        char = source.get()
                        if char is None:
                            raise source.error('unexpected end of pattern')
                        if char not in '=!':
                            raise source.error('unknown extension ?<' + char, len(char) + 2)
                        kind = 2 if char == '=' else 3
                    p = _parse_sub(source, state, verbose, nested + 1, flags)
                    if not source.match(')'):
                        raise source.error('missing ), unterminated subpattern', source.tell() - start)
                    seq.append(('look', kind, p))
                    continue
                elif char in _FLAGS or char == '-':
                    fl = _parse_flags(source, state, char)
                    if fl is None:
                        if not first or seq:
                            raise source.error('global flags not at the start of the expression',
                                               source.tell() - start)
                        flags = state.flags
                        verbose = flags & 64
                        continue
                    add_flags, del_flags = fl
                    capture = False
                else:
                    raise source.error('unknown extension ?' + char, len(char) + 1)
            if capture:
                try:
                    group = state.opengroup(name)
                except error as err:
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                group = None
            sub_verbose = (verbose or (add_flags & 64)) and not (del_flags & 64)
            sub_flags = (flags | add_flags) & ~del_flags
            p = _parse_sub(source, state, sub_verbose, nested + 1, sub_flags)
            if not source.match(')'):
                raise source.error('missing ), unterminated subpattern', source.tell() - start)
            if group is not None:
                state.closegroup(group)
            seq.append(('group', group, p))
        elif this == '^':
            seq.append(('at', _AT_BEGIN_LINE if flags & 8 else _AT_BEGIN))
        elif this == '$':
            seq.append(('at', _AT_END_LINE if flags & 8 else _AT_END))
        else:
            raise source.error('unsupported syntax %r' % this)
    return seq


def _fix_flags(src, flags):
    if isinstance(src, str):
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & 256:
            flags |= 32
        elif flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 4 and flags & 256:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def _parse_pattern(pattern, flags):
    text = pattern if isinstance(pattern, str) else ''.join([chr(b) for b in pattern])
    source = _Source(text, pattern)
    state = _State(flags)
    alts = _parse_sub(source, state, flags & 64, 0, flags)
    state.flags = _fix_flags(pattern, state.flags)
    if source.peek() is not None:
        raise source.error('unbalanced parenthesis')
    if not (flags & 64) and state.flags & 64:
        return _parse_pattern(pattern, state.flags)
    return alts, state


# ---- code generation ----

def _width_seq(seq):
    lo = hi = 0
    for node in seq:
        a, b = _width(node)
        lo += a
        hi += b
    return lo, hi


def _width_alts(alts):
    lo = hi = None
    for seq in alts:
        a, b = _width_seq(seq)
        lo = a if lo is None else min(lo, a)
        hi = b if hi is None else max(hi, b)
    return lo or 0, hi or 0


def _width(node):
    k = node[0]
    if k in ('lit', 'any', 'class'):
        return 1, 1
    if k in ('at', 'look'):
        return 0, 0
    if k == 'group':
        return _width_alts(node[2])
    if k in ('atomic', 'poss'):
        return _width_alts(node[1])
    if k == 'rep':
        a, b = _width_seq(node[4])
        return a * node[1], b * node[2] if b else 0
    return 0, _MAXREPEAT


class _Compiler:
    def __init__(self, state, uni):
        self.code = []
        self.state = state
        self.uni = uni
        self.nrep = 0

    def fold(self, c):
        if c < 128 or not self.uni:
            return c + 32 if 65 <= c <= 90 else c
        low = chr(c).lower()
        return ord(low) if len(low) == 1 else c

    def item(self, node):
        code = self.code
        k = node[0]
        if k == 'lit':
            if node[2]:
                code += [_CHAR_I, self.fold(node[1])]
            else:
                code += [_CHAR, node[1]]
        elif k == 'any':
            code.append(_ANY_ALL if node[1] else _ANY)
        else:
            body = []
            for it in node[2]:
                if it[0] == 'lit':
                    body += [_CI_LIT, it[1]]
                elif it[0] == 'range':
                    body += [_CI_RANGE, it[1], it[2]]
                else:
                    body += [_CI_CAT, it[1]]
            code += [_CLASS, len(body) + 3, 1 if node[1] else 0, 1 if node[3] else 0]
            code += body

    def alts(self, alts):
        code = self.code
        if len(alts) == 1:
            self.seq(alts[0])
            return
        jumps = []
        for i, seq in enumerate(alts):
            if i < len(alts) - 1:
                split = len(code)
                code += [_SPLIT, split + 3, 0]
                self.seq(seq)
                jumps.append(len(code))
                code += [_JMP, 0]
                code[split + 2] = len(code)
            else:
                self.seq(seq)
        for j in jumps:
            code[j + 1] = len(code)

    def seq(self, seq):
        for node in seq:
            self.node(node)

    def node(self, node):
        code = self.code
        k = node[0]
        if k in ('lit', 'any', 'class'):
            self.item(node)
        elif k == 'at':
            code += [_AT, node[1]]
        elif k == 'group':
            if node[1] is None:
                self.alts(node[2])
            else:
                code += [_SAVE, 2 * node[1]]
                self.alts(node[2])
                code += [_SAVE, 2 * node[1] + 1]
        elif k in ('atomic', 'poss'):
            at = len(code)
            code += [_LOOK, 4, 0, 0]
            self.alts(node[1])
            code.append(_LOOK_END)
            code[at + 3] = len(code)
        elif k == 'backref':
            code += [_BACKREF, node[1], 1 if node[2] else 0]
        elif k == 'look':
            width = 0
            if node[1] >= 2:
                lo, hi = _width_alts(node[2])
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                width = lo
            at = len(code)
            code += [_LOOK, node[1], width, 0]
            self.alts(node[2])
            code.append(_LOOK_END)
            code[at + 3] = len(code)
        else:
            lo, hi, greedy, body = node[1], node[2], node[3], node[4]
            mx = -1 if hi >= _MAXREPEAT else hi
            if hi == 0:
                return
            if len(body) == 1 and body[0][0] in ('lit', 'any', 'class'):
                at = len(code)
                code += [_REP1, lo, mx, 1 if greedy else 0, 0]
                self.item(body[0])
                code[at + 4] = len(code)
            elif lo == 0 and hi == 1:
                at = len(code)
                code += [_SPLIT, 0, 0]
                start = len(code)
                self.seq(body)
                if greedy:
                    code[at + 1], code[at + 2] = start, len(code)
                else:
                    code[at + 1], code[at + 2] = len(code), start
            elif lo == 1 and hi == 1:
                self.seq(body)
            else:
                rid = self.nrep
                self.nrep += 1
                code += [_RINIT, rid]
                loop = len(code)
                code += [_RLOOP, rid, lo, mx, 1 if greedy else 0, 0]
                self.seq(body)
                code += [_JMP, loop]
                code[loop + 5] = len(code)


# ---- Pattern and Match ----

class Pattern:
    """A compiled regular expression (re.compile's result)."""

    def __init__(self, pattern, flags, code, groups, groupindex, nrep):
        self.pattern = pattern
        self.flags = flags
        self._code = code
        self.groups = groups
        self.groupindex = groupindex
        self._nrep = nrep
        self._isbytes = not isinstance(pattern, str)
        self._ascii = 1 if (self._isbytes or flags & 256) else 0
        self._names = {v: k for k, v in groupindex.items()}

    def __repr__(self):
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        flags = int(self.flags)
        if not self._isbytes:
            flags &= ~32
        if flags:
            return 're.compile(%s, %s)' % (r, _flags_repr(flags, _PATTERN_FLAG_NAMES))
        return 're.compile(%s)' % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _check(self, string):
        if isinstance(string, str):
            if self._isbytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
        elif isinstance(string, (bytes, bytearray)):
            if not self._isbytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
            if not isinstance(string, bytes):
                string = bytes(string)
        else:
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    def _run(self, string, pos, endpos, mode):
        s = self._check(string)
        n = len(s)
        if pos < 0:
            pos = 0
        if endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        if pos > endpos:
            return None
        marks = _re.scan(self._code, s, pos, endpos, mode, self.groups, self._nrep, self._ascii, 0)
        if marks is None:
            return None
        return Match(self, string, pos, endpos, marks)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _all(self, string, pos, endpos, count):
        s = self._check(string)
        n = len(s)
        if pos < 0:
            pos = 0
        if endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        if pos > endpos:
            return s, []
        return s, _re.scan(self._code, s, pos, endpos, 3, self.groups, self._nrep, self._ascii, count)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        s, all_marks = self._all(string, pos, endpos, 0)
        n = len(s)
        pos = max(0, pos)
        endpos = max(0, min(endpos, n))
        return iter([Match(self, string, pos, endpos, m) for m in all_marks])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        s, all_marks = self._all(string, pos, endpos, 0)
        empty = s[:0]
        result = []
        g = self.groups
        for m in all_marks:
            if g == 0:
                result.append(s[m[0]:m[1]])
            elif g == 1:
                result.append(s[m[2]:m[3]] if m[2] >= 0 else empty)
            else:
                result.append(tuple([s[m[2 * i]:m[2 * i + 1]] if m[2 * i] >= 0 else empty
                                     for i in range(1, g + 1)]))
        return result

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        s, all_marks = self._all(string, 0, _MAXSIZE, maxsplit)
        result = []
        last = 0
        g = self.groups
        for m in all_marks:
            result.append(s[last:m[0]])
            for i in range(1, g + 1):
                result.append(s[m[2 * i]:m[2 * i + 1]] if m[2 * i] >= 0 else None)
            last = m[1]
        result.append(s[last:])
        return result

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        if count < 0:
            s = self._check(string)
            return s, 0
        s, all_marks = self._all(string, 0, _MAXSIZE, count)
        if callable(repl):
            filt = repl
            template = None
        else:
            if self._isbytes:
                if not isinstance(repl, (bytes, bytearray)):
                    raise TypeError('expected a bytes-like object, %s found' % type(repl).__name__)
                repl = bytes(repl)
            elif not isinstance(repl, str):
                raise TypeError('expected str instance, %s found' % type(repl).__name__)
            filt = None
            template = _compile_template(self, repl)
        pieces = []
        last = 0
        for m in all_marks:
            pieces.append(s[last:m[0]])
            if filt is not None:
                r = filt(Match(self, string, 0, len(s), m))
                if r is not None:
                    if self._isbytes:
                        if not isinstance(r, (bytes, bytearray)):
                            raise TypeError('expected a bytes-like object, %s found' % type(r).__name__)
                    elif not isinstance(r, str):
                        raise TypeError('expected str instance, %s found' % type(r).__name__)
                    pieces.append(r)
            else:
                pieces.append(_expand(template, s, m))
            last = m[1]
        pieces.append(s[last:])
        return s[:0].join(pieces), len(all_marks)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError('Pattern.scanner is not supported')


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks
        li = marks[-1]
        self.lastindex = li if li >= 0 else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names.get(self.lastindex)

    @property
    def regs(self):
        m = self._marks
        return tuple([(m[2 * i], m[2 * i + 1]) for i in range(self.re.groups + 1)])

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                g = g.__index__()
            except AttributeError:
                raise IndexError('no such group') from None
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError('no such group')

    def _get(self, g, default=None):
        i = self._index(g)
        a = self._marks[2 * i]
        if a < 0:
            return default
        return self.string[a:self._marks[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple([self._get(g) for g in args])

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._marks[2 * i], self._marks[2 * i + 1])

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self.string, self._marks)

    def __bool__(self):
        return True

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (self._marks[0], self._marks[1],
                                                              self._get(0))


# ---- templates (sub, expand) ----

def _compile_template(pattern, repl):
    """A list of literal strings and group numbers."""
    if isinstance(repl, str):
        text = repl
    else:
        text = ''.join([chr(b) for b in repl])
    if '\\' not in text:
        return [repl]
    s = _Source(text, repl)
    items = []
    literal = []

    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error('invalid group reference %d' % index, pos)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == '\\':
            c = this[1]
            if c == 'g':
                if not s.match('<'):
                    raise s.error('missing <')
                name = s.getuntil('>', 'group name')
                if name.isidentifier():
                    index = pattern.groupindex.get(name)
                    if index is None:
                        raise IndexError('unknown group name %r' % name)
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error('bad character in group name %r' % name, len(name) + 1) from None
                    if index >= _MAXGROUPS:
                        raise s.error('invalid group reference %d' % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == '0':
                if s.peek() is not None and s.peek() in _OCTDIGITS:
                    this += s.get()
                    if s.peek() is not None and s.peek() in _OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _DIGITS:
                isoctal = False
                if s.peek() is not None and s.peek() in _DIGITS:
                    this += s.get()
                    if c in _OCTDIGITS and this[2] in _OCTDIGITS and s.peek() is not None and \
                            s.peek() in _OCTDIGITS:
                        this += s.get()
                        isoctal = True
                        v = int(this[1:], 8)
                        if v > 0o377:
                            raise s.error('octal escape value %s outside of range 0-0o377' % this, len(this))
                        literal.append(chr(v))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            elif this in _ESCAPES:
                literal.append(chr(_ESCAPES[this]))
            elif c in _ASCIILETTERS:
                raise s.error('bad escape %s' % this, len(this))
            else:
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        items.append(''.join(literal))
    if not isinstance(repl, str):
        items = [bytes([ord(ch) for ch in it]) if isinstance(it, str) else it for it in items]
    return items


def _expand(template, s, marks):
    if len(template) == 1 and not isinstance(template[0], int):
        return template[0]
    out = []
    for it in template:
        if isinstance(it, int):
            a = marks[2 * it]
            if a >= 0:
                out.append(s[a:marks[2 * it + 1]])
        else:
            out.append(it)
    return s[:0].join(out)


# ---- module-level API ----

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    if not isinstance(flags, int):
        raise TypeError('flags must be an int')
    alts, state = _parse_pattern(pattern, flags)
    comp = _Compiler(state, _uni(state.flags) and isinstance(pattern, str))
    comp.alts(alts)
    comp.code.append(_SUCCESS)
    p = Pattern(pattern, state.flags, _re.compile(comp.code), state.groups - 1,
                dict(state.groupdict), comp.nrep)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string, returning a Match object, or None."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string, returning a Match object, or None."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern, returning a Match object, or None."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Return the string obtained by replacing the leftmost non-overlapping occurrences."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Return a 2-tuple containing (new_string, number)."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the source string by the occurrences of the pattern, returning a list."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _cache.clear()


_special_chars = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _special_chars else c for c in pattern])
    out = bytearray()
    for b in pattern:
        if chr(b) in _special_chars:
            out.append(92)
        out.append(b)
    return bytes(out)
