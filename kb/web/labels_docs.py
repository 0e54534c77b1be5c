"""The Documents page's words for maintainers: status, preview, removal and undo, phases, gaps."""

from __future__ import annotations

DOCS_LABELS: dict[str, dict[str, str]] = {
    "translation_of": {"en": "Translation of", "de": "Übersetzung von", "id": "Terjemahan dari"},
    "not_translation": {
        "en": "— not a translation (an original)",
        "de": "— keine Übersetzung (ein Original)",
        "id": "— bukan terjemahan (dokumen asli)",
    },
    "translator": {"en": "Translated by", "de": "Übersetzt von", "id": "Diterjemahkan oleh"},
    "translator_hint": {
        "en": "the publisher, the kb team, or a name",
        "de": "der Herausgeber, das kb-Team oder ein Name",
        "id": "penerbit, tim kb, atau nama",
    },
    "coverage": {"en": "Languages of each text", "de": "Sprachen jedes Textes", "id": "Bahasa setiap teks"},
    "col_text": {"en": "Text", "de": "Text", "id": "Teks"},
    "cov_original": {"en": "original", "de": "Original", "id": "asli"},
    "cov_translation": {"en": "translation", "de": "Übersetzung", "id": "terjemahan"},
    "cov_missing": {"en": "missing", "de": "fehlt", "id": "tidak ada"},
    "coverage_gap": {
        "en": "Askers in a missing language get the answering sentences quoted in another language only. "
        "Add a translation (mark the upload as a translation of the text) to answer them in theirs.",
        "de": "Wer in einer fehlenden Sprache fragt, bekommt nur die antwortenden Sätze in einer anderen Sprache "
        "zitiert. Fügen Sie eine Übersetzung hinzu (beim Hochladen als Übersetzung des Textes markieren).",
        "id": "Penanya dalam bahasa yang tidak ada hanya mendapat kutipan kalimat dalam bahasa lain. "
        "Tambahkan terjemahan (tandai unggahan sebagai terjemahan teks itu) agar dijawab dalam bahasa mereka.",
    },
    "col_status": {"en": "Status", "de": "Status", "id": "Status"},
    "status_indexed": {"en": "indexed", "de": "indexiert", "id": "terindeks"},
    "status_removed": {
        "en": "removed, re-index to apply",
        "de": "entfernt, zum Übernehmen neu indexieren",
        "id": "dihapus, indeks ulang untuk menerapkan",
    },
    "status_new": {
        "en": "not indexed yet, re-index",
        "de": "noch nicht indexiert, neu indexieren",
        "id": "belum diindeks, indeks ulang",
    },
    "preview": {"en": "Preview", "de": "Vorschau", "id": "Pratinjau"},
    "preview_summary": {
        "en": "Title: {title} · {passages} passages",
        "de": "Titel: {title} · {passages} Textstellen",
        "id": "Judul: {title} · {passages} bagian",
    },
    "preview_more": {
        "en": "… and {more} more passages",
        "de": "… und {more} weitere Textstellen",
        "id": "… dan {more} bagian lainnya",
    },
    "remove_pick": {"en": "Choose a document", "de": "Dokument wählen", "id": "Pilih dokumen"},
    "remove_confirm": {
        "en": "Remove {name}? It is moved to corpus/.removed and can be restored.",
        "de": "{name} entfernen? Es wird nach corpus/.removed verschoben und lässt sich wiederherstellen.",
        "id": "Hapus {name}? Dokumen dipindahkan ke corpus/.removed dan dapat dipulihkan.",
    },
    "confirm_remove": {"en": "Yes, remove", "de": "Ja, entfernen", "id": "Ya, hapus"},
    "cancel": {"en": "Cancel", "de": "Abbrechen", "id": "Batal"},
    "undo": {"en": "Undo", "de": "Rückgängig", "id": "Urungkan"},
    "removed_docs": {"en": "Removed documents", "de": "Entfernte Dokumente", "id": "Dokumen yang dihapus"},
    "restore": {"en": "Restore", "de": "Wiederherstellen", "id": "Pulihkan"},
    "restored": {
        "en": "Restored {name}. Re-index to apply.",
        "de": "{name} wiederhergestellt. Zum Übernehmen neu indexieren.",
        "id": "{name} dipulihkan. Indeks ulang untuk menerapkan.",
    },
    "phase_waiting": {
        "en": "Waiting for another 'kb index' run to finish",
        "de": "Warte auf das Ende eines anderen 'kb index'-Laufs",
        "id": "Menunggu proses 'kb index' lain selesai",
    },
    "phase_reading": {"en": "Reading documents", "de": "Dokumente lesen", "id": "Membaca dokumen"},
    "phase_chunking": {"en": "Splitting into passages", "de": "In Textstellen teilen", "id": "Membagi menjadi bagian"},
    "phase_embedding": {"en": "Embedding texts", "de": "Texte einbetten", "id": "Menyematkan teks"},
    "phase_writing": {"en": "Writing the index", "de": "Index schreiben", "id": "Menulis indeks"},
    "phase_publishing": {"en": "Publishing", "de": "Veröffentlichen", "id": "Menerbitkan"},
    "phase_line": {
        "en": "{phase}: {done} of {total} · {seconds} s",
        "de": "{phase}: {done} von {total} · {seconds} s",
        "id": "{phase}: {done} dari {total} · {seconds} detik",
    },
    "phase_line_plain": {
        "en": "{phase} · {seconds} s",
        "de": "{phase} · {seconds} s",
        "id": "{phase} · {seconds} detik",
    },
    "nothing_changed": {
        "en": "Nothing changed: the index is up to date ({summary}).",
        "de": "Nichts geändert: Der Index ist aktuell ({summary}).",
        "id": "Tidak ada perubahan: indeks sudah mutakhir ({summary}).",
    },
    "gaps_title": {
        "en": "What the knowledge base is missing",
        "de": "Was der Wissensbasis fehlt",
        "id": "Yang belum ada di basis pengetahuan",
    },
    "gaps_caption": {
        "en": "Questions that went unanswered or were marked not helpful on the Ask page, most frequent first.",
        "de": "Fragen, die auf der Seite Fragen unbeantwortet blieben oder als nicht hilfreich markiert wurden; "
        "die häufigsten zuerst.",
        "id": "Pertanyaan yang tidak terjawab atau ditandai tidak membantu di halaman Tanya; "
        "yang paling sering dahulu.",
    },
    "gaps_none": {"en": "Nothing recorded yet.", "de": "Noch nichts erfasst.", "id": "Belum ada yang tercatat."},
    "col_question": {"en": "Question", "de": "Frage", "id": "Pertanyaan"},
    "col_count": {"en": "Count", "de": "Anzahl", "id": "Jumlah"},
    "col_unanswered": {"en": "Unanswered", "de": "Unbeantwortet", "id": "Tak terjawab"},
    "col_not_helpful": {"en": "Not helpful", "de": "Nicht hilfreich", "id": "Tidak membantu"},
    "col_last": {"en": "Last (UTC)", "de": "Zuletzt (UTC)", "id": "Terakhir (UTC)"},
    "col_comments": {"en": "Comments", "de": "Kommentare", "id": "Komentar"},
}
