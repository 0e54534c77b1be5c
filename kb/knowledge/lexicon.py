"""Whether a dictionary lists a word: tells a German name ("Personio") from a German noun ("Inventur").

German capitalises every noun, so case alone does not mark a name there: "Personio", "Akeneo" and
"Meraki" look like "Inventur" or "Kurzarbeit". A capitalised word that neither the German nor the
English word list knows, and that is no compound of listed words ("Regaletiketten" = "Regal" +
"Etiketten"), is most likely the name of a product, firm or body. The word lists are simplemma's
lemmatisation dictionaries (several hundred thousand forms each, the same for every corpus), read
only when a question needs them.
"""

from __future__ import annotations

from functools import cache

from kb.text import slips_from

# A compound's parts are this long at least: shorter pieces ("Mer" + "aki") are words of some
# language by chance, which would make any name a compound.
MIN_PART = 4
# Linking elements between a German compound's parts ("Arbeit-s-vertrag", "Hund-e-hütte").
_LINKS = ("", "s", "es", "n", "en", "e", "er")
MAX_PARTS = 3
# Words shorter than these are too near other words by chance to be read as misspelt (see ``_misspelt``).
MIN_SLIPPED = 7
MIN_SLIPPED_COMPOUND = 12


def is_listed(word: str, language: str) -> bool:
    """Whether the word list of ``language`` or of English holds ``word`` (in any usual case)."""
    forms = {word, word.lower(), word.capitalize()}
    return any(_known(form, lang) for lang in dict.fromkeys((language, "en")) for form in forms)


def is_compound(word: str, language: str, parts: int = MAX_PARTS) -> bool:
    """Whether ``word`` is two or more listed words run together, with a linking element between."""
    lower = word.lower()
    for cut in range(MIN_PART, len(lower) - MIN_PART + 1):
        head, tail = lower[:cut], lower[cut:]
        heads = [head[: len(head) - len(link)] for link in _LINKS if head.endswith(link)]
        if not any(len(h) >= MIN_PART - 1 and is_listed(h, language) for h in heads):
            continue
        if is_listed(tail, language) or (parts > 2 and is_compound(tail, language, parts - 1)):
            return True
    return False


def looks_like_name(word: str, language: str) -> bool:
    """A word no dictionary of the language (or of English) lists, alone or as a compound, or misspelt."""
    return not is_listed(word, language) and not is_compound(word, language) and not _misspelt(word, language)


def _misspelt(word: str, language: str) -> bool:
    """A listed word with one slip ("Vertraggslaufzeit"), from ``MIN_SLIPPED`` letters on.

    A compound with a slip counts only from ``MIN_SLIPPED_COMPOUND`` letters: shorter names are
    near some compound by chance ("Personio" ~ "Person" + "ion" with one letter added).
    """
    if len(word) < MIN_SLIPPED or not word.isalpha():
        return False
    forms = slips_from(word.lower())
    if any(is_listed(form, language) for form in forms):
        return True
    return len(word) >= MIN_SLIPPED_COMPOUND and any(is_compound(form, language) for form in forms)


@cache
def lemma(word: str, language: str) -> str:
    """The word's dictionary form ("connects" -> "connect"), or the word itself when none is listed."""
    import simplemma  # a dictionary per language: loaded on the first question that needs one

    return str(simplemma.lemmatize(word, lang=language))


@cache
def _known(form: str, language: str) -> bool:
    import simplemma  # a dictionary per language: loaded on the first question that needs one

    return bool(simplemma.is_known(form, lang=language))
