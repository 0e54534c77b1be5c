"""Numbers, durations, shares and dates of a quote in another language, written for the asker.

A German quote says "sechs bis neun Monate"; an Indonesian asker reads "(6–9 bulan)" after it.
No translation model exists offline, but quantities can be carried across languages exactly: a
number word is a number, a month is a month. Tables of number words, units and month names in
English, German and Indonesian do it; nothing here depends on a document.
"""

from __future__ import annotations

import re

_ONES = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas",
}
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
}
_WORD_VALUES: dict[str, dict[str, float]] = {
    lang: {w: float(v) for v, w in enumerate(words.split())} for lang, words in _ONES.items()
}
for _lang, _words in _TENS.items():
    _WORD_VALUES[_lang].update({w: float(20 + 10 * i) for i, w in enumerate(_words.split())})
_WORD_VALUES["en"].update({"hundred": 100.0})
_WORD_VALUES["de"].update(
    {"ein": 1.0, "eine": 1.0, "einem": 1.0, "einen": 1.0, "einer": 1.0, "eines": 1.0, "hundert": 100.0}
)
_WORD_VALUES["de"].update({"eineinhalb": 1.5, "anderthalb": 1.5})
_WORD_VALUES["id"].update({"seratus": 100.0, "seribu": 1000.0})
_DE_COMPOUND = re.compile(r"(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\w+zig|dreißig)$")

# unit -> each language's forms: singular and plural as written, then other forms recognised.
_UNITS: dict[str, dict[str, str]] = {
    "minute": {"en": "minute|minutes", "de": "Minute|Minuten", "id": "menit|menit"},
    "hour": {"en": "hour|hours", "de": "Stunde|Stunden", "id": "jam|jam"},
    "working day": {"en": "working day|working days|business day|business days",
                    "de": "Arbeitstag|Arbeitstage|Arbeitstagen|Werktag|Werktage|Werktagen",
                    "id": "hari kerja|hari kerja"},
    "day": {"en": "day|days", "de": "Tag|Tage|Tagen", "id": "hari|hari"},
    "week": {"en": "week|weeks", "de": "Woche|Wochen", "id": "minggu|minggu|pekan"},
    "month": {"en": "month|months", "de": "Monat|Monate|Monaten|Monats", "id": "bulan|bulan"},
    "year": {"en": "year|years", "de": "Jahr|Jahre|Jahren|Jahres", "id": "tahun|tahun"},
    "percent": {"en": "percent|percent|per cent", "de": "Prozent|Prozent", "id": "persen|persen"},
    "thousand": {"en": "thousand|thousand", "de": "Tausend|Tausend", "id": "ribu|ribu"},
    "million": {"en": "million|million|millions", "de": "Million|Millionen", "id": "juta|juta"},
    "billion": {"en": "billion|billion|billions", "de": "Milliarde|Milliarden", "id": "miliar|miliar"},
}  # fmt: skip
# language -> each recognised form (lower case) -> its unit
_UNIT_OF = {
    lang: {form: unit for unit, forms in _UNITS.items() for form in forms[lang].lower().split("|")}
    for lang in ("en", "de", "id")
}
# Indonesian writes "one day", "one month" as one word.
_ID_ONE = {"sehari": "day", "seminggu": "week", "sebulan": "month", "setahun": "year", "sejam": "hour"}
_RANGE = {"en": {"to", "-", "–"}, "de": {"bis", "-", "–"}, "id": {"sampai", "hingga", "-", "–"}}
_OR = {"en": "or", "de": "oder", "id": "atau"}
_BETWEEN = {"en": ("between", "and"), "de": ("zwischen", "und"), "id": ("antara", "dan")}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}
_MONTH_NUMBER = {lang: {m.lower(): i for i, m in enumerate(names.split())} for lang, names in _MONTHS.items()}
_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag",
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
}
_CALENDAR_WORDS = {lang: {w.lower() for w in f"{_MONTHS[lang]} {_WEEKDAYS[lang]}".split()} for lang in _MONTHS}
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+|[–-]")


# A year, a written date ("4.3.2025") or a month's name in any of the three languages.
_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b(?:"
    + "|".join(sorted({m for names in _MONTHS.values() for m in names.split()}))
    + r")\b"
)


def is_calendar_word(word: str, language: str) -> bool:
    """A month's or a weekday's name, maybe in the plural ("Sundays"): capitalised, but no name of a thing."""
    known = _CALENDAR_WORDS.get(language, set())
    lower = word.lower()
    return lower in known or (lower.endswith("s") and lower[:-1] in known)


def states_date(text: str) -> bool:
    """Whether ``text`` gives a year, a date or a month (month names as written: capitalised)."""
    return bool(_DATE.search(text))


def states_number(sentence: str, language: str) -> bool:
    """Whether ``sentence`` gives a number of two or more, in digits or in words ("two main types")."""
    values = _WORD_VALUES.get(language, {})
    return any(t.isdigit() or values.get(t.lower(), 0.0) >= 2 for t in _TOKEN.findall(sentence))


def stated_numbers(sentence: str, language: str) -> set[float]:
    """The numbers ``sentence`` gives in digits, and in words from two up ("two main types": {2.0})."""
    values = _WORD_VALUES.get(language, {})
    tokens = _TOKEN.findall(sentence)
    # isdecimal, not isdigit: "²" is a digit that float() cannot read
    return {float(t) for t in tokens if t.isdecimal()} | {v for t in tokens if (v := values.get(t.lower(), 0.0)) >= 2}


def number_words(language: str) -> dict[str, float]:
    """The language's number words and their values ("vier": 4.0)."""
    return dict(_WORD_VALUES.get(language, {}))


