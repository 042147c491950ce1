# Identity of strings: the "" and one-character singletons, interning, results that are the operand.
import sys
a = "".join(["mem", "ory"])
b = "".join(["mem", "ory"])
print(a == b, a is b, sys.intern(a) is sys.intern(b))
one_a, one_b, one_x, one_q, empty = "a", "b", "x", "q", ""
abc, x, q, n1 = "abc", "x", "q", 1
print("".join([one_a]) is one_a, x * n1 is one_x, str(q) is one_q, str() is empty, abc[5:] is empty)
name = "name"
print(sys.intern("".join(["na", "me"])) is name)
s = "unchanged"
print(s.strip() is s, s.replace("z", "y") is s, s[:] is s, s + empty is s, empty + s is s, s.ljust(3) is s, str(s) is s)
y_umlaut, e_acute, word = "\xff", "é", "xéy"
print(chr(255) is y_umlaut, word[1] is e_acute, word[1:2] is e_acute, x + empty is one_x)
t = "memory management"
print(t.split()[0] == "memory", t.split("zz")[0] is t, t.partition("zz")[0] is t)
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("hello"), sys.getsizeof("x" * 100), sys.getsizeof(b""), sys.getsizeof(b"abc"))
print(hash("abc") == hash("ab" + "c"), hash("") == 0, hash("x") != -1, hash(b"abc") == hash(b"abc"))
