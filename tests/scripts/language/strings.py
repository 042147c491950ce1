# Common string operations.
s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1])
print(s.upper(), s.lower(), s.swapcase(), s.title())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), "xyz" in s, "World" in s)
print(s.replace("l", "L"), s.replace("l", "L", 1))
print(s.split(", "), "a b  c".split(), "a,b,,c".split(","), "x-y-z".rsplit("-", 1))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")))
print("  pad  ".strip() + "|", "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|")
print(s.startswith("Hell"), s.endswith("d"), "42".isdigit(), "abc".isalpha(), " ".isspace())
print("ab" * 3, "a" + "b", "abc" < "abd", "Z" < "a")
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print(str(42), str(3.5), str(None), str(True), str([1, "a"]))
name = "tally"
n = 3
print(f"{name} has {n} parts", f"{n * 2:>5}|", f"{3.14159:.2f}", f"{name!r}", f"{255:x} {255:08b}")
print("{} and {}".format("this", "that"), "{0}{1}{0}".format("a", "b"), "%s=%d" % ("x", 5))
print("center".center(12, "*"), "left".ljust(8) + "|", "right".rjust(8), "7".zfill(3))
print(ord("A"), chr(97), "é", len("héllo"), "héllo".upper())
lines = "one\ntwo\nthree"
for i, line in enumerate(lines.splitlines()):
    print(i, line)
print("%5.1f|%-4d|%x|%r" % (2.25, 7, 255, "q"))
