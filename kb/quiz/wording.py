"""The words a quiz is written in, per language; question content comes from the catalogue."""

from __future__ import annotations

from kb import languages
from kb.strings import Strings

QUOTE_MARKS = {"en": ("“", "”"), "de": ("„", "“"), "id": ("“", "”")}

# Per kind of concept: how to ask which one is meant, and how to ask for matching.
KIND_WORDS = {
    "sourcing-type": {
        "which": {
            "en": "Which type of IT sourcing does the following statement describe?",
            "de": "Welche Art des IT-Sourcings beschreibt die folgende Aussage?",
            "id": "Jenis IT sourcing manakah yang digambarkan oleh pernyataan berikut?",
        },
        "which_blank": {
            "en": "Which type of IT sourcing belongs in the blank?",
            "de": "Welche Art des IT-Sourcings gehört in die Lücke?",
            "id": "Jenis IT sourcing manakah yang tepat untuk bagian yang kosong?",
        },
        "match": {
            "en": "Match each description with the type of IT sourcing it describes.",
            "de": "Ordnen Sie jeder Beschreibung die Art des IT-Sourcings zu, die sie beschreibt.",
            "id": "Pasangkan setiap uraian dengan jenis IT sourcing yang digambarkannya.",
        },
        "plural": {"en": "Types of IT sourcing", "de": "Arten des IT-Sourcings", "id": "Jenis IT sourcing"},
    },
    "bpo-type": {
        "which": {
            "en": "Which type of business process outsourcing does the following statement describe?",
            "de": "Welche Art des Business Process Outsourcing beschreibt die folgende Aussage?",
            "id": "Jenis pengalihdayaan proses bisnis manakah yang digambarkan oleh pernyataan berikut?",
        },
        "which_blank": {
            "en": "Which type of business process outsourcing belongs in the blank?",
            "de": "Welche Art des Business Process Outsourcing gehört in die Lücke?",
            "id": "Jenis pengalihdayaan proses bisnis manakah yang tepat untuk bagian yang kosong?",
        },
        "match": {
            "en": "Match each description with the type of business process outsourcing it describes.",
            "de": "Ordnen Sie jeder Beschreibung die Art des Business Process Outsourcing zu, die sie beschreibt.",
            "id": "Pasangkan setiap uraian dengan jenis pengalihdayaan proses bisnis yang digambarkannya.",
        },
        "plural": {
            "en": "Types of business process outsourcing",
            "de": "Arten des Business Process Outsourcing",
            "id": "Jenis pengalihdayaan proses bisnis",
        },
    },
    None: {  # a kind a maintainer added without wording of its own
        "which": {
            "en": "Which concept does the following statement describe?",
            "de": "Welchen Begriff beschreibt die folgende Aussage?",
            "id": "Konsep manakah yang digambarkan oleh pernyataan berikut?",
        },
        "which_blank": {
            "en": "Which concept belongs in the blank?",
            "de": "Welcher Begriff gehört in die Lücke?",
            "id": "Konsep manakah yang tepat untuk bagian yang kosong?",
        },
        "match": {
            "en": "Match each description with the concept it describes.",
            "de": "Ordnen Sie jeder Beschreibung den Begriff zu, den sie beschreibt.",
            "id": "Pasangkan setiap uraian dengan konsep yang digambarkannya.",
        },
        "plural": {"en": "Concepts", "de": "Begriffe", "id": "Konsep"},
    },
}