def gloss(sentence: str, source: str, target: str) -> list[str]:
    """The quantities of ``sentence`` (in language ``source``) as ``target`` writes them, each once.

    Digits stand as they are unless a unit or month name around them needs its target form;
    a number word becomes digits ("sechs bis neun Monate" -> "6–9 months").
    """
    if source == target or source not in _WORD_VALUES or target not in _WORD_VALUES:
        return []
    tokens = _TOKEN.findall(sentence)
    found: list[str] = []
    i = 0
    while i < len(tokens):
        text, i = _quantity_at(tokens, i, source, target)
        if text and text not in found and text.lower() not in sentence.lower():
            found.append(text)
    return found


def _quantity_at(tokens: list[str], i: int, source: str, target: str) -> tuple[str | None, int]:
    """The rendered quantity starting at token ``i`` (or None), and the token after it."""
    date = _date_at(tokens, i, source, target)
    if date:
        return date
    if tokens[i].lower() in _ID_ONE and source == "id":
        return _with_unit("1", 1.0, _ID_ONE[tokens[i].lower()], target), i + 1
    between = tokens[i].lower() == _BETWEEN[source][0]
    first = _number_at(tokens, i + between, source)
    if first is None:
        return None, i + 1
    value, spelled, j = first
    low = _lower_at(tokens, j)
    joiner = None
    if low in _RANGE[source] or (between and low == _BETWEEN[source][1]):
        joiner = "–"
    elif low == _OR[source]:
        joiner = f" {_OR[target]} "
    second = _number_at(tokens, j + 1, source) if joiner else None
    if second is not None:
        j = second[2]
        spelled = spelled or second[1]
    unit, j = _unit_at(tokens, j, source)
    digits = _digits(value, target) + (f"{joiner}{_digits(second[0], target)}" if second else "")
    if unit:
        plural = second[0] if second else value
        return _with_unit(digits, plural, unit, target), j
    # A number word alone ("drei Formen") is glossed when it counts more than one thing.
    if spelled and (second is not None or value >= 2):
        return digits, j
    return None, j


def _number_at(tokens: list[str], i: int, lang: str) -> tuple[float, bool, int] | None:
    """(value, written as a word, next token) for a number starting at token ``i``."""
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token[0].isdigit():
        try:
            return _parse_digits(token, lang), False, i + 1
        except ValueError:
            return None
    if lang == "de" and token[0].isupper() and i > 0:
        return None  # "außer Acht", "Elf": a German number word is written in lower case
    words = _WORD_VALUES.get(lang, {})
    low = token.lower()
    if lang == "de" and (compound := _DE_COMPOUND.match(low)) and compound.group(2) in words:
        return words[compound.group(1)] + words[compound.group(2)], True, i + 1
    if low not in words:
        return None
    value, j = words[low], i + 1
    nxt = _lower_at(tokens, j)
    if lang == "id" and nxt in ("belas", "puluh", "ratus"):
        value = value + 10 if nxt == "belas" else value * (10 if nxt == "puluh" else 100)
        j += 1
        nxt = _lower_at(tokens, j)
    if lang == "en" and 20 <= value < 100 and nxt == "-" and j + 1 < len(tokens):
        ones = words.get(tokens[j + 1].lower(), 0.0)
        if 1 <= ones <= 9:
            return value + ones, True, j + 2
    if lang in ("en", "id") and 20 <= value < 100 and value % 10 == 0 and nxt in words:
        ones = words[nxt]
        if 1 <= ones <= 9:
            return value + ones, True, j + 1
    return value, True, j


def _parse_digits(text: str, lang: str) -> float:
    # "1.000" is a thousand in German and Indonesian, "0,8" a decimal; English the other way round.
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    if re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})+", text):
        return float(text.replace(thousands, ""))
    return float(text.replace(thousands, "").replace(decimal, "."))


def _unit_at(tokens: list[str], i: int, lang: str) -> tuple[str | None, int]:
    if i < len(tokens) and tokens[i] == "-":  # "two-week sprints"
        i += 1
    for width in (2, 1):  # "working days" before "days"
        words = tokens[i : i + width]
        unit = _UNIT_OF[lang].get(" ".join(words).lower()) if len(words) == width else None
        if unit:
            return unit, i + width
    return None, i


def _lower_at(tokens: list[str], i: int) -> str:
    return tokens[i].lower() if i < len(tokens) else ""


def _with_unit(digits: str, amount: float, unit: str, target: str) -> str:
    singular, plural = _UNITS[unit][target].split("|")[:2]
    return f"{digits} {singular if amount == 1 else plural}"


def _digits(value: float, target: str) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:g}".replace(".", "." if target == "en" else ",")


def _date_at(tokens: list[str], i: int, source: str, target: str) -> tuple[str, int] | None:
    """ "17. Januar 2025" -> "17 January 2025"; "January 2027" -> "Januar 2027"."""
    day = None
    j = i
    if tokens[j].isdigit() and len(tokens[j]) <= 2 and j + 1 < len(tokens):
        day, j = int(tokens[j]), j + 1
    if j >= len(tokens) or tokens[j].lower() not in _MONTH_NUMBER[source]:
        return None
    month = _MONTHS[target].split()[_MONTH_NUMBER[source][tokens[j].lower()]]
    j += 1
    year = tokens[j] if j < len(tokens) and re.fullmatch(r"\d{4}", tokens[j]) else None
    if day is None and year is None:
        return None
    if year:
        j += 1
    day_text = "" if day is None else (f"{day}. " if target == "de" else f"{day} ")
    return f"{day_text}{month}{' ' + year if year else ''}", j
