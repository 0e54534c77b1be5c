"""One mechanism for every table of words kb writes: messages, quiz wording, page labels.

A table maps a key to its text per language. The rule when a language is missing is
the same everywhere: fall back to English; a key that is not in the table is a
programming error and raises ``KeyError``.
"""

from __future__ import annotations

from collections.abc import Mapping

from kb.languages import DEFAULT

Table = Mapping[str, Mapping[str, str]]


class Strings:
    """Texts by key and language, with ``{name}`` placeholders filled by ``text``."""

    def __init__(self, table: Table) -> None:
        for key, variants in table.items():
            if DEFAULT not in variants:
                raise ValueError(f"string {key!r} has no {DEFAULT!r} text to fall back on")
        self._table = table

    def __contains__(self, key: str) -> bool:
        return key in self._table

    def text(self, key: str, language: str, /, **values: object) -> str:
        variants = self._table[key]
        template = variants.get(language) or variants[DEFAULT]
        return template.format(**values) if values else template

    def keys(self) -> list[str]:
        return list(self._table)
