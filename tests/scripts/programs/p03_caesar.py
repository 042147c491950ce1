import string
def caesar(text, shift):
    out = []
    for ch in text:
        if ch in string.ascii_lowercase:
            out.append(chr((ord(ch) - ord('a') + shift) % 26 + ord('a')))
        elif ch in string.ascii_uppercase:
            out.append(chr((ord(ch) - ord('A') + shift) % 26 + ord('A')))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! Attack at dawn."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello world".translate(table))
def vigenere(text, key):
    res = []
    k = [ord(c) - 97 for c in key.lower()]
    i = 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            res.append(chr((ord(ch) - base + k[i % len(k)]) % 26 + base))
            i += 1
        else:
            res.append(ch)
    return "".join(res)
print(vigenere("ATTACK AT DAWN", "lemon"))
for s in range(0, 26, 5):
    print(s, caesar("xyz ABC", s))
print(string.punctuation, string.digits, string.hexdigits)
print(string.capwords("hello   there world"))
