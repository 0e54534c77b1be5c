"""The glossary: the domain's words in each language, to find passages across languages.

The multilingual embeddings find a German passage for an English question, but
they rank passages in the question's own language a little higher, and BM25 only
matches words of one language. So a question's words are looked up here, and
their equivalents are added to the BM25 query of the other languages' passages:
"When is hiring a BPO provider a success?" also looks for "Erfolg", "Anbieter",
"einstellen" among the German passages and "sukses", "penyedia", "menyewa"
among the Indonesian ones. Words are compared after stemming, with the same
analyzer as the passages of that language.

It lives beside the documents (``corpus/glossary.tsv``, one row per meaning, one
column per language, synonyms separated by commas); ``kb index`` stores it in the
build. A missing file is an empty glossary.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from kb.errors import DocumentError
from kb.ingest.documents import refuse_link
from kb.languages import analyzer

GLOSSARY_FILE = "glossary.tsv"


@dataclass(frozen=True)
class Glossary:
    languages: tuple[str, ...] = ()
    # each entry: language -> the terms that say it in that language
    entries: tuple[dict[str, tuple[str, ...]], ...] = ()

    def equivalents(self, question: str, language: str) -> dict[str, list[str]]:
        """For every other language, the terms of each entry that the question uses a term of."""
        if language not in self.languages:
            return {}
        asked = set(analyzer(language).tokens(question))
        found: dict[str, list[str]] = {}
        for entry, term_stems in zip(self.entries, self._stems[language]):
            if any(stems and stems <= asked for stems in term_stems):
                for other in self.languages:
                    if other != language and entry.get(other):
                        found.setdefault(other, []).extend(entry[other])
        return found

    @cached_property
    def _stems(self) -> dict[str, list[list[frozenset[str]]]]:
        return {
            lang: [[frozenset(analyzer(lang).tokens(term)) for term in entry.get(lang, ())] for entry in self.entries]
            for lang in self.languages
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "languages": list(self.languages),
            "entries": [{lang: list(terms) for lang, terms in e.items()} for e in self.entries],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Glossary:
        entries = tuple({lang: tuple(terms) for lang, terms in e.items()} for e in data.get("entries", []))
        return cls(tuple(data.get("languages", [])), entries)


def load_glossary(path: Path) -> Glossary:
    """Read and check a glossary file; a missing file is an empty glossary."""
    refuse_link(path)
    if not path.is_file():
        return Glossary()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(f"{path}: cannot be read ({exc})") from None
    rows = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]
    if not rows:
        return Glossary()
    languages = _header(path, *rows[0])
    entries = tuple(_entry(path, n, line, languages) for n, line in rows[1:])
    return Glossary(languages, entries)


def _header(path: Path, number: int, line: str) -> tuple[str, ...]:
    languages = tuple(cell.strip().lower() for cell in line.split("\t"))
    if len(languages) < 2 or not all(len(code) == 2 and code.isalpha() for code in languages):
        raise DocumentError(
            f"{path}:{number}: the first line must name the languages, tab-separated "
            f"ISO 639-1 codes (e.g. 'en<TAB>de<TAB>id')"
        )
    if len(set(languages)) != len(languages):
        raise DocumentError(f"{path}:{number}: a language is named twice")
    return languages


def _entry(path: Path, number: int, line: str, languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    cells = line.split("\t")
    if len(cells) != len(languages):
        raise DocumentError(
            f"{path}:{number}: {len(cells)} tab-separated columns; the header names "
            f"{len(languages)} ({', '.join(languages)})"
        )
    entry = {lang: tuple(t.strip() for t in cell.split(",") if t.strip()) for lang, cell in zip(languages, cells)}
    if sum(1 for terms in entry.values() if terms) < 2:
        raise DocumentError(f"{path}:{number}: an entry needs terms in at least two languages")
    return {lang: terms for lang, terms in entry.items() if terms}
