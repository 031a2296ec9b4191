import json
data = {"name": "chai", "sizes": [1, 2.5, -3], "ok": True, "none": None, "nested": {"a": [], "b": {}}, "uni": "é€😀\n\t\"q\"", 5: "int key", 1.5: "f", None: 0, False: 1}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps([1, [2, {"x": 3}]], indent="\t"))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 0.1, 10**30]))
for bad in [lambda: json.dumps({1, 2}), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps([float("nan")], allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted), json.dumps({(1, 2): 3}, skipkeys=True), json.dumps("x"), json.dumps(None))
text = '{"a": [1, 2.5, -3e2, true, false, null, "s\\u00e9\\ud83d\\ude00\\n"], "b": {"c": {}}, "d": [] , "e": NaN}'
obj = json.loads(text)
print(obj, type(obj["a"][1]).__name__, type(obj["a"][0]).__name__)
print(json.loads("  123  "), json.loads('"\\"x\\""'), json.loads(b"[1]"), json.loads("-0.5e-1"))
for bad in ["", "[1,]", "{'a': 1}", '{"a" 1}', '{"a": 1 "b": 2}', "[1 2]", '"abc', "tru", "[1] x", '"\\x"', "{", '{"a":1,}', '"\x01"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[1.5]', parse_float=str))
print(json.loads(json.dumps(data, indent=4)) == json.loads(json.dumps(data)))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError))
