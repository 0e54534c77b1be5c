"""Web debris stays out of passages; a list's lead-in brings its items into the answer; an answer
from another language's passage quotes it, labelled with its language."""

from __future__ import annotations

import pytest

from kb.ingest.chunking import ChunkSettings, chunk_document
from kb.ingest.debris import is_about_the_article, is_debris
from kb.ingest.documents import parse_document
from kb.qa.answer import ask
from tests.conftest import fake_index
from tests.fakes import FakeEmbedder


@pytest.mark.parametrize(
    "line",
    [
        "We value your privacy: this site uses cookies. Accept | Reject | Settings",
        "Diese Seite nutzt Cookies. Einstellungen | Alle akzeptieren",
        "Laman ini memakai cookie. Setuju",
        "By Alex Morgan | 2 May 2025 | 5 min read",
        "Von Jana Schulz, 3. März 2025",
        "Oleh Budi Santoso | 1 Juli 2025 | 4 menit baca",
        "Posted on 2 September 2025 by Dana Lee, Practice Lead",
        "Veröffentlicht am 3. März 2025",
        "Diterbitkan pada 5 Mei 2025 oleh Tim Redaksi",
        "Home > Insights > Outsourcing",
        "Beranda / Artikel / Outsourcing",
        "Share this post: LinkedIn X Facebook",
        "Bagikan artikel ini: WhatsApp Facebook",
        "Read more: Ten questions to ask a vendor",
        "Lesen Sie auch: Zehn Fragen an Ihren Dienstleister",
        "Baca juga: Sepuluh pertanyaan untuk vendor",
        "Sign up for our newsletter",
        "Was this article helpful? Yes / No",
        "© 2025 Example Advisory GmbH. Alle Rechte vorbehalten.",
        "Diese Website verwendet Cookies. Mit der Nutzung der Seite stimmen Sie der Verwendung zu. Mehr erfahren | OK",
        "Ein Beitrag von Jana Schulz, Senior Managerin Sourcing | 22. Januar 2025",
        "Jana Schulz | 22. Januar 2025",
        "Diesen Beitrag teilen: LinkedIn | Xing | E-Mail",
        "Dapatkan buletin bulanan kami langsung di kotak masuk Anda.",
        "Tags: testing, quality assurance, outsourcing",
        "Posted by Daniel Okafor on 2 June 2025",
        "Von Katrin Vollmer am 9. April 2025",
        "Ditulis oleh Rina Hapsari pada 18 Februari 2025",
        "Wir verwenden Cookies, um unsere Website für Sie zu verbessern. Mehr in unserer Cookie-Richtlinie. OK",
        "We use cookies to give you the best experience. OK",
        "Kami menggunakan cookie agar situs ini berjalan baik. Oke",
        "Inhalt:",
        "Table of contents",
        "Daftar isi",
        # calls to action between sections
        "Download our free e-book: ten questions for your next vendor",
        "Jetzt kostenlosen Leitfaden herunterladen",
        "Unduh panduan gratis untuk memilih vendor alih daya",
        "Register for our webinar on 12 May",
        "Jetzt Demo anfordern",
        "Daftar webinar kami sekarang",
        "© 2025 PT Contoh Jaya. Hak cipta dilindungi undang-undang.",
        "Terakhir diperbarui: 16 Juni 2025",
        "Situs ini memakai cookie. [Oke]",
        # a site or "we" that uses cookies, whatever follows
        "Kami memakai cookie agar situs ini berfungsi dengan baik. Oke",
        "This careers site uses cookies to save your job alerts.",
        "Diese Seite verwendet nur technisch notwendige Cookies. [Mehr erfahren](/datenschutz)",
        "Forum ini memakai cookie untuk menyimpan status login Anda.",
        # the lead-ins of "related articles" boxes
        "Weitere Artikel:",
        "Das könnte Sie auch interessieren",
        "More articles",
        "Artikel lainnya:",
    ],
)
def test_web_furniture_is_debris(line):
    assert is_debris(line)


