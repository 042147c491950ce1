class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, bal): self.bal = bal
    def withdraw(self, amt):
        if amt > self.bal:
            raise InsufficientFunds(f"need {amt - self.bal} more")
        self.bal -= amt
def process(acct, amounts):
    for a in amounts:
        acct.withdraw(a)
        print("withdrew", a, "left", acct.bal)
process(Account(100), [30, 50, 40])
