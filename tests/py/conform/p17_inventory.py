"""Inventory management: a typical intermediate program."""
from collections import defaultdict
from dataclasses import dataclass, field
from typing import List, Optional, Dict
import json, functools, itertools

@dataclass
class Product:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.price * self.qty

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.sku}")

class OutOfStock(Exception):
    def __init__(self, product, wanted):
        self.product, self.wanted = product, wanted
        super().__init__(f"only {product.qty} of {product.name!r} left, wanted {wanted}")

def logged(fn):
    @functools.wraps(fn)
    def inner(self, *args, **kwargs):
        result = fn(self, *args, **kwargs)
        self.log.append((fn.__name__, args, result))
        return result
    return inner

class Inventory:
    def __init__(self):
        self.products: Dict[str, Product] = {}
        self.log = []

    def __len__(self): return len(self.products)
    def __contains__(self, sku): return sku in self.products
    def __iter__(self): return iter(sorted(self.products.values(), key=lambda p: p.sku))
    def __getitem__(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None

    @logged
    def add(self, product: Product) -> int:
        if product.sku in self:
            self.products[product.sku].qty += product.qty
        else:
            self.products[product.sku] = product
        return self.products[product.sku].qty

    @logged
    def remove(self, sku: str, n: int = 1) -> int:
        p = self[sku]
        if p.qty < n:
            raise OutOfStock(p, n)
        p.qty -= n
        return p.qty

    def by_tag(self):
        groups = defaultdict(list)
        for p in self:
            for t in p.tags or ["untagged"]:
                groups[t].append(p.sku)
        return dict(sorted(groups.items()))

    def total(self) -> float:
        return sum(p.value for p in self)

    def report(self) -> str:
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Qty':>5}{'Value':>10}"]
        lines.append("-" * len(lines[0]))
        for p in self:
            lines.append(f"{p.sku:<6}{p.name:<12}{p.price:>8.2f}{p.qty:>5d}{p.value:>10,.2f}")
        lines.append(f"{'TOTAL':<31}{self.total():>10,.2f}")
        return "\n".join(lines)

inv = Inventory()
for args in [("A1", "widget", 2.5, 100, ["tools"]), ("B2", "gadget", 12.99, 7, ["tools", "tech"]),
             ("C3", "doohickey", 0.1, 3), ("A1", "widget", 2.5, 20)]:
    print("add ->", inv.add(Product(*args)))
print(inv.report())
print(len(inv), "B2" in inv, "Z9" in inv)
print(inv.by_tag())
try:
    inv.remove("C3", 5)
except OutOfStock as e:
    print("error:", e, e.wanted)
try:
    inv["Z9"]
except KeyError as e:
    print("error:", e)
try:
    Product("X", "bad", -1)
except ValueError as e:
    print("error:", e)
print(inv.remove("B2", 2), inv.remove("A1"))
for entry in inv.log:
    print(entry[0], entry[2])
snapshot = json.dumps([vars(p) for p in inv], indent=1)
print(snapshot[:120])
restored = [Product(**d) for d in json.loads(snapshot)]
print(restored[0], restored == list(inv))
pairs = list(itertools.combinations([p.sku for p in inv], 2))
print(pairs, sum(1 for _ in itertools.permutations(range(4))))
cheap = [p.name for p in inv if p.price < 5]
priciest = max(inv, key=lambda p: p.price)
print(cheap, priciest.name, f"{priciest.price:.1f}")
print(sorted(inv, key=lambda p: (-p.qty, p.name))[0].sku)
def price_history():
    price = 10.0
    while True:
        change = yield price
        if change is None:
            return
        price = round(price * (1 + change), 2)
ph = price_history(); next(ph)
print([ph.send(c) for c in (0.1, -0.05, 0.2)])
print(Product.__annotations__, Optional[int])
