# TypeError from adding incompatible types, deep inside calls.
def label(n):
    return "item " + n

def render(items):
    return [label(i) for i in items]

print(render([]))
print(render([1, 2]))
