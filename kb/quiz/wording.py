"""The words a quiz is written in, per language; question content comes from the catalogue."""

from __future__ import annotations

from kb import languages
from kb.strings import Strings

QUOTE_MARKS = {"en": ("“", "”"), "de": ("„", "“"), "id": ("“", "”")}

# Per kind of concept: how to ask which one is meant, and how to ask for matching.
KIND_WORDS = {
    "sourcing-type": {
        "which": {
            "en": "Which type of IT sourcing does this describe?",
            "de": "Welche Art des IT-Sourcings wird hier beschrieben?",
            "id": "Jenis IT sourcing manakah yang digambarkan di sini?",
        },
        "match": {
            "en": "Match each type of IT sourcing with its description.",
            "de": "Ordnen Sie jeder Art des IT-Sourcings die passende Beschreibung zu.",
            "id": "Pasangkan setiap jenis IT sourcing dengan uraiannya.",
        },
    },
    "bpo-type": {
        "which": {
            "en": "Which type of business process outsourcing does this describe?",
            "de": "Welche Art des Business Process Outsourcing wird hier beschrieben?",
            "id": "Jenis pengalihdayaan proses bisnis manakah yang digambarkan di sini?",
        },
        "match": {
            "en": "Match each type of business process outsourcing with its description.",
            "de": "Ordnen Sie jeder Art des Business Process Outsourcing die passende Beschreibung zu.",
            "id": "Pasangkan setiap jenis pengalihdayaan proses bisnis dengan uraiannya.",
        },
    },
    None: {  # a kind a maintainer added without wording of its own
        "which": {
            "en": "Which concept does this describe?",
            "de": "Welcher Begriff wird hier beschrieben?",
            "id": "Konsep manakah yang digambarkan di sini?",
        },
        "match": {
            "en": "Match each concept with its description.",
            "de": "Ordnen Sie jedem Begriff die passende Beschreibung zu.",
            "id": "Pasangkan setiap konsep dengan uraiannya.",
        },
    },
}

TEXTS = Strings(
    {
        "title": {"en": "Quiz: IT sourcing", "de": "Quiz: IT-Sourcing", "id": "Kuis: IT sourcing"},
        "which_statement": {
            "en": "Which statement describes {name}?",
            "de": "Welche Aussage beschreibt {name}?",
            "id": "Pernyataan manakah yang menggambarkan {name}?",
        },
        "true_false": {
            "en": "True or false: this describes {name}. {text}",
            "de": "Richtig oder falsch: Dies beschreibt {name}. {text}",
            "id": "Benar atau salah: ini menggambarkan {name}. {text}",
        },
        "cloze": {
            "en": "Fill in the blank: {text}",
            "de": "Ergänzen Sie die Lücke: {text}",
            "id": "Isilah bagian yang kosong: {text}",
        },
        "true": {"en": "True", "de": "Richtig", "id": "Benar"},
        "false": {"en": "False", "de": "Falsch", "id": "Salah"},
        "answer": {
            "en": "Correct answer: {answer}.",
            "de": "Richtige Antwort: {answer}.",
            "id": "Jawaban yang benar: {answer}.",
        },
        "describes": {
            "en": "The statement describes {name}.",
            "de": "Die Aussage beschreibt {name}.",
            "id": "Pernyataan ini menggambarkan {name}.",
        },
        "source_quote": {
            "en": "Source: {title}: {quote}",
            "de": "Quelle: {title}: {quote}",
            "id": "Sumber: {title}: {quote}",
        },
        "source_foreign": {
            "en": "Source: document {doc} (original text in {language}).",
            "de": "Quelle: Dokument {doc} (Originaltext auf {language}).",
            "id": "Sumber: dokumen {doc} (teks asli dalam {language}).",
        },
        "answer_key": {"en": "Answer key", "de": "Lösungen", "id": "Kunci jawaban"},
        "source": {"en": "Source", "de": "Quelle", "id": "Sumber"},
    }
)


def say(key: str, in_language: str, **values: str) -> str:
    return TEXTS.text(key, in_language, **values)


def kind_words(kind: str, key: str, language: str) -> str:
    return KIND_WORDS.get(kind, KIND_WORDS[None])[key][language]


def quoted(text: str, language: str) -> str:
    opening, closing = QUOTE_MARKS[language]
    return f"{opening}{text}{closing}"


def language_name(code: str, in_language: str) -> str:
    return languages.name(code, in_language)
