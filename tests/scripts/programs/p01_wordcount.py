text = """The quick brown fox jumps over the lazy dog. The dog barks!
A fox, a dog, and a cat walk into a bar; the bartender says: what is this, a joke?"""
def normalize(w):
    return "".join(c for c in w.lower() if c.isalnum())
counts = {}
for w in text.split():
    n = normalize(w)
    if n:
        counts[n] = counts.get(n, 0) + 1
for word, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:<12}{c:>3} {'*' * c}")
print("total words:", sum(counts.values()), "unique:", len(counts))
longest = max(counts, key=len)
print(f"longest word: {longest!r} ({len(longest)} chars)")
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d}: {line[:30]}... ({len(line.split())} words)")
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
print(text.title()[:40])
print("|".join(sorted(set(normalize(w) for w in text.split()) - {""})[:8]))
