# IndentationError: a block that is never indented.
def broken():
return 1
