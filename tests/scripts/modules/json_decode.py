import json
cases = ['', ' ', '[', '{', '{"a"', '{"a":', '{"a": 1,}', '[1,]', '[1 2]', '{"a" 1}', '{1:2}', '"abc',
         '"a\\x"', '"\\uXYZW"', '"\\u12"', '"\\u1234', '"a\nb"', 'nul', '-', '-x', '1.', '1e', '1.5e+',
         '01', '[1] x', '\ufeff[]', 'NaN', '-Infinity', 'Infinity', '"\\ud83d\\ude00"', '{"a":1}\n\n  x', '"\\',
         'tru', '[1,\n 2,\n x]', ' [ ] ', '{ }', '{"a" : [1, 2.5, -3e2, 4E+1, 0.1e-2], "b": {"c": null}}',
         '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9"', '-0', '-0.0', '123456789012345678901234567890', '1E400',
         '{"a": 1, "a": 2}', '[true, false, null]', '"\\u00"', '"\\ud83dx"', '[1,2', '{"a":1']
for s in cases:
    try:
        print(repr(s), '->', repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'E', e, e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda t: int(t) * 10))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: "const:" + c))
print(repr(json.loads('"a\tb"', strict=False)))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.loads(b'{"x": [1, 2]}'), json.loads(bytearray(b'"\xc3\xa9"')))
