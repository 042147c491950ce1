# AttributeError on a built-in type and on an instance.
class Box:
    def __init__(self):
        self.width = 2

b = Box()
print(b.width)
try:
    b.height
except AttributeError as e:
    print("caught:", e)
[1, 2].push(3)
