import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist))
for w in ["if", "match", "case", "_", "print", "None", "none", "async", "await", "type", ""]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
