class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.parse_item(x) for x in self.text.split(",")]
    def parse_item(self, x):
        return int(x.strip())
p = Parser("1, 2, 3")
print(p.parse())
Parser("4, five, 6").parse()
