def load(cfg):
    return cfg["port"]
def start(cfg):
    try:
        port = load(cfg)
    except KeyError as e:
        raise ValueError("invalid config") from e
    return port
print("starting")
start({"host": "x"})
