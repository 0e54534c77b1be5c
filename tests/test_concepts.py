from dataclasses import replace
from pathlib import Path

import pytest

from kb.errors import DocumentError
from kb.ingest.chunking import chunk_document
from kb.ingest.documents import load_corpus
from kb.knowledge.concepts import LANGUAGES, Catalogue, Quote, ground, load_catalogue
from kb.qa.retrieval import is_definition_question
from tests.conftest import CORPUS

CATALOGUE = load_catalogue(CORPUS / "concepts.yaml")
EXPECTED = {
    "it-sourcing",
    "bpo",
    "bpo-front-office",
    "bpo-back-office",
    "ito",
    "kpo",
    "e-outsourcing",
    "insourcing",
    "multi-sourcing",
    "selective-outsourcing",
}


def test_catalogue_covers_the_concepts_of_the_corpus():
    assert {c.id for c in CATALOGUE.concepts} == EXPECTED
    for concept in CATALOGUE.concepts:
        assert all(concept.names[lang] and concept.definition[lang] for lang in LANGUAGES)
        assert 1 <= concept.definition["en"].count(". ") + 1 <= 3


def test_every_quote_exists_in_the_corpus():
    chunks = [c for d in load_corpus(CORPUS) for c in chunk_document(d)]
    grounded, problems = ground(CATALOGUE, chunks)
    assert problems == []
    by_id = {c.chunk_id: c for c in chunks}
    for concept in grounded.concepts:
        for quote in concept.quotes:
            chunk = by_id[quote.chunk_id]
            assert chunk.doc_id == quote.doc
            assert " ".join(chunk.text[quote.start : quote.end].split()) == quote.text


def test_a_quote_that_is_not_in_the_corpus_is_reported():
    chunks = [c for d in load_corpus(CORPUS) for c in chunk_document(d)]
    invented = replace(CATALOGUE.concepts[0], quotes=[Quote("it-sourcing.en", "Not in the text.")])
    grounded, problems = ground(Catalogue([invented]), chunks)
    assert grounded.concepts == [] and "quote not found" in problems[0]


@pytest.mark.parametrize(
    "question, ids",
    [
        ("Was ist ITO?", ["ito"]),
        ("Apa itu pengalihdayaan proses bisnis?", ["bpo"]),
        ("Was bedeutet Auslagerung von Geschäftsprozessen?", ["bpo"]),
        ("What is the back office?", ["bpo-back-office"]),
        ("Welche Aufgaben übernehmen BPO-Anbieter?", ["bpo"]),
        ("KPO vs BPO", ["kpo", "bpo"]),
        ("knowledge process outsourcing", ["kpo"]),
        ("Apa itu multisourcing?", ["multi-sourcing"]),
        ("How is the weather?", []),
    ],
)
def test_concepts_are_recognised_by_their_names_in_any_language(question, ids):
    assert [c.id for c in CATALOGUE.match(question)] == ids


@pytest.mark.parametrize(
    "question, lang, expected",
    [
        ("What is KPO?", "en", True),
        ("Was versteht man unter Multi-Sourcing?", "de", True),
        ("Apa yang dimaksud dengan insourcing?", "id", True),
        # what an acronym stands for is asked like a definition
        ("Kepanjangan dari ITO itu apa?", "id", True),
        ("ITO singkatannya apa?", "id", True),
        ("Wofür steht BPO?", "de", True),
        ("What does KPO stand for?", "en", True),
        # a filler word beside the name makes no other question
        ("Was ist KPO eigentlich?", "de", True),
        ("Apa itu ITO sebenarnya?", "id", True),
        ("What is a good IT sourcing strategy based on?", "en", False),
        ("Wann gilt ein BPO-Anbieter als Erfolg?", "de", False),
    ],
)
def test_definition_questions(question, lang, expected):
    assert is_definition_question(question, lang, CATALOGUE.match(question)) is expected


@pytest.mark.parametrize(
    "yaml_text, message",
    [
        ("concepts: 3", "expected a 'concepts:' list"),
        ("concepts:\n  - names: {}", "needs an id"),
        ("concepts:\n  - id: x\n    names: {en: [X]}\n    definition: {en: d}", "in de"),
    ],
)
def test_bad_catalogues_are_refused(tmp_path: Path, yaml_text, message):
    path = tmp_path / "concepts.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(DocumentError, match=message):
        load_catalogue(path)


def test_missing_catalogue_is_empty(tmp_path):
    assert load_catalogue(tmp_path / "concepts.yaml").concepts == []
