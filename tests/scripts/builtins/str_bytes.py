# bytes: construction, repr, indexing, slicing, comparison, methods, decoding.
b = b"memory\x00\n\t'\xff"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], list(b[:3]), b"abc" + b"def", b"ab" * 3)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"), bytes())
print(b"it's", b'say "hi"', b"both ' \"", repr(b"\x7f\x80"), b"abc" == b"abc", b"abc" < b"abd", b"b" > b"abc")
print(b"abc".hex(), b"\x01\xff".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"".hex())
print(b"hello world".split(), b"a,b,,c".split(b","), b"-".join([b"x", b"y"]), b"  pad ".strip(), b"xxhixx".strip(b"x"))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".count(b"l"), b"hello".index(b"o"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"Hello".upper(), b"Hello".lower(), b"aaa".replace(b"a", b"bc"))
print(b"l" in b"hello", 108 in b"hello", b"" in b"x", b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"))
print([x for x in b"hi"], hash(b"x") == hash(b"x"), b"abc".decode("ascii"), str(b"x"), bytes(2) == b"\x00\x00")
