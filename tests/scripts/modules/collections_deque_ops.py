# deque under a long deterministic mix of operations (checks the internal head offset).
from collections import deque

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

for maxlen in (None, 5, 40):
    d = deque(maxlen=maxlen)
    ref = []
    log = []
    for step in range(3000):
        op = rnd(12)
        v = rnd(100)
        try:
            if op < 3:
                d.append(v)
            elif op < 5:
                d.appendleft(v)
            elif op < 7:
                log.append(d.popleft())
            elif op == 7:
                log.append(d.pop())
            elif op == 8 and d:
                i = rnd(len(d)) - len(d) // 2
                d[i] = v
                log.append(d[i])
            elif op == 9:
                d.rotate(rnd(7) - 3)
            elif op == 10 and d:
                log.append(d[0] + d[-1] + len(d))
            elif op == 11:
                d.extend(range(rnd(4)))
        except IndexError as e:
            log.append(str(e))
        if step % 500 == 0:
            print(maxlen, step, list(d)[:8], len(d), sum(d))
    print(maxlen, len(log), log[-10:], sum(x for x in log if isinstance(x, int)))
    print(d == deque(list(d)), list(reversed(d)) == list(d)[::-1], 5 in d)
