"""Pages that never embed (Concepts, Quiz, Documents) do not load the model's weights."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from kb.index.build import build_index
from kb.index.embedders import EMBEDDERS
from tests.fakes import FakeEmbedder


class CountingEmbedder(FakeEmbedder):
    loads = 0

    def embed_queries(self, texts):
        CountingEmbedder.loads += 1
        return super().embed_queries(texts)


def test_concepts_and_quiz_pages_read_the_model_id_only(real_corpus, tmp_path, monkeypatch):
    build_index(real_corpus, tmp_path / "index", FakeEmbedder())
    EMBEDDERS.register("counting", lambda arg: CountingEmbedder())
    monkeypatch.setenv("KB_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("KB_CORPUS_DIR", str(real_corpus))
    monkeypatch.setenv("KB_MODEL", "counting")
    try:
        for page in ("concepts", "quiz"):
            at = AppTest.from_string(f"from kb.web.pages import {page}\n{page}.render()", default_timeout=30).run()
            assert not at.exception and not at.error, page
        assert CountingEmbedder.loads == 0
    finally:
        EMBEDDERS.unregister("counting")
