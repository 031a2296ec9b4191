"""A tiny expression evaluator: tokenizer, recursive-descent parser, AST classes."""
from dataclasses import dataclass
from typing import Union
import operator

class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else f"{msg} at position {pos}")
        self.pos = pos

@dataclass(frozen=True)
class Num:
    value: float
@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Node"
    right: "Node"
@dataclass(frozen=True)
class Neg:
    operand: "Node"
Node = Union[Num, BinOp, Neg]

def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            try:
                yield ("num", float(text) if "." in text else int(text), i)
            except ValueError:
                raise CalcError(f"bad number {text!r}", i) from None
            i = j
        elif c in "+-*/()^%":
            yield ("op", c, i); i += 1
        else:
            raise CalcError(f"unexpected character {c!r}", i)
    yield ("end", None, len(src))

class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src)); self.pos = 0
    def peek(self): return self.tokens[self.pos]
    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}", tok[2])
        self.pos += 1
        return tok
    def parse(self):
        node = self.expr(); self.take("end"); return node
    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]; node = BinOp(op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]; node = BinOp(op, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take(); return BinOp("^", base, self.factor())
        return base
    def unary(self):
        if self.peek()[1] == "-":
            self.take(); return Neg(self.unary())
        if self.peek()[1] == "(":
            self.take(); node = self.expr(); self.take("op", ")"); return node
        return Num(self.take("num")[1])

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod, "^": operator.pow}
def evaluate(node):
    match node:
        case Num(value=v): return v
        case Neg(operand=o): return -evaluate(o)
        case BinOp(op=op, left=l, right=r):
            try:
                return OPS[op](evaluate(l), evaluate(r))
            except ZeroDivisionError as e:
                raise CalcError("division by zero") from e
    raise TypeError(node)

def show(node, depth=0):
    pad = "  " * depth
    if isinstance(node, BinOp):
        return f"{pad}{node.op}\n{show(node.left, depth + 1)}\n{show(node.right, depth + 1)}"
    if isinstance(node, Neg):
        return f"{pad}neg\n{show(node.operand, depth + 1)}"
    return f"{pad}{node.value!r}"

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 - -2", "1.5 * (2 + 0.25)", "2 ^ 100", "10 / (5 - 5)", "3 + ", "4 $ 4", "1.2.3 + 1", "((1)"]:
    try:
        tree = Parser(src).parse()
        print(f"{src:>18} = {evaluate(tree)!r}")
    except CalcError as e:
        print(f"{src:>18} ! {e} (pos={e.pos}, cause={type(e.__cause__).__name__})")
tree = Parser("1 + 2 * -(3 - 4)").parse()
print(show(tree)); print(tree)
print(tree == Parser("1+2*-(3-4)").parse(), hash(tree) == hash(Parser("1+2*-(3-4)").parse()))
print(len({Parser(s).parse() for s in ["1+2", "1 + 2", "2+1"]}))
Parser("1 + (2 * 3").parse()
