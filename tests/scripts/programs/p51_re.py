import re
text = "Contact: alice@example.com, bob.smith@mail.org; phone 555-1234 or 555-9876."
print(re.findall(r"[\w.]+@[\w.]+\w", text))
print(re.findall(r"\d{3}-\d{4}", text), re.sub(r"\d", "#", "a1b22c333"))
m = re.search(r"(\w+)@(\w+)\.com", text)
print(m.group(0), m.group(1), m.groups(), m.start(), m.span())
print(re.split(r"[,;]\s*", "a, b;c,  d"), bool(re.match(r"^\d+$", "12345")), re.fullmatch(r"a+", "aab"))
