"""Streams of rows: views and exports write rows as they read them, a chunk at a time, at any library size."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


def chunked(items: Iterable[T], size: int, first: int | None = None) -> Iterator[list[T]]:
    """`items` in lists of `size` (the first one of `first`, when given; the last one shorter)."""
    chunk: list[T] = []
    wanted = first or size
    for item in items:
        chunk.append(item)
        if len(chunk) >= wanted:
            yield chunk
            chunk = []
            wanted = size
    if chunk:
        yield chunk


class Counted(Generic[T]):
    """An iterator that counts what was taken from it (how many rows a writer wrote)."""

    def __init__(self, items: Iterable[T]) -> None:
        self._items = iter(items)
        self.count = 0

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        item = next(self._items)
        self.count += 1
        return item
