inventory = {}
def add(name, qty, price):
    if name in inventory:
        inventory[name]["qty"] += qty
    else:
        inventory[name] = {"qty": qty, "price": price}
def remove(name, qty):
    item = inventory.get(name)
    if item is None:
        raise KeyError(name)
    if item["qty"] < qty:
        raise ValueError(f"only {item['qty']} {name} left")
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[name]
add("widget", 10, 2.5); add("gadget", 3, 10.0); add("widget", 5, 2.5); add("doohickey", 1, 99.99)
remove("gadget", 1)
for op in [("gadget", 5), ("nothing", 1), ("doohickey", 1)]:
    try:
        remove(*op)
        print("removed", op)
    except KeyError as e:
        print("no such item:", e)
    except ValueError as e:
        print("error:", e)
print(f"{'item':<10}{'qty':>5}{'price':>8}{'value':>9}")
for name, it in sorted(inventory.items()):
    print(f"{name:<10}{it['qty']:>5}{it['price']:>8.2f}{it['qty'] * it['price']:>9.2f}")
print("total value:", sum(i["qty"] * i["price"] for i in inventory.values()))
low = [n for n, i in inventory.items() if i["qty"] < 5]
print("low stock:", low or "none")
print(str(inventory))
