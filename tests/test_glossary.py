"""The glossary: parsing, cross-language look-up, and its part in lexical search."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from kb.errors import DocumentError
from kb.index.build import build_index
from kb.index.reader import load_index
from kb.knowledge.glossary import GLOSSARY_FILE, Glossary, load_glossary
from kb.qa.retrieval import retrieve
from kb.qa.signals import lexical_scores
from tests.conftest import CORPUS

SHIPPED = load_glossary(CORPUS / GLOSSARY_FILE)

SMALL = """# a comment
en\tde\tid
success, successful\tErfolg\tsukses
customer service\tKundenservice\tlayanan pelanggan
accounting\tBuchhaltung\t
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / GLOSSARY_FILE
    path.write_bytes(text.encode(encoding))
    return path


def test_shipped_glossary_names_every_meaning_in_all_three_languages():
    assert SHIPPED.languages == ("en", "de", "id")
    assert len(SHIPPED.entries) >= 100
    incomplete = [e for e in SHIPPED.entries if set(e) != {"en", "de", "id"}]
    assert incomplete == []


def test_question_words_bring_their_equivalents_in_the_other_languages(tmp_path):
    glossary = load_glossary(write(tmp_path, SMALL))
    found = glossary.equivalents("When is an outsourcing deal successful?", "en")
    assert found == {"de": ["Erfolg"], "id": ["sukses"]}  # "successful" and "success" share a stem
    assert glossary.equivalents("Gilt das als Erfolg?", "de") == {"en": ["success", "successful"], "id": ["sukses"]}


def test_a_term_of_several_words_needs_all_of_them(tmp_path):
    glossary = load_glossary(write(tmp_path, SMALL))
    assert glossary.equivalents("Who does customer service?", "en")["de"] == ["Kundenservice"]
    assert glossary.equivalents("Which service is offered?", "en") == {}


def test_a_language_left_empty_in_an_entry_gets_nothing_from_it(tmp_path):
    glossary = load_glossary(write(tmp_path, SMALL))
    assert glossary.equivalents("Who does the accounting?", "en") == {"de": ["Buchhaltung"]}


def test_a_language_the_glossary_lacks_or_no_file_gives_no_equivalents(tmp_path):
    assert load_glossary(write(tmp_path, SMALL)).equivalents("¿Es un éxito?", "es") == {}
    assert load_glossary(tmp_path / "missing.tsv") == Glossary()


def test_glossary_survives_the_round_trip_through_the_build(tmp_path):
    glossary = load_glossary(write(tmp_path, SMALL))
    again = Glossary.from_dict(glossary.to_dict())
    assert again == glossary
    assert again.equivalents("a success", "en") == glossary.equivalents("a success", "en")


@pytest.mark.parametrize(
    "text, complaint",
    [
        ("success\tErfolg\n", ":1: the first line must name the languages"),
        ("en\ten\nsuccess\tsuccess\n", ":1: a language is named twice"),
        ("en\tde\tid\nsuccess\tErfolg\n", ":2: 2 tab-separated columns; the header names 3"),
        ("# note\nen\tde\tid\nsuccess\t\t\n", ":3: an entry needs terms in at least two languages"),
    ],
)
def test_a_malformed_glossary_is_refused_with_its_line(tmp_path, text, complaint):
    with pytest.raises(DocumentError, match=complaint):
        load_glossary(write(tmp_path, text))


def test_a_glossary_that_is_not_utf8_is_refused(tmp_path):
    with pytest.raises(DocumentError, match="cannot be read"):
        load_glossary(write(tmp_path, "en\tde\nsize\tGröße\n", encoding="utf-16"))


def test_english_question_finds_german_passage_through_the_glossary(small_corpus, tmp_path, fake_embedder):
    write(small_corpus, "en\tde\naccounting, bookkeeping\tBuchhaltung\ncustomer service\tKundenservice\n")
    build_index(small_corpus, tmp_path / "index", fake_embedder)
    index = load_index(tmp_path / "index", fake_embedder.model_id)
    german = next(r for r, c in enumerate(index.chunks) if "Buchhaltung" in c.text)
    question = "Who does the bookkeeping?"

    plain = lexical_scores(index, question)
    expanded = lexical_scores(index, question, extra_terms=index.glossary.equivalents(question, "en"))
    assert plain[german] == 0 and expanded[german] > 0
    assert np.count_nonzero(expanded) == 1

    with_glossary = retrieve(index, fake_embedder, question, "en", k=len(index.chunks))
    without = retrieve(replace(index, glossary=Glossary()), fake_embedder, question, "en", k=len(index.chunks))
    score = {h.row: h.score for h in with_glossary.hits}
    score_without = {h.row: h.score for h in without.hits}
    assert score[german] > score_without[german]
    assert with_glossary.hits[0].row == german


def test_editing_the_glossary_publishes_a_new_build(small_corpus, tmp_path, fake_embedder):
    index_root = tmp_path / "index"
    write(small_corpus, "en\tde\naccounting\tBuchhaltung\n")
    first = build_index(small_corpus, index_root, fake_embedder)
    assert build_index(small_corpus, index_root, fake_embedder).published is False
    write(small_corpus, "en\tde\naccounting\tBuchhaltung\nsuccess\tErfolg\n")
    second = build_index(small_corpus, index_root, fake_embedder)
    assert second.published and second.embedded == 0
    index = load_index(index_root, fake_embedder.model_id)
    assert index.manifest.build_id != first.build_id
    assert len(index.glossary.entries) == 2 and index.manifest.counts["glossary_entries"] == 2


def test_a_broken_glossary_stops_the_build_and_keeps_the_live_index(small_corpus, tmp_path, fake_embedder):
    index_root = tmp_path / "index"
    first = build_index(small_corpus, index_root, fake_embedder)
    write(small_corpus, "en\tde\naccounting\n")
    with pytest.raises(DocumentError, match=re.escape("glossary.tsv:2")):
        build_index(small_corpus, index_root, fake_embedder)
    assert load_index(index_root, fake_embedder.model_id).manifest.build_id == first.build_id
