"""A collection of string constants and helpers (the parts of CPython's string module that
teaching programs use: the constants, capwords and Template)."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize,
    and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _convert(self, mapping, safe):
        out = []
        s = self.template
        i, n = 0, len(s)
        while i < n:
            c = s[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            j = i + 1
            braced = j < n and s[j] == '{'
            if braced:
                j += 1
            k = j
            while k < n and (s[k] == '_' or s[k].isalnum()) and not (k == j and s[k].isdigit()):
                k += 1
            name = s[j:k]
            if not name or (braced and (k >= n or s[k] != '}')):
                if safe:
                    out.append('$')
                    i += 1
                    continue
                lineno = s.count('\n', 0, i) + 1
                col = i - (s.rfind('\n', 0, i) + 1) + 1
                raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, col))
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws)
        return self._convert(mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws)
        return self._convert(mapping, True)
