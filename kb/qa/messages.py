"""The sentences kb itself writes into answers, in English, German and Indonesian."""

from __future__ import annotations

from kb.strings import Strings

MESSAGES = Strings(
    {
        "no_answer": {
            "en": "I could not find an answer to this in the knowledge base.",
            "de": "Dazu habe ich in der Wissensbasis keine Antwort gefunden.",
            "id": "Saya tidak menemukan jawaban untuk pertanyaan ini di basis pengetahuan.",
        },
        "topics": {
            "en": "I can answer questions about: {topics}.",
            "de": "Ich kann Fragen zu diesen Themen beantworten: {topics}.",
            "id": "Saya dapat menjawab pertanyaan tentang: {topics}.",
        },
        "not_covered": {
            "en": "The knowledge base does not cover {terms}.",
            "de": "Die Wissensbasis behandelt {terms} nicht.",
            "id": "Basis pengetahuan tidak membahas {terms}.",
        },
        "amounts": {
            "en": "prices, rates, salaries or market sizes",
            "de": "Preise, Sätze, Gehälter oder Marktgrößen",
            "id": "harga, tarif, gaji, atau ukuran pasar",
        },
        "shares": {
            "en": "percentages or shares",
            "de": "Prozentsätze oder Anteile",
            "id": "persentase atau proporsi",
        },
        "headcounts": {
            "en": "numbers of staff or employees",
            "de": "Mitarbeiter- oder Beschäftigtenzahlen",
            "id": "jumlah staf atau karyawan",
        },
        "averages": {
            "en": "averages for this",
            "de": "Durchschnittswerte dazu",
            "id": "angka rata-rata untuk hal ini",
        },
        "counts": {
            "en": "how many of them there are",
            "de": "wie viele es davon gibt",
            "id": "berapa jumlahnya",
        },
        "nearby": {
            "en": "Nearby topics it does cover: {topics}.",
            "de": "Verwandte Themen, die sie behandelt: {topics}.",
            "id": "Topik terdekat yang dibahas: {topics}.",
        },
        "foreign_quotes": {
            "en": "The sources on this are in {languages}; they say:",
            "de": "Die Quellen dazu liegen auf {languages} vor; dort heißt es:",
            "id": "Sumber tentang hal ini tersedia dalam {languages}; isinya:",
        },
        # A yes/no question narrowed to an extreme ("only", "always") whose settling sentence is not.
        "not_necessarily": {
            "en": "Not necessarily.",
            "de": "Nicht unbedingt.",
            "id": "Tidak selalu.",
        },
        # A yes/no question whose settling sentence denies it.
        "no": {
            "en": "No.",
            "de": "Nein.",
            "id": "Tidak.",
        },
        # A yes/no question settled by a table cell that says yes (kb/qa/table_cells.py).
        "yes": {
            "en": "Yes.",
            "de": "Ja.",
            "id": "Ya.",
        },
        "count": {
            "en": "The source lists {count}:",
            "de": "Die Quelle nennt {count}:",
            "id": "Sumber menyebut {count}:",
        },
        "unsupported_language": {
            "en": "This question seems to be in a language kb does not support ({code}); kb answers in English, "
            "German or Indonesian, so here is the answer in English.",
        },
    }
)


def text(key: str, language: str, **values: str) -> str:
    return MESSAGES.text(key, language, **values)
