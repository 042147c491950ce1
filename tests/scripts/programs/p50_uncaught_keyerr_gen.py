def gen(d, keys):
    for k in keys:
        yield d[k]
config = {"x": 1, "y": 2}
for v in gen(config, ["x", "y", "z"]):
    print(v)
