"""Ordinal questions ("the second step") get that item of the list, with the sentence introducing it."""

from __future__ import annotations

import pytest

from kb.qa.model import Citation
from kb.qa.shapes import ordinal
from kb.qa.structure import nth_list_item
from tests.conftest import fake_index


@pytest.mark.parametrize(
    "question, lang, position",
    [
        ("What is the third step of the transition?", "en", 3),
        ("What is the first of the two things a strategy rests on?", "en", 1),
        ("What is the last stage of the project?", "en", -1),
        ("Worum geht es bei der zweiten Grundlage einer Strategie?", "de", 2),
        ("Was ist der letzte Schritt?", "de", -1),
        ("Apa langkah kedua dalam proses ini?", "id", 2),
        ("Apa tahap terakhir dari transisi?", "id", -1),
        # no list position: third parties, a rate per second, "the first months", Indonesian "both"
        ("Who handles third-party risks?", "en", None),
        ("How many requests per second can the desk take?", "en", None),
        ("What happens in the first months?", "en", None),
        ("Was passiert im ersten Monat?", "de", None),
        ("Bolehkah perusahaan menyewa kedua jenis penyedia sekaligus?", "id", None),
        ("Siapa yang menanggung risiko pihak ketiga?", "id", None),
        # "a third", "einen zweiten": another one, not a position in a list
        ("One firm for security, another for the help desk and a third for web design: which type?", "en", None),
        ("Brauchen wir einen zweiten Anbieter für den Helpdesk?", "de", None),
    ],
)
def test_the_list_position_a_question_asks_for(question, lang, position):
    assert ordinal(question, lang) == position


DOCUMENT = (
    "---\ntitle: Strategy\nlanguage: en\n---\n\n# Strategy\n\n## Foundations\n\n"
    "A working strategy rests on three things.\n\n"
    "1. Managing systems well. Outages stay short.\n"
    "2. Saving money on processes.\n"
    "3. Tracking the benefits.\n\n"
    "Every organisation differs.\n"
)


@pytest.mark.parametrize(
    "position, item",
    [(1, "1. Managing systems well. Outages stay short."), (2, "2. Saving money on processes."), (-1, "3. Tracking")],
)
def test_the_nth_item_of_the_list_the_leading_sentence_introduces(tmp_path, position, item):
    index = fake_index(tmp_path, {"strategy.en.md": DOCUMENT})
    chunk = next(c for c in index.chunks if "three things" in c.text)
    citation = Citation.of(1, chunk)
    for lead_text in ("A working strategy", "3. Tracking"):  # the lead-in, or an item of the list
        lead = next(span for span in chunk.sentences if chunk.text[span[0] :].startswith(lead_text))
        picked = [chunk.text[s:e] for _, _, s, e in nth_list_item(index, (1.0, citation, *lead), position)]
        assert picked[0] == "A working strategy rests on three things."
        assert " ".join(picked[1:]).startswith(item)


def test_no_item_when_the_list_is_shorter_or_there_is_none(tmp_path):
    index = fake_index(tmp_path, {"strategy.en.md": DOCUMENT})
    chunk = next(c for c in index.chunks if "three things" in c.text)
    citation = Citation.of(1, chunk)
    lead_in = next(span for span in chunk.sentences if chunk.text[span[0] :].startswith("A working"))
    assert nth_list_item(index, (1.0, citation, *lead_in), 4) == []
    last = next(span for span in chunk.sentences if chunk.text[span[0] :].startswith("Every"))
    assert nth_list_item(index, (1.0, citation, *last), 2) == []


STEPS = (
    "---\ntitle: Rollout\nlanguage: en\n---\n\n# Rollout\n\n## Introduction in four steps\n\n"
    "The introduction of the new tills runs in four steps over five months.\n\n"
    "### 1. Analysis\n\nThe provider counts tills and printers in every shop.\n\n"
    "### 2. Pilot shop\n\nOne shop works with the new system for four weeks.\n\n"
    "### 3. Rollout\n\nShops switch over at night, two or three per week.\n\n"
    "### 4. Operation\n\nThe service contract applies from now on.\n\n"
    "## Costs\n\nA monthly fee per till covers hardware and support.\n"
)


def test_numbered_headings_and_the_last_of_their_run(tmp_path):
    index = fake_index(tmp_path, {"rollout.en.md": STEPS})
    numbered = {c.section: int(n) for c, n in zip(index.chunks, index.heading_numbers) if n}
    assert numbered == {"1. Analysis": 1, "2. Pilot shop": 2, "3. Rollout": 3, "4. Operation": 4}
    assert [c.section for c, last in zip(index.chunks, index.last_numbered) if last] == ["4. Operation"]


