"""Quizzes: valid over many seeds and languages, and every export read back by a parser of its format."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.dom.minidom
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources

import jsonschema
import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from kb.cli import cli
from kb.errors import InputError
from kb.index.manifest import DocumentEntry
from kb.ingest.chunking import chunk_document
from kb.ingest.documents import load_corpus
from kb.knowledge.concepts import Catalogue, find_normalized, ground, load_catalogue
from kb.qa.langid import identify_language
from kb.quiz import Option, Pair, Quiz, QuizQuestion, QuizSettings, Source, build_quiz, export_quiz
from kb.quiz.export import gift_escape
from kb.quiz.model import BLANK
from kb.quiz.standalone import statement
from kb.quiz.wording import quoted, say
from tests.conftest import CORPUS

LANGS = ("en", "de", "id")
SEEDS = range(50)
GIFT_SPECIALS = "~ = # { } :"  # the backslash, also escaped, is not unescaped by the parser below
PREFIXES = {
    "cloze": {"en": "Fill in the blank: ", "de": "Ergänzen Sie die Lücke: ", "id": "Isilah bagian yang kosong: "}
}


@lru_cache(maxsize=1)
def material():
    docs = load_corpus(CORPUS)
    chunks = [c for d in docs for c in chunk_document(d)]
    catalogue, problems = ground(load_catalogue(CORPUS / "concepts.yaml"), chunks)
    assert problems == []
    documents = {d.doc_id: {**d.metadata, "title": d.title} for d in docs}
    return catalogue, chunks, documents


def make(language="en", count=20, seed=0, **kw) -> Quiz:
    catalogue, chunks, documents = material()
    return build_quiz(catalogue, chunks, QuizSettings(language=language, count=count, seed=seed, **kw), documents)


@cache
def quizzes(language: str, count: int = 20) -> tuple[Quiz, ...]:
    return tuple(make(language, count, seed) for seed in SEEDS)


def gift_unescape(text: str) -> str:
    """The parser splits options correctly but leaves their text escaped, as GIFT writes it."""
    return re.sub(r"\\(.)", r"\1", text).strip()


def parse_gift(text: str):
    from pygiftparser import parser  # pygiftparserrgmf: an independent lex/yacc GIFT parser

    return parser.parse(text).questions


# -- validity ----------------------------------------------------------------------------


def _fact(fact_id: str):
    catalogue, _, _ = material()
    return next(f for f in catalogue.facts if f.id == fact_id)


def _concepts_labelled(label: str, language: str, catalogue: Catalogue) -> list[str]:
    """Concepts a shown option names: by name, or by abbreviation."""
    return [c.id for c in catalogue.concepts if label in c.names.get(language, [])]


def _rendered(fact_id: str, subject: str, language: str) -> str:
    return statement(_fact(fact_id).text[language], language).render(subject)


def _check_question(q: QuizQuestion, language: str) -> None:
    catalogue, chunks, _ = material()
    by_id = {c.chunk_id: c for c in chunks}
    assert q.language == language and q.stem and q.answer and q.sources and q.name
    for source in q.sources:  # the quote that proves the answer is in the cited passage
        chunk = by_id[source.chunk_id]
        assert chunk.doc_id == source.doc and find_normalized(chunk.text, source.quote)
    if q.type == "match":
        assert 3 <= len(q.pairs) == len({p.name for p in q.pairs}) == len({p.description for p in q.pairs})
        facts = [_fact(s.fact) for s in q.sources if s.fact]
        shown = {f.concept for f in facts}
        for fact in facts:  # each description fits only its own concept among those shown
            assert fact.holds_for() & shown == {fact.concept}
        return
    texts = [o.text for o in q.options]
    assert len(texts) == len(set(texts)) and sum(o.correct for o in q.options) == 1
    if q.type == "tf":
        assert [o.text for o in q.options] == [say("true", language), say("false", language)]
        _check_true_false(q, language, catalogue)
        return
    assert len(texts) >= 3, "a multiple-choice question with two options"
    if q.type == "cloze":
        _check_cloze(q, language, catalogue)
    else:
        _check_multiple_choice(q, language, catalogue)


def _check_true_false(q: QuizQuestion, language: str, catalogue: Catalogue) -> None:
    fact = _fact(q.sources[0].fact)
    truth = q.options[0].correct
    for concept in catalogue.concepts:
        name = concept.name(language)
        said = statement(fact.text[language], language)
        if said.has_subject:
            stem = say("tf_claim", language, text=said.render(name))
        else:
            stem = say("tf_describes", language, name=name, text=quoted(said.render(""), language))
        if stem == q.stem:
            assert (concept.id == fact.concept) if truth else (concept.id not in fact.holds_for())
            return
    raise AssertionError(f"no concept makes {q.stem!r}")


def _check_cloze(q: QuizQuestion, language: str, catalogue: Catalogue) -> None:
    sentence = q.stem.removeprefix(PREFIXES["cloze"][language])
    assert sentence.count(BLANK) == 1
    # the stem is a real sentence of the source, with the key blanked out
    plain = lambda text: re.sub(r" \([A-Z]{2,6}\)", "", text).lower()  # "(BPO)" goes into the one blank
    assert plain(sentence.replace(BLANK, q.answer)) == plain(q.sources[0].quote)
    wrong = [o.text for o in q.options if not o.correct]
    for text in wrong:  # a wrong option never turns the sentence into a sentence of the corpus
        assert not find_normalized(" ".join(c.text for c in material()[1]), sentence.replace(BLANK, text))
    key = _concepts_labelled(q.answer, language, catalogue)
    if not key:  # a term only the document defines: the wrong options are terms that document defines
        return
    kind = catalogue.concept(key[0]).kind
    named = {c.id for c in catalogue.match(q.sources[0].quote)}
    for text in wrong:
        (other,) = _concepts_labelled(text, language, catalogue)
        assert catalogue.concept(other).kind == kind and other not in named
        if q.sources[0].fact:
            assert other not in _fact(q.sources[0].fact).holds_for()


def _check_multiple_choice(q: QuizQuestion, language: str, catalogue: Catalogue) -> None:
    fact = _fact(q.sources[0].fact)
    wrong = [o.text for o in q.options if not o.correct]
    if q.answer == catalogue.concept(fact.concept).name(language):  # which concept is described
        for name in wrong:
            (other,) = _concepts_labelled(name, language, catalogue)
            assert other not in fact.holds_for()
        return
    asked = catalogue.concept(fact.concept)  # which statement is true of the concept
    assert q.answer == _rendered(fact.id, asked.name(language), language)
    statements = {_rendered(f.id, asked.name(language), language): f for f in catalogue.facts}
    for text in wrong:
        other = statements[text]
        assert fact.concept not in other.holds_for() and other.concept not in fact.holds_for()


# Words that, leading a statement, need an antecedent: written here, apart from the code's own lists.
REFERRING = {
    "en": {"it", "its", "it’s", "this", "these", "that", "those", "they", "their", "such", "he", "she"},
    "de": {"es", "er", "sie", "dies", "diese", "dieser", "dieses", "diesen", "diesem", "sein", "seine", "ihr", "ihre"},
    "id": {"ini", "itu", "ia", "dia", "mereka", "mencakup", "tidak", "cocok", "menghilangkan", "membantu"},
}


def unresolved(text: str, language: str) -> bool:
    words = re.findall(r"[\w’'-]+", text.lower())
    if not words:
        return False
    if words[0] in REFERRING[language]:
        return True
    if language == "id":  # "Pekerjaan TI ini ...", "Para profesionalnya ..."
        return any(w in ("ini", "itu", "tersebut") for w in words[1:4]) or any(
            w.endswith("nya") and w != "hanya" for w in words[:3]
        )
    return False


def shown_statements(q: QuizQuestion, language: str) -> list[str]:
    """Every statement a learner reads on its own: options, descriptions, quoted statements, cloze sentences."""
    opening, closing = {"en": ("“", "”"), "de": ("„", "“"), "id": ("“", "”")}[language]
    found = re.findall(f"{opening}(.+?){closing}$", q.stem)
    if q.type == "cloze":
        found.append(q.stem.removeprefix(PREFIXES["cloze"][language]))
    if q.type == "tf" and not found:
        found.append(q.stem.split("? ", 1)[1])
    found += [o.text for o in q.options if q.type != "tf"] + [p.description for p in q.pairs]
    return [q.stem, *found]


@pytest.mark.parametrize("language", LANGS)
def test_quizzes_are_valid_over_many_seeds(language):
    for quiz in quizzes(language):
        assert len(quiz.questions) == 20 and quiz.shortfall == 0
        for q in quiz.questions:
            _check_question(q, language)
        stems = [q.stem for q in quiz.questions]
        assert len(stems) == len(set(stems)), "two questions read the same"


@pytest.mark.parametrize("language", LANGS)
def test_no_fact_and_no_source_sentence_is_asked_twice(language):
    _, chunks, _ = material()
    by_id = {c.chunk_id: c for c in chunks}

    def sentences_of(source):
        chunk = by_id[source.chunk_id]
        start, end = find_normalized(chunk.text, source.quote)
        return {(chunk.chunk_id, i) for i, (s, e) in enumerate(chunk.sentences) if s < end and start < e}

    for quiz in quizzes(language):
        facts, sentences = set(), set()
        for q in quiz.questions:
            mine_facts = {s.fact for s in q.sources if s.fact}
            mine_sentences = set().union(*(sentences_of(s) for s in q.sources))
            assert not facts & mine_facts and not sentences & mine_sentences, q.stem
            facts |= mine_facts
            sentences |= mine_sentences


@pytest.mark.parametrize("language", LANGS)
def test_true_and_false_keys_are_balanced(language):
    shares = []
    for count in (10, 20):
        for quiz in quizzes(language, count):
            keys = [q.options[0].correct for q in quiz.questions if q.type == "tf"]
            if len(keys) >= 4:
                shares.append(sum(keys) / len(keys))
                assert 0.3 <= shares[-1] <= 0.7, keys
    assert len(shares) >= 50


@pytest.mark.parametrize("language", LANGS)
def test_no_statement_starts_with_a_word_pointing_to_nothing(language):
    for quiz in quizzes(language):
        for q in quiz.questions:
            for text in shown_statements(q, language):
                assert not unresolved(text, language), text


def test_the_checker_of_referring_words_can_fail():
    assert unresolved("Diese IT-Arbeit kann ganz von einer externen Firma übernommen werden.", "de")
    assert unresolved("Pekerjaan TI ini dapat dikelola sepenuhnya oleh perusahaan luar.", "id")
    assert unresolved("It covers consumer-facing jobs.", "en")
    assert not unresolved("Hanya tugas tertentu yang dipilih untuk dialihdayakan.", "id")


def test_question_types_are_interleaved_by_the_seed_not_in_a_fixed_pattern():
    patterns = {lang: [tuple(q.type for q in quiz.questions) for quiz in quizzes(lang, 10)] for lang in LANGS}
    for lang in LANGS:
        assert len(set(patterns[lang])) >= 40  # 50 seeds, hardly a pattern twice
        for types in patterns[lang]:  # never three of one type in a row
            assert all(len(set(types[i : i + 3])) > 1 for i in range(len(types) - 2)), types
    same = sum(patterns["de"][s] == patterns["id"][s] for s in range(len(SEEDS)))
    assert same <= 5, "German and Indonesian quizzes of one seed follow one pattern"


@pytest.mark.parametrize("language", LANGS)
def test_right_options_are_spread_over_the_positions(language):
    positions = Counter()
    for quiz in quizzes(language):
        for q in quiz.questions:
            if q.type in ("mcq", "cloze") and len(q.options) == 4:
                positions[next(i for i, o in enumerate(q.options) if o.correct)] += 1
    total = sum(positions.values())
    assert total >= 200 and all(positions[i] / total >= 0.18 for i in range(4)), positions


def test_cloze_distractors_fit_the_document_kpo_never_in_a_bpo_vs_ito_sentence():
    for language in LANGS:
        for quiz in quizzes(language):
            for q in quiz.questions:
                if q.type == "cloze" and q.sources[0].doc.startswith("bpo-vs-ito"):
                    assert "KPO" not in [o.text for o in q.options]
    # the English article names every type of IT sourcing: its clozes offer those
    clozes = [q for quiz in quizzes("en") for q in quiz.questions if q.type == "cloze"]
    assert len(clozes) >= 50


@pytest.mark.parametrize("language", LANGS)
def test_feedback_cites_title_and_section_never_an_internal_id(language):
    _, chunks, _ = material()
    ids = {c.doc_id for c in chunks} | {c.chunk_id for c in chunks}
    for quiz in quizzes(language)[:10]:
        for q in quiz.questions:
            assert not any(i in q.feedback for i in ids), q.feedback
            assert all(s.title in q.feedback for s in q.sources)
            for s in q.sources:  # a translation's note names its original when the corpus holds it
                if s.translated_from == "it-sourcing.en":
                    assert say("translated_from", language, title="IT Sourcing").strip() in q.feedback
                elif s.translated_from:
                    assert say("translation", language).strip() in q.feedback


@pytest.mark.parametrize("language", LANGS)
def test_every_question_is_in_the_quiz_language(language):
    for quiz in quizzes(language)[:10]:
        for q in quiz.questions:
            shown = " ".join([q.stem, *(o.text for o in q.options), *(p.description for p in q.pairs), q.feedback])
            # the feedback may quote a same-language source only; a foreign one is named, not quoted
            assert all(s.quote not in q.feedback for s in q.sources if s.language != language)
            assert identify_language(shown).code == language, shown


def test_all_question_types_appear_and_types_can_be_chosen():
    assert {q.type for q in make("en", 20, 3).questions} == {"mcq", "tf", "cloze", "match"}
    assert {q.type for q in make("de", 20, 3).questions} >= {"mcq", "tf", "match"}
    assert {q.type for q in make("id", 8, 3, types=("tf",)).questions} == {"tf"}
    assert {q.type for q in make("en", 6, 3, types=("cloze", "match")).questions} <= {"cloze", "match"}


def test_same_seed_same_quiz_other_seed_other_quiz():
    assert export_quiz(make("de", 12, 7), "json") == export_quiz(make("de", 12, 7), "json")
    assert export_quiz(make("de", 12, 7), "json") != export_quiz(make("de", 12, 8), "json")


def test_concept_filter_and_shortfall_instead_of_padding():
    quiz = make("en", 10, 0, concepts=("ito",), types=("mcq", "tf"))
    assert quiz.questions and all(q.concepts == ["ito"] for q in quiz.questions)
    catalogue, _, _ = material()
    ito_facts = [f for f in catalogue.facts if f.concept == "ito"]
    assert len(quiz.questions) == min(10, len(ito_facts))
    big = make("en", 100, 0)
    assert big.shortfall == 100 - len(big.questions) > 0
    assert len({s.fact for q in big.questions for s in q.sources if s.fact}) == sum(
        1 for q in big.questions for s in q.sources if s.fact
    )


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
            options=[Option(f"Right {weird}", True), Option(f"Wrong {weird}", False), Option("Third", False)],
            name=f"Concept {weird} – multiple choice 01",
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
            options=[Option("X", True), Option("Y", False), Option("Z", False)],
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
    assert [gift_unescape(p.name) for p in parsed] == [q.name or q.id for q in quiz.questions]
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
        (p.description, p.name) for p in quiz.questions[3].pairs
    ]


def _gift_right_answers(question) -> list[str]:
    return [gift_unescape(o.text) for o in question.answer.options if o.prefix == "="]


def check_gift(quiz: Quiz) -> None:
    """The GIFT export read back by an independent parser: names, types, right answers, pairs."""
    parsed = parse_gift(export_quiz(quiz, "gift"))
    assert len(parsed) == len(quiz.questions)
    for mine, theirs in zip(quiz.questions, parsed):
        assert gift_unescape(theirs.name) == mine.name
        kind = type(theirs.answer).__name__
        if mine.type == "tf":
            assert kind == "TrueFalse"
            assert theirs.answer.options[0].text == ("True" if mine.options[0].correct else "False")
        elif mine.type == "match":
            assert kind == "Matching"
            pairs = [theirs.answer.get_pair(o) for o in theirs.answer.options]
            assert [(gift_unescape(p["first"]), gift_unescape(p["second"])) for p in pairs] == [
                (p.description, p.name) for p in mine.pairs
            ]
        else:
            assert kind == "MultipleChoiceRadio"
            assert _gift_right_answers(theirs) == [o.text for o in mine.options if o.correct]
            assert len(theirs.answer.options) == len(mine.options) >= 3


# Moodle XML question format (https://docs.moodle.org/en/Moodle_XML_format), the parts we write:
# per question type, the child elements it must have and may have; texts inside <text>.
COMMON = {"name", "questiontext", "generalfeedback", "defaultgrade", "penalty", "hidden", "idnumber"}
XML_SCHEMA = {
    "multichoice": (COMMON | {"single", "shuffleanswers", "answernumbering", "answer"}, set()),
    "truefalse": (COMMON | {"answer"}, set()),
    "matching": (COMMON | {"shuffleanswers", "subquestion"}, set()),
}
TEXT_ELEMENTS = {"name", "questiontext", "generalfeedback", "answer", "subquestion", "feedback", "category"}


def _children(el):
    return [c for c in el.childNodes if c.nodeType == c.ELEMENT_NODE]


def _text_of(el) -> str:
    texts = [c for c in _children(el) if c.tagName == "text"]
    assert len(texts) == 1, el.tagName
    return "".join(n.data for n in texts[0].childNodes)


def check_moodle_xml(quiz: Quiz) -> None:
    """The XML export parsed by expat and checked against Moodle's question format, question by question."""
    doc = xml.dom.minidom.parseString(export_quiz(quiz, "moodle-xml").encode("utf-8"))
    root = doc.documentElement
    assert root.tagName == "quiz"
    category, *questions = _children(root)
    assert category.getAttribute("type") == "category" and _text_of(_children(category)[0])
    assert len(questions) == len(quiz.questions)
    ids = [q.getElementsByTagName("idnumber")[0].firstChild.data for q in questions]
    assert len(set(ids)) == len(ids)
    kinds = {"mcq": "multichoice", "cloze": "multichoice", "tf": "truefalse", "match": "matching"}
    for mine, el in zip(quiz.questions, questions):
        moodle_type = el.getAttribute("type")
        assert moodle_type == kinds[mine.type]
        required, _ = XML_SCHEMA[moodle_type]
        tags = [c.tagName for c in _children(el)]
        assert set(tags) == required, (moodle_type, set(tags) ^ required)
        for child in _children(el):
            if child.tagName in TEXT_ELEMENTS:
                _text_of(child)
            if child.tagName in ("questiontext", "generalfeedback", "subquestion"):
                assert child.getAttribute("format") == "plain_text"
        assert _text_of(el.getElementsByTagName("name")[0]) == mine.name
        assert _text_of(el.getElementsByTagName("questiontext")[0]) == mine.stem
        assert float(el.getElementsByTagName("penalty")[0].firstChild.data) <= 1
        if mine.type == "match":
            subs = el.getElementsByTagName("subquestion")
            assert [_text_of(s) for s in subs] == [p.description for p in mine.pairs]
            assert [_text_of(s.getElementsByTagName("answer")[0]) for s in subs] == [p.name for p in mine.pairs]
            continue
        answers = [a for a in _children(el) if a.tagName == "answer"]
        assert all(a.getAttribute("fraction") in ("0", "100") for a in answers)
        right = [_text_of(a) for a in answers if a.getAttribute("fraction") == "100"]
        if mine.type == "tf":
            assert right == ["true" if mine.options[0].correct else "false"] and len(answers) == 2
        else:
            assert right == [o.text for o in mine.options if o.correct] and len(answers) >= 3
            assert el.getElementsByTagName("single")[0].firstChild.data == "true"


