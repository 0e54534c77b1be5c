"""One registry per replaceable stage: backends chosen by name, as ``name`` or ``name:ARG``.

kb's seams (embedders, vector indexes, lexical indexes, answer writers) each keep a
``Registry`` of factories. Code asks the registry for a backend by the name in its
settings; tests register fakes in fixtures and unregister them afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from kb.errors import KBError

T = TypeVar("T")


class Registry(Generic[T]):
    """Factories by name; ``create("name:ARG")`` calls the factory of ``name`` with ``ARG``."""

    def __init__(self, what: str, error: type[KBError] = KBError) -> None:
        self.what = what
        self._error = error
        self._factories: dict[str, Callable[[str], T]] = {}

    def register(self, name: str, factory: Callable[[str], T]) -> None:
        if not name or ":" in name:
            raise ValueError(f"a {self.what} name is a word without ':', not {name!r}")
        self._factories[name] = factory

    def unregister(self, name: str) -> None:
        self._factories.pop(name, None)

    def names(self) -> list[str]:
        return sorted(self._factories)

    def __contains__(self, name: str) -> bool:
        return name in self._factories

    def create(self, spec: str) -> T:
        name, _, arg = spec.partition(":")
        factory = self._factories.get(name)
        if factory is None:
            raise self._error(f"unknown {self.what} {spec!r}; known: {', '.join(self.names())}")
        return factory(arg)
