# str fast paths: substring search (short and pathological needles), ASCII case conversion,
# concatenation, identity of one-character strings, sizes.
import sys

text = ",".join("item%d" % i for i in range(300))
print(text.find("item299"), text.find("item3000"), "item55," in text, "tem7" in text, "zz" in text)
print(text.count("item"), text.count("9,"), len(text.replace("item", "x")), text.rfind("item1"))
print(text.split("m2")[:4], text.partition("em1")[0], text.index("m10"))

n = "a" * 50 + "b" + "a"
h = "a" * 20000
print(h.find(n), n in h, h.count(n))
h2 = h + n + "aaa"
print(h2.find(n), n in h2, h2.replace(n, "<>")[-6:])

for s in ["", "a", "Hello, World! 123", "abcdefghijklmnopqrstuvwxyz" * 3, "ABC@[`{xyz~\x7f", "mixed Ünïcode ß"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.casefold()))

s = "hello"
h1, e1, H1 = chr(104), chr(101), chr(72)
print(s[0] is h1, s[1:2] is e1, "".join([e1]) is e1, s.upper()[0] is H1, chr(200) is (s + "\xc8")[-1],
      (s + "x")[:1] is h1, s.lower()[:1] is h1, h1.upper() is H1, str(h1) is h1, chr(233).upper() is chr(201))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abc" * 10), sys.getsizeof("x" + "y" * 40))

acc = ""
for i in range(300):
    acc += str(i)
t = ""
for i in range(100):
    t = t + "ab" + "c"
print(len(acc), acc[-10:], len(t), t[:7], hash(acc) == hash("".join(str(i) for i in range(300))))
a, b = 3, "x"
print(f"{a}-{b}-{a!r} {b:>4}|{a:<3}|", "{}-{}".format(a, b), "%s-%d-%r" % (b, a, b))
a1, e0 = chr(97), ""
print("".join([e0, a1]) is a1, "-".join([a1]) is a1, (e0 + a1) is a1, "%s" % a1 is a1,
      "{}".format(a1) is a1, f"{a1}" is a1, a1.strip() is a1, (a1 + "  ").strip() is a1)
print("".join(["ab", "", "cd", "é"]), ",".join(("x",)), "-".join(iter(["p", "q"])), "".join([]))
class S(str): pass
r = "".join([S("zz")])
print(type(r).__name__, r)
try:
    ",".join(["a", 1])
except TypeError as exc:
    print(exc)
