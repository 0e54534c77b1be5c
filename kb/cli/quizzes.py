"""kb quiz and kb concepts: quizzes for trainers and the concept catalogue."""

from __future__ import annotations

from pathlib import Path

import click

from kb import config
from kb.cli.base import chosen_store, cli, emit_json, index_option


@cli.command()
@click.option(
    "--lang",
    "lang",
    type=click.Choice(["en", "de", "id"]),
    default="en",
    show_default=True,
    help="Language of the whole quiz.",
)
@click.option("-n", "count", type=click.IntRange(1, 100), default=10, show_default=True, help="Number of questions.")
@click.option(
    "--types",
    "types",
    default="mcq,tf,cloze,match",
    show_default=True,
    help="Question types, comma-separated: mcq, tf, cloze, match.",
)
@click.option(
    "--concept",
    "concepts",
    multiple=True,
    metavar="ID",
    help="Only questions on this concept (repeatable; see 'kb concepts').",
)
@click.option("--seed", "seed", type=int, default=0, show_default=True, help="Same seed, same quiz.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["gift", "moodle-xml", "csv", "json", "md"]),
    default="md",
    show_default=True,
    help="Export format.",
)
@click.option(
    "-o",
    "output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write to FILE instead of standard output.",
)
@click.option(
    "--report",
    "report",
    is_flag=True,
    help="Also print a quality report (items per type, true/false balance, sources) on standard error.",
)
@index_option
def quiz(
    lang: str,
    count: int,
    types: str,
    concepts: tuple[str, ...],
    seed: int,
    fmt: str,
    output: Path | None,
    report: bool,
    index: Path | None,
) -> None:
    """Build a quiz from the knowledge base, for Moodle (GIFT, XML), spreadsheets or print."""
    from kb.index.reader import load_index
    from kb.quiz import QuizSettings, build_quiz, documents_of, export_quiz, quality_report, report_lines

    settings = QuizSettings(
        language=lang,
        count=count,
        seed=seed,
        concepts=tuple(concepts),
        types=tuple(t.strip() for t in types.split(",") if t.strip()),
    )
    loaded = load_index(config.index_dir(index), None, store=chosen_store())
    made = build_quiz(loaded.catalogue, loaded.chunks, settings, documents_of(loaded.manifest.documents))
    if made.shortfall:
        click.echo(
            f"note: only {len(made.questions)} of {count} questions could be made from the knowledge base "
            "with these settings (no fact is asked twice); widen the types or concepts for more.",
            err=True,
        )
    if report:
        for line in report_lines(quality_report(made, loaded.chunks), "en"):
            click.echo(f"report: {line}", err=True)
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

    catalogue = load_index(config.index_dir(index), None, store=chosen_store()).catalogue
    if as_json:
        emit_json(
            [{"id": c.id, "kind": c.kind, "names": c.names, "definition": c.definition} for c in catalogue.concepts]
        )
        return
    for c in catalogue.concepts:
        click.echo(f"{c.id:24} {c.name(lang)}")
