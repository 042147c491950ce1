import json
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "active": True, "dims": {"w": 1, "h": 2.5}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
back = json.loads(s)
print(back == data, back["dims"]["h"], type(back["tags"]).__name__)
print(json.loads('[1, 2.0, "x", null, false, {"k": [true]}]'))
print(json.dumps("h\u00e9llo \"q\"\n"), json.dumps("h\u00e9llo", ensure_ascii=False))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(json.dumps([1, (2, 3)], separators=(",", ":")))
