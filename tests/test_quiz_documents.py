"""Questions from every document: a document added to the corpus yields questions after `kb index`."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kb.cli import cli
from kb.index.reader import load_index
from kb.quiz import QuizSettings, build_quiz, documents_of, edit_question, quality_report, report_lines
from kb.quiz.model import BLANK, QuizInputError
from kb.quiz.passages import is_quiz_sentence

# Written for this test: four delivery models, each defined once and named again later,
# with the debris a scraped article carries.
NEW_DOC = """---
title: Delivery models for outsourced IT
language: en
source: "written for the kb tests"
---

We use cookies to give you the best experience. Accept all | Settings

# Delivery models for outsourced IT

By Jane Example | 3 May 2025 | 5 min read

## The models

Companies that hand IT work to a provider choose between several delivery models.

- Staff augmentation: external specialists join the client's own team and take their tasks from the client's managers.
- Managed services: the provider takes responsibility for a defined service and decides itself how to deliver it.
- Project outsourcing: the provider delivers a finished result, such as a new application, for an agreed price.
- Build-operate-transfer: the provider sets up a delivery centre, runs it for some years and then hands it over.

## Costs and control

Staff augmentation is usually billed by the hour or by the day, so the client pays for time rather than results.
Managed services are normally billed as a monthly flat fee per user, device or server.
Project outsourcing suits work with a clear scope, because the price is fixed before the work begins.
Build-operate-transfer appeals to companies that want their own offshore centre without building it from scratch.
With staff augmentation, the knowledge stays in the client's team because the external people work beside the employees.

Share this article | Subscribe to our newsletter
"""

NEW_DOC_DE = """---
title: Liefermodelle für ausgelagerte IT
language: de
source: "written for the kb tests"
translation_of: delivery-models.en
---

# Liefermodelle für ausgelagerte IT

- Staff Augmentation: Externe Spezialisten arbeiten im Team des Kunden mit und erhalten dort ihre Aufgaben.
- Managed Services: Der Anbieter übernimmt die Verantwortung für einen Dienst und entscheidet, wie er ihn erbringt.
- Projektauslagerung: Der Anbieter liefert ein fertiges Ergebnis, etwa eine neue Anwendung, zu einem vereinbarten Preis.

Staff Augmentation wird meist nach Stunden oder Tagen abgerechnet, der Kunde bezahlt also Zeit und keine Ergebnisse.
Managed Services werden in der Regel als monatliche Pauschale pro Nutzer, Gerät oder Server abgerechnet.
Die Projektauslagerung eignet sich für Arbeit mit klarem Umfang, weil der Preis vor Beginn der Arbeit feststeht.
"""


def _index_with_new_documents(real_corpus, tmp_path, monkeypatch):
    (real_corpus / "delivery-models.en.md").write_text(NEW_DOC, encoding="utf-8")
    (real_corpus / "delivery-models.de.md").write_text(NEW_DOC_DE, encoding="utf-8")
    monkeypatch.setenv("KB_CORPUS_DIR", str(real_corpus))
    monkeypatch.setenv("KB_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("KB_MODEL", "fake:64")
    result = CliRunner().invoke(cli, ["index"])
    assert result.exit_code == 0, result.output
    return load_index(tmp_path / "index", None)


def test_a_new_document_yields_cloze_and_matching_questions_after_kb_index(real_corpus, tmp_path, monkeypatch):
    index = _index_with_new_documents(real_corpus, tmp_path, monkeypatch)
    documents = documents_of(index.manifest.documents)
    settings = QuizSettings(language="en", count=14, types=("cloze", "match"), seed=3)
    quiz = build_quiz(index.catalogue, index.chunks, settings, documents)
    from_new = [q for q in quiz.questions if all(s.doc == "delivery-models.en" for s in q.sources)]
    assert len(from_new) >= 5
    labels = {"Staff augmentation", "Managed services", "Project outsourcing", "Build-operate-transfer"}
    for q in from_new:
        shown = {o.text for o in q.options} | {p.name for p in q.pairs}
        assert shown <= labels and len(shown) >= 3  # the wrong options are the document's other models
        for s in q.sources:  # debris never makes a question
            assert not any(word in s.quote for word in ("cookies", "Jane Example", "newsletter"))
    assert {q.type for q in from_new} == {"cloze", "match"}
    report = quality_report(quiz, index.chunks)
    assert report.cited["Delivery models for outsourced IT"] == len(from_new)


def test_a_translation_says_what_it_is_translated_from(real_corpus, tmp_path, monkeypatch):
    index = _index_with_new_documents(real_corpus, tmp_path, monkeypatch)
    settings = QuizSettings(language="de", count=30, types=("cloze", "match"), seed=1)
    quiz = build_quiz(index.catalogue, index.chunks, settings, documents_of(index.manifest.documents))
    translated = [q for q in quiz.questions if q.sources[0].doc == "delivery-models.de"]
    assert translated
    for q in translated:
        assert "übersetzt aus „Delivery models for outsourced IT“" in q.feedback
        assert all(s.language == "de" for s in q.sources)  # only sentences in the quiz language


def test_cli_prints_a_quality_report(real_corpus, tmp_path, monkeypatch):
    _index_with_new_documents(real_corpus, tmp_path, monkeypatch)
    result = CliRunner().invoke(cli, ["quiz", "-n", "12", "--seed", "2", "--format", "json", "--report"])
    assert result.exit_code == 0, result.output
    quiz = json.loads(result.stdout)
    assert len(quiz["questions"]) == 12
    report = [line for line in result.stderr.splitlines() if line.startswith("report: ")]
    assert report[0] == "report: 12 of 12 questions"
    assert "By type:" in report[1] and "True/false keys:" in report[2] and "Sources:" in report[3]


def test_report_counts_types_balance_and_uncovered_documents(real_corpus, tmp_path, monkeypatch):
    index = _index_with_new_documents(real_corpus, tmp_path, monkeypatch)
    quiz = build_quiz(index.catalogue, index.chunks, QuizSettings("en", 10, ("tf",), (), 4))
    report = quality_report(quiz, index.chunks)
    assert report.by_type["tf"] == 10 == report.tf_true + report.tf_false
    assert report.tf_true_share == report.tf_true / 10
    assert "Delivery models for outsourced IT" in report.uncovered  # true/false comes from the catalogue only
    lines = report_lines(report, "de")
    assert lines[0] == "10 von 10 Fragen" and lines[2].startswith("Richtig/falsch-Lösungen:")


def test_debris_and_fragments_are_not_quiz_sentences():
    assert not is_quiz_sentence("We use cookies to give you the best experience. Accept all | Settings", "en")
    assert not is_quiz_sentence("Delivery models for outsourced IT", "en")
    assert not is_quiz_sentence("These things can be managed entirely by an outside firm at any time.", "en")
    assert is_quiz_sentence("Managed services are normally billed as a monthly flat fee per user or device.", "en")


def test_cloze_edit_must_keep_its_blank(real_corpus, tmp_path, monkeypatch):
    index = _index_with_new_documents(real_corpus, tmp_path, monkeypatch)
    quiz = build_quiz(index.catalogue, index.chunks, QuizSettings("en", 3, ("cloze",), (), 0))
    cloze = quiz.questions[0]
    try:
        edit_question(quiz, 1, cloze.stem.replace(BLANK, "gap"))
    except QuizInputError as exc:
        assert exc.key == "error_blank"
    else:
        raise AssertionError("a cloze without its blank was accepted")
