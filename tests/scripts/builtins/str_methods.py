# str methods: searching, splitting, joining, stripping, replacing, padding, partitioning.
s = "memory management"
print(s.find("man"), s.rfind("m"), s.index("e"), s.rindex("e"), s.count("m"), s.count(""))
print(s.find("m", 1), s.find("m", 1, 3), s.find("zz"), s.rfind("m", 0, -5), s.find("", 100))
print(s.startswith("mem"), s.startswith(("x", "me")), s.endswith("ment"), s.endswith("mem", 0, 3))
print(s.split(), s.split("m"), s.split("m", 2), s.rsplit("m", 2), s.split(" ", maxsplit=0))
print("  a  b\tc\n".split(), "  a  b\tc\n".rsplit(None, 1), "a,b,,c".split(","), "".split(), "".split(","))
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\r\n".splitlines(True), "\n\n".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "+".join("abc"), "".join(str(i) for i in range(5)))
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print(s.replace("m", "M"), s.replace("m", "M", 2), s.replace("", "."), "aaa".replace("a", "b", -1), "abc".replace("x", "y"))
print(s.partition(" "), s.rpartition("m"), s.partition("zz"), s.rpartition("zz"))
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("abc".center(2)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "a\tb\tc".expandtabs(4), "ab\tc".expandtabs())
print("unittest".removeprefix("unit"), "unittest".removesuffix("test"), "abc".removeprefix("x"))
print(s.upper(), s.title(), s.capitalize(), "MiXeD".swapcase(), "MiXeD".lower(), "Straße".casefold())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdecimal(), " \t".isspace(), "".isspace())
print("ABC".isupper(), "abc".islower(), "Title Case".istitle(), "not Title".istitle(), "_x1".isidentifier(), "1x".isidentifier())
print("abc".isascii(), "abc\x7f".isprintable(), "tab\t".isprintable(), "".isprintable())
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcd-abcd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(len(s), s[0], s[-1], s[7:], s[:6], s[::2], s[::-1], s[100:], s[-100:3], repr(s[5:5]))
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -2, "ab" + "cd", "m" in s, "man" in s, "" in s, "xyz" not in s)
print("apple" < "banana", "Apple" < "apple", "abc" < "abd", "ab" < "abc", "b" > "abc", "a" == "a", "a" != "b")
print(min("hello"), max("hello"), sorted("hello"), list("abc"), tuple("ab"), list(reversed("abc")))
print(str(), str(42), str(3.5), str(None), str([1, "a"]), str("x"), str(b"ab"), str(b"caf\xc3\xa9", "utf-8"))
words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(words, key=len), " ".join(sorted(words)), " ".join(w.capitalize() for w in words))
print("%s has %d items" % ("cart", 3), "{}-{}".format(1, 2), "x".__len__(), "ab".__contains__("b"))
acc = ""
for i in range(10):
    acc += str(i)
print(acc, len(acc), acc.count("1"), acc[3:7])
for c in "héllo":
    print(c, end="|")
print()
