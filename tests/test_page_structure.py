"""What web articles carry besides paragraphs: footnotes, a table of contents, images with captions."""

from __future__ import annotations

from kb.ingest.chunking import chunk_document
from kb.ingest.documents import parse_document
from kb.ingest.footnotes import attach_notes, split_notes

ARTICLE = """# Kassen als Dienst

Inhalt:

- [Was ist das?](#was-ist-das)
- [Kosten](#kosten)

## Was ist das?

Jede elektronische Kasse braucht eine Sicherheitseinrichtung[^tse]. Der Anbieter tauscht sie aus.

## Kosten

Abgerechnet wird pro Kassenplatz und Monat[^2].

![Diagramm der Kosten pro Kassenplatz](kosten.png)
*Abbildung 1: Die Kosten sinken mit der Zahl der Filialen.*

## Grenzen

Ein einzelnes Geschäft kommt mit einer Tablet-Kasse günstiger weg.

[^tse]: Die Pflicht gilt seit dem 1. Januar 2020,
    in den meisten Ländern mit einer Übergangsfrist.
[^2]: Manche Anbieter verlangen eine Einrichtungsgebühr.
[^9]: Eine Anmerkung, auf die nichts verweist.
"""


def _chunks():
    return chunk_document(parse_document(ARTICLE, "kassen.de"))


def _passage_with(chunks, words):
    return next(c for c in chunks if words in c.text)


def test_a_footnote_joins_the_passage_that_cites_it_and_its_marker_goes():
    chunks = _chunks()
    cited = _passage_with(chunks, "Sicherheitseinrichtung")
    assert cited.section == "Was ist das?"
    assert "Die Pflicht gilt seit dem 1. Januar 2020, in den meisten Ländern mit einer Übergangsfrist." in cited.text
    assert cited.text.index("Sicherheitseinrichtung.") < cited.text.index("Die Pflicht")
    assert _passage_with(chunks, "Einrichtungsgebühr").section == "Kosten"
    assert not any("[^" in c.text for c in chunks if "Anmerkung" not in c.text)
    assert "Pflicht" not in _passage_with(chunks, "Tablet-Kasse").text


def test_a_footnote_nothing_cites_stays_where_it_was():
    chunks = _chunks()
    assert _passage_with(chunks, "Eine Anmerkung, auf die nichts verweist.").section == "Grenzen"


def test_a_table_of_contents_and_its_lead_in_leave_no_passage():
    chunks = _chunks()
    assert not any(c.text.startswith("Inhalt") or "- Kosten" in c.text for c in chunks)
    # the headings themselves still name their sections
    assert {"Was ist das?", "Kosten", "Grenzen"} <= {c.section for c in chunks}


def test_a_list_of_ordinary_links_is_kept():
    doc = parse_document("# Links\n\n- [Vertrag](https://example.org/vertrag)\n- [Kosten](#kosten) im Detail\n", "l.de")
    text = chunk_document(doc)[0].text
    assert "- Vertrag" in text and "- Kosten im Detail" in text


def test_a_related_articles_box_leaves_no_passage():
    body = (
        "# Mahnwesen\n\nDer Dienstleister verschickt die Erinnerungen.\n\nWeitere Artikel:\n\n"
        "- [Rechnungsprüfung auslagern: So gelingt der Start](/ratgeber/rechnungspruefung)\n"
        "- [Shared Services im Finanzbereich](https://example.org/shared-services-im-finanzbereich)\n"
        "- [Inkasso](/ratgeber/inkasso)\n"
    )
    text = "\n".join(c.text for c in chunk_document(parse_document(body, "m.de")))
    assert "Erinnerungen" in text
    assert "Weitere Artikel" not in text and "Rechnungsprüfung" not in text
    assert "Shared Services" not in text and "Inkasso" not in text


def test_an_image_alt_text_is_a_sentence_before_its_caption():
    caption = _passage_with(_chunks(), "Abbildung 1")
    assert "Diagramm der Kosten pro Kassenplatz. Abbildung 1: Die Kosten sinken" in caption.text
    starts = [caption.text[s:e] for s, e in caption.sentences]
    assert "Diagramm der Kosten pro Kassenplatz." in starts


def test_split_notes_keeps_an_unknown_label_and_text_without_notes():
    assert split_notes("Kein Hinweis hier.") == ("Kein Hinweis hier.", {})
    body, notes = split_notes("Text[^a].\n\n[^a]: Erster.\n[^a]: Zweiter.\n")
    assert notes == {"a": "Erster."}
    assert "[^a]: Zweiter." in body  # only the first definition of a label is the note


def test_a_note_cited_only_from_a_dropped_block_is_not_lost():
    blocks = attach_notes(["Absatz ohne Verweis."], {"x": "Die Notiz."}, str, lambda _b, text: text)
    assert blocks == ["Absatz ohne Verweis.", "Die Notiz."]
