"""The page's own words in English, German and Indonesian; content comes from kb."""

from __future__ import annotations

import streamlit as st

from kb.languages import NATIVE_NAMES, SUPPORTED
from kb.strings import Strings
from kb.web.labels_chat import CHAT_LABELS
from kb.web.labels_docs import DOCS_LABELS

UI_LANGUAGES = SUPPORTED
LANGUAGE_CHOICES = {"auto": "Auto", **NATIVE_NAMES}

LABELS = Strings(
    {
        "nav_ask": {"en": "Ask", "de": "Fragen", "id": "Tanya"},
        "nav_concepts": {"en": "Concepts", "de": "Begriffe", "id": "Konsep"},
        "nav_quiz": {"en": "Quiz", "de": "Quiz", "id": "Kuis"},
        "nav_documents": {"en": "Documents", "de": "Dokumente", "id": "Dokumen"},
        "nav_search": {"en": "Search passages", "de": "Textstellen suchen", "id": "Cari bagian teks"},
        "ask_title": {
            "en": "IT sourcing knowledge base",
            "de": "Wissensbasis IT-Sourcing",
            "id": "Basis pengetahuan IT sourcing",
        },
        "ask_caption": {
            "en": "Ask in English, German or Indonesian. Every answer cites its sources.",
            "de": "Fragen Sie auf Deutsch, Englisch oder Indonesisch. Jede Antwort nennt ihre Quellen.",
            "id": "Bertanyalah dalam bahasa Indonesia, Inggris, atau Jerman. Setiap jawaban menyebut sumbernya.",
        },
        "question": {"en": "Your question", "de": "Ihre Frage", "id": "Pertanyaan Anda"},
        "language": {"en": "Language", "de": "Sprache", "id": "Bahasa"},
        "ask_button": {"en": "Ask", "de": "Fragen", "id": "Tanya"},
        "examples": {"en": "Try an example:", "de": "Beispiele zum Anklicken:", "id": "Coba contoh:"},
        "answer": {"en": "Answer", "de": "Antwort", "id": "Jawaban"},
        "sources": {"en": "Sources", "de": "Quellen", "id": "Sumber"},
        "no_answer_topics": {
            "en": "Topics I can answer:",
            "de": "Themen, zu denen ich antworten kann:",
            "id": "Topik yang dapat saya jawab:",
        },
        "used_sentences": {
            "en": "Highlighted: the sentences the answer uses.",
            "de": "Markiert: die Sätze, auf die sich die Antwort stützt.",
            "id": "Ditandai: kalimat yang digunakan jawaban.",
        },
        "show_translation": {
            "en": "Show this passage in {language}",
            "de": "Diese Stelle auf {language} zeigen",
            "id": "Tampilkan bagian ini dalam {language}",
        },
        "empty_question": {
            "en": "Please type a question.",
            "de": "Bitte geben Sie eine Frage ein.",
            "id": "Silakan ketik pertanyaan.",
        },
        "concepts_title": {"en": "Sourcing concepts", "de": "Sourcing-Begriffe", "id": "Konsep sourcing"},
        "concepts_caption": {
            "en": "Every concept the knowledge base covers, with its names in three languages.",
            "de": "Alle Begriffe der Wissensbasis mit ihren Namen in drei Sprachen.",
            "id": "Semua konsep dalam basis pengetahuan, dengan namanya dalam tiga bahasa.",
        },
        "open_concept": {"en": "Open a concept", "de": "Begriff öffnen", "id": "Buka konsep"},
        "definition": {"en": "Definition", "de": "Definition", "id": "Definisi"},
        "source_passages": {"en": "Source passages", "de": "Quelltexte", "id": "Bagian sumber"},
        "quiz_title": {"en": "Build a quiz", "de": "Quiz erstellen", "id": "Buat kuis"},
        "quiz_caption": {
            "en": "Questions grounded in the sources, ready for Moodle.",
            "de": "Fragen, die sich auf die Quellen stützen, bereit für Moodle.",
            "id": "Pertanyaan yang berdasar pada sumber, siap untuk Moodle.",
        },
        "quiz_language": {"en": "Quiz language", "de": "Sprache des Quiz", "id": "Bahasa kuis"},
        "quiz_concepts": {"en": "Concepts (empty: all)", "de": "Begriffe (leer: alle)", "id": "Konsep (kosong: semua)"},
        "quiz_types": {"en": "Question types", "de": "Fragetypen", "id": "Jenis pertanyaan"},
        "quiz_count": {"en": "Number of questions", "de": "Anzahl der Fragen", "id": "Jumlah pertanyaan"},
        "quiz_seed": {
            "en": "Seed (same seed, same quiz)",
            "de": "Startwert (gleicher Wert, gleiches Quiz)",
            "id": "Seed (seed sama, kuis sama)",
        },
        "quiz_build": {"en": "Build quiz", "de": "Quiz erstellen", "id": "Buat kuis"},
        "quiz_show_key": {"en": "Show the answer key", "de": "Lösungen zeigen", "id": "Tampilkan kunci jawaban"},
        "quiz_shortfall": {
            "en": "Only {made} of {asked} questions could be made with these settings; "
            "no fact is asked twice. Choose more types or concepts for more.",
            "de": "Mit diesen Einstellungen ließen sich nur {made} von {asked} Fragen erstellen; "
            "keine Aussage wird zweimal abgefragt. Wählen Sie mehr Typen oder Begriffe.",
            "id": "Dengan pengaturan ini hanya {made} dari {asked} pertanyaan yang dapat dibuat; "
            "tidak ada fakta yang ditanyakan dua kali. Pilih lebih banyak jenis atau konsep.",
        },
        "quiz_download": {"en": "Download", "de": "Herunterladen", "id": "Unduh"},
        "quiz_report": {"en": "Quality report", "de": "Qualitätsbericht", "id": "Laporan kualitas"},
        "quiz_correct": {"en": "correct", "de": "richtig", "id": "benar"},
        "quiz_drop": {"en": "Remove", "de": "Entfernen", "id": "Hapus"},
        "quiz_replace": {"en": "Replace", "de": "Ersetzen", "id": "Ganti"},
        "quiz_edit": {"en": "Edit wording", "de": "Wortlaut bearbeiten", "id": "Ubah kata-kata"},
        "quiz_edit_stem": {"en": "Question", "de": "Frage", "id": "Pertanyaan"},
        "quiz_edit_feedback": {"en": "Feedback", "de": "Rückmeldung", "id": "Umpan balik"},
        "quiz_save": {"en": "Save", "de": "Speichern", "id": "Simpan"},
        "type_mcq": {"en": "Multiple choice", "de": "Multiple Choice", "id": "Pilihan ganda"},
        "type_tf": {"en": "True / false", "de": "Richtig / falsch", "id": "Benar / salah"},
        "type_cloze": {"en": "Cloze (fill the gap)", "de": "Lückentext", "id": "Isian (rumpang)"},
        "type_match": {"en": "Matching", "de": "Zuordnung", "id": "Menjodohkan"},
        "docs_title": {"en": "Documents", "de": "Dokumente", "id": "Dokumen"},
        "docs_indexed": {"en": "What is indexed", "de": "Was indexiert ist", "id": "Yang sudah diindeks"},
        "docs_chart": {
            "en": "Passages per document and language",
            "de": "Textstellen je Dokument und Sprache",
            "id": "Bagian teks per dokumen dan bahasa",
        },
        "docs_admin": {"en": "Manage documents", "de": "Dokumente verwalten", "id": "Kelola dokumen"},
        "admin_disabled": {
            "en": "Changing documents from this page is disabled: no admin password is set. "
            "Set KB_ADMIN_PASSWORD (or admin_password in .streamlit/secrets.toml) and restart.",
            "de": "Dokumente lassen sich hier nicht ändern: Es ist kein Admin-Passwort gesetzt. "
            "Setzen Sie KB_ADMIN_PASSWORD (oder admin_password in .streamlit/secrets.toml) "
            "und starten Sie neu.",
            "id": "Mengubah dokumen dari halaman ini dinonaktifkan: kata sandi admin belum diatur. "
            "Atur KB_ADMIN_PASSWORD (atau admin_password di .streamlit/secrets.toml) lalu mulai ulang.",
        },
        "admin_password": {"en": "Admin password", "de": "Admin-Passwort", "id": "Kata sandi admin"},
        "admin_login": {"en": "Log in", "de": "Anmelden", "id": "Masuk"},
        "admin_logout": {"en": "Log out", "de": "Abmelden", "id": "Keluar"},
        "admin_wrong": {
            "en": "Wrong password. Tries left before a pause: {tries}.",
            "de": "Falsches Passwort. Verbleibende Versuche vor einer Pause: {tries}.",
            "id": "Kata sandi salah. Sisa percobaan sebelum jeda: {tries}.",
        },
        "admin_empty": {
            "en": "Type the password first.",
            "de": "Geben Sie zuerst das Passwort ein.",
            "id": "Ketik kata sandi terlebih dahulu.",
        },
        "admin_locked": {
            "en": "Too many wrong passwords; try again in {seconds} s.",
            "de": "Zu viele falsche Passwörter; versuchen Sie es in {seconds} s erneut.",
            "id": "Terlalu banyak kata sandi salah; coba lagi dalam {seconds} detik.",
        },
        "upload": {
            "en": "Add a document (Markdown or text, UTF-8)",
            "de": "Dokument hinzufügen (Markdown oder Text, UTF-8)",
            "id": "Tambah dokumen (Markdown atau teks, UTF-8)",
        },
        "detected": {
            "en": "Detected language: {language}. Change it if it is wrong.",
            "de": "Erkannte Sprache: {language}. Ändern Sie sie, falls sie falsch ist.",
            "id": "Bahasa terdeteksi: {language}. Ubah jika salah.",
        },
        "doc_language": {"en": "Document language", "de": "Sprache des Dokuments", "id": "Bahasa dokumen"},
        "add": {"en": "Add to the corpus", "de": "Zum Korpus hinzufügen", "id": "Tambahkan ke korpus"},
        "added": {
            "en": "Added {name}. Re-index to make it searchable.",
            "de": "{name} hinzugefügt. Neu indexieren, damit es durchsucht werden kann.",
            "id": "{name} ditambahkan. Indeks ulang agar dapat dicari.",
        },
        "remove": {"en": "Remove a document", "de": "Dokument entfernen", "id": "Hapus dokumen"},
        "remove_button": {"en": "Remove", "de": "Entfernen", "id": "Hapus"},
        "removed": {
            "en": "Removed {name} (kept in corpus/.removed). Re-index to apply.",
            "de": "{name} entfernt (aufbewahrt in corpus/.removed). Neu indexieren, um es anzuwenden.",
            "id": "{name} dihapus (disimpan di corpus/.removed). Indeks ulang untuk menerapkan.",
        },
        "reindex": {"en": "Re-index now", "de": "Jetzt neu indexieren", "id": "Indeks ulang sekarang"},
        "reindex_progress": {
            "en": "Embedding {done} of {total} texts…",
            "de": "{done} von {total} Texten eingebettet…",
            "id": "Menyematkan {done} dari {total} teks…",
        },
        "reindex_waiting": {
            "en": "Waiting for another 'kb index' run to finish…",
            "de": "Warte auf das Ende eines anderen 'kb index'-Laufs…",
            "id": "Menunggu proses 'kb index' lain selesai…",
        },
        "reindex_cancel": {"en": "Cancel re-index", "de": "Neuindexierung abbrechen", "id": "Batalkan indeks ulang"},
        "reindex_cancelling": {
            "en": "Cancelling after the current batch…",
            "de": "Wird nach dem laufenden Stapel abgebrochen…",
            "id": "Dibatalkan setelah kelompok saat ini…",
        },
        "reindex_cancelled": {
            "en": "Re-index cancelled. The live index is unchanged.",
            "de": "Neuindexierung abgebrochen. Der aktive Index ist unverändert.",
            "id": "Indeks ulang dibatalkan. Indeks yang aktif tidak berubah.",
        },
        "reindexed": {
            "en": "Done: {summary}. The new index is live for everyone.",
            "de": "Fertig: {summary}. Der neue Index ist für alle aktiv.",
            "id": "Selesai: {summary}. Indeks baru aktif untuk semua pengguna.",
        },
        "col_doc": {"en": "Document", "de": "Dokument", "id": "Dokumen"},
        "col_title": {"en": "Title", "de": "Titel", "id": "Judul"},
        "col_language": {"en": "Language", "de": "Sprache", "id": "Bahasa"},
        "col_chunks": {"en": "Passages", "de": "Textstellen", "id": "Bagian"},
        "col_indexed": {"en": "Last indexed (UTC)", "de": "Zuletzt indexiert (UTC)", "id": "Terakhir diindeks (UTC)"},
        **CHAT_LABELS,
        **DOCS_LABELS,
    }
)


