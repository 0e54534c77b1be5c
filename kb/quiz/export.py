"""Quiz exports: Moodle GIFT and XML, CSV, JSON and Markdown for print."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from kb.errors import InputError
from kb.quiz.model import BLANK, Quiz, QuizQuestion
from kb.quiz.wording import say

JSON_SCHEMA_ID = "https://kb.local/schemas/quiz-1.json"
OPTION_SEPARATOR = " | "


def export_quiz(quiz: Quiz, fmt: str) -> str:
    """The quiz as text in ``fmt`` (one of FORMATS); every format is UTF-8 text."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise InputError(f"unknown quiz format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return writer(quiz)


# GIFT ---------------------------------------------------------------------------------


def gift_escape(text: str) -> str:
    """Escape GIFT's special characters (and the backslash itself); newlines become spaces."""
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"([\\~=#{}:])", r"\\\1", text)


def to_gift(quiz: Quiz) -> str:
    blocks = [f"// {gift_escape(quiz.title)} ({quiz.settings.language}, seed {quiz.settings.seed})"]
    blocks += [_gift_question(q) for q in quiz.questions]
    return "\n\n".join(blocks) + "\n"


def _gift_question(q: QuizQuestion) -> str:
    source = "; ".join(f"{s.doc} {s.chunk_id}" for s in q.sources)
    head = f"// source: {gift_escape(source)}\n::{gift_escape(q.name or q.id)}::"
    general = f"####{gift_escape(q.feedback)}"
    if q.type == "tf":
        truth = q.options[0].correct  # options of a true/false question: [true, false]
        return f"{head}{gift_escape(q.stem)} {{{'TRUE' if truth else 'FALSE'}{general}}}"
    if q.type == "match":
        # each description is a subquestion, the short names are what the learner picks from
        pairs = "\n".join(f"={gift_escape(p.description)} -> {gift_escape(p.name)}" for p in q.pairs)
        return f"{head}{gift_escape(q.stem)} {{\n{pairs}\n{general}\n}}"
    answers = "\n".join(f"{'=' if o.correct else '~'}{gift_escape(o.text)}" for o in q.options)
    if q.type == "cloze":
        # Moodle's missing-word format: the answer block stands where the blank was
        before, _, after = q.stem.partition(BLANK)
        return f"{head}{gift_escape(before)}{{\n{answers}\n{general}\n}}{gift_escape(after)}"
    return f"{head}{gift_escape(q.stem)} {{\n{answers}\n{general}\n}}"


# Moodle XML ---------------------------------------------------------------------------


def to_moodle_xml(quiz: Quiz) -> str:
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", type="category")
    _text(ET.SubElement(category, "category"), f"$course$/top/{quiz.title}")
    settings = quiz.settings
    for q in quiz.questions:
        root.append(_xml_question(q, f"kb-{settings.language}-{settings.seed}-{q.id}"))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _xml_question(q: QuizQuestion, idnumber: str) -> ET.Element:
    moodle_type = {"mcq": "multichoice", "cloze": "multichoice", "tf": "truefalse", "match": "matching"}[q.type]
    el = ET.Element("question", type=moodle_type)
    _text(ET.SubElement(el, "name"), q.name or q.id)
    _text(ET.SubElement(el, "questiontext", format="plain_text"), q.stem)
    _text(ET.SubElement(el, "generalfeedback", format="plain_text"), q.feedback)
    ET.SubElement(el, "defaultgrade").text = "1"
    ET.SubElement(el, "penalty").text = "0" if q.type == "tf" else "0.3333333"
    ET.SubElement(el, "hidden").text = "0"
    # Moodle refuses an id number already used in the category: the quiz's language and seed make it unique
    ET.SubElement(el, "idnumber").text = idnumber
    if q.type == "tf":
        truth = q.options[0].correct
        for value, correct in (("true", truth), ("false", not truth)):
            answer = ET.SubElement(el, "answer", fraction="100" if correct else "0", format="moodle_auto_format")
            _text(answer, value)
            _text(ET.SubElement(answer, "feedback", format="plain_text"), "")
    elif q.type == "match":
        ET.SubElement(el, "shuffleanswers").text = "true"
        for pair in q.pairs:
            sub = ET.SubElement(el, "subquestion", format="plain_text")
            _text(sub, pair.description)
            _text(ET.SubElement(sub, "answer"), pair.name)
    else:
        ET.SubElement(el, "single").text = "true"
        ET.SubElement(el, "shuffleanswers").text = "true"
        ET.SubElement(el, "answernumbering").text = "abc"
        for option in q.options:
            answer = ET.SubElement(el, "answer", fraction="100" if option.correct else "0", format="plain_text")
            _text(answer, option.text)
            _text(ET.SubElement(answer, "feedback", format="plain_text"), "")
    return el


