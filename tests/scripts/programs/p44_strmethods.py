s = "  Hello, World! Hello!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.strip().lower(), s.upper())
print(s.replace("Hello", "Bye"), s.replace("Hello", "Bye", 1), s.count("l"), s.find("z"), s.index("W"))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "l1\nl2\r\nl3".splitlines())
print("-".join(["x", "y", "z"]), "abc".startswith(("x", "a")), "abc".endswith("bc"), "ABC".isupper(), "123".isdigit())
print("hello world".capitalize(), "Hello World".swapcase(), "hello world".title(), "ß".upper(), "İ".lower() == "i̇")
print("tab\tsep".expandtabs(4), "x".join("abc"), "abc" * 3, "abc"[::-1], "abcdef"[1:5:2], "abc"[-1])
print("key=value=x".partition("="), "key=value=x".rpartition("="), "nope".partition("="))
print("Hello"[10:], "%s" % [1, 2], str(b"bytes"), "é".encode("utf-8"), b"\xc3\xa9".decode(), len("日本語"))
print(ord("A"), chr(97), chr(0x1F600) == "\U0001F600", "abc" < "abd", "Z" < "a", "apple" in "pineapple")
print("  ".isspace(), "".isspace(), "abc123".isalnum(), "Abc".istitle(), "hello"[1:3], "x".center(5, "-"))
print("{}".format("a"), "a{}b".format(1), str.upper("q"), "one two".split(" ", maxsplit=1))
print("removeprefix".removeprefix("remove"), "file.txt".removesuffix(".txt"), "aaa".lstrip("a") == "")
print("hello world".encode(), bytes([72, 105]), bytearray(b"ab") + b"c", b"abc".hex())
text = "the rain in spain stays mainly in the plain"
print(sorted(set(text.split())), [w for w in text.split() if "ain" in w], text.index("ain", 10))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""))
print(sorted("listen") == sorted("silent"), "".join(sorted("hello")), list("abc"), tuple("ab"))
print("%-10s|%10s|" % ("left", "right"), "%c%c" % (72, "i"), "%.3s" % "abcdef", "%5.1f%%" % 99.55)
print(str(None), str(True), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), ascii("é"))
