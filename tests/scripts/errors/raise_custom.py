# Raising a custom exception with chaining: both tracebacks are shown.
class ConfigError(Exception):
    pass

def load(settings):
    try:
        return settings["port"]
    except KeyError as e:
        raise ConfigError("port is not configured") from e

load({})
