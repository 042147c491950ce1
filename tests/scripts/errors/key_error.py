# KeyError: the message is the repr of the key.
stock = {"apples": 3, "pears": 0}
print(stock["apples"])
print(stock["bananas"])
