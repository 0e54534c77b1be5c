"""Sentence alignment (synthetic vectors) and translation relations from front matter."""

from __future__ import annotations

import numpy as np
import pytest

from kb.index.alignment import align, unlinked_share
from kb.index.translations import WEAK_LINK_COST, AlignedPair, TranslationMap
from kb.ingest.chunking import Chunk
from kb.ingest.translations import Version, groups, missing_translator, partners, root_of

DIM = 64


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _text(n: int, seed: int = 0) -> np.ndarray:
    """``n`` sentences of one topic: a shared direction plus each sentence's own (as e5 gives)."""
    rng = np.random.default_rng(seed)
    topic = rng.normal(size=DIM)
    return topic * 2.5 + rng.normal(size=(n, DIM))


def _pairs(raw: np.ndarray) -> np.ndarray:
    return _unit(raw[:-1] + raw[1:])


def _noisy(raw: np.ndarray, seed: int) -> np.ndarray:
    return raw + 0.35 * np.random.default_rng(seed).normal(size=raw.shape)


def _links(original: np.ndarray, translation: np.ndarray) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    found = align(_unit(original), _unit(translation), _pairs(original), _pairs(translation))
    return [(k.original, k.translation) for k in found]


def test_a_faithful_translation_aligns_one_to_one():
    source = _text(30)
    assert _links(source, _noisy(source, 1)) == [((i,), (i,)) for i in range(30)]


def test_a_merged_and_a_split_sentence_become_2_1_and_1_2_links():
    source = _text(20)
    translation = _noisy(source, 2)
    merged = np.vstack([translation[:5], translation[5] + translation[6], translation[7:]])
    links = _links(source, merged)
    assert ((5, 6), (5,)) in links
    assert links[:5] == [((i,), (i,)) for i in range(5)] and links[-1] == ((19,), (18,))
    assert ((5,), (5, 6)) in _links(merged, translation)  # the same texts the other way round: 1-2


def test_links_are_monotonic_and_cover_every_sentence_once():
    source, translation = _text(25, 3), _noisy(_text(25, 3), 4)[:22]
    found = align(_unit(source), _unit(translation), _pairs(source), _pairs(translation))
    assert [o for k in found for o in k.original] == list(range(25))
    assert [t for k in found for t in k.translation] == list(range(22))


def test_unrelated_texts_align_only_weakly():
    source, other = _text(20, 5), _text(20, 6)
    pair = AlignedPair("x.de", "x.en", align(_unit(source), _unit(other), _pairs(source), _pairs(other)))
    faithful = AlignedPair(
        "y.de", "y.en", align(_unit(source), _unit(_noisy(source, 7)), _pairs(source), _pairs(_noisy(source, 7)))
    )
    assert pair.weak_share() > 0.5 and faithful.weak_share() == 0.0
    assert max(k.cost for k in faithful.links) < WEAK_LINK_COST


def test_an_empty_side_leaves_every_sentence_unlinked():
    source = _text(3)
    found = align(_unit(source), np.zeros((0, DIM)), _pairs(source), np.zeros((0, DIM)))
    assert unlinked_share(found, "original") == 1.0 and len(found) == 3


def test_aligned_pairs_round_trip():
    source = _text(6)
    pair = AlignedPair("a.de", "a.en", align(_unit(source), _unit(source), _pairs(source), _pairs(source)))
    assert AlignedPair.from_dict(pair.to_dict()) == pair


VERSIONS = {
    "it.en": Version("it.en", "en"),
    "it.de": Version("it.de", "de", "it.en", "kb team"),
    "it.id": Version("it.id", "id", "it.en", ""),
    "bpo.de": Version("bpo.de", "de", "bpo", "the publisher"),
    "bpo.id": Version("bpo.id", "id", "bpo", "the publisher"),
    "bpo.en": Version("bpo.en", "en", "bpo.de", "kb team"),
    "alone.en": Version("alone.en", "en"),
}


