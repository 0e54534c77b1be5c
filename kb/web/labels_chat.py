"""The Ask and Search pages' words, the interface-language setting and the page-wide messages."""

from __future__ import annotations

CHAT_LABELS: dict[str, dict[str, str]] = {
    "ui_language": {"en": "Interface language", "de": "Sprache der Oberfläche", "id": "Bahasa antarmuka"},
    "new_conversation": {"en": "New conversation", "de": "Neues Gespräch", "id": "Percakapan baru"},
    "further_reading": {"en": "further reading", "de": "weiterführend", "id": "bacaan lanjutan"},
    # {language}: the original's language name, filled in by the page.
    "translated_from": {
        "en": "translated from {language}",
        "de": "übersetzt aus: {language}",
        "id": "diterjemahkan dari {language}",
    },
    "copy_answer": {"en": "Copy answer", "de": "Antwort kopieren", "id": "Salin jawaban"},
    "copied": {"en": "Copied", "de": "Kopiert", "id": "Disalin"},
    "permalink": {"en": "Link to this answer", "de": "Link zu dieser Antwort", "id": "Tautan ke jawaban ini"},
    "answered_in": {"en": "Answer in {language}", "de": "Antwort auf {language}", "id": "Jawaban dalam {language}"},
    "feedback_ask": {"en": "Was this helpful?", "de": "War das hilfreich?", "id": "Apakah ini membantu?"},
    "feedback_thanks": {
        "en": "Thank you. What was missing or wrong? (optional)",
        "de": "Danke. Was fehlte oder war falsch? (optional)",
        "id": "Terima kasih. Apa yang kurang atau salah? (opsional)",
    },
    "feedback_send": {"en": "Send comment", "de": "Kommentar senden", "id": "Kirim komentar"},
    "feedback_saved": {"en": "Comment saved.", "de": "Kommentar gespeichert.", "id": "Komentar disimpan."},
    "feedback_failed": {
        "en": "Your feedback could not be stored; please tell the maintainers.",
        "de": "Ihre Rückmeldung konnte nicht gespeichert werden; bitte sagen Sie es den Verantwortlichen.",
        "id": "Umpan balik Anda tidak dapat disimpan; mohon beri tahu pengelola.",
    },
    "too_long": {
        "en": "Your question is {length} characters long; the limit is {limit}. Please shorten it and ask again.",
        "de": "Ihre Frage ist {length} Zeichen lang; erlaubt sind {limit}. Bitte kürzen Sie sie und fragen Sie erneut.",
        "id": "Pertanyaan Anda {length} karakter; batasnya {limit}. Mohon persingkat lalu tanyakan lagi.",
    },
    "loading": {
        "en": "Loading the knowledge base…",
        "de": "Die Wissensbasis wird geladen…",
        "id": "Memuat basis pengetahuan…",
    },
    "loading_model": {
        "en": "Loading the language model (once, about 10 s)…",
        "de": "Das Sprachmodell wird geladen (einmalig, etwa 10 s)…",
        "id": "Memuat model bahasa (sekali, sekitar 10 detik)…",
    },
    "failed": {
        "en": "Something went wrong ({kind}); the details are in the server log.",
        "de": "Etwas ist schiefgegangen ({kind}); die Einzelheiten stehen im Serverprotokoll.",
        "id": "Terjadi kesalahan ({kind}); rinciannya ada di log server.",
    },
    "index_unusable": {
        "en": "The knowledge base cannot be used right now:",
        "de": "Die Wissensbasis ist gerade nicht nutzbar:",
        "id": "Basis pengetahuan tidak dapat digunakan saat ini:",
    },
    "search_title": {"en": "Search passages", "de": "Textstellen suchen", "id": "Cari bagian teks"},
    "search_box": {"en": "Search the sources", "de": "In den Quellen suchen", "id": "Cari di sumber"},
    "search_none": {"en": "No passages found.", "de": "Keine Textstellen gefunden.", "id": "Tidak ada bagian teks."},
}
