# An uncaught exception: output so far, then the traceback on stderr and exit status 1.
def level_two(items):
    return items["missing"]

def level_one():
    data = {"present": 1}
    return level_two(data)

print("before the error")
level_one()
print("never printed")
