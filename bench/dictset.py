# dictset.py: dict- and set-heavy work: word counting on generated text, set algebra, dicts keyed
# by tuples, .get / .setdefault / in / pop / update, and an inverted index.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qua", "pri", "sto"]


def make_words(n, seed):
    words = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + (x >> 16) % 3
        w = ""
        y = x
        for _ in range(k):
            w += SYLLABLES[y % len(SYLLABLES)]
            y //= len(SYLLABLES)
        words.append(w)
    return words


def word_count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def bigrams(words):
    pairs = {}
    for a, b in zip(words, words[1:]):
        key = (a, b)
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs


def inverted_index(words, doc_len):
    index = {}
    for pos, w in enumerate(words):
        index.setdefault(w, set()).add(pos // doc_len)
    return index


def set_algebra(n):
    a = set(range(0, n, 2))
    b = set(range(0, n, 3))
    c = {x for x in range(n) if x % 5 == 1}
    u = a | b | c
    i = a & b
    d = a - b - c
    s = a ^ c
    a2 = set(a)
    a2 &= b
    a2 |= {n + 1, n + 2}
    a2 -= {0}
    fs = frozenset(i)
    return (len(u), len(i), len(d), len(s), len(a2), i <= a, fs.issubset(b),
            a.isdisjoint(c), sum(i) % 1000003, len(fs & c))


def grid_graph(w, h):
    edges = {}
    for x in range(w):
        for y in range(h):
            nbrs = []
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < w and 0 <= ny < h and (nx * 7 + ny * 3) % 11 != 0:
                    nbrs.append((nx, ny))
            edges[(x, y)] = nbrs
    start = (0, 0)
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for nb in edges[node]:
                if nb not in dist:
                    dist[nb] = dist[node] + 1
                    nxt.append(nb)
        frontier = nxt
    return len(dist), max(dist.values()), sum(dist.values())


def run():
    words = make_words(250000, 42)
    counts = word_count(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("distinct:", len(counts), "top:", top)
    pairs = bigrams(words)
    print("bigrams:", len(pairs), max(pairs.values()), sorted(pairs)[:2])
    index = inverted_index(words, 100)
    common = set.intersection(*(index[w] for w, _ in top))
    print("docs with all top words:", len(common), sorted(common)[:5])
    vocab_a = set(make_words(5000, 1))
    vocab_b = set(make_words(5000, 2))
    print("vocab:", len(vocab_a), len(vocab_b), len(vocab_a & vocab_b), len(vocab_a | vocab_b),
          sorted(vocab_a - vocab_b)[:3])
    print("sets:", set_algebra(60000))
    print("grid:", grid_graph(180, 180))
    merged = {}
    for i in range(30000):
        merged.update({i % 1000: i, (i, i % 7): i * 2})
    removed = 0
    for k in list(merged):
        if isinstance(k, tuple) and k[1] == 3:
            merged.pop(k)
            removed += 1
    print("merged:", len(merged), removed, merged.get(999), merged.get((29999, 5), -1),
          (5, 5) in merged, merged.pop("missing", "default"))


run()
