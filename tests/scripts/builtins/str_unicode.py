# Non-ASCII text: length in code points, indexing, slicing, case mapping, repr and escapes.
s = "héllo wörld 日本 😀!"
print(len(s), s[1], s[-2], s[12:14], s[::-1], s[1::3], s.upper(), s.title())
print([c for c in s[:6]], list(enumerate("aé😀"))[2], "é" in s, "😀!" in s, s.find("wörld"), s.index("日"), s.count("l"))
print(s.split(" "), s.replace("ö", "oe"), s.encode("utf-8"), len(s.encode()), s.encode().decode() == s)
print(repr("é\n\t\x00\x7f\x80\xa0\xad\u2028\U0001F600\ufeff"), ascii("é😀"), repr("it's"), repr('say "hi"'), repr("both ' \""))
print("straße".upper(), "ΑΣ Σ".lower(), "ǆungla".title(), "ǆungla".capitalize(), "İ".lower(), len("İ".lower()), "ﬁre".upper())
print("Σίσυφος".upper(), "ΌΣΟΣ".lower(), "ß".swapcase(), "Ⅻ".lower(), "ⓐ".upper(), "ǅ".istitle(), "ǅ".isupper())
print("٣٤".isdecimal(), int("٣٤"), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "½".isdigit(), "一".isnumeric())
print("日本".isalpha(), "é1".isalnum(), "\u3000\xa0".isspace(), "\u200b".isspace(), "ñandú".isidentifier(), "x·y".isidentifier())
print("\xa0".isprintable(), "\u00e9".isprintable(), "\U0001F600".isprintable(), "\u0378".isprintable())
print(" ".join(["α", "β", "γ"]), "αβγ".center(7, "·"), "ö".zfill(3), "wörld".ljust(8, "~"), "x\u3000y".split())
print(sorted(["zebra", "Äpfel", "apple", "éclair", "Zoo"]), "é" > "z", "😀" > "日")
print(chr(233), ord("é"), chr(0x1F600), ord("😀"), [hex(ord(c)) for c in "aé日😀"])
print("Ünïcödé".encode("latin-1"), "abc".encode("ascii"), "é".encode("ascii", "replace"), "é😀".encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
for data in [b"\xff", b"ab\xe4\xbd", b"\xe4x"]:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
t = "aé" * 1000
total = 0
for i in range(len(t)):
    if t[i] == "é":
        total += 1
print(total, t[1999], t[-1], len(t[::7]))
