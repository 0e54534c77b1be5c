"""Shared fixtures: a deterministic fake embedder and small corpora in tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import cli
from tests import fakes
from tests.fakes import FakeEmbedder

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def fake_backends() -> Iterator[None]:
    """The fake model backends (``fake:64``, ``slowfake:PAUSE``), registered for one test."""
    fakes.register()
    yield
    fakes.unregister()


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


DOC_EN = """---
title: Sourcing basics
language: en
---

# Sourcing basics

## Insourcing

Insourcing brings an external team on board to work in house. It suits delicate systems.

## Multi-Sourcing

Multi-sourcing calls in numerous experts to handle different portions of a project.
"""

DOC_DE = """---
title: Auslagerung
language: de
---

Ein ITO-Anbieter sollte Kosteneinsparungen bei Computernetzwerken schaffen.

BPO-Anbieter führen Aufgaben wie Kundenservice und Buchhaltung durch.
"""


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "basics.en.md").write_text(DOC_EN, encoding="utf-8")
    (root / "auslagerung.de.md").write_text(DOC_DE, encoding="utf-8")
    return root


@pytest.fixture
def small_index(small_corpus, tmp_path):
    """``small_corpus`` indexed with the fake model; loaded."""
    from kb.index.build import build_index
    from kb.index.reader import load_index

    build_index(small_corpus, tmp_path / "index", FakeEmbedder())
    return load_index(tmp_path / "index", FakeEmbedder().model_id)


@pytest.fixture
def real_corpus(tmp_path: Path) -> Path:
    """A copy of the shipped corpus that a test may change."""
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root)
    return root


@pytest.fixture(scope="session")
def e5():
    """The real bundled model (integration tests)."""
    from kb.index.embedders import load_embedder

    return load_embedder("e5")


@pytest.fixture(scope="session")
def real_index(tmp_path_factory, e5) -> Path:
    """The shipped corpus indexed with the real model, built once per test run."""
    from kb.index.build import build_index

    index_root = tmp_path_factory.mktemp("real") / "index"
    build_index(CORPUS, index_root, e5)
    return index_root


@pytest.fixture
def cli_env(small_corpus, tmp_path, monkeypatch) -> Path:
    """kb's paths and the fake model set through the environment, as a user would; returns the index folder."""
    monkeypatch.setenv("KB_CORPUS_DIR", str(small_corpus))
    monkeypatch.setenv("KB_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("KB_MODEL", "fake:64")
    return tmp_path / "index"


def fake_index(tmp_path: Path, documents: dict[str, str]):
    """An index of ``documents`` (file name -> text) built with the fake model; loaded."""
    from kb.index.build import build_index
    from kb.index.reader import load_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in documents.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, tmp_path / "index", FakeEmbedder())
    return load_index(tmp_path / "index", FakeEmbedder().model_id)


def run_kb(*args: str):
    """The kb command in-process, as CliRunner sees it."""
    return CliRunner().invoke(cli, list(args))


def damaged(data: bytes, how: str) -> bytes:
    """``data`` truncated to half, zeroed, or with one bit of one byte flipped ("edit")."""
    if how == "truncate":
        return data[: len(data) // 2]
    if how == "zero":
        return b"\x00" * len(data)
    return data[:-2] + bytes([data[-2] ^ 0x20]) + data[-1:]
