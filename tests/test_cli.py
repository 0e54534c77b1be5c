"""The kb command through click's CliRunner, with the fake embedder."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_kb as run


def test_index_status_search_round_trip(cli_env):
    result = run("index")
    assert result.exit_code == 0, result.output
    assert "indexed 2 documents" in result.output and "embedded 3, reused 0" in result.output
    again = run("index")
    assert "up to date" in again.output and "embedded 0, reused 3" in again.output

    status = json.loads(run("status", "--json").output)
    assert [(d["doc"], d["language"], d["chunks"]) for d in status["documents"]] == [
        ("auslagerung.de", "de", 1),
        ("basics.en", "en", 2),
    ]
    assert status["model"] == "fake:64" and status["languages"] == ["de", "en"]

    hits = json.loads(run("search", "Kundenservice Buchhaltung", "-k", "2", "--json").output)
    assert hits[0]["doc"] == "auslagerung.de" and hits[0]["rank"] == 1
    assert {"score", "dense", "lexical", "text", "chunk_id", "section", "language"} <= set(hits[0])
    only_en = json.loads(run("search", "Kundenservice", "--lang", "en", "--json").output)
    assert {h["language"] for h in only_en} == {"en"}


def test_paths_on_the_command_line_override_the_environment(small_corpus, tmp_path):
    result = run("index", "--corpus", str(small_corpus), "--index", str(tmp_path / "ix"), "--model", "fake:16")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ix" / "CURRENT").is_file()


@pytest.mark.parametrize(
    "args, message",
    [
        (("status",), "no index in"),
        (("search", "anything"), "run 'kb index'"),
        (("index", "--model", "nope"), "unknown model 'nope'"),
        (("index", "--model", "st:/no/such/model"), "is not on this machine"),
        (("index", "--corpus", "/no/such/dir"), "does not exist"),
    ],
)
def test_errors_are_one_line_without_traceback(cli_env, args, message):
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_model_mismatch_and_bad_query_are_reported(cli_env):
    assert run("index").exit_code == 0
    mismatch = run("search", "x", "--model", "fake:32")
    assert mismatch.exit_code == 1 and "built with model fake:64" in mismatch.output
    empty = run("search", "   ")
    assert empty.exit_code == 1 and "the question is empty" in empty.output
    long = run("search", "x" * 5000)
    assert long.exit_code == 1 and "limit is 2,000" in long.output


def test_bad_document_in_corpus_names_the_file_and_keeps_the_index(cli_env, small_corpus):
    assert run("index").exit_code == 0
    (small_corpus / "broken.md").write_bytes("Größe".encode("latin-1"))
    result = run("index")
    assert result.exit_code == 1 and "broken.md: is not UTF-8" in result.output
    assert len(json.loads(run("status", "--json").output)["documents"]) == 2