@pytest.mark.parametrize(
    "text",
    [
        "Providers that store cookies on a client's website must follow the ePrivacy rules, which the contract "
        "should mention explicitly, together with who answers consent requests.",
        "A web analytics provider that uses cookies must ask the visitor first.",
        "By 2026 most contracts will include service credits.",
        "Published benchmarks from 2024 show that most transitions take six months.",
        "Updated service levels apply from the first month of 2025 onwards, as the contract says.",
        "Contents of the exit plan are agreed in the first contract year.",
        "Wir verwenden Cloud-Dienste nur mit einem Vertrag zur Auftragsverarbeitung.",
        "Nearshoring reduces travel time and keeps working hours aligned with the client's team.",
        "Das Modell teilt die Verantwortung zwischen Kunde und Anbieter.",
        "Vendor wajib melaporkan insiden dalam 24 jam.",
        "The provider reports monthly | the client reviews the figures on 22 January 2025 and every quarter after.",
        "Provider A | 2025 revenue grew.",
        "By contrast, providers posted results on 2 June 2025 that were better.",
        "By design, a retainer covers a fixed number of days, billed monthly.",
        "Oleh karena itu, vendor harus berhati-hati, misalnya saat migrasi.",
        "Von Anfang an gilt: Die Daten bleiben beim Kunden, am 1. Mai 2025 wie heute.",
        # an article's own words on copyright, guides and downloads
        "Di Indonesia, hak cipta diatur dalam Undang-Undang Nomor 28 Tahun 2014 tentang Hak Cipta.",
        "The provider writes a guide for each release, and users download it from the portal.",
        "Der Dienstleister pflegt den Leitfaden; Mitarbeitende laden ihn im Intranet herunter.",
    ],
)
def test_article_sentences_are_not_debris(text):
    assert not is_debris(text)


ARTICLE = """---
title: Picking a delivery model
language: en
---

We use cookies to improve your experience. Accept all

By Sam Lee | 1 June 2025 | 4 min read

# Picking a delivery model

## Models

Advisers distinguish three delivery models:

- Onshore teams work in the client's own country.
- Nearshore teams work in a neighbouring country with a similar time zone.
- Offshore teams work far away, usually at the lowest rates.

Share this article: Facebook Twitter LinkedIn
"""


def test_debris_is_dropped_and_the_list_stays_with_its_lead_in():
    chunks = chunk_document(parse_document(ARTICLE, "models.en"), ChunkSettings())
    text = "\n".join(c.text for c in chunks)
    assert "cookies" not in text and "Sam Lee" not in text and "Share this" not in text
    holder = next(c for c in chunks if "three delivery models:" in c.text)
    assert "Offshore teams work far away" in holder.text
    kept = chunk_document(parse_document(ARTICLE, "models.en"), ChunkSettings(drop_debris=False))
    assert any("Sam Lee" in c.text for c in kept)


def test_a_list_lead_in_brings_its_items_into_the_answer(tmp_path):
    index = fake_index(tmp_path, {"models.en.md": ARTICLE})
    answer = ask(index, FakeEmbedder(), "Which three delivery models do advisers distinguish?", language="en")
    assert answer.answered
    for item in ("Onshore teams", "Nearshore teams", "Offshore teams"):
        assert item in answer.answer


def test_an_answer_from_another_language_quotes_it_with_its_language(tmp_path):
    document = (
        "---\ntitle: Modelle\nlanguage: de\n---\n\n# Modelle\n\n"
        "Der Anbieter übernimmt den Betrieb der Server und berechnet eine feste Monatspauschale.\n"
    )
    index = fake_index(tmp_path, {"modelle.de.md": document})
    answer = ask(index, FakeEmbedder(), "Wer übernimmt den Betrieb der Server?", language="en")
    assert answer.answered and answer.citations[0].language == "de"
    assert answer.answer.startswith("The sources on this are in German; they say: (German) “Der Anbieter übernimmt")
    assert answer.answer.rstrip().endswith("[1]")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("This article explains how an outsourced service desk works.", True),
        ("Dieser Beitrag zeigt, wie ein ausgelagerter Service Desk funktioniert.", True),
        ("Artikel ini membahas model harga yang umum.", True),
        ("This contract explains the exit duties.", False),
        ("An article of the contract sets the exit duties.", False),
        ("Der Beitrag des Anbieters zum Projekt ist gering.", False),
    ],
)
def test_sentences_about_the_article_itself_are_recognised(sentence, expected):
    assert is_about_the_article(sentence) is expected


def test_a_sentence_about_the_article_never_answers(tmp_path, monkeypatch):
    from kb.qa import answer as answer_module

    text = (
        "---\ntitle: Desk\nlanguage: en\n---\n\n# Desk\n\n"
        "This article explains how a service desk is staffed around the clock.\n\n"
        "A service desk staffed around the clock needs about five people per seat.\n"
    )
    index = fake_index(tmp_path, {"desk.en.md": text})
    monkeypatch.setattr(answer_module, "ABSTAIN_MARGIN", -10.0)  # the fake model's similarities mean nothing
    answer = ask(index, FakeEmbedder(), "How is a service desk staffed around the clock?", language="en")
    assert answer.answered and "This article" not in answer.answer and "five people" in answer.answer
