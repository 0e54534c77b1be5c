"""Every word the corpus uses, in any language: what "the knowledge base mentions it" means.

Built from the loaded passages (no file of its own: the chunk table is already verified by
its checksum). Lower-case forms answer "is this word used?", with a prefix match so that an
inflected or compounded form counts ("indonesischen" ~ "indonesia"); the forms as written
keep acronyms apart from words ("KRITIS", a German acronym, is not Indonesian "kritis").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kb.text import slips_from

_TOKEN = re.compile(r"[^\W_]+")
_COMPOUND = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
# A prefix shared with a corpus word counts when it is this long and most of the longer word
# ("providers" ~ "provider"; not "Salesforce" ~ "sales").
MIN_PREFIX = 5
MIN_PREFIX_SHARE = 0.7
# A name followed by up to this many letters is the same name ("Akeneos", "Indonesian").
MAX_NAME_ENDING = 3
# A word this long that the corpus lacks but writes with one slip counts as a misspelling.
MIN_TYPO = 7


@dataclass(frozen=True)
class CorpusVocabulary:
    lower: frozenset[str]
    as_written: frozenset[str]
    _sorted: tuple[str, ...]
    hyphenated: frozenset[str] = frozenset()  # "multi-sourcing", lower case
    # pattern -> whether some word matches it: a loaded index's vocabulary is scanned once per pattern
    _matched: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def of(cls, texts: Iterable[str]) -> CorpusVocabulary:
        written: set[str] = set()
        hyphenated: set[str] = set()
        for text in texts:
            written.update(_TOKEN.findall(text))
            hyphenated.update(w.lower() for w in _COMPOUND.findall(text))
        lower = frozenset(w.lower() for w in written)
        return cls(lower, frozenset(written), tuple(sorted(lower)), frozenset(hyphenated))

    def uses_compound(self, word: str) -> bool:
        """Whether the corpus uses ``word`` as one word, hyphenated ("co-sourcing") or closed ("cosourcing")."""
        word = word.lower()
        if word in self.hyphenated or word in self.lower or word.replace("-", "") in self.lower:
            return True
        # "multisourcing" for the corpus's "Multi-Sourcing"
        return "-" not in word and any(h.replace("-", "") == word for h in self.hyphenated)

    def one_slip_from(self, word: str) -> set[str]:
        """The corpus words (lower case) ``word`` is one slip away from ("Outsorcing": "outsourcing").

        One letter dropped, added, changed or two swapped, never the first (a name differing in its
        first letter is another name: "Gartner" is no "Partner"), and only from ``MIN_TYPO`` letters on.
        """
        return slips_from(word.lower()) & self.lower if len(word) >= MIN_TYPO else set()

    def writes_misspelt(self, word: str) -> bool:
        """Whether ``word`` is one slip away from a corpus word (see ``one_slip_from``)."""
        return bool(self.one_slip_from(word))

    def uses(self, word: str) -> bool:
        """Whether the corpus uses ``word`` (any case), or a word sharing most of its stem."""
        word = word.lower()
        if word in self.lower:
            return True
        if len(word) < MIN_PREFIX:
            return False
        start = bisect.bisect_left(self._sorted, word[:MIN_PREFIX])
        for known in self._sorted[start:]:
            if not known.startswith(word[:MIN_PREFIX]):
                break
            shared = _shared_prefix(word, known)
            if shared >= MIN_PREFIX_SHARE * max(len(word), len(known)):
                return True
        return False

    def uses_matching(self, pattern: re.Pattern[str]) -> bool:
        """Whether some corpus word (lower case) matches ``pattern`` as a whole."""
        if pattern.pattern not in self._matched:
            self._matched[pattern.pattern] = any(pattern.fullmatch(w) for w in self._sorted)
        return self._matched[pattern.pattern]

    def starting_with(self, prefix: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` corpus words (lower case) that begin with ``prefix``, in alphabetical order."""
        prefix = prefix.lower()
        start = bisect.bisect_left(self._sorted, prefix)
        found: list[str] = []
        for known in self._sorted[start:]:
            if not known.startswith(prefix) or len(found) == limit:
                break
            found.append(known)
        return found

    def writes(self, word: str) -> bool:
        """Whether the corpus writes ``word`` itself or, from five letters on, inside a compound ("akeneodaten").

        No shared stem counts, as it does for ``uses``: a name is written, not inflected ("Personio" is
        no form of "Personal").
        """
        word = word.lower()
        return word in self.lower or (len(word) >= MIN_PREFIX and any(word in known for known in self._sorted))

    def uses_name(self, word: str) -> bool:
        """Whether the corpus writes the name ``word``, maybe with an ending ("Indonesian" ~ "Indonesia").

        Stricter than ``uses``: one form must begin with the other, so that a name sharing only a
        stem with a corpus word is another name ("Panduit" is no form of "panduan").
        """
        word = word.lower()
        shortest = max(MIN_PREFIX, len(word) - MAX_NAME_ENDING)
        return self.writes(word) or any(word[:cut] in self.lower for cut in range(shortest, len(word)))

    def uses_within(self, word: str) -> bool:
        """Whether the corpus uses ``word`` or a compound holding it ("Nobel" in "Wirtschaftsnobelpreis")."""
        return self.uses(word) or self.writes(word)

    def uses_as_written(self, word: str) -> bool:
        """Whether the corpus writes ``word`` exactly so (an acronym, maybe in the plural: "SLAs")."""
        return word in self.as_written or (word.endswith("s") and word[:-1] in self.as_written)


def _shared_prefix(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))
