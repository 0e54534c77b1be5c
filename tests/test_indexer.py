"""Building, incremental re-indexing and atomic publishing (fake embedder)."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest

from kb.errors import IndexCorruptError, IndexMismatchError, IndexMissingError
from kb.index import manifest, publish, reader
from kb.index.build import build_index
from kb.index.manifest import FORMAT_VERSION
from kb.qa.search import search
from tests.conftest import FakeEmbedder, damaged


def test_build_publishes_a_loadable_index(small_corpus: Path, tmp_path: Path, fake_embedder):
    index_root = tmp_path / "index"
    report = build_index(small_corpus, index_root, fake_embedder)
    assert report.published and report.documents == 2 and report.languages == ["de", "en"]
    assert report.embedded == report.chunks and report.reused == 0
    loaded = reader.load_index(index_root, fake_embedder.model_id)
    assert len(loaded.chunks) == len(loaded.vectors) == report.chunks
    assert sorted(loaded.lexical) == ["de", "en"]
    assert loaded.manifest.model_id == "fake:64" and loaded.manifest.dim == 64
    assert set(loaded.manifest.files) >= {"chunks.jsonl", "vectors.faiss"}
    assert not list(index_root.glob(".tmp-*"))


def test_unchanged_corpus_embeds_nothing_and_publishes_nothing(small_corpus, tmp_path, fake_embedder):
    index_root = tmp_path / "index"
    first = build_index(small_corpus, index_root, fake_embedder)
    again = build_index(small_corpus, index_root, fake_embedder)
    assert (again.published, again.embedded, again.reused) == (False, 0, first.chunks)
    assert publish.current_build_id(index_root) == first.build_id


def test_a_new_chunker_republishes_an_unchanged_corpus(small_corpus, tmp_path, fake_embedder, monkeypatch):
    # An upgrade that cuts documents differently (a new debris rule) keeps the documents, the
    # version and the settings: the passages must still follow the new code.
    import kb.index.build as build

    index_root = tmp_path / "index"
    first = build_index(small_corpus, index_root, fake_embedder)
    original = build.chunk_document
    monkeypatch.setattr(build, "chunk_document", lambda doc, settings: original(doc, settings)[:-1])
    again = build_index(small_corpus, index_root, fake_embedder)
    assert again.published and again.chunks < first.chunks


def test_changing_one_document_re_embeds_only_its_changed_chunks(small_corpus, tmp_path):
    index_root = tmp_path / "index"
    build_index(small_corpus, index_root, FakeEmbedder())
    doc = small_corpus / "basics.en.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("numerous experts", "many specialists"), encoding="utf-8")
    embedder = FakeEmbedder()
    report = build_index(small_corpus, index_root, embedder)
    assert report.published and report.changed == ["basics.en"]
    # One passage changed: it and the two new words of the term table ("many", "specialists": words
    # of four letters or more) are embedded, nothing else. Its changed sentence is the passage's only
    # one, and both are embedded under the same heading path: one text, embedded once.
    assert report.embedded == 1 and embedder.passages_embedded == 1 + 2
    loaded = reader.load_index(index_root, embedder.model_id)
    assert any("many specialists" in c.text for c in loaded.chunks)
    assert not any("numerous experts" in c.text for c in loaded.chunks)


def test_removed_and_added_documents(small_corpus, tmp_path, fake_embedder):
    index_root = tmp_path / "index"
    build_index(small_corpus, index_root, fake_embedder)
    (small_corpus / "auslagerung.de.md").unlink()
    (small_corpus / "new.en.md").write_text("# New\n\nSelective outsourcing picks tasks.", encoding="utf-8")
    report = build_index(small_corpus, index_root, fake_embedder)
    assert (report.added, report.removed) == (["new.en"], ["auslagerung.de"])
    loaded = reader.load_index(index_root, fake_embedder.model_id)
    assert {c.doc_id for c in loaded.chunks} == {"basics.en", "new.en"}
    assert list(loaded.lexical) == ["en"]


def test_rebuild_embeds_everything_again(small_corpus, tmp_path, fake_embedder):
    index_root = tmp_path / "index"
    build_index(small_corpus, index_root, fake_embedder)
    report = build_index(small_corpus, index_root, fake_embedder, rebuild=True)
    assert report.published and report.embedded == report.chunks


def test_failed_build_leaves_the_live_index_untouched(small_corpus, tmp_path, fake_embedder, monkeypatch):
    index_root = tmp_path / "index"
    first = build_index(small_corpus, index_root, fake_embedder)
    (small_corpus / "basics.en.md").write_text("# Changed\n\nSomething else entirely.", encoding="utf-8")

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(publish, "publish", crash)
    with pytest.raises(RuntimeError):
        build_index(small_corpus, index_root, fake_embedder)
    assert publish.current_build_id(index_root) == first.build_id
    assert reader.load_index(index_root, fake_embedder.model_id).build_id == first.build_id
    assert list(index_root.glob(".tmp-*"))  # the half-written build is left behind...
    monkeypatch.undo()
    report = build_index(small_corpus, index_root, fake_embedder)
    assert report.published and not list(index_root.glob(".tmp-*"))  # ...and cleaned by the next run


def test_readers_always_see_a_complete_build_while_publishing(small_corpus, tmp_path, fake_embedder):
    index_root = tmp_path / "index"
    build_index(small_corpus, index_root, fake_embedder)
    errors: list[BaseException] = []
    stop = threading.Event()

    def read_repeatedly():
        while not stop.is_set():
            try:
                loaded = reader.load_index(index_root, fake_embedder.model_id)
                texts = {c.doc_id: c.text for c in loaded.chunks}
                version = texts["basics.en"].count("version")
                assert all(t.count("version") in (0, version) for t in texts.values())
                assert len(loaded.chunks) == loaded.manifest.counts["chunks"]
            except BaseException as exc:
                errors.append(exc)

    threads = [threading.Thread(target=read_repeatedly) for _ in range(3)]
    for t in threads:
        t.start()
    for i in range(8):
        (small_corpus / "basics.en.md").write_text(f"# V\n\n{'version ' * (i + 1)}of the text.", encoding="utf-8")
        build_index(small_corpus, index_root, fake_embedder)
    stop.set()
    for t in threads:
        t.join()
    assert errors == []
    assert len(list((index_root / "builds").iterdir())) == publish.KEEP_BUILDS


def test_loading_refuses_another_model_or_format(small_corpus, tmp_path, fake_embedder):
    index_root = tmp_path / "index"
    build_index(small_corpus, index_root, fake_embedder)
    with pytest.raises(IndexMismatchError, match=r"built with model fake:64.*kb index --rebuild"):
        reader.load_index(index_root, "fake:32")
    build = index_root / "builds" / publish.current_build_id(index_root)
    manifest = json.loads((build / "manifest.json").read_text())
    manifest["format_version"] = FORMAT_VERSION + 1
    (build / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexCorruptError, match=re.escape("manifest.json fails its checksum")):
        reader.load_index(index_root, fake_embedder.model_id)
    _repoint(index_root, build)
    with pytest.raises(IndexMismatchError, match="format"):
        reader.load_index(index_root, fake_embedder.model_id)


def _repoint(index_root: Path, build: Path) -> None:
    """Re-sign CURRENT as if the edited manifest had been published (an old or newer kb)."""
    pointer = {"build": build.name, "manifest_sha256": manifest.file_checksum(build / "manifest.json")}
    (index_root / "CURRENT").write_text(json.dumps(pointer))


@pytest.mark.parametrize("damage", ["truncate", "zero", "edit"])
def test_damaged_index_files_are_detected_before_reading(small_corpus, tmp_path, fake_embedder, damage):
    index_root = tmp_path / "index"
    build_index(small_corpus, index_root, fake_embedder)
    build = index_root / "builds" / publish.current_build_id(index_root)
    for rel in publish.read_manifest(index_root).files:
        path = build / rel
        original = path.read_bytes()
        path.write_bytes(damaged(original, damage))
        with pytest.raises(IndexCorruptError, match=f"{rel}.*kb index --rebuild"):
            reader.load_index(index_root, fake_embedder.model_id)
        path.write_bytes(original)
    assert reader.load_index(index_root, fake_embedder.model_id)


def test_missing_index_says_how_to_build_it(tmp_path):
    with pytest.raises(IndexMissingError, match="kb index"):
        reader.load_index(tmp_path / "index", None)


def test_search_finds_the_passage_sharing_the_query_words(small_corpus, tmp_path, fake_embedder):
    index_root = tmp_path / "index"
    build_index(small_corpus, index_root, fake_embedder)
    loaded = reader.load_index(index_root, fake_embedder.model_id)
    hits = search(loaded, fake_embedder, "numerous experts portions", k=3)
    assert hits[0].chunk.section == "Multi-Sourcing" and hits[0].lexical > 0
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.chunk.language == "de" for h in search(loaded, fake_embedder, "Kundenservice", language="de"))


def test_second_indexer_waits_then_refuses(small_corpus, tmp_path, fake_embedder):
    from kb.errors import IndexBusyError

    index_root = tmp_path / "index"
    waited = []
    with publish.index_lock(index_root), pytest.raises(IndexBusyError, match="another 'kb index' is running"):
        build_index(small_corpus, index_root, fake_embedder, lock_timeout=0.2, on_wait=lambda: waited.append(1))
    assert waited == [1]
    assert build_index(small_corpus, index_root, fake_embedder).published
