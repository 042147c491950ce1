class InsufficientFunds(Exception): pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(f"{self.owner}: balance {self._balance}, requested {amt}")
        self._balance -= amt
        self.history.append(("wd", amt))
    def __str__(self): return f"#{self.id} {self.owner:<6} {self._balance:>10.2f}"
class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance); self.rate = rate
    def add_interest(self):
        i = round(self._balance * self.rate, 2)
        self.deposit(i); return i
class Bank:
    def __init__(self): self.accounts = {}
    def open(self, cls, *a, **k):
        acc = cls(*a, **k); self.accounts[acc.id] = acc; return acc
    def transfer(self, a, b, amt):
        self.accounts[a].withdraw(amt); self.accounts[b].deposit(amt)
    def report(self):
        for acc in self.accounts.values(): print(acc)
        print(f"{'total':>9} {sum(a.balance for a in self.accounts.values()):>10.2f}")
bank = Bank()
a = bank.open(Account, "alice", 100)
b = bank.open(Savings, "bob", 1000, rate=0.05)
bank.transfer(1, 2, 50)
print("interest", b.add_interest())
for amt in [500, 5000]:
    try:
        bank.transfer(2, 1, amt)
    except InsufficientFunds as e:
        print("failed:", e)
try:
    a.deposit(-5)
except ValueError as e:
    print(e)
bank.report()
print(a.history, b.history)