TEXTS = Strings(
    {
        "title": {"en": "Quiz: IT sourcing", "de": "Quiz: IT-Sourcing", "id": "Kuis: IT sourcing"},
        "which_statement": {
            "en": "Which statement is true of {name}?",
            "de": "Welche Aussage trifft auf {name} zu?",
            "id": "Pernyataan manakah yang benar tentang {name}?",
        },
        "tf_claim": {
            "en": "True or false? {text}",
            "de": "Richtig oder falsch? {text}",
            "id": "Benar atau salah? {text}",
        },
        "tf_describes": {
            "en": "True or false? The following statement describes {name}: {text}",
            "de": "Richtig oder falsch? Die folgende Aussage beschreibt {name}: {text}",
            "id": "Benar atau salah? Pernyataan berikut menggambarkan {name}: {text}",
        },
        "cloze": {
            "en": "Fill in the blank: {text}",
            "de": "Ergänzen Sie die Lücke: {text}",
            "id": "Isilah bagian yang kosong: {text}",
        },
        "match_terms": {
            "en": "Match each description with the term it defines in “{title}”.",
            "de": "Ordnen Sie jeder Beschreibung den Begriff zu, den sie in „{title}“ erklärt.",
            "id": "Pasangkan setiap uraian dengan istilah yang dijelaskannya dalam “{title}”.",
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
        "describes_not": {
            "en": "The statement describes {name}, not {other}.",
            "de": "Die Aussage beschreibt {name}, nicht {other}.",
            "id": "Pernyataan ini menggambarkan {name}, bukan {other}.",
        },
        "where_title": {"en": "“{title}”", "de": "„{title}“", "id": "“{title}”"},
        "where_section": {
            "en": "“{title}”, section “{section}”",
            "de": "„{title}“, Abschnitt „{section}“",
            "id": "“{title}”, bagian “{section}”",
        },
        "translated_from": {
            "en": " (translated from “{title}”)",
            "de": " (übersetzt aus „{title}“)",
            "id": " (diterjemahkan dari “{title}”)",
        },
        "translation": {"en": " (a translation)", "de": " (eine Übersetzung)", "id": " (sebuah terjemahan)"},
        "source_quote": {
            "en": "Source: {where}: {quote}",
            "de": "Quelle: {where}: {quote}",
            "id": "Sumber: {where}: {quote}",
        },
        "source_foreign": {
            "en": "Source: {where} (original text in {language}).",
            "de": "Quelle: {where} (Originaltext auf {language}).",
            "id": "Sumber: {where} (teks asli dalam {language}).",
        },
        "type_mcq": {"en": "multiple choice", "de": "Multiple Choice", "id": "pilihan ganda"},
        "type_tf": {"en": "true/false", "de": "richtig/falsch", "id": "benar/salah"},
        "type_cloze": {"en": "cloze", "de": "Lückentext", "id": "isian"},
        "type_match": {"en": "matching", "de": "Zuordnung", "id": "menjodohkan"},
        "answer_key": {"en": "Answer key", "de": "Lösungen", "id": "Kunci jawaban"},
        "source": {"en": "Source", "de": "Quelle", "id": "Sumber"},
        "error_language": {
            "en": "The quiz language must be English, German or Indonesian.",
            "de": "Die Sprache des Quiz muss Englisch, Deutsch oder Indonesisch sein.",
            "id": "Bahasa kuis harus bahasa Inggris, Jerman, atau Indonesia.",
        },
        "error_count": {
            "en": "The number of questions must be between 1 and {most}.",
            "de": "Die Anzahl der Fragen muss zwischen 1 und {most} liegen.",
            "id": "Jumlah pertanyaan harus antara 1 dan {most}.",
        },
        "error_types": {
            "en": "Choose at least one question type.",
            "de": "Wählen Sie mindestens einen Fragetyp.",
            "id": "Pilih setidaknya satu jenis pertanyaan.",
        },
        "error_concept": {
            "en": "Unknown concept: {concepts}.",
            "de": "Unbekannter Begriff: {concepts}.",
            "id": "Konsep tidak dikenal: {concepts}.",
        },
        "error_blank": {
            "en": "A cloze question must keep exactly one blank ({blank}).",
            "de": "Ein Lückentext muss genau eine Lücke ({blank}) behalten.",
            "id": "Soal isian harus tetap memiliki tepat satu bagian kosong ({blank}).",
        },
        "error_empty": {
            "en": "The question, its options and its descriptions must not be empty.",
            "de": "Frage, Antworten und Beschreibungen dürfen nicht leer sein.",
            "id": "Pertanyaan, pilihan, dan uraiannya tidak boleh kosong.",
        },
        "error_duplicate": {
            "en": "Two options of one question must not read the same.",
            "de": "Zwei Antworten einer Frage dürfen nicht gleich lauten.",
            "id": "Dua pilihan dalam satu pertanyaan tidak boleh sama.",
        },
        "error_position": {
            "en": "There is no question {number}.",
            "de": "Es gibt keine Frage {number}.",
            "id": "Tidak ada pertanyaan nomor {number}.",
        },
        "error_no_other": {
            "en": "No other question can take this one's place without asking a fact twice.",
            "de": "Keine andere Frage kann diese ersetzen, ohne eine Aussage doppelt abzufragen.",
            "id": "Tidak ada pertanyaan lain yang dapat menggantikannya tanpa menanyakan fakta dua kali.",
        },
    }
)


def say(key: str, in_language: str, **values: str) -> str:
    return TEXTS.text(key, in_language, **values)


def kind_words(kind: str | None, key: str, language: str) -> str:
    return KIND_WORDS.get(kind, KIND_WORDS[None])[key][language]


def type_name(kind: str, language: str) -> str:
    return say(f"type_{kind}", language)


def quoted(text: str, language: str) -> str:
    opening, closing = QUOTE_MARKS[language]
    return f"{opening}{text}{closing}"


def language_name(code: str, in_language: str) -> str:
    return languages.name(code, in_language)
