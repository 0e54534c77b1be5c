"""kb feedback: what the knowledge base is missing, from what staff asked and rated on the page."""

from __future__ import annotations

from pathlib import Path

import click

from kb import config
from kb.cli.base import cli, emit_json, index_option, preview


@cli.command("feedback")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=100, show_default=True, help="At most this many.")
def feedback_cmd(index: Path | None, as_json: bool, limit: int) -> None:
    """Questions that went unanswered or were marked not helpful, the most frequent first."""
    from kb.feedback import read_gaps

    gaps = read_gaps(config.index_dir(index), limit)
    if as_json:
        emit_json([g.to_dict() for g in gaps])
        return
    if not gaps:
        click.echo("no unanswered or unhelpful questions recorded")
        return
    click.echo(f"{'count':>5}  {'unanswered':>10}  {'not helpful':>11}  {'last':<10}  language  question")
    for g in gaps:
        click.echo(
            f"{g.count:>5}  {g.unanswered:>10}  {g.not_helpful:>11}  {g.last:<10}  "
            f"{','.join(g.languages):<8}  {preview(g.question, 100)}"
        )
        for comment in g.comments:
            click.echo(f"{'':>44}  - {preview(comment, 100)}")
