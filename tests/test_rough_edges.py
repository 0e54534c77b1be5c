"""Rough edges: each gives one line that names the file or the cause, the right advice, no traceback."""

from __future__ import annotations

import errno
import json
import sqlite3
import subprocess
import sys

import pytest

from kb.errors import InputError
from kb.index import files, publish
from kb.ingest import documents
from kb.ingest.uploads import MAX_NAME_BYTES, prepare_upload
from tests.conftest import REPO, run_kb

KB = [sys.executable, "-c", "import tests.fakes; tests.fakes.register(); from kb.cli import main; main()"]


def _one_line_error(result, *words: str) -> str:
    line = result.output.strip()
    assert result.exit_code == 1, result.output
    assert len(line.splitlines()) == 1 and "Traceback" not in line and "unexpected failure" not in line, line
    for word in words:
        assert word in line, line
    return line


def test_a_batch_with_bad_lines_answers_the_good_ones_and_flags_the_bad(cli_env, tmp_path):
    assert run_kb("index").exit_code == 0
    batch = tmp_path / "questions.txt"
    batch.write_bytes(
        b"What is insourcing?\n"
        b"caf\xe9 latin-1 \xff\xfe\n"
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" + b"x" * 50_000_000 + b"\nWelche Aufgaben haben BPO-Anbieter?\n"
    )
    result = run_kb("ask", "--batch", str(batch), "--json")
    assert result.exit_code == 0, result.output[:500]
    assert len(result.output) < 100_000  # the 50 MB line is not echoed back
    lines = [json.loads(line) for line in result.output.splitlines()]
    errors = [d.get("error", "") for d in lines]
    assert lines[0]["question"] == "What is insourcing?" and not errors[0]
    assert errors[1:6] == [
        "line 2 is not UTF-8 text; save the file as UTF-8",
        "line 3 is not UTF-8 text; save the file as UTF-8",  # b"\x89PNG\r"
        "the question is empty",  # b"\x1a": a control character alone
        "line 5 looks like binary data, not a question",
        "line 6 is 50,000,001 bytes long; the limit is 2,000 characters",
    ]
    assert lines[-1]["question"] == "Welche Aufgaben haben BPO-Anbieter?" and not errors[-1]


def test_an_over_long_question_is_not_echoed_in_full(cli_env, tmp_path):
    assert run_kb("index").exit_code == 0
    batch = tmp_path / "long.txt"
    batch.write_text("y" * 7_000 + "\n", encoding="utf-8")
    (line,) = [json.loads(x) for x in run_kb("ask", "--batch", str(batch), "--json").output.splitlines()]
    assert "limit is 2,000" in line["error"] and len(line["question"]) <= 2_001


def test_a_closed_pipe_ends_kb_quietly(cli_env, tmp_path):
    assert run_kb("index").exit_code == 0
    batch = tmp_path / "many.txt"
    batch.write_text("What is insourcing?\n" * 400, encoding="utf-8")  # far more than a pipe buffer holds
    proc = subprocess.Popen(
        KB + ["ask", "--batch", str(batch), "--json"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"{")  # what `head -1` reads before it exits
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and err == ""


def test_an_index_setting_that_names_a_file_says_so(cli_env, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "passwd"
    not_a_folder.write_text("root:x:0:0\n", encoding="utf-8")
    monkeypatch.setenv("KB_INDEX_DIR", str(not_a_folder))
    for args in (("ask", "What is insourcing?"), ("index",), ("status",)):
        line = _one_line_error(run_kb(*args), "is a file, not a folder", "KB_INDEX_DIR")
        assert "--rebuild" not in line


def test_current_replaced_by_a_folder_is_explained_and_rebuild_repairs_it(cli_env):
    assert run_kb("index").exit_code == 0
    current = cli_env / publish.CURRENT
    current.unlink()
    current.mkdir()
    _one_line_error(run_kb("ask", "What is insourcing?"), "CURRENT is a folder", "kb index --rebuild")
    assert run_kb("index", "--rebuild").exit_code == 0
    assert current.is_file() and run_kb("ask", "What is insourcing?").exit_code == 0


def test_a_corpus_file_that_vanishes_mid_index_is_named(cli_env, small_corpus, monkeypatch):
    real_scan = documents.scan_corpus

    def scan_then_vanish(root):
        found = real_scan(root)
        (small_corpus / "basics.en.md").unlink()  # deleted between listing and reading
        return found

    monkeypatch.setattr(documents, "scan_corpus", scan_then_vanish)
    _one_line_error(run_kb("index"), "basics.en.md: cannot be read", "does not exist")


@pytest.mark.parametrize(
    "code, words",
    [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "read-only"), (errno.EACCES, "permission denied")],
)
def test_a_full_disk_or_read_only_index_is_said_in_words(cli_env, monkeypatch, code, words):
    def fail(build, chunks):
        raise OSError(code, "os message", str(build / files.CHUNKS))

    monkeypatch.setattr(files, "write_chunks", fail)
    _one_line_error(run_kb("index"), "chunks.jsonl", words)


def test_a_read_only_embedding_cache_is_said_in_words(cli_env, monkeypatch):
    def read_only(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr("kb.index.embedding_cache.sqlite3.connect", read_only)
    _one_line_error(run_kb("index"), "embeddings.sqlite", "readonly database")


def test_a_very_long_upload_name_is_refused_before_anything_is_written(small_corpus):
    name = "n" * 247 + ".md"
    with pytest.raises(InputError, match=f"the file name is too long .*the limit is {MAX_NAME_BYTES}"):
        prepare_upload(small_corpus, name, b"# Title\n\nSome text about sourcing.\n")
    assert sorted(p.name for p in small_corpus.iterdir()) == ["auslagerung.de.md", "basics.en.md"]


@pytest.mark.parametrize(
    "item, words",
    [
        ({"question": 5, "answerable": "yes"}, "'question' must be non-empty text, not 5"),
        ({"question": "What is BPO?", "answerable": "yes"}, "'answerable' must be true or false, not \"yes\""),
        ({"question": "What is BPO?", "gold": "BPO"}, "'gold' must be a list of texts"),
        ({"question": "What is BPO?", "lang": 7}, "'lang' must be a language code"),
        (["What is BPO?"], "a line must be a JSON object"),
    ],
)
def test_kb_eval_says_which_field_is_wrong(cli_env, tmp_path, item, words):
    assert run_kb("index").exit_code == 0
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"question": "What is insourcing?", "gold": ["x"]}) + "\n" + json.dumps(item) + "\n")
    _one_line_error(run_kb("eval", str(path)), "set.jsonl:2", words)


def test_kb_search_with_a_language_the_index_lacks_says_so(cli_env):
    assert run_kb("index").exit_code == 0
    _one_line_error(run_kb("search", "insourcing", "--lang", "xx"), "no passages in 'xx'", "de, en")


def test_make_run_listens_on_localhost_by_default():
    plan = subprocess.run(["make", "-n", "run"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    serve = next(line for line in plan.splitlines() if "streamlit run" in line)
    assert "--server.address 127.0.0.1" in serve
    override = subprocess.run(["make", "-n", "run", "ADDRESS=0.0.0.0"], cwd=REPO, capture_output=True, text=True)
    assert "--server.address 0.0.0.0" in override.stdout
