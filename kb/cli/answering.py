"""kb ask, kb search and kb eval: questions, ranked passages and measurements."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import click

from kb.cli.base import cell, cli, corpus_option, emit_json, fmt, index_option, load, model_option, preview
from kb.cli.batch import BatchLine, batch_lines, clipped
from kb.errors import InputError, KBError


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

    embedder, loaded = load(index, model)
    hits = run_search(loaded, embedder, query, k=k, language=lang)
    if as_json:
        emit_json(
            [
                {
                    "rank": i + 1,
                    "chunk_id": h.chunk.chunk_id,
                    "doc": h.chunk.doc_id,
                    "section": h.chunk.section,
                    "language": h.chunk.language,
                    "score": round(h.score, 6),
                    "dense": None if h.dense is None else round(h.dense, 6),
                    "lexical": round(h.lexical, 6),
                    "text": h.chunk.text,
                }
                for i, h in enumerate(hits)
            ]
        )
        return
    for i, h in enumerate(hits, 1):
        click.echo(
            f"{i}. [{h.chunk.language}] {h.chunk.doc_id} > {h.chunk.section}  "
            f"score={h.score:.4f} dense={fmt(h.dense)} bm25={h.lexical:.2f}"
        )
        click.echo(f"   {preview(h.chunk.text)}")


@cli.command()
@click.argument("question", required=False)
@click.option(
    "--batch",
    "batch",
    type=click.File("rb"),
    default=None,
    help="Answer every line of FILE ('-' reads standard input); a bad line gets an error, the rest answers.",
)
@click.option(
    "--lang",
    "lang",
    type=click.Choice(["auto", "en", "de", "id"]),
    default="auto",
    show_default=True,
    help="Language of the question (and the answer).",
)
@click.option("-k", "k", type=click.IntRange(1, 20), default=5, show_default=True, help="Passages to cite.")
@index_option
@model_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per answer.")
def ask(question: str | None, batch, lang: str, k: int, index: Path | None, model: str | None, as_json: bool) -> None:
    """Answer a question in its own language, with numbered citations."""
    from kb.qa.answer import ask as answer_question

    if (question is None) == (batch is None):
        raise click.UsageError("give either a QUESTION or --batch FILE")
    embedder, loaded = load(index, model)
    lines: Iterable[BatchLine] = [BatchLine(1, question)] if question is not None else batch_lines(batch)
    for line in lines:
        if batch is not None and not line.error and not line.text.strip():
            continue
        try:
            if line.error:
                raise InputError(line.error)
            result = answer_question(loaded, embedder, line.text, language=lang, k=k).to_dict()
        except KBError as exc:
            if batch is None:
                raise
            result = _error_result(line.text, str(exc))
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            _print_answer(result)


def _error_result(question: str, message: str) -> dict:
    return {
        "question": clipped(question),
        "language": "en",
        "answered": False,
        "answer": message,
        "concepts": [],
        "citations": [],
        "error": message,
    }


def _print_answer(result: dict) -> None:
    click.echo(result["answer"])
    for c in result["citations"]:
        notes = [c["language"]]
        if c.get("original"):
            notes.append(f"translated from {c['original']['language']}")
        if c.get("further_reading"):
            notes.append("further reading")
        click.echo(f"  [{c['n']}] {c['title']} > {c['section']} ({', '.join(notes)})")
        for start, end in c["highlights"]:
            click.echo(f"      “{preview(c['text'][start:end], 200)}”")
    click.echo("")


@cli.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-k", "k", type=click.IntRange(1, 20), default=5, show_default=True)
@index_option
@model_option
@click.option("--calibrate", is_flag=True, help="Also suggest the abstention threshold for this set.")
@click.option(
    "--weights",
    "weights_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Retrieval weights as a JSON object (fields of RetrievalWeights; the rest keep their defaults).",
)
@click.option(
    "--add-docs",
    "add_docs",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Evaluate on the corpus plus the documents of DIR (indexed aside, under the index folder).",
)
@corpus_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def eval_cmd(
    file: Path,
    k: int,
    index: Path | None,
    model: str | None,
    calibrate: bool,
    weights_file: Path | None,
    add_docs: Path | None,
    corpus: Path | None,
    as_json: bool,
) -> None:
    """Measure hit@1, hit@5, MRR, answer correctness, language and abstention on a JSONL set."""
    from kb.qa import evaluation
    from kb.qa.answer import ask as answer_question
    from kb.qa.retrieval import read_weights

    items = evaluation.read_eval_file(file)
    weights = read_weights(weights_file) if weights_file else None
    embedder, loaded = load(index, model, extra_documents=add_docs, corpus=corpus)
    outcomes = evaluation.run(
        items,
        lambda q: answer_question(loaded, embedder, q, k=k, weights=weights),
        k=k,
        gold_languages=lambda gold: {c.language for c in loaded.chunks if evaluation.holds_gold(c.text, gold)},
    )
    result = evaluation.report(outcomes)
    if calibrate:
        result["calibration"] = evaluation.calibrate(outcomes)
    if as_json:
        emit_json(result)
        return
    rows = [("overall", result["overall"]), *result["by_language"].items(), *result.get("by_source", {}).items()]
    keys = ["questions", "hit@1", "hit@5", "mrr", "answer_correct", "language_accuracy", "reply_language"]
    keys += ["abstention_precision", "abstention_recall"]
    heads = ("questions", "hit@1", "hit@5", "mrr", "answer ok", "lang ok", "reply lang", "abst.prec", "abst.rec")
    click.echo(f"{'':<15}" + "".join(f"{head:>11}" for head in heads))
    for name, m in rows:
        click.echo(f"{name:<15}" + "".join(f"{cell(m[key]):>11}" for key in keys))
    if calibrate:
        click.echo(f"calibration: {result['calibration']}")
