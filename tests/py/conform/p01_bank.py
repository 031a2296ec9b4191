# A small bank account system: classes, properties, exceptions, sorting
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount

class FrozenAccount(Exception):
    pass

class Account:
    _next_id = 1
    interest = 0.01

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner.strip(), float(bal))

    @staticmethod
    def validate(amount):
        return isinstance(amount, (int, float)) and amount > 0

    def deposit(self, amount):
        if not self.validate(amount):
            raise ValueError(f"bad amount {amount!r}")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance:,.2f})"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)

    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    interest = 0.03

    def add_interest(self):
        gain = round(self._balance * self.interest, 2)
        self.deposit(gain)
        return gain

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise FrozenAccount("too many withdrawals") from None
        return super().withdraw(amount)

accts = [Account("ann", 100), Savings("bob", 2500.5), Account.from_string("cy : 42.125"),
         Savings.from_string("dee:1e3")]
for a in accts:
    print(a, a.id, type(a).interest)

print(sorted(accts))
print(sorted(accts, reverse=True)[0])
print(max(accts, key=lambda a: len(a.owner)))
print(min([], default="none"))

try:
    accts[0].withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, e.amount, e.args)

s = accts[1]
print(s.add_interest(), s.balance)
s.withdraw(1).withdraw(2)
try:
    s.withdraw(3)
except FrozenAccount as e:
    print(repr(e), e.__cause__, e.__suppress_context__)

try:
    accts[0].balance = -5
except ValueError as e:
    print("ValueError:", e)

try:
    accts[0].deposit("10")
except ValueError as e:
    print(e)

d = {a: a.owner for a in accts}
print(len(d), d[accts[2]])
print(accts[0] == accts[0], accts[0] == 5, accts[0] != accts[1])
print(Account.validate(3), Account.validate(-1), Account.validate("x"))
print("%-6s|%8.3f|%x" % ("ann", 3.14159, 255))
print("{:>10}|{:^10}|{:<10}|".format("r", "c", "l"))
print("{0}{1}{0}".format("ab", "cd"))
print(f"{12345.6789:e} {0.000123:g} {1e20:g} {123456789:_d} {3.5:%}")
total = sum(a.balance for a in accts)
print(f"total={total:.3f}")
print(s.history)
