"""kb index and kb status: building the index and saying what it holds."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kb import config
from kb.cli.base import chosen_store, cli, corpus_option, emit_json, index_option, model_option
from kb.index.manifest import coverage_of
from kb.ingest.translations import Coverage
from kb.languages import SUPPORTED


@cli.command("index")
@corpus_option
@index_option
@model_option
@click.option("--rebuild", is_flag=True, help="Ignore the live index and the embedding cache; embed everything.")
def index_cmd(corpus: Path | None, index: Path | None, model: str | None, rebuild: bool) -> None:
    """Build or update the index from the corpus (incremental, published atomically)."""
    from kb.index.build import build_index
    from kb.index.embedders import load_embedder

    embedder = load_embedder(config.model_spec(model))
    with _progress_bar() as progress:
        report = build_index(
            config.corpus_dir(corpus),
            config.index_dir(index),
            embedder,
            rebuild=rebuild,
            progress=progress,
            on_wait=lambda: click.echo("waiting for another 'kb index' run to finish...", err=True),
            store=chosen_store(),
        )
    changes = [
        f"{n} {what}"
        for what, n in (
            ("added", len(report.added)),
            ("changed", len(report.changed)),
            ("removed", len(report.removed)),
        )
        if n
    ]
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(report.summary() + (f" ({', '.join(changes)})" if changes else ""))


@cli.command()
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def status(index: Path | None, as_json: bool) -> None:
    """What is indexed: documents, languages, chunks, model, build time."""
    from kb.index.store import open_store

    manifest = open_store(chosen_store()).read_manifest(config.index_dir(index))
    data: dict[str, Any] = {
        "build_id": manifest.build_id,
        "built_at": manifest.built_at,
        "model": manifest.model_id,
        "dim": manifest.dim,
        "kb_version": manifest.kb_version,
        "format_version": manifest.format_version,
        "vector_index": manifest.counts.get("vector_index"),
        "store": manifest.store or {"kind": "local"},
        "chunks": manifest.counts.get("chunks"),
        "languages": manifest.languages,
        "documents": [
            {"doc": d.doc_id, "title": d.title, "language": d.language, "chunks": d.chunks, "path": d.path}
            for d in manifest.documents
        ],
        "coverage": [row.to_dict() for row in coverage_of(manifest)],
    }
    if as_json:
        emit_json(data)
        return
    click.echo(
        f"index {data['build_id']} built {data['built_at']} with {data['model']} "
        f"({data['chunks']} chunks, {data['vector_index']} vectors)"
    )
    for d in data["documents"]:
        click.echo(f"  {d['language']}  {d['chunks']:>4} chunks  {d['doc']}  {d['title']}")
    _echo_coverage(coverage_of(manifest))


def _echo_coverage(rows: list[Coverage]) -> None:
    click.echo("coverage (o: original, t: translation, -: missing):")
    click.echo(f"  {'':<28}" + "".join(f"{lang:>4}" for lang in SUPPORTED))
    marks = {"original": "o", "translation": "t", "missing": "-"}
    for row in rows:
        click.echo(f"  {row.title[:28]:<28}" + "".join(f"{marks[row.cells[lang][0]]:>4}" for lang in SUPPORTED))
    gaps = [row for row in rows if row.missing]
    if gaps:
        click.echo(
            "  askers in a missing language get the answering sentences quoted in another language only; "
            "add a translation (README, 'Adding a translation') to answer them in theirs"
        )


class _progress_bar:
    """A rich progress bar for embedding when stderr is a terminal; silent otherwise."""

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._bar = Progress(
            "embedding",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            transient=True,
            console=_stderr_console(),
        )
        self._bar.start()
        self._task = self._bar.add_task("embed", total=None)
        return self.update

    def update(self, done: int, total: int) -> None:
        self._bar.update(self._task, completed=done, total=total)

    def __exit__(self, *exc) -> None:
        if hasattr(self, "_bar"):
            self._bar.stop()


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)
