# An uncaught RecursionError: the repeated traceback lines are folded.
def forever(n):
    return forever(n + 1)

forever(0)
