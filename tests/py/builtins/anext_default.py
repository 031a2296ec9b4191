class AIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n >= 2:
            raise StopAsyncIteration
        self.n += 1
        return self.n

async def main():
    it = aiter(AIt())
    print(await anext(it, "done"), await anext(it, "done"), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    w = anext(it, 0)
    print(type(w).__name__, await w)

c = main()
try:
    c.send(None)
except StopIteration:
    print("finished")
for bad in (lambda: aiter(1), lambda: anext(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