@pytest.mark.parametrize(
    "question, section",
    [
        ("What happens in the third step of introducing the new tills?", "3. Rollout"),
        ("What happens in the last step of introducing the new tills?", "4. Operation"),
        ("What is the second step of introducing the new tills?", "2. Pilot shop"),
    ],
)
def test_a_question_for_a_list_position_gets_the_subsection_numbered_so(tmp_path, question, section):
    from kb.qa.retrieval import RetrievalWeights, retrieve
    from tests.fakes import FakeEmbedder

    index = fake_index(tmp_path, {"rollout.en.md": STEPS})
    found = retrieve(index, FakeEmbedder(), question, "en")
    assert found.hits[0].chunk.section == section
    unlifted = retrieve(index, FakeEmbedder(), question, "en", weights=RetrievalWeights(numbered_heading=0.0))
    assert unlifted.hits[0].chunk.section == "Introduction in four steps"  # the introduction, without the lift


def _answer_from(tmp_path, monkeypatch, body: str, question: str) -> str:
    """The answer to an English question from a one-document index (fake model) of ``body``."""
    from kb.qa import answer
    from kb.qa.answer import ask
    from tests.fakes import FakeEmbedder

    monkeypatch.setattr(answer, "ABSTAIN_MARGIN", -10.0)  # the fake model's similarities mean nothing
    index = fake_index(tmp_path, {"doc.en.md": "---\ntitle: Doc\nlanguage: en\n---\n\n" + body})
    return ask(index, FakeEmbedder(), question, "en").answer


def test_the_answer_to_a_list_position_holds_that_item_and_no_other(tmp_path, monkeypatch):
    body = (
        "# Projects\n\n## Steps\n\nA typical modelling project with a provider runs through three steps:\n\n"
        "1. The client shares drawings.\n2. Both sides fix naming rules.\n3. The provider models each floor.\n"
    )
    reply = _answer_from(tmp_path, monkeypatch, body, "What is the second step of a modelling project with a provider?")
    assert "2. Both sides fix naming rules." in reply
    assert "1. The client" not in reply and "3. The provider" not in reply


def test_a_step_is_taken_from_the_passages_numbered_list_not_from_a_checklist_beside_it(tmp_path, monkeypatch):
    body = (
        "# Events\n\n## Working with an event provider\n\nA project with an event provider runs like this:\n\n"
        "1. A briefing on the venue.\n2. A site survey of the radio coverage.\n3. Set-up on the day before.\n\n"
        "What is the second step when working with an event provider? Ask it first:\n\n"
        "- [ ] Who pays for the backup line?\n- [ ] Are loaned devices wiped after the event?\n"
    )
    reply = _answer_from(tmp_path, monkeypatch, body, "What is the second step when working with an event provider?")
    assert "2. A site survey" in reply
    assert "loaned devices" not in reply


def test_a_list_item_that_names_a_section_brings_the_opening_of_that_section(tmp_path, monkeypatch):
    from kb.qa import answer
    from kb.qa.answer import ask
    from tests.fakes import FakeEmbedder

    monkeypatch.setattr(answer, "ABSTAIN_MARGIN", -10.0)  # the fake model's similarities mean nothing
    document = (
        "---\ntitle: Sourcing\nlanguage: en\n---\n\n# Sourcing\n\n## Types of sourcing\n\n"
        "The article describes three types of sourcing:\n\n- Insourcing\n- Multi-sourcing\n- Selective outsourcing\n\n"
        "### Insourcing\n\nAn in-house team handles the task.\n\n"
        "### Multi-sourcing\n\nSeveral experts each handle one part of a project. Each is picked for that part. "
        "What marks the second type of sourcing is one firm per part.\n\n"
        "### Selective outsourcing\n\nOnly chosen tasks go to a provider.\n"
    )
    index = fake_index(tmp_path, {"sourcing.en.md": document})
    reply = ask(index, FakeEmbedder(), "What is the second type of sourcing, and what marks it?", "en")
    assert "- Multi-sourcing" in reply.answer and "Several experts each handle one part" in reply.answer
    assert "What marks the second type of sourcing is one firm per part." in reply.answer  # nearest, not opening
    assert "in-house team" not in reply.answer and "chosen tasks" not in reply.answer
    cited = [c.section for c in reply.citations if not c.further_reading]
    assert cited == ["Multi-sourcing", "Types of sourcing"]  # the section says what the item is: it leads
    assert reply.answer.index("Several experts") < reply.answer.index("- Multi-sourcing")


