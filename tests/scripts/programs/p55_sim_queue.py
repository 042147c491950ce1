import random
from collections import deque
random.seed(2024)
class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
def simulate(minutes, arrival_prob, tellers):
    queue = deque(); busy = [0] * tellers; waits = []; cid = 0
    for t in range(minutes):
        if random.random() < arrival_prob:
            cid += 1
            queue.append(Customer(cid, t, random.randint(2, 6)))
        for i in range(tellers):
            if busy[i] > 0:
                busy[i] -= 1
            if busy[i] == 0 and queue:
                c = queue.popleft()
                waits.append(t - c.arrival)
                busy[i] = c.service
    return cid, waits, len(queue)
for tellers in (1, 2, 3):
    n, waits, left = simulate(200, 0.4, tellers)
    avg = sum(waits) / len(waits) if waits else 0
    print(f"tellers={tellers} customers={n} served={len(waits)} avg_wait={avg:6.2f} max_wait={max(waits)} left={left}")
walk = [0]
for _ in range(50):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk[-1], max(walk), min(walk))
dice = {}
for _ in range(1000):
    s = random.randint(1, 6) + random.randint(1, 6)
    dice[s] = dice.get(s, 0) + 1
for k in sorted(dice):
    print(f"{k:2} {dice[k]:4} {'#' * (dice[k] // 10)}")
