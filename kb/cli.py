"""The ``kb`` command: a thin layer over the Python API.

Errors are one line on stderr and a non-zero exit code; set KB_DEBUG=1 to see
the traceback of an unexpected failure.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from kb import config
from kb.errors import KBError


class KBGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KBError as exc:
            raise click.ClickException(str(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            raise click.ClickException("interrupted") from None
        except Exception as exc:
            if os.environ.get("KB_DEBUG"):
                raise
            raise click.ClickException(
                f"unexpected failure ({type(exc).__name__}: {exc}); set KB_DEBUG=1 to see details"
            ) from None


def _emit_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


corpus_option = click.option("--corpus", "corpus", type=click.Path(path_type=Path), default=None,
                             help="Corpus folder [env KB_CORPUS_DIR; default ./corpus]")
index_option = click.option("--index", "index", type=click.Path(path_type=Path), default=None,
                            help="Index folder [env KB_INDEX_DIR; default ./index]")
model_option = click.option("--model", "model", default=None,
                            help="'e5' (bundled) or 'st:PATH_OR_NAME' [env KB_MODEL; default e5]")


@click.group(cls=KBGroup)
@click.version_option(package_name="kb", prog_name="kb")
def cli() -> None:
    """kb: a multilingual knowledge base on IT sourcing."""


@cli.command("index")
@corpus_option
@index_option
@model_option
@click.option("--rebuild", is_flag=True, help="Ignore the live index and the embedding cache; embed everything.")
def index_cmd(corpus: Path | None, index: Path | None, model: str | None, rebuild: bool) -> None:
    """Build or update the index from the corpus (incremental, published atomically)."""
    from kb.index.embedders import load_embedder
    from kb.index.build import build_index

    embedder = load_embedder(config.model_spec(model))
    with _progress_bar() as progress:
        report = build_index(
            config.corpus_dir(corpus), config.index_dir(index), embedder, rebuild=rebuild, progress=progress,
            on_wait=lambda: click.echo("waiting for another 'kb index' run to finish...", err=True),
        )
    changes = [f"{n} {what}" for what, n in
               (("added", len(report.added)), ("changed", len(report.changed)), ("removed", len(report.removed))) if n]
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(report.summary() + (f" ({', '.join(changes)})" if changes else ""))


@cli.command()
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def status(index: Path | None, as_json: bool) -> None:
    """What is indexed: documents, languages, chunks, model, build time."""
    from kb.index.publish import read_manifest

    manifest = read_manifest(config.index_dir(index))
    data = {
        "build_id": manifest.build_id,
        "built_at": manifest.built_at,
        "model": manifest.model_id,
        "dim": manifest.dim,
        "kb_version": manifest.kb_version,
        "format_version": manifest.format_version,
        "vector_index": manifest.counts.get("vector_index"),
        "chunks": manifest.counts.get("chunks"),
        "languages": manifest.languages,
        "documents": [
            {"doc": d.doc_id, "title": d.title, "language": d.language, "chunks": d.chunks, "path": d.path}
            for d in manifest.documents
        ],
    }
    if as_json:
        _emit_json(data)
        return
    click.echo(f"index {data['build_id']} built {data['built_at']} with {data['model']} "
               f"({data['chunks']} chunks, {data['vector_index']} vectors)")
    for d in data["documents"]:
        click.echo(f"  {d['language']}  {d['chunks']:>4} chunks  {d['doc']}  {d['title']}")


@cli.command()
@click.argument("query")
@click.option("-k", "k", type=click.IntRange(1, 100), default=5, show_default=True, help="Number of passages.")
@click.option("--lang", "lang", default=None, help="Only passages in this language (e.g. en, de, id).")
@index_option
@model_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def search(query: str, k: int, lang: str | None, index: Path | None, model: str | None, as_json: bool) -> None:
    """Raw ranked passages with their scores, for debugging retrieval."""
    from kb.qa.search import search as run_search

    embedder, loaded = _load(index, model)
    hits = run_search(loaded, embedder, query, k=k, language=lang)
    if as_json:
        _emit_json([
            {"rank": i + 1, "chunk_id": h.chunk.chunk_id, "doc": h.chunk.doc_id, "section": h.chunk.section,
             "language": h.chunk.language, "score": round(h.score, 6), "dense": None if h.dense is None else round(h.dense, 6),
             "lexical": round(h.lexical, 6), "text": h.chunk.text}
            for i, h in enumerate(hits)
        ])
        return
    for i, h in enumerate(hits, 1):
        click.echo(f"{i}. [{h.chunk.language}] {h.chunk.doc_id} > {h.chunk.section}  "
                   f"score={h.score:.4f} dense={_fmt(h.dense)} bm25={h.lexical:.2f}")
        click.echo(f"   {_preview(h.chunk.text)}")


def _load(index: Path | None, model: str | None):
    """Embedder and index, loaded once per process."""
    from kb.index.embedders import load_embedder
    from kb.index.reader import load_index

    embedder = load_embedder(config.model_spec(model))
    return embedder, load_index(config.index_dir(index), embedder.model_id)


@cli.command()
@click.argument("question", required=False)
@click.option("--batch", "batch", type=click.File("r", encoding="utf-8"), default=None,
              help="Answer every line of FILE ('-' reads standard input).")
@click.option("--lang", "lang", type=click.Choice(["auto", "en", "de", "id"]), default="auto", show_default=True,
              help="Language of the question (and the answer).")
@click.option("-k", "k", type=click.IntRange(1, 20), default=5, show_default=True, help="Passages to cite.")
@index_option
@model_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per answer.")
def ask(question: str | None, batch, lang: str, k: int, index: Path | None, model: str | None, as_json: bool) -> None:
    """Answer a question in its own language, with numbered citations."""
    from kb.qa.answer import ask as answer_question

    if (question is None) == (batch is None):
        raise click.UsageError("give either a QUESTION or --batch FILE")
    embedder, loaded = _load(index, model)
    questions = [question] if batch is None else (line.rstrip("\n") for line in batch)
    for text in questions:
        if batch is not None and not text.strip():
            continue
        try:
            result = answer_question(loaded, embedder, text, language=lang, k=k).to_dict()
        except KBError as exc:
            if batch is None:
                raise
            result = {"question": text, "language": "en", "answered": False, "answer": str(exc),
                      "concepts": [], "citations": [], "error": str(exc)}
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            _print_answer(result)


def _print_answer(result: dict) -> None:
    click.echo(result["answer"])
    for c in result["citations"]:
        click.echo(f"  [{c['n']}] {c['title']} > {c['section']} ({c['language']})")
        for start, end in c["highlights"]:
            click.echo(f"      “{_preview(c['text'][start:end], 200)}”")
    click.echo("")


@cli.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-k", "k", type=click.IntRange(1, 20), default=5, show_default=True)
@index_option
@model_option
@click.option("--calibrate", is_flag=True, help="Also suggest the abstention threshold for this set.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def eval_cmd(file: Path, k: int, index: Path | None, model: str | None, calibrate: bool, as_json: bool) -> None:
    """Measure hit@1, hit@5, MRR, language accuracy and abstention on a JSONL set."""
    from kb.qa import evaluation
    from kb.qa.answer import ask as answer_question

    items = evaluation.read_eval_file(file)
    embedder, loaded = _load(index, model)
    outcomes = evaluation.run(items, lambda q: answer_question(loaded, embedder, q, k=k), k=k)
    result = evaluation.report(outcomes)
    if calibrate:
        result["calibration"] = evaluation.calibrate(outcomes)
    if as_json:
        _emit_json(result)
        return
    rows = [("overall", result["overall"])] + list(result["by_language"].items())
    keys = ["questions", "hit@1", "hit@5", "mrr", "language_accuracy", "abstention_precision", "abstention_recall"]
    click.echo(f"{'':<8}" + "".join(f"{key:>21}" for key in keys))
    for name, m in rows:
        click.echo(f"{name:<8}" + "".join(f"{_cell(m[key]):>21}" for key in keys))
    if calibrate:
        click.echo(f"calibration: {result['calibration']}")


@cli.command()
@click.option("--lang", "lang", type=click.Choice(["en", "de", "id"]), default="en", show_default=True,
              help="Language of the whole quiz.")
@click.option("-n", "count", type=click.IntRange(1, 100), default=10, show_default=True, help="Number of questions.")
@click.option("--types", "types", default="mcq,tf,cloze,match", show_default=True,
              help="Question types, comma-separated: mcq, tf, cloze, match.")
@click.option("--concept", "concepts", multiple=True, metavar="ID",
              help="Only questions on this concept (repeatable; see 'kb concepts').")
@click.option("--seed", "seed", type=int, default=0, show_default=True, help="Same seed, same quiz.")
@click.option("--format", "fmt", type=click.Choice(["gift", "moodle-xml", "csv", "json", "md"]), default="md",
              show_default=True, help="Export format.")
@click.option("-o", "output", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write to FILE instead of standard output.")
@index_option
def quiz(lang: str, count: int, types: str, concepts: tuple[str, ...], seed: int, fmt: str,
         output: Path | None, index: Path | None) -> None:
    """Build a quiz from the knowledge base, for Moodle (GIFT, XML), spreadsheets or print."""
    from kb.quiz import QuizSettings, build_quiz, export_quiz
    from kb.index.reader import load_index

    settings = QuizSettings(language=lang, count=count, seed=seed, concepts=tuple(concepts),
                            types=tuple(t.strip() for t in types.split(",") if t.strip()))
    loaded = load_index(config.index_dir(index), None)
    made = build_quiz(loaded.catalogue, loaded.chunks, settings)
    if made.shortfall:
        click.echo(f"note: only {len(made.questions)} of {count} questions could be made from the knowledge base "
                   "with these settings (no fact is asked twice); widen the types or concepts for more.", err=True)
    text = export_quiz(made, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
    click.echo(f"wrote {len(made.questions)} questions to {output}", err=True)


@cli.command()
@index_option
@click.option("--lang", "lang", type=click.Choice(["en", "de", "id"]), default="en", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def concepts(index: Path | None, lang: str, as_json: bool) -> None:
    """The concepts of the catalogue: ids (for 'kb quiz --concept') and names."""
    from kb.index.reader import load_index

    catalogue = load_index(config.index_dir(index), None).catalogue
    if as_json:
        _emit_json([{"id": c.id, "kind": c.kind, "names": c.names, "definition": c.definition}
                    for c in catalogue.concepts])
        return
    for c in catalogue.concepts:
        click.echo(f"{c.id:24} {c.name(lang)}")


def _cell(value) -> str:
    return "-" if value is None else str(value)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _preview(text: str, width: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class _progress_bar:
    """A rich progress bar for embedding when stderr is a terminal; silent otherwise."""

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._bar = Progress("embedding", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                             transient=True, console=_stderr_console())
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


def main() -> None:
    cli(prog_name="kb")


if __name__ == "__main__":
    main()
