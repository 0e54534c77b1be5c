"""Values read off an index's passages once per build, for the last few builds.

The passages of a build never change, so what a question-independent scan of their texts finds
(the dates they state, the lengths of their lists, their documents' titles) is computed on the
first question and kept. A handful of builds stay: a server that reloads after ``kb index``
drops the old ones in time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from kb.index.reader import LoadedIndex

T = TypeVar("T")
KEPT_BUILDS = 8


class PerBuild(Generic[T]):
    def __init__(self, compute: Callable[[LoadedIndex], T]) -> None:
        self._compute = compute
        self._values: dict[tuple[str, int], T] = {}

    def __call__(self, index: LoadedIndex) -> T:
        # the number of passages is part of the key: a test's stand-in index may reuse a build id
        key = (index.build_id, len(index.chunks))
        found = self._values.get(key)
        if found is None:
            found = self._compute(index)
            while len(self._values) >= KEPT_BUILDS:
                self._values.pop(next(iter(self._values)))
            self._values[key] = found
        return found
