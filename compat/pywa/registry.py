"""The suite's cases, in the order they are declared."""

from __future__ import annotations

from collections.abc import Callable

CASES: list[tuple[str, Callable]] = []


def case(name: str) -> Callable[[Callable], Callable]:
    """Register a case `fn(wa, ids)`; it fails by raising."""

    def register(fn: Callable) -> Callable:
        if any(n == name for n, _ in CASES):
            raise ValueError(f"duplicate case name: {name}")
        CASES.append((name, fn))
        return fn

    return register
