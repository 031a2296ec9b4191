"""anext(aiterator, default)'s awaitable (refpy's own helper for the
built-in anext)."""


class anext_awaitable:
    __slots__ = ("_iterator", "_default")

    def __init__(self, iterator, default):
        self._iterator = iterator
        self._default = default

    def __await__(self):
        # __anext__ is called when awaited, as CPython's anext_awaitable does
        awaitable = type(self._iterator).__anext__(self._iterator)
        try:
            return (yield from awaitable.__await__())
        except StopAsyncIteration:
            return self._default
