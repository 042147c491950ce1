class User:
    def __init__(self, name):
        self.name = name
users = {"a": User("ann")}
print(users["a"].name)
u = users.get("b")
print(u.name.upper())
