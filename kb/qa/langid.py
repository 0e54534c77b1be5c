"""Which language a question is in: en, de, id, or another language.

Plain detectors call "Was ist ITO?" English: short questions are mostly domain
loanwords. So the sourcing vocabulary is set aside first, then the question's
function words decide (each language has its own short list); langdetect only
decides when they do not, and the script decides for non-Latin text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kb.languages import SUPPORTED

# Words that say nothing about the language of a question on this topic.
LOANWORDS = frozenset(
    """
    it ito bpo kpo it-sourcing sourcing outsourcing insourcing e-outsourcing multi-sourcing multisourcing
    in-sourcing selective front back office front-office back-office e-mail email online help desk
    helpdesk provider service services business process knowledge information technology management
    data entry payroll web design cloud offshore nearshore vendor multi e ok
    vs versus
""".split()
)

MARKERS = {
    "en": set(
        """
        what what's whats which who whom whose why how when where does do did is are was were be been
        the a an of to for with between from by on about and or not no than this that these those there
        their its it's can could should would will shall may might must has have having mean means meaning
        difference differ compare explain describe define definition tell me my our your we you
        they i if any some all each every kind kinds type types example examples good better best first
        company companies firm business organization organisation work handle handled handles used use
        benefit benefits right choose should doesn't don't isn't aren't into over under more most much many
        in at as one two three four five
    """.split()
    ),
    "de": set(
        """
        was ist sind wer wie wo wann warum weshalb wieso welche welcher welches welchen welchem wozu womit
        worin wofür der die das den dem des ein eine einen einem einer eines und oder nicht kein keine
        von vom zu zum zur für mit bei beim im in unter über zwischen gegenüber auf aus nach durch ohne
        gibt es man versteht bedeutet bedeuten heißt heisst unterschied unterschiede unterscheiden
        unterscheidet vergleich erkläre erklären erklärt beschreibe definition bitte mir mich ich wir sie
        ihr sein seine ihre kann können soll sollte sollten muss müssen wird werden wurde hat haben
        auch noch nur schon sehr mehr viel viele welches unternehmen firma anbieter aufgaben vorteile
        vorteil nachteile sinnvoll zuerst beide beiden dabei davon dafür damit lohnt eigentlich genau
        gehört gehören zählt zählen übernimmt übernehmen arten art beispiel beispiele kosten
        zwei drei vier fünf
    """.split()
    ),
    "id": set(
        """
        apa apakah itu yang ini adalah ialah siapa bagaimana mengapa kenapa kapan dimana di mana mana
        berapa manakah bisakah dapatkah dan atau tidak bukan dengan untuk dari ke pada dalam oleh
        antara tentang sebagai seperti juga hanya sudah belum akan bisa dapat harus perlu boleh
        ada adanya saya kami kita anda mereka dia jelaskan sebutkan definisi pengertian arti maksud
        dimaksud perbedaan beda bedanya membedakan keuntungan manfaat contoh jenis jenisnya macam
        perusahaan penyedia layanan bisnis organisasi tugas biaya lebih paling sebaiknya terlebih
        dahulu mengapa kah lah nya para sebuah suatu setiap semua secara hal cara terhadap
        bagi mulai sampai hingga karena jika kalau agar supaya dilakukan melakukan menggunakan
        satu dua tiga empat lima banyak
    """.split()
    ),
}
# Other languages' commonest words, so that "¿Qué es el outsourcing?" is not taken for German.
FOREIGN_MARKERS = {
    "es": set("qué que es el la los las un una cómo cuál cuáles por para con del se lo y o".split()),
    "fr": set("qu est ce que quoi le la les des une un du comment pourquoi quel quelle est-ce c'est et ou".split()),
    "nl": set("wat hoe het een van zijn wordt waarom welke tussen en niet".split()),
    "it": set("che cosa cos è il lo gli della come perché quale sono".split()),
    "pt": set("o que é os as um uma como por porque qual são não".split()),
}

# Function words of the languages that capitalise only names (and a sentence's first word), not German's.
_NAME_CASE_MARKERS = frozenset((MARKERS["en"] | MARKERS["id"]) - MARKERS["de"])
# Every function word of kb's own languages.
_MARKERS_OF_ALL = frozenset().union(*MARKERS.values())
# Every function word kb knows, of its own languages and of the others.
_FUNCTION_WORDS = frozenset().union(*MARKERS.values(), *FOREIGN_MARKERS.values())
_GERMAN_LETTERS = re.compile(r"[äöüß]", re.I)
_TAG = re.compile(r"<(script|style)\b[^>]{0,200}>.{0,2000}?</\1\s*>|<[^>]{0,200}>", re.I | re.S)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.U)
_SCRIPTS = {
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "ARABIC": "ar",
    "CYRILLIC": "ru",
    "GREEK": "el",
    "HEBREW": "he",
    "THAI": "th",
    "DEVANAGARI": "hi",
}


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1 code (or langdetect's, e.g. "zh-cn")
    method: str  # "forced", "script", "markers", "langdetect" or "default"

    @property
    def supported(self) -> bool:
        return self.code in SUPPORTED


def identify_language(text: str, forced: str | None = None) -> LanguageGuess:
    if forced and forced != "auto":
        return LanguageGuess(forced, "forced")
    script = _dominant_script(text)
    if script is None:
        return LanguageGuess("en", "default")
    if script != "LATIN":
        return LanguageGuess(_script_language(text, script), "script")
    # Markup and code are not language: "<script>" says nothing about the asker.
    text = _TAG.sub(" ", text)
    written = [w.replace("’", "'") for w in _WORD.findall(text)]
    words = [w.lower() for w in written]
    content = [w for w in words if w not in LOANWORDS]
    by_markers = _by_markers(_outside_names(written), bool(_GERMAN_LETTERS.search(text)))
    if by_markers:
        return LanguageGuess(by_markers, "markers")
    # A search without a single function word ("Strangler pattern origin?", "Tumpang tindih ITO-BPO?")
    # gives no evidence of a language kb does not speak (langdetect took such ones for Danish or
    # Tagalog); it is read among kb's languages, loanwords included: "BPO provider tasks?" is English.
    if _FUNCTION_WORDS.isdisjoint(content):
        return _by_langdetect(" ".join(words), len(words), SUPPORTED)
    guess = _by_langdetect(" ".join(content), len(content))
    if guess.supported or not _MARKERS_OF_ALL.intersection(content):
        return guess
    # Function words of kb's languages that tie ("Faustregel Kosten Retained Organisation?": "Kosten"
    # German, "organisation" English) are no evidence of a third language either; among kb's
    # languages, as written, German's capitalised nouns tell.
    return _by_langdetect(" ".join(w for w in written if w.lower() not in LOANWORDS), len(content), SUPPORTED)


def _outside_names(written: list[str]) -> list[str]:
    """The words that may be function words, lower-cased, loanwords left out.

    An English or Indonesian function word written with a capital after the first word belongs to a
    name ("Was steckt hinter dem Ansatz Bring Your Own Key?"); German capitalises its nouns, so its
    markers count however they are written.
    """
    kept = []
    for position, word in enumerate(written):
        lower = word.lower()
        if lower in LOANWORDS:
            continue
        if position and word[:1].isupper() and lower in _NAME_CASE_MARKERS:
            continue
        kept.append(lower)
    return kept


def _by_markers(words: list[str], german_letters: bool) -> str | None:
    all_markers = {**MARKERS, **FOREIGN_MARKERS}
    scores = dict.fromkeys(all_markers, 0.0)
    for word in words:
        owners = [lang for lang, markers in all_markers.items() if word in markers]
        for lang in owners:
            scores[lang] += 1.0 / len(owners)
    if german_letters:
        scores["de"] += 1.0
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top >= 1.0 and top > second else None


def _by_langdetect(text: str, n_words: int, only: tuple[str, ...] | None = None) -> LanguageGuess:
    """langdetect's guess; with ``only``, among those languages' profiles alone."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    if not text.strip():
        return LanguageGuess("en", "default")
    DetectorFactory.seed = 0
    try:
        if only:
            detector = _detector_factory(only).create()
            detector.append(text)
            guesses = detector.get_probabilities()
        else:
            guesses = detect_langs(text)
    except LangDetectException:
        return LanguageGuess("en", "default")
    for guess in guesses:
        if guess.lang in SUPPORTED and guess.prob >= 0.2:
            return LanguageGuess(guess.lang, "langdetect")
    top = guesses[0]
    # A lone unknown word is no evidence of another language.
    if n_words >= 2 and top.prob >= 0.8:
        return LanguageGuess(top.lang, "langdetect")
    return LanguageGuess("en", "default")


@lru_cache(maxsize=2)
def _detector_factory(languages: tuple[str, ...]) -> Any:
    """A langdetect factory that knows only ``languages`` (its profiles ship with langdetect)."""
    import langdetect
    from langdetect.detector_factory import DetectorFactory

    profiles = Path(langdetect.__file__).parent / "profiles"
    factory = DetectorFactory()
    factory.load_json_profile([(profiles / code).read_text(encoding="utf-8") for code in languages])
    factory.set_seed(0)
    return factory


def _dominant_script(text: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = next((s for s in (*_SCRIPTS, "LATIN") if name.startswith(s) or f" {s} " in f" {name} "), "OTHER")
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda script: counts[script]) if counts else None


def _script_language(text: str, script: str) -> str:
    if script == "CYRILLIC":
        from langdetect import DetectorFactory, detect
        from langdetect.lang_detect_exception import LangDetectException

        DetectorFactory.seed = 0
        try:
            return detect(text)
        except LangDetectException:
            return "ru"
    return _SCRIPTS.get(script, "und")
