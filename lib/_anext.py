"""anext(aiterator, default)'s awaitable (refpy's own helper for the
built-in anext)."""


class anext_awaitable:
    __slots__ = ("_awaitable", "_default")

    def __init__(self, awaitable, default):
        self._awaitable = awaitable
        self._default = default

    def __await__(self):
        try:
            return (yield from self._awaitable.__await__())
        except StopAsyncIteration:
            return self._default