EXAMPLES = {
    "en": [
        "What is knowledge process outsourcing?",
        "Which tasks does back office outsourcing cover?",
        "What should an ITO provider deliver?",
    ],
    "de": [
        "Was ist Insourcing?",
        "Welche Aufgaben übernimmt ein BPO-Anbieter?",
        "Warum sollte man zuerst einen ITO-Anbieter einführen?",
    ],
    "id": ["Apa itu multi-sourcing?", "Apa perbedaan BPO dan ITO?", "Apa yang dilakukan penyedia BPO?"],
}


UI_KEY = "ui"  # the setting's widget key, and its query parameter: a reload keeps the language


def browser_language() -> str:
    """The browser's language when the page speaks it (en, de, id), else English."""
    try:
        locale = st.context.locale or ""
    except Exception:  # no browser behind this run (a bare script run)
        locale = ""
    code = locale.replace("_", "-").split("-")[0].lower()
    return code if code in UI_LANGUAGES else "en"


def ui_language() -> str:
    """The interface language: the setting, else (first visit) the browser's language."""
    chosen = st.session_state.get(UI_KEY)
    return chosen if chosen in UI_LANGUAGES else browser_language()


def language_setting() -> None:
    """The interface-language setting in the sidebar, kept in the URL (``?ui=de``) when it is not the browser's."""
    default = browser_language()
    st.sidebar.selectbox(
        t("ui_language"),
        list(UI_LANGUAGES),
        index=UI_LANGUAGES.index(default),
        format_func=NATIVE_NAMES.__getitem__,
        key=UI_KEY,
        bind="query-params",
    )


def t(key: str, **values: str) -> str:
    return LABELS.text(key, ui_language(), **values)
