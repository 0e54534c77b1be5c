"""A quiz's quality report: items per type, true/false balance, the sources it covers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from kb.ingest.chunking import Chunk
from kb.quiz.model import QUESTION_TYPES, Quiz
from kb.quiz.wording import type_name
from kb.strings import Strings


@dataclass(frozen=True)
class QuizReport:
    language: str
    asked: int
    made: int
    by_type: dict[str, int]
    tf_true: int
    tf_false: int
    cited: dict[str, int]  # document title -> questions that cite it
    uncovered: list[str]  # titles of documents in the quiz language that no question cites

    @property
    def tf_true_share(self) -> float | None:
        total = self.tf_true + self.tf_false
        return self.tf_true / total if total else None


def quality_report(quiz: Quiz, chunks: Sequence[Chunk]) -> QuizReport:
    questions = quiz.questions
    language = quiz.settings.language
    tf = [q for q in questions if q.type == "tf"]
    true = sum(1 for q in tf if q.options and q.options[0].correct)
    cited: Counter[str] = Counter()
    for q in questions:
        cited.update({s.title for s in q.sources})
    in_language = dict.fromkeys(c.doc_title for c in chunks if c.language == language)
    return QuizReport(
        language=language,
        asked=quiz.settings.count,
        made=len(questions),
        by_type={t: sum(1 for q in questions if q.type == t) for t in QUESTION_TYPES},
        tf_true=true,
        tf_false=len(tf) - true,
        cited=dict(cited.most_common()),
        uncovered=[title for title in in_language if title not in cited],
    )


TEXTS = Strings(
    {
        "made": {
            "en": "{made} of {asked} questions",
            "de": "{made} von {asked} Fragen",
            "id": "{made} dari {asked} pertanyaan",
        },
        "types": {"en": "By type: {types}", "de": "Nach Typ: {types}", "id": "Menurut jenis: {types}"},
        "balance": {
            "en": "True/false keys: {true} true, {false} false ({share} % true)",
            "de": "Richtig/falsch-Lösungen: {true} richtig, {false} falsch ({share} % richtig)",
            "id": "Kunci benar/salah: {true} benar, {false} salah ({share} % benar)",
        },
        "no_tf": {
            "en": "No true/false questions.",
            "de": "Keine Richtig/falsch-Fragen.",
            "id": "Tanpa soal benar/salah.",
        },
        "cited": {"en": "Sources: {sources}", "de": "Quellen: {sources}", "id": "Sumber: {sources}"},
        "uncovered": {
            "en": "Documents in this language without a question: {titles}",
            "de": "Dokumente in dieser Sprache ohne Frage: {titles}",
            "id": "Dokumen dalam bahasa ini tanpa pertanyaan: {titles}",
        },
    }
)


def report_lines(report: QuizReport, language: str) -> list[str]:
    """The report as lines of text in ``language``."""
    say = TEXTS.text
    types = ", ".join(f"{type_name(t, language)} {n}" for t, n in report.by_type.items() if n)
    lines = [say("made", language, made=report.made, asked=report.asked), say("types", language, types=types)]
    share = report.tf_true_share
    if share is None:
        lines.append(say("no_tf", language))
    else:
        lines.append(say("balance", language, true=report.tf_true, false=report.tf_false, share=round(100 * share)))
    sources = "; ".join(f"“{title}” {n}" for title, n in report.cited.items())
    lines.append(say("cited", language, sources=sources or "-"))
    if report.uncovered:
        lines.append(say("uncovered", language, titles="; ".join(f"“{t}”" for t in report.uncovered)))
    return lines
