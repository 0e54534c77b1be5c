"""Quizzes: valid over many seeds and languages, and every export read back by a parser of its format."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.dom.minidom
from functools import lru_cache
from importlib import resources

import jsonschema
import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from kb.cli import cli
from kb.errors import InputError
from kb.ingest.chunking import chunk_document
from kb.ingest.documents import load_corpus
from kb.knowledge.concepts import Catalogue, find_normalized, ground, load_catalogue
from kb.qa.langid import identify_language
from kb.quiz import Option, Pair, Quiz, QuizQuestion, QuizSettings, Source, build_quiz, export_quiz
from kb.quiz.export import gift_escape
from kb.quiz.model import BLANK
from tests.conftest import CORPUS

LANGS = ("en", "de", "id")
SEEDS = range(40)
GIFT_SPECIALS = "~ = # { } :"  # the backslash, also escaped, is not unescaped by the parser below


@lru_cache(maxsize=1)
def material():
    chunks = [c for d in load_corpus(CORPUS) for c in chunk_document(d)]
    catalogue, problems = ground(load_catalogue(CORPUS / "concepts.yaml"), chunks)
    assert problems == []
    return catalogue, chunks


def make(language="en", count=20, seed=0, **kw) -> Quiz:
    catalogue, chunks = material()
    return build_quiz(catalogue, chunks, QuizSettings(language=language, count=count, seed=seed, **kw))


def gift_unescape(text: str) -> str:
    """The parser splits options correctly but leaves their text escaped, as GIFT writes it."""
    return re.sub(r"\\(.)", r"\1", text).strip()


def parse_gift(text: str):
    from pygiftparser import parser  # pygiftparserrgmf: an independent lex/yacc GIFT parser

    return parser.parse(text).questions


# -- validity ----------------------------------------------------------------------------


def _fact(fact_id: str):
    catalogue, _ = material()
    return next(f for f in catalogue.facts if f.id == fact_id)


def _concept_named(name: str, language: str, catalogue: Catalogue) -> str:
    ids = [c.id for c in catalogue.concepts if name in c.names.get(language, [])]
    assert len(ids) == 1, name
    return ids[0]


def _check_question(q: QuizQuestion, language: str) -> None:
    catalogue, chunks = material()
    by_id = {c.chunk_id: c for c in chunks}
    assert q.language == language and q.stem and q.answer and q.sources
    for source in q.sources:  # the quote that proves the answer is in the cited passage
        chunk = by_id[source.chunk_id]
        assert chunk.doc_id == source.doc and find_normalized(chunk.text, source.quote)
    facts = [_fact(s.fact) for s in q.sources]
    if q.type == "match":
        assert 3 <= len(q.pairs) == len({p.name for p in q.pairs}) == len({p.description for p in q.pairs})
        shown = {f.concept for f in facts}
        for fact in facts:  # each description fits only its own concept among those shown
            assert fact.holds_for() & shown == {fact.concept}
        return
    texts = [o.text for o in q.options]
    assert len(texts) == len(set(texts)) >= 2
    assert sum(o.correct for o in q.options) == 1
    fact = facts[0]
    wrong = [o.text for o in q.options if not o.correct]
    if q.type == "tf":
        named = next(c.id for c in catalogue.concepts if f" {c.name(language)}. " in q.stem)
        truth = q.options[0].correct
        assert (named == fact.concept) if truth else (named not in fact.holds_for())
    elif q.type == "cloze":
        assert q.stem.count(BLANK) == 1
        assert fact.text[language] not in q.stem
    elif fact.text[language] in q.stem:  # which concept is described
        for name in wrong:
            assert _concept_named(name, language, catalogue) not in fact.holds_for()
    else:  # which statement describes the concept
        statements = {f.text[language]: f for f in catalogue.facts}
        for text in wrong:
            other = statements[text]
            assert fact.concept not in other.holds_for() and other.concept not in fact.holds_for()


@pytest.mark.parametrize("language", LANGS)
def test_quizzes_are_valid_over_many_seeds(language):
    for seed in SEEDS:
        quiz = make(language, 20, seed)
        assert len(quiz.questions) == 20 and quiz.shortfall == 0
        for q in quiz.questions:
            _check_question(q, language)
        used = [s.fact for q in quiz.questions for s in q.sources]
        assert len(used) == len(set(used)), "a fact is asked twice"
        stems = [q.stem for q in quiz.questions]
        assert len(stems) == len(set(stems)), "two questions read the same"


@pytest.mark.parametrize("language", LANGS)
def test_every_question_is_in_the_quiz_language(language):
    for seed in range(10):
        for q in make(language, 20, seed).questions:
            shown = " ".join([q.stem, *(o.text for o in q.options), *(p.description for p in q.pairs), q.feedback])
            # the feedback may quote a same-language source only; a foreign one is named, not quoted
            assert all(s.quote not in q.feedback for s in q.sources if s.language != language)
            assert identify_language(shown).code == language, shown


def test_all_question_types_appear_and_types_can_be_chosen():
    assert {q.type for q in make("de", 20, 3).questions} == {"mcq", "tf", "cloze", "match"}
    assert {q.type for q in make("id", 8, 3, types=("tf",)).questions} == {"tf"}
    assert {q.type for q in make("en", 6, 3, types=("cloze", "match")).questions} <= {"cloze", "match"}


def test_same_seed_same_quiz_other_seed_other_quiz():
    assert export_quiz(make("de", 12, 7), "json") == export_quiz(make("de", 12, 7), "json")
    assert export_quiz(make("de", 12, 7), "json") != export_quiz(make("de", 12, 8), "json")


def test_concept_filter_and_shortfall_instead_of_padding():
    quiz = make("en", 10, 0, concepts=("ito",), types=("mcq", "tf"))
    assert quiz.questions and all(q.concepts == ["ito"] for q in quiz.questions)
    catalogue, _ = material()
    ito_facts = [f for f in catalogue.facts if f.concept == "ito"]
    assert len(quiz.questions) == min(10, len(ito_facts))
    big = make("en", 100, 0)
    assert big.shortfall == 100 - len(big.questions) > 0
    assert len({s.fact for q in big.questions for s in q.sources}) == sum(len(q.sources) for q in big.questions)


@pytest.mark.parametrize(
    "settings",
    [
        dict(language="fr"),
        dict(count=0),
        dict(count=101),
        dict(types=()),
        dict(types=("essay",)),
    ],
)
def test_bad_settings_are_refused(settings):
    with pytest.raises(InputError):
        QuizSettings(**settings)


def test_unknown_concept_is_refused_with_the_known_ones():
    with pytest.raises(InputError, match="known concepts: it-sourcing"):
        make(concepts=("nope",))


# -- exports ----------------------------------------------------------------------------

# pygiftparserrgmf's lexer ends a feedback at any = ~ or }, escaped or not (Moodle does not),
# so feedback carries the specials it can read back; the rest is covered by test_gift_escape_*.
FEEDBACK_SPECIALS = "# : {"


def _special_quiz() -> Quiz:
    """Every GIFT special character in every place text can go."""
    src = Source("d.en", "c1", "en", "T", "S", "quote", "f1", "x")
    weird = f"a {GIFT_SPECIALS} b"
    questions = [
        QuizQuestion(
            "q01",
            "mcq",
            "en",
            f"Stem {weird}?",
            f"Right {weird}",
            f"Feedback {FEEDBACK_SPECIALS}",
            [src],
            options=[Option(f"Right {weird}", True), Option(f"Wrong {weird}", False)],
        ),
        QuizQuestion(
            "q02",
            "tf",
            "en",
            f"True or false {weird}",
            "False",
            f"F {FEEDBACK_SPECIALS}",
            [src],
            options=[Option("True", False), Option("False", True)],
        ),
        QuizQuestion(
            "q03",
            "cloze",
            "en",
            f"Before {weird} {BLANK} after {weird}.",
            "X",
            "fb",
            [src],
            options=[Option("X", True), Option("Y", False)],
        ),
        QuizQuestion(
            "q04",
            "match",
            "en",
            f"Match {weird}",
            "-",
            "fb",
            [src, src, src],
            pairs=[Pair(f"N{i} {weird}", f"D{i} {weird}") for i in range(3)],
        ),
    ]
    return Quiz(QuizSettings(count=4), questions, f"Title {weird}")


def test_gift_escape_escapes_every_special_character():
    assert gift_escape("~=#{}:\\") == "\\~\\=\\#\\{\\}\\:\\\\"


def test_gift_round_trips_special_characters_through_an_independent_parser():
    quiz = _special_quiz()
    parsed = parse_gift(export_quiz(quiz, "gift"))
    assert [p.name for p in parsed] == ["q01", "q02", "q03", "q04"]
    mcq, tf, cloze, match = parsed
    assert mcq.text == quiz.questions[0].stem
    right = [o for o in mcq.answer.options if o.prefix == "="]
    assert [gift_unescape(o.text) for o in right] == [quiz.questions[0].options[0].text]
    assert [gift_unescape(o.text) for o in mcq.answer.options] == [o.text for o in quiz.questions[0].options]
    assert type(tf.answer).__name__ == "TrueFalse" and tf.answer.options[0].text == "False"
    assert tf.text == quiz.questions[1].stem
    before, after = quiz.questions[2].stem.split(BLANK)
    assert cloze.text.strip() == before.strip() and gift_unescape(cloze.text_continue) == after.strip()
    pairs = [match.answer.get_pair(o) for o in match.answer.options]
    assert [(gift_unescape(p["first"]), gift_unescape(p["second"])) for p in pairs] == [
        (p.name, p.description) for p in quiz.questions[3].pairs
    ]


def _gift_right_answers(question) -> list[str]:
    return [gift_unescape(o.text) for o in question.answer.options if o.prefix == "="]


@pytest.mark.parametrize("language", LANGS)
def test_cli_gift_quiz_of_20_reads_back_with_the_right_answers(language, tmp_path, index_stub):
    out = tmp_path / "quiz.gift"
    result = CliRunner().invoke(cli, ["quiz", "--lang", language, "-n", "20", "--format", "gift", "-o", str(out)])
    assert result.exit_code == 0, result.output
    ours = make(language, 20, 0).questions
    parsed = parse_gift(out.read_text(encoding="utf-8"))
    assert len(parsed) == 20
    for mine, theirs in zip(ours, parsed):
        kind = type(theirs.answer).__name__
        if mine.type == "tf":
            assert kind == "TrueFalse"
            assert theirs.answer.options[0].text == ("True" if mine.options[0].correct else "False")
        elif mine.type == "match":
            assert kind == "Matching"
            assert [gift_unescape(theirs.answer.get_pair(o)["first"]) for o in theirs.answer.options] == [
                p.name for p in mine.pairs
            ]
        else:
            assert kind == "MultipleChoiceRadio"
            assert _gift_right_answers(theirs) == [o.text for o in mine.options if o.correct]
            assert len(theirs.answer.options) == len(mine.options)


def test_moodle_xml_is_well_formed_and_follows_moodles_question_format():
    quiz = make("de", 20, 1)
    doc = xml.dom.minidom.parseString(export_quiz(quiz, "moodle-xml").encode("utf-8"))  # expat, not our writer
    root = doc.documentElement
    assert root.tagName == "quiz"
    questions = [q for q in root.getElementsByTagName("question") if q.getAttribute("type") != "category"]
    assert len(questions) == 20
    kinds = {"mcq": "multichoice", "cloze": "multichoice", "tf": "truefalse", "match": "matching"}

    def text_of(el):
        texts = [c for c in el.childNodes if getattr(c, "tagName", None) == "text"]
        return "".join(n.data for n in texts[0].childNodes) if texts else ""

    for mine, el in zip(quiz.questions, questions):
        assert el.getAttribute("type") == kinds[mine.type]
        assert text_of(el.getElementsByTagName("questiontext")[0]) == mine.stem
        assert el.getElementsByTagName("name") and el.getElementsByTagName("generalfeedback")
        if mine.type == "match":
            subs = el.getElementsByTagName("subquestion")
            assert [text_of(s) for s in subs] == [p.name for p in mine.pairs]
            assert [text_of(s.getElementsByTagName("answer")[0]) for s in subs] == [p.description for p in mine.pairs]
            continue
        answers = [a for a in el.getElementsByTagName("answer")]
        right = [text_of(a) for a in answers if a.getAttribute("fraction") == "100"]
        assert all(a.getAttribute("fraction") in ("0", "100") for a in answers)
        if mine.type == "tf":
            assert right == ["true" if mine.options[0].correct else "false"]
        else:
            assert right == [o.text for o in mine.options if o.correct]
            assert el.getElementsByTagName("single")[0].firstChild.data == "true"


def test_moodle_xml_keeps_markup_as_text():
    quiz = _special_quiz()
    evil = QuizQuestion(
        "q05",
        "mcq",
        "en",
        "<script>alert(1)</script> & co?",
        "A",
        "fb",
        quiz.questions[0].sources,
        options=[Option("<b>A</b>", True), Option("B & C", False)],
    )
    text = export_quiz(Quiz(quiz.settings, [evil], "t"), "moodle-xml")
    doc = xml.dom.minidom.parseString(text.encode("utf-8"))
    assert not doc.getElementsByTagName("script") and not doc.getElementsByTagName("b")
    assert "&lt;script&gt;" in text


def test_csv_has_one_row_per_question_with_type_options_correct_and_source():
    quiz = make("id", 15, 2)
    rows = list(csv.DictReader(io.StringIO(export_quiz(quiz, "csv"))))
    assert len(rows) == 15
    for row, q in zip(rows, quiz.questions):
        assert row["type"] == q.type and row["question"] == q.stem
        assert row["correct"] and all(part in row["options"] for part in row["correct"].split(" | "))
        assert row["source_doc"] and row["source_quote"] and row["source_chunk_id"]


def test_json_export_follows_the_documented_schema():
    schema = json.loads(resources.files("kb.quiz").joinpath("quiz.schema.json").read_text(encoding="utf-8"))
    for language in LANGS:
        data = json.loads(export_quiz(make(language, 20, 5), "json"))
        jsonschema.validate(data, schema)
        assert len(data["questions"]) == 20 and data["language"] == language
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "language": "fr"}, schema)


def test_markdown_reads_as_a_quiz_with_the_answer_key_at_the_end():
    quiz = make("de", 10, 4)
    text = export_quiz(quiz, "md")
    tokens = MarkdownIt().parse(text)
    headings = [t.map[0] for t in tokens if t.type == "heading_open"]
    lines = text.splitlines()
    assert lines[headings[0]].startswith("# ") and lines[headings[-1]] == "## Lösungen"
    key = text.split("## Lösungen", 1)[1]
    for number in range(1, len(quiz.questions) + 1):
        assert f"**{number}.**" in text.split("## Lösungen")[0]
        assert f"\n{number}. " in key
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]


def test_markdown_escapes_markup_in_text():
    quiz = _special_quiz()
    evil = QuizQuestion(
        "q05",
        "mcq",
        "en",
        "<script>alert(1)</script> *bold*?",
        "A",
        "fb",
        quiz.questions[0].sources,
        options=[Option("<img src=x onerror=alert(1)>", True), Option("B", False)],
    )
    html = MarkdownIt().render(export_quiz(Quiz(quiz.settings, [evil], "t"), "md"))
    assert "<script>" not in html and "<img" not in html and "<em>" not in html


def test_unknown_export_format_is_refused():
    with pytest.raises(InputError, match="gift"):
        export_quiz(make(count=2), "docx")


@pytest.fixture
def index_stub(monkeypatch):
    catalogue, chunks = material()
    loaded = type("Loaded", (), {"catalogue": catalogue, "chunks": chunks})()
    monkeypatch.setattr("kb.index.reader.load_index", lambda *a, **k: loaded)


def test_cli_says_how_many_questions_could_be_made(index_stub):
    result = CliRunner().invoke(cli, ["quiz", "-n", "100", "--format", "json"])
    assert result.exit_code == 0
    made = len(json.loads(result.stdout)["questions"])
    assert f"only {made} of 100 questions" in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["--types", "mcq,essay"], "unknown: essay"),
        (["--concept", "cloud"], "unknown concept cloud"),
        (["-o", "/nonexistent-dir/q.gift"], "cannot write"),
    ],
)
def test_cli_quiz_errors_are_one_clear_line(index_stub, args, message):
    result = CliRunner().invoke(cli, ["quiz", *args])
    assert result.exit_code == 1 and message in result.stderr and "Traceback" not in result.stderr