def _text(parent: ET.Element, value: str) -> None:
    """Moodle wraps every text in a <text> child."""
    ET.SubElement(parent, "text").text = value


# CSV, JSON ----------------------------------------------------------------------------

CSV_COLUMNS = [
    "id",
    "type",
    "language",
    "question",
    "options",
    "correct",
    "concepts",
    "source_doc",
    "source_chunk_id",
    "source_quote",
    "feedback",
]


def to_csv(quiz: Quiz) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for q in quiz.questions:
        if q.type == "match":
            options = [f"{p.name} -> {p.description}" for p in q.pairs]
            correct = options
        else:
            options = [o.text for o in q.options]
            correct = [o.text for o in q.options if o.correct]
        writer.writerow(
            {
                "id": q.id,
                "type": q.type,
                "language": q.language,
                "question": q.stem,
                "options": OPTION_SEPARATOR.join(options),
                "correct": OPTION_SEPARATOR.join(correct),
                "concepts": " ".join(q.concepts),
                "source_doc": OPTION_SEPARATOR.join(s.doc for s in q.sources),
                "source_chunk_id": OPTION_SEPARATOR.join(s.chunk_id for s in q.sources),
                "source_quote": OPTION_SEPARATOR.join(s.quote for s in q.sources),
                "feedback": q.feedback,
            }
        )
    return out.getvalue()


def to_json(quiz: Quiz) -> str:
    settings = quiz.settings
    data = {
        "$schema": JSON_SCHEMA_ID,
        "title": quiz.title,
        "language": settings.language,
        "settings": {
            "count": settings.count,
            "types": list(settings.types),
            "concepts": list(settings.concepts),
            "seed": settings.seed,
        },
        "questions": [q.to_dict() for q in quiz.questions],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# Markdown -----------------------------------------------------------------------------


def md_escape(text: str) -> str:
    """Keep Markdown from reading text as markup (or HTML) when the file is rendered."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def to_markdown(quiz: Quiz) -> str:
    lang = quiz.settings.language
    lines = [f"# {md_escape(quiz.title)}", ""]
    for number, q in enumerate(quiz.questions, start=1):
        lines += _md_question(number, q)
    lines += [f"## {say('answer_key', lang)}", ""]
    for number, q in enumerate(quiz.questions, start=1):
        lines.append(f"{number}. {md_escape(_md_answer(q))}")
        for s in q.sources:
            lines.append(
                f"   - {say('source', lang)}: {md_escape(s.title)} ({s.doc}, {s.language}): {md_escape(s.quote)}"
            )
    return "\n".join(lines) + "\n"


def _md_question(number: int, q: QuizQuestion) -> list[str]:
    lines = [f"**{number}.** {md_escape(q.stem)}", ""]
    if q.type == "match":
        lines += [f"- {md_escape(p.name)}" for p in q.pairs] + [""]
        lines += [f"  {chr(97 + i)}) {md_escape(d)}" for i, d in enumerate(sorted(p.description for p in q.pairs))]
    else:
        lines += [f"  {chr(97 + i)}) {md_escape(o.text)}" for i, o in enumerate(q.options)]
    return lines + [""]


def _md_answer(q: QuizQuestion) -> str:
    if q.type == "match":
        letters = {d: chr(97 + i) for i, d in enumerate(sorted(p.description for p in q.pairs))}
        return "; ".join(f"{p.name} – {letters[p.description]})" for p in q.pairs)
    letter = next(chr(97 + i) for i, o in enumerate(q.options) if o.correct)
    return f"{letter}) {q.answer}"


FORMATS: dict[str, Callable[[Quiz], str]] = {
    "gift": to_gift,
    "moodle-xml": to_moodle_xml,
    "csv": to_csv,
    "json": to_json,
    "md": to_markdown,
}
FILE_SUFFIXES = {"gift": ".gift.txt", "moodle-xml": ".xml", "csv": ".csv", "json": ".json", "md": ".md"}