def test_each_item_of_an_overview_list_points_to_the_section_it_names(tmp_path):
    document = (
        "---\ntitle: Sourcing\nlanguage: en\n---\n\n# Sourcing\n\n## Types\n\n"
        "There are three types:\n\n- Insourcing\n- Cloud brokering\n- Selective outsourcing.\n\n"
        "### Insourcing\n\nAn in-house team handles the task.\n\n"
        "### Selective Outsourcing\n\nOnly chosen tasks go to a provider.\n"
    )
    index = fake_index(tmp_path, {"sourcing.en.md": document})
    row = next(r for r, c in enumerate(index.chunks) if "three types" in c.text)
    named = [None if r is None else index.chunks[r].section for r in index.item_sections[row]]
    assert named == ["Insourcing", None, "Selective Outsourcing"]  # case and a closing full stop aside


def test_the_best_passages_document_answers_its_list_position_however_far_the_subsection_lies(tmp_path):
    from kb.qa.retrieval import retrieve
    from tests.fakes import FakeEmbedder

    client = (
        "## The client\n\nThe Lindenhof care service moved its tablets to a provider. What did the Lindenhof "
        "care service do with its tablets? The Lindenhof care service asked a provider to do it.\n\n"
    )
    steps = STEPS.replace("## Introduction in four steps", client + "## Introduction in four steps")
    index = fake_index(tmp_path, {"rollout.en.md": steps})
    question = "What did the Lindenhof care service do with its tablets in the third step?"
    found = retrieve(index, FakeEmbedder(), question, "en")
    assert found.hits[0].chunk.section == "3. Rollout"
    assert found.hits[1].chunk.section == "The client"  # the nearest passage, far above the steps


WORK = (
    "---\ntitle: Event IT\nlanguage: en\n---\n\n# Event IT\n\n"
    "## What the provider delivers\n\nThe second step of every event is the same kit:\n\n"
    "- a temporary wireless network\n- laptops for the registration desk\n- a help desk on site\n\n"
    "## How a project runs\n\nA project usually runs like this:\n\n"
    "1. Briefing twelve weeks before the event.\n2. A site visit with the venue.\n3. Set-up the day before.\n"
)


@pytest.mark.parametrize("position, lifted", [(2, True), (3, True), (4, False), (1, False)])
def test_a_numbered_list_that_reaches_the_position_asked_for_is_lifted(tmp_path, position, lifted):
    import numpy as np

    from kb.qa.positions import numbered_list_bonus

    index = fake_index(tmp_path, {"event.en.md": WORK})
    assert [int(n) for n in index.numbered_list_lengths] == [0, 3]  # the bulleted list counts no position
    words = {1: "first", 2: "second", 3: "third", 4: "fourth"}
    bonus = numbered_list_bonus(index, f"What is the {words[position]} step of an event IT project?", "en", 0.05)
    per_passage = np.broadcast_to(bonus, index.numbered_list_lengths.shape)
    assert per_passage.tolist() == ([0.0, 0.05] if lifted else [0.0, 0.0])
    assert numbered_list_bonus(index, "What does the provider deliver?", "en", 0.05) == 0.0


@pytest.mark.parametrize(
    "question, lang, count",
    [
        ("Which four precautions does the analysis recommend?", "en", 4),
        ("Name the three models of payment.", "en", 3),
        ("Welche drei Modelle nennt der Überblick?", "de", 3),
        ("Sebutkan tiga klausul penting dalam kontrak.", "id", 3),
        ("Empat langkah apa yang harus dilakukan?", "id", 4),
        # a number that counts no items asked for
        ("How long do the two years of transition take?", "en", None),
        ("Was kostet ein Vertrag über drei Jahre?", "de", None),
        ("What is the first step?", "en", None),
    ],
)
def test_a_question_may_name_how_many_items_it_wants(question, lang, count):
    from kb.qa.positions import named_count

    assert named_count(question, lang) == count


def test_passages_with_a_list_of_as_many_items_are_lifted():
    from types import SimpleNamespace

    from kb.qa.positions import item_count_bonus

    texts = [
        "Work through these steps:\n\n1. One\n2. Two\n3. Three\n4. Four\n5. Five",
        "Customers protect themselves:\n\n- escrow\n- exit plan\n\n- data copies\n- a second provider",
        "Four things matter, as the text says in prose.",
    ]
    index = SimpleNamespace(build_id="test-item-count", chunks=[SimpleNamespace(text=t) for t in texts])
    bonus = item_count_bonus(index, "Which four precautions does the analysis recommend?", "en", 0.03)
    assert list(bonus) == [0.0, 0.03, 0.0]
    assert item_count_bonus(index, "What does the analysis recommend?", "en", 0.03) == 0.0
