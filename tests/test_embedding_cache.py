"""The embedding cache: a damaged vector is caught by its checksum and embedded again; each text once."""

from __future__ import annotations

import random
import sqlite3

import numpy as np

from kb.index import publish, reader
from kb.index.build import background_texts, build_index, sentence_table
from kb.index.embedding import embed_texts
from kb.index.embedding_cache import EmbeddingCache, cache_key
from tests.fakes import FakeEmbedder


def _touch_other_document(corpus) -> None:
    """A routine change elsewhere, so the next ``kb index`` publishes a new build."""
    doc = corpus / "auslagerung.de.md"
    doc.write_text(doc.read_text(encoding="utf-8") + "\nNeu: ein weiterer Absatz über Verträge.\n", encoding="utf-8")


def _assert_published_vectors_are_fresh(index_root) -> None:
    """Passage, sentence and background vectors of the live build all equal fresh embeddings."""
    loaded = reader.load_index(index_root, "fake:64")
    fake = FakeEmbedder()
    fresh = fake.embed_passages([c.embed_text for c in loaded.chunks])
    for row in range(len(loaded.chunks)):
        assert np.allclose(loaded.vectors.vector(row), fresh[row], atol=1e-6), loaded.chunks[row].section
    sentences = fake.embed_passages([text for _, text in sentence_table(loaded.chunks)])
    for row in range(len(sentences)):
        assert np.allclose(loaded.sentence_vectors.vector(row), sentences[row], atol=1e-6), f"sentence {row}"
    assert np.allclose(loaded.background, fake.embed_passages(list(background_texts())), atol=1e-6)


def test_a_flipped_byte_in_a_cached_vector_is_caught_and_re_embedded(small_corpus, tmp_path):
    index_root = tmp_path / "index"
    build_index(small_corpus, index_root, FakeEmbedder())
    loaded = reader.load_index(index_root, "fake:64")
    insourcing = next(c for c in loaded.chunks if c.section == "Insourcing")
    key = cache_key("fake:64", insourcing.embed_text)
    db = sqlite3.connect(publish.cache_path(index_root))
    (data,) = db.execute("SELECT data FROM vectors WHERE key = ?", (key,)).fetchone()
    flipped = bytearray(data)
    flipped[9] ^= 0x40  # one byte of one float: the vector still looks like a vector
    with db:
        db.execute("UPDATE vectors SET data = ? WHERE key = ?", (bytes(flipped), key))
    db.close()

    _touch_other_document(small_corpus)
    report = build_index(small_corpus, index_root, FakeEmbedder())
    assert report.repaired == 1
    assert "re-embedded 1 cached vectors that failed their checksum" in report.summary()
    _assert_published_vectors_are_fresh(index_root)


def test_random_flips_in_the_cache_file_are_all_caught(small_corpus, tmp_path):
    index_root = tmp_path / "index"
    build_index(small_corpus, index_root, FakeEmbedder())
    cache_file = publish.cache_path(index_root)
    db = sqlite3.connect(cache_file)
    blobs = [bytes(row[0]) for row in db.execute("SELECT data FROM vectors")]
    db.close()
    raw = bytearray(cache_file.read_bytes())
    rng = random.Random(12)
    chosen = rng.sample(blobs, 12)
    for blob in chosen:  # flip one random byte inside 12 stored vectors, in the file itself
        at = raw.find(blob)
        assert at >= 0
        raw[at + rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
    cache_file.write_bytes(bytes(raw))

    _touch_other_document(small_corpus)
    report = build_index(small_corpus, index_root, FakeEmbedder())
    _assert_published_vectors_are_fresh(index_root)
    assert report.repaired == 12


def test_an_old_cache_without_checksums_is_re_embedded_once(tmp_path):
    path = tmp_path / "embeddings.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE vectors (key TEXT PRIMARY KEY, dim INTEGER, data BLOB)")
    key = cache_key("fake:64", "Insourcing brings a team in house.")
    with db:
        db.execute("INSERT INTO vectors VALUES (?, ?, ?)", (key, 64, np.ones(64, np.float32).tobytes()))
    db.close()
    embedder = FakeEmbedder()
    first = embed_texts(["Insourcing brings a team in house."], embedder, path)
    assert (first.repaired, first.distinct_embedded, embedder.passages_embedded) == (1, 1, 1)
    again = embed_texts(["Insourcing brings a team in house."], embedder, path)
    assert (again.repaired, again.distinct_embedded, embedder.passages_embedded) == (0, 0, 1)
    assert np.allclose(again.vectors[0], FakeEmbedder().embed_passages(["Insourcing brings a team in house."])[0])


def test_each_distinct_text_is_embedded_once_per_build(tmp_path):
    texts = ["Outsourcing is good."] * 500 + ["Insourcing is different."] * 300 + ["Outsourcing is good."]
    embedder = FakeEmbedder()
    result = embed_texts(texts, embedder, tmp_path / "embeddings.sqlite")
    assert embedder.passages_embedded == 2 and result.distinct_embedded == 2
    assert len(result.missing) == len(texts) and result.vectors.shape == (len(texts), 64)
    assert np.array_equal(result.vectors[0], result.vectors[-1])


def test_a_repetitive_document_embeds_a_handful_of_texts(tmp_path):
    from kb.index.build import background_texts

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "Outsourcing is good. " * 2000
    (corpus / "repeat.md").write_text(f"---\ntitle: Repeat\nlanguage: en\n---\n\n{body}\n", encoding="utf-8")
    embedder = FakeEmbedder()
    report = build_index(corpus, tmp_path / "index", embedder)
    assert report.chunks > 30  # many passages and 2,000 sentences ...
    # ... but a few distinct texts (plus the off-topic reference texts)
    assert embedder.passages_embedded < len(background_texts()) + 20


def test_the_cache_counts_nothing_as_rejected_when_it_is_sound(tmp_path):
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    cache.put_many({"k": np.arange(4, dtype=np.float32)})
    assert np.array_equal(cache.get_many(["k", "k", "absent"])["k"], np.arange(4, dtype=np.float32))
    assert cache.rejected == 0
    cache.close()