def test_partners_are_the_original_or_the_groups_first_version():
    assert partners(VERSIONS) == {"it.de": "it.en", "it.id": "it.en", "bpo.en": "bpo.de", "bpo.id": "bpo.de"}
    assert groups(VERSIONS) == {"it.en": ["it.de", "it.en", "it.id"], "bpo": ["bpo.de", "bpo.en", "bpo.id"]}
    assert root_of("bpo.en", VERSIONS) == "bpo"


def test_a_translation_without_translator_is_named():
    assert missing_translator(VERSIONS) == ["it.id"]


@pytest.mark.parametrize("cycle", [("a", "b"), ("a", "a")])
def test_a_cycle_of_translation_of_ends(cycle):
    first, second = cycle
    versions = {first: Version(first, "en", second, "x"), second: Version(second, "de", first, "x")}
    assert root_of(first, versions) in versions


def test_kb_index_names_a_translation_that_does_not_align(small_corpus, tmp_path, fake_embedder):
    from kb.index.build import build_index

    # The fake embedder gives unrelated vectors to any two texts: nothing here aligns.
    text = "Eine Seite über etwas ganz anderes. Sie hat drei Sätze. Das ist der dritte Satz.\n"
    (small_corpus / "other.de.md").write_text(
        f"---\ntitle: Anderes\nlanguage: de\ntranslation_of: basics.en\n---\n\n{text}", encoding="utf-8"
    )
    report = build_index(small_corpus, tmp_path / "index", fake_embedder)
    assert any(w.startswith("other.de: ") and "basics.en" in w for w in report.warnings), report.warnings
    assert any("other.de: a translation should say who translated it" in w for w in report.warnings)


def test_coverage_marks_originals_translations_and_gaps():
    from kb.ingest.translations import coverage

    rows = {r.topic: r for r in coverage(VERSIONS, {"it.en": "IT", "bpo.de": "BPO"}, ["en", "de", "id"])}
    assert rows["it.en"].cells == {
        "en": ("original", "it.en"),
        "de": ("translation", "it.de"),
        "id": ("translation", "it.id"),
    }
    assert rows["bpo"].title == "BPO" and rows["bpo"].missing == []
    assert rows["alone.en"].missing == ["de", "id"]
    assert rows["alone.en"].to_dict()["languages"]["de"] == {"status": "missing", "doc": None}


def test_an_upload_can_be_marked_as_a_translation(small_corpus):
    from kb.errors import InputError
    from kb.ingest.documents import split_front_matter
    from kb.ingest.uploads import Translation, prepare_upload

    data = "# Grundlagen\n\nOutsourcing heißt, Arbeit an einen externen Anbieter zu geben.\n".encode()
    prepared = prepare_upload(small_corpus, "basics.de.md", data, "de", translation=Translation("basics.en", "kb team"))
    meta, _ = split_front_matter(prepared.text)
    assert meta["translation_of"] == "basics.en" and meta["translator"] == "kb team"
    with pytest.raises(InputError, match="not a document of the corpus"):
        prepare_upload(small_corpus, "basics.de.md", data, "de", translation=Translation("../etc/passwd", "x"))
    with pytest.raises(InputError, match="say who translated it"):
        prepare_upload(small_corpus, "basics.de.md", data, "de", translation=Translation("basics.en", "  "))


def test_every_passage_of_a_packed_unit_can_be_a_source():
    """The German article has two passages where the English packs one: both German ones can rank."""

    def chunk(n: int, language: str) -> Chunk:
        return Chunk(f"c{n}", f"doc.{language}", "T", "S", ["T", "S"], n, language, f"text {n}", [(0, 6)])

    chunks = [chunk(0, "de"), chunk(1, "de"), chunk(2, "en"), chunk(3, "de")]
    versions = TranslationMap(chunks)
    versions.__dict__["unit"] = np.array([0, 0, 0, 3])  # rows 0, 1 (de) and 2 (en) are one unit
    scores = np.array([0.62, 0.63, 0.55, 0.60])
    assert versions.best_versions(scores, "de", 5) == [(1, 0.63), (0, 0.62), (3, 0.60)]
    assert versions.best_versions(scores, "de", 2) == [(1, 0.63), (0, 0.62)]
    # in English the unit is one passage, shown once, by its best version's score
    assert versions.best_versions(scores, "en", 5) == [(2, 0.63), (3, 0.60)]
