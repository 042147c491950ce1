# hello.py: a first program for tally (`make run-example` runs it).
# It uses a function, a loop, a list, a dict and f-strings: everything here is plain Python 3.

def greet(name, excited=False):
    """Return a greeting for name."""
    mark = "!" if excited else "."
    return f"Hello, {name}{mark}"

print(greet("world", excited=True))
print("tally runs ordinary Python 3 programs and shows what they do with memory.")
print()

languages = ["Python", "Lua", "C"]
for number, language in enumerate(languages, start=1):
    print(f"{number}. {greet(language)}")
print()

word_lengths = {}
for word in "the quick brown fox jumps over the lazy dog".split():
    word_lengths[word] = len(word)
longest = max(word_lengths, key=word_lengths.get)
print(f"{len(word_lengths)} different words; the longest is {longest!r} ({word_lengths[longest]} letters)")

squares = [n * n for n in range(1, 6)]
print("squares:", squares, "sum:", sum(squares))
print("Next: try the REPL (./tally) or run examples/memory.py.")
