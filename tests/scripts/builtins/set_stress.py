# Random adds, discards, pops and updates on int sets (a fixed linear congruential generator, so
# the run is the same everywhere): the printed order exercises CPython's probing, dummy reuse and
# resizing rules, and the results of the set algebra on the same sets.
seed = 12345
for trial in range(15):
    s = set()
    span = [10, 50, 300, 100000, 1 << 40][trial % 5]
    neg = trial % 3 == 0
    seed = (seed * 1103515245 + 12345) % 2147483648
    nsteps = seed % 120 + 1
    for step in range(nsteps):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = seed % 10
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = seed % span
        if neg:
            k = k - span // 2
        if op < 5:
            s.add(k)
        elif op < 7:
            s.discard(k)
        elif op == 7 and s:
            s.pop()
        elif op == 8:
            s.update([k, k + 1, k * 3, k + 8, k + 16])
        else:
            s -= {k + 1, k}
        if step % 41 == 0:
            print(trial, step, s)
    print(trial, 'final', len(s), s)
    if span < 10000:
        t = set(range(0, span, 7))
    else:
        t = set()
        for i in range(30):
            seed = (seed * 1103515245 + 12345) % 2147483648
            t.add(seed % span)
    print(s | t, s & t, t & s)
    print(s - t, t - s, s ^ t)
    print(frozenset(s), hash(frozenset(s)) == hash(frozenset(list(s))), hash(frozenset(t)))
    u = s.copy()
    u |= t
    v = s.copy()
    v &= t
    w = s.copy()
    w ^= t
    print(u, v, w)
    u = s.copy()
    u.intersection_update(list(t))
    v = s.copy()
    v.symmetric_difference_update(list(t))
    w = s.copy()
    w.difference_update(list(t))
    print(u, v, w)
    print(s <= t, s < t, s >= t, s > t, s == t, s != t, s.isdisjoint(t), s.issubset(t), s.issuperset(t))
    print(s.__sizeof__(), t.__sizeof__(), set(s).__sizeof__(), w.__sizeof__())
    print(set(dict.fromkeys(s)) == s, set(tuple(s)))
    while len(s) > 3:
        s.pop()
    print(s, s.__sizeof__())