@pytest.mark.parametrize("language", LANGS)
def test_every_export_reads_back_through_the_gift_parser_and_the_xml_schema_check(language):
    for quiz in quizzes(language):
        check_gift(quiz)
        check_moodle_xml(quiz)


def test_the_export_checks_can_fail():
    quiz = make("en", 20, 0)
    broken = Quiz(quiz.settings, [replace(quiz.questions[0], name="")] + quiz.questions[1:], quiz.title)
    with pytest.raises(AssertionError):
        check_moodle_xml(broken)
    assert "::q01::" not in export_quiz(quiz, "gift") and "q01 mcq" not in export_quiz(quiz, "moodle-xml")


@pytest.mark.parametrize("language", LANGS)
def test_cli_gift_quiz_of_20_reads_back_with_the_right_answers(language, tmp_path, index_stub):
    out = tmp_path / "quiz.gift"
    result = CliRunner().invoke(cli, ["quiz", "--lang", language, "-n", "20", "--format", "gift", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == export_quiz(make(language, 20, 0), "gift")
    check_gift(make(language, 20, 0))


def test_moodle_xml_of_the_special_characters_quiz_follows_the_format():
    quiz = _special_quiz()
    named = [replace(q, name=q.name or f"{q.type} {q.id}") for q in quiz.questions]
    named[1] = replace(named[1], options=[Option("True", False), Option("False", True)])
    check_moodle_xml(Quiz(quiz.settings, [q for q in named if q.type != "cloze"], quiz.title))


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
    catalogue, chunks, documents = material()
    entries = [DocumentEntry(doc, meta["title"], "", "", "", 0, meta) for doc, meta in documents.items()]
    manifest = type("Manifest", (), {"documents": entries})()
    loaded = type("Loaded", (), {"catalogue": catalogue, "chunks": chunks, "manifest": manifest})()
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
