"""What the answer writer weighs besides dense similarity: the question's telling words, the
question's shape, and a list item's lead-in."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from kb.index.build import build_index
from kb.index.reader import load_index
from kb.qa.answer import ask
from kb.qa.compose import _sentence_scores
from kb.qa.contrast import compared_sides
from kb.qa.model import Citation
from kb.qa.overlap import word_overlap
from kb.qa.retrieval import retrieve
from kb.qa.shapes import asks_count, shape_of
from kb.qa.structure import _antecedent, _example_after, _lead_ins, _list_lead_in
from tests.conftest import fake_index
from tests.fakes import FakeEmbedder
from tests.test_debris_and_lists import ARTICLE


def test_the_sentence_with_the_questions_telling_word_gets_the_larger_share():
    sentences = [
        "A BPO provider and an ITO provider serve different goals.",
        "Hiring one provider does not make the other superfluous.",
        "Every provider charges for its services.",
    ]
    shares = word_overlap("Does an ITO provider make a BPO provider superfluous?", sentences, "en")
    assert shares[1] == max(shares) and shares[1] > shares[0] > shares[2]
    assert all(0.0 <= s <= 1.0 for s in shares)


def test_words_every_candidate_shares_weigh_less_than_rare_ones():
    sentences = ["The provider helps.", "The provider overlaps.", "The provider waits."]
    shares = word_overlap("Does the provider overlap?", sentences, "en")
    assert shares[1] > 2 * shares[0] and shares[0] == shares[2]


def test_no_words_no_evidence():
    assert word_overlap("?", ["Anything."], "en") == [0.0]
    assert word_overlap("What is BPO?", [], "en") == []


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Anhand welcher drei Eigenschaften entscheidet die Theorie?", "de"),
        ("Welche zwei Modelle gibt es?", "de"),
        ("Bitte nennen Sie drei Kennzahlen.", "de"),
        ("Based on which three criteria do advisers choose?", "en"),
        ("Name three typical mistakes.", "en"),
        ("Sebutkan tiga model kerja sama.", "id"),
        ("Perusahaan kecil sebaiknya memakai layanan apa saja?", "id"),
        ("Model mana tiga yang paling umum? Apa tiga model itu?", "id"),
        ("Which end-to-end process chains do GBS organisations usually work with?", "en"),
        ("In which areas can the gains show up?", "en"),
        ("What are the six migration options of the 6R approach?", "en"),
        ("Which roles should the retained team cover? Give three.", "en"),
        ("Welche Reifestufen durchläuft eine GBS-Organisation?", "de"),
        ("Für welche Bereiche sind verschiedene Teams zuständig?", "de"),
        # a procedure is answered by its steps
        ("How do we get a new retail customer connected to our EDI set-up?", "en"),
        ("Wie läuft der Start mit einem externen Dienstleister ab?", "de"),
        ("Wie gehen wir beim Vertragsende vor?", "de"),
        ("Bagaimana cara memindahkan jaringan toko ke layanan baru?", "id"),
    ],
)
def test_list_questions_are_recognised_wherever_the_count_stands(question, lang):
    assert shape_of(question, lang).kind == "list"


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Which provider should a company bring in first?", "en"),
        ("What process does the article describe?", "en"),  # "process" is no plural
        ("Welche Rolle spielt der Anbieter?", "de"),
        ("What is BPO?", "en"),
        ("How can we tell whether the provider made a difference?", "en"),
        ("How do we know the provider made a difference?", "en"),
        ("Bagaimana cara kerja model tim khusus?", "id"),  # how it works, not steps
    ],
)
def test_a_question_for_one_thing_is_no_list_question(question, lang):
    assert shape_of(question, lang).kind != "list"


@pytest.mark.parametrize(
    "question, lang, example_sentence, other_sentence",
    [
        (
            "Can you give an example of multi-sourcing?",
            "en",
            "For example, one team handles security.",
            "Teams differ.",
        ),
        (
            "Was wäre ein Beispiel für Multi-Sourcing?",
            "de",
            "Beispielsweise kümmert sich ein Team um Sicherheit.",
            "Teams sind verschieden.",
        ),
        ("Seperti apa contoh multi-sourcing?", "id", "Misalnya, satu tim menangani keamanan.", "Tim berbeda."),
        # the asker's verb for giving an example, and German's inflected noun
        (
            "Bidang apa saja yang dicontohkan artikel sebagai pekerjaan KPO?",
            "id",
            "Misalnya, desain web dan akuntansi.",
            "Tim berbeda.",
        ),
        (
            "Welche Aufgaben nennt der Artikel in den Beispielen?",
            "de",
            "Etwa die Buchhaltung.",
            "Teams sind verschieden.",
        ),
    ],
)
def test_an_example_question_prefers_the_sentence_that_gives_one(question, lang, example_sentence, other_sentence):
    shape = shape_of(question, lang)
    assert shape.kind == "example" and shape.cue(example_sentence) and not shape.cue(other_sentence)


@pytest.mark.parametrize(
    ("question", "lang", "interval", "other_sentence"),
    [
        (
            "How often should the provider test its continuity plan?",
            "en",
            "Test it at least once a year.",
            "Tests matter.",
        ),
        ("Wie oft tagt der Lenkungsausschuss?", "de", "Er tagt vierteljährlich.", "Der Ausschuss entscheidet."),
        (
            "Seberapa sering rencana itu harus diuji?",
            "id",
            "BCP harus diuji minimal sekali setahun.",
            "Uji itu penting.",
        ),
        # the interval asked for in a second part
        ("What goes into the log, and how often is it gone through?", "en", "It is read every week.", "Risks."),
    ],
)
def test_a_how_often_question_prefers_the_sentence_that_gives_the_interval(question, lang, interval, other_sentence):
    shape = shape_of(question, lang)
    assert shape.kind == "frequency" and shape.cue(interval) and not shape.cue(other_sentence)


def test_a_list_item_in_the_answer_brings_the_sentence_that_introduces_its_list(tmp_path):
    index = fake_index(tmp_path, {"models.en.md": ARTICLE})
    chunk = next(c for c in index.chunks if "Nearshore teams" in c.text)
    citation = Citation.of(1, chunk)
    item = next(span for span in chunk.sentences if chunk.text[span[0] :].startswith("- Nearshore"))
    added = _lead_ins(index, [(1.0, citation, *item)])
    assert [chunk.text[s:e] for _, _, s, e in added] == ["Advisers distinguish three delivery models:"]
    lead_in = next(span for span in chunk.sentences if chunk.text[span[0] :].startswith("Advisers"))
    assert _lead_ins(index, [(1.0, citation, *lead_in)]) == []  # not a list item: nothing to add


@pytest.mark.parametrize(
    "language, text, refers_back",
    [
        ("de", "Die Terminals stammen vom Zahlungsdienstleister. Der Kassenanbieter bindet sie an.", True),
        ("de", "Die Terminals stammen vom Zahlungsdienstleister. Dabei zählt jede Minute.", True),
        ("de", "Die Terminals stammen vom Zahlungsdienstleister. Bitte rufen Sie uns an.", False),
        ("en", "Providers run the desk. They charge per ticket.", True),
        ("en", "Providers run the desk. Clients pay for it monthly.", True),
        ("en", "Providers run the desk. Clients pay per ticket.", False),
        ("id", "Penyedia mengelola gudang. Hal ini menghemat biaya.", True),
        ("id", "Penyedia mengelola gudang. Biaya tersebut dibayar bulanan.", True),
        ("id", "Penyedia mengelola gudang. Klien membayar per paket.", False),
        ("en", "Providers run the desk.\n\nThey charge per ticket.", False),  # a new paragraph
        # a conclusion drawn from the sentence before: "also", "therefore", "jadi"
        ("de", "Gemessen wird über alle Player. Einzelne Bildschirme dürfen also ausfallen.", True),
        ("en", "Uptime is measured across all screens. One screen may therefore stay dark.", True),
        ("id", "Ketersediaan diukur untuk semua layar. Jadi satu layar boleh mati.", True),
    ],
)
def test_a_leading_sentence_that_points_back_brings_the_sentence_before_it(tmp_path, language, text, refers_back):
    document = f"---\ntitle: Kassen\nlanguage: {language}\n---\n\n# Kassen\n\n## Betrieb\n\n{text}\n"
    index = fake_index(tmp_path, {f"kassen.{language}.md": document})
    chunk = next(c for c in index.chunks if c.section == "Betrieb")
    citation = Citation.of(1, chunk)
    first, second = chunk.sentences[0], chunk.sentences[-1]
    lead = (1.0, citation, *second)
    added = _antecedent(index, lead, [lead])
    assert [(s, e) for _, _, s, e in added] == ([first] if refers_back else [])
    assert _antecedent(index, lead, [lead, (0.9, citation, *first)]) == []  # already in the answer


def test_a_list_question_gets_the_list_its_best_sentences_paragraph_introduces(tmp_path):
    document = (
        "---\ntitle: GBS\nlanguage: en\n---\n\n# GBS\n\n## Processes\n\n"
        "GBS organisations describe their work as end-to-end processes. The most common ones are:\n\n"
        "1. Procure-to-pay: from a purchase request to the payment.\n"
        "2. Order-to-cash: from an order to the receipt of payment.\n\n"
        "Thinking in chains exposes handovers.\n"
    )
    index = fake_index(tmp_path, {"gbs.en.md": document})
    chunk = next(c for c in index.chunks if "end-to-end" in c.text)
    first = next(span for span in chunk.sentences if chunk.text[span[0] :].startswith("GBS organisations"))
    lead_in = _list_lead_in(index, Citation.of(1, chunk), *first)
    assert lead_in and chunk.text[lead_in[0] : lead_in[1]] == "The most common ones are:"
    last = next(span for span in chunk.sentences if chunk.text[span[0] :].startswith("Thinking"))
    assert _list_lead_in(index, Citation.of(1, chunk), *last) is None  # no list after it
    answer = ask(index, FakeEmbedder(), "Which end-to-end processes do GBS organisations work with?", language="en")
    assert "Procure-to-pay" in answer.answer and "Order-to-cash" in answer.answer


def test_an_example_question_gets_the_example_that_follows_the_best_sentence(tmp_path):
    document = (
        "---\ntitle: Models\nlanguage: de\n---\n\n# Modelle\n\n## Multi-Sourcing\n\n"
        "Beim Multi-Sourcing arbeiten viele Experten an verschiedenen Teilen. "
        "Beispielsweise kümmert sich ein Team um Sicherheit, ein anderes um Webdesign.\n\n"
        "Jedes Team hat einen Vertrag. Beispielsweise gilt er ein Jahr.\n"
    )
    index = fake_index(tmp_path, {"models.de.md": document})
    chunk = next(c for c in index.chunks if "Experten" in c.text)
    citation = Citation.of(1, chunk)
    example = shape_of("Was wäre ein Beispiel für Multi-Sourcing?", "de")
    first = next(span for span in chunk.sentences if chunk.text[span[0] :].startswith("Beim"))
    added = _example_after(index, example, (1.0, citation, *first))
    assert [chunk.text[s:e] for _, _, s, e in added] == [
        "Beispielsweise kümmert sich ein Team um Sicherheit, ein anderes um Webdesign."
    ]
    second = next(span for span in chunk.sentences if chunk.text[span[0] :].startswith("Beispielsweise k"))
    assert _example_after(index, example, (1.0, citation, *second)) == []  # the next paragraph is another topic


def test_a_passage_with_no_version_in_the_askers_language_is_marked_so():
    from kb.index.alignment import Link
    from kb.index.translations import AlignedPair, TranslationMap
    from kb.ingest.chunking import Chunk

    def chunk(doc: str, lang: str, text: str) -> Chunk:
        return Chunk(f"{doc}-0", doc, doc, doc, [doc], 0, lang, text, [(0, len(text))])

    chunks = [chunk("a.en", "en", "One."), chunk("a.de", "de", "Eins."), chunk("b.en", "en", "Two.")]
    pair = AlignedPair("a.de", "a.en", [Link(original=(0,), translation=(0,), similarity=0.9, cost=0.5)])
    versions = TranslationMap(chunks, [pair])
    assert versions.lacks_language("de").tolist() == [False, False, True]  # b.en has no German version
    assert versions.lacks_language("en").tolist() == [False, False, False]
    assert versions.lacks_language("id").tolist() == [True, True, True]


def test_the_other_language_only_weight_lifts_untranslated_passages(small_corpus, tmp_path):
    from kb.qa.retrieval import RetrievalWeights, retrieve

    build_index(small_corpus, tmp_path / "index", FakeEmbedder())
    index = load_index(tmp_path / "index", "fake:64")
    question = "Was macht ein ITO-Anbieter?"
    plain = retrieve(index, FakeEmbedder(), question, "de", weights=RetrievalWeights(other_language_only=0.0))
    lifted = retrieve(index, FakeEmbedder(), question, "de", weights=RetrievalWeights(other_language_only=5.0))
    assert {h.chunk.language for h in lifted.hits[:1]} == {"en"}  # no passage here is translated
    english = {h.row: h.score for h in plain.hits if h.chunk.language == "en"}
    assert all(abs(h.score - english[h.row] - 5.0) < 1e-6 for h in lifted.hits if h.row in english)


def test_a_cited_passages_sentences_outside_the_retrieved_ones_are_scored_exactly(tmp_path):
    """Retrieval scores only the sentences nearest to the question in the whole index; a sentence
    of a cited passage beyond those must keep its real similarity, not drop out of the answer."""
    index = fake_index(tmp_path, {"a.en.md": ARTICLE})
    embedder = FakeEmbedder()
    question = "Which delivery models do advisers distinguish, and where do offshore teams work?"
    found = retrieve(index, embedder, question, "en")
    hit = found.hits[0]
    numbers = index.sentences_of(hit.row)
    unretrieved = dataclasses.replace(found, sentence_score=np.full_like(found.sentence_score, -np.inf))
    scored = _sentence_scores(index, unretrieved, Citation.of(1, hit.chunk))
    query = embedder.embed_queries([question])[0]
    expected = [float(index.sentence_vectors.vector(n) @ query) for n in numbers]
    assert [score for _, score in scored] == pytest.approx(expected)
    assert len(set(expected)) > 1  # real scores, not one placeholder
    blind = dataclasses.replace(unretrieved, query_vector=None)
    assert [score for _, score in _sentence_scores(index, blind, Citation.of(1, hit.chunk))] == [-1.0] * len(numbers)


@pytest.mark.parametrize(
    "question, lang, kind",
    [
        ("Bezeichnet IT-Sourcing immer nur eine einzige, bestimmte Art von Hilfe?", "de", "yesno"),  # any verb
        ("Gilt das auch für Banken?", "de", "yesno"),
        ("Ist DaaS auf lange Sicht immer günstiger, als die Geräte zu kaufen?", "de", "yesno"),
        ("In welchen Vertragsformen kann man einen CIO beauftragen?", "de", "other"),
        ("Wenn der Anbieter ausfällt, wer haftet?", "de", "other"),  # the question word opens the second clause
        ("Ab wann lohnt sich das?", "de", "other"),
        ("Wozu dient ein Shared Service Center?", "de", "other"),
        # a search written as a question opens with a noun, or is too short for a verb and its subject
        ("Kündigungsfrist Vertrag?", "de", "other"),
        ("Vorteile Insourcing?", "de", "other"),
        ("Kündigungsfrist beim Outsourcing-Vertrag?", "de", "other"),
        ("Gibt es Risiken?", "de", "yesno"),
    ],
)
def test_a_german_yes_no_question_opens_with_its_verb(question, lang, kind):
    assert shape_of(question, lang).kind == kind


@pytest.mark.parametrize(
    "question, lang, kind",
    [
        ("Ist IT-Sourcing ein eng umrissener Begriff, und welche Arten zählt der Artikel auf?", "de", "list"),
        ("What is APBDes, and why does it matter for a village project?", "en", "why"),
        ("Apa itu SID, dan apa saja modulnya?", "id", "list"),
        # the first part's shape stands when it asks for something itself
        ("Why do firms outsource, and which types are there?", "en", "why"),
        ("What is BPO and why does it matter?", "en", "other"),  # no comma: one question
    ],
)
def test_a_second_question_decides_the_shape_when_the_first_asks_for_nothing_in_particular(question, lang, kind):
    assert shape_of(question, lang).kind == kind


def _answer_on(tmp_path, monkeypatch, sentence: str, question: str, lang: str = "en"):
    from kb.qa import answer

    monkeypatch.setattr(answer, "ABSTAIN_MARGIN", -10.0)  # the fake model's similarities mean nothing
    tmp_path.mkdir(exist_ok=True)
    text = f"---\ntitle: Sourcing\nlanguage: {lang}\n---\n\n# Sourcing\n\n{sentence}\n"
    return ask(fake_index(tmp_path, {f"sourcing.{lang}.md": text}), FakeEmbedder(), question, language=lang)


@pytest.mark.parametrize(
    "question, lang, sentence, hedge",
    [
        ("Is IT sourcing only for large firms?", "en", "IT sourcing helps firms of all sizes.", "Not necessarily."),
        ("Ist IT-Sourcing nur etwas für Konzerne?", "de", "IT-Sourcing hilft Firmen jeder Größe.", "Nicht unbedingt."),
        ("Apakah IT sourcing hanya untuk firma besar?", "id", "IT sourcing membantu semua firma.", "Tidak selalu."),
    ],
)
def test_a_yes_no_question_narrowed_to_an_extreme_is_hedged_when_its_source_is_not(
    tmp_path, monkeypatch, question, lang, sentence, hedge
):
    answer = _answer_on(tmp_path, monkeypatch, sentence, question, lang)
    assert answer.answered and answer.answer.startswith(f"{hedge} {sentence} [1]")


@pytest.mark.parametrize(
    "question, lang, sentence, hedge",
    [
        ("Is all IT work handed over?", "en", "Firms hand over only selected IT tasks.", "Not necessarily."),
        ("Muss man die gesamte IT abgeben?", "de", "Die IT wird teilweise ausgelagert.", "Nicht unbedingt."),
        (
            "Dalam model ini, apakah seluruh pekerjaan TI diserahkan?",
            "id",
            "Pekerjaan TI diserahkan sebagian.",
            "Tidak selalu.",
        ),
        ("Is IT always outsourced completely?", "en", "IT is outsourced completely or partly.", "Not necessarily."),
    ],
)
def test_a_yes_no_question_about_the_whole_is_hedged_when_its_source_speaks_of_a_part(
    tmp_path, monkeypatch, question, lang, sentence, hedge
):
    answer = _answer_on(tmp_path, monkeypatch, sentence, question, lang)
    assert answer.answered and answer.answer.startswith(f"{hedge} {sentence} [1]")


def test_a_question_about_the_whole_is_not_hedged_by_a_source_about_the_whole(tmp_path, monkeypatch):
    answer = _answer_on(tmp_path, monkeypatch, "Every firm benefits from sourcing.", "Does every firm benefit?")
    assert answer.answer.startswith("Every firm benefits")


@pytest.mark.parametrize(
    "question, lang, kind",
    [
        ("If we already have an ITO vendor, do we still need a BPO vendor?", "en", "yesno"),
        ("Dalam tender pemerintah, apakah penawaran termurah selalu menang?", "id", "yesno"),
        ("How often, according to the article, does new technology appear?", "en", "frequency"),
        ("Berapa lama, menurut artikel, apakah proyek berjalan?", "id", "other"),
    ],
)
def test_a_yes_no_question_may_open_with_a_clause(question, lang, kind):
    assert shape_of(question, lang).kind == kind


def test_no_hedge_when_the_source_is_as_narrow_or_the_question_is_not(tmp_path, monkeypatch):
    answer = _answer_on(tmp_path, monkeypatch, "Only large firms benefit from sourcing.", "Is it only for large firms?")
    assert answer.answer.startswith("Only large firms")
    answer = _answer_on(tmp_path / "b", monkeypatch, "IT sourcing helps firms of all sizes.", "Is it for large firms?")
    assert answer.answer.startswith("IT sourcing helps")
    answer = _answer_on(tmp_path / "c", monkeypatch, "IT sourcing helps firms of all sizes.", "Why only large firms?")
    assert not answer.answer.startswith("Not necessarily")  # not a yes/no question


@pytest.mark.parametrize(
    "question, lang, sentence, verdict",
    [
        ("Does an XLA replace the SLA?", "en", "An XLA does not replace the SLA but adds to it.", "No."),
        ("Gibt der Dienstleister die Zahlungen frei?", "de", "Der Dienstleister gibt keine Zahlung frei.", "Nein."),
        ("Apakah XLA menggantikan SLA?", "id", "XLA tidak menggantikan SLA, tetapi melengkapinya.", "Tidak."),
        # "bleibt" in the condition is no question whether something still holds; the main clause is asked
        (
            "Ist der Vertrag verletzt, wenn ein Bildschirm einen Tag dunkel bleibt?",
            "de",
            "Der Vertrag ist dadurch nicht verletzt.",
            "Nein.",
        ),
        ("If the screen stays dark, is the contract breached?", "en", "The contract is not breached by it.", "No."),
        # a question whether something passes to the provider, settled by a sentence that says it stays
        (
            "Apakah tanggung jawab atas data ikut pindah ke penyedia?",
            "id",
            "Tanggung jawab atas data tetap pada perusahaan, penyedia hanya memproses.",
            "Tidak.",
        ),
        ("Does the liability pass to the provider?", "en", "The client remains liable for its data.", "No."),
        ("Geht die Haftung auf den Dienstleister über?", "de", "Die Haftung bleibt beim Kunden.", "Nein."),
    ],
)
def test_a_yes_no_question_whose_settling_sentence_denies_it_is_answered_no(
    tmp_path, monkeypatch, question, lang, sentence, verdict
):
    answer = _answer_on(tmp_path, monkeypatch, sentence, question, lang)
    assert answer.answered and answer.answer.startswith(f"{verdict} {sentence} [1]")


@pytest.mark.parametrize(
    "question, lang, sentence",
    [
        ("Is it cheaper?", "en", "It is not only cheaper but also faster."),  # "not only" affirms
        ("Does the company still carry the risk?", "en", "The provider does not take the risk away."),
        ("Isn't it cheaper?", "en", "It is not cheaper."),  # a question that denies itself: no verdict
        ("Does the provider still carry the risk if we sign?", "en", "The provider does not give the risk up."),
        ("Apakah backup perlu diuji?", "id", "Situs dengan backup yang tidak pernah diuji mudah tumbang."),
        ("Is it cheaper?", "en", "It is cheaper."),
        ("Does the liability pass to the provider?", "en", "The provider takes the liability over."),  # nothing stays
        # the sentence opens with its own verdict: no second one before it
        ("Apakah alih daya pasti lebih murah?", "id", "Tidak harus, penghematan datang dari skala."),
        ("Ist Outsourcing immer billiger?", "de", "Nicht unbedingt, denn Übergaben kosten auch."),
    ],
)
def test_no_verdict_where_the_denial_does_not_answer_the_question(tmp_path, monkeypatch, question, lang, sentence):
    answer = _answer_on(tmp_path, monkeypatch, sentence, question, lang)
    assert answer.answered and answer.answer.startswith(sentence)


@pytest.mark.parametrize(
    "question, lang, sides",
    [
        ("Was ist der Unterschied zwischen BPO und ITO?", "de", ({"bpo"}, {"ito"})),
        ("Unterschied BPO ITO?", "de", ({"bpo"}, {"ito"})),
        ("front office vs back office BPO?", "en", ({"front"}, {"back", "bpo"})),
        ("How does insourcing differ from outsourcing?", "en", ({"insourc"}, {"outsourc"})),
        ("Apa perbedaan antara BPO dan ITO?", "id", ({"bpo"}, {"ito"})),
        ("What is the difference?", "en", None),  # no sides named
    ],
)
def test_the_sides_of_a_difference_question(question, lang, sides):
    found = compared_sides(question, lang)
    assert (found and tuple(set(s) for s in found)) == (sides and tuple(sides))


@pytest.mark.parametrize(
    "sentences, question, lang",
    [
        (
            "Ein Unternehmen kann sowohl ITO- als auch BPO-Anbieter einstellen. Das ist oft sinnvoll. "
            "Ein ITO-Anbieter senkt IT-Kosten, während ein BPO-Anbieter Prozesse verbessert.",
            "Was ist der Unterschied zwischen BPO und ITO?",
            "de",
        ),
        (
            "A company can hire both ITO and BPO providers. That is often wise. "
            "An ITO provider cuts IT costs, while a BPO provider improves processes.",
            "What is the difference between BPO and ITO?",
            "en",
        ),
    ],
)
def test_a_difference_question_leads_with_the_sentence_that_contrasts_both_sides(
    tmp_path, monkeypatch, sentences, question, lang
):
    answer = _answer_on(tmp_path, monkeypatch, sentences, question, lang)
    assert answer.answer.startswith(sentences.split(". ")[-1])


@pytest.mark.parametrize(
    "question, lang, counts",
    [
        ("How many types of IT sourcing are there?", "en", True),
        ("In wie vielen Phasen läuft die Migration ab?", "de", True),
        ("Wie viele Arten von IT-Sourcing beschreibt der Artikel?", "de", True),
        ("Ada berapa jenis IT sourcing yang disebutkan?", "id", True),
        # forms, components, roles and risks are a list's items too
        ("Wie viele Formen von IT-Sourcing zählt der Artikel auf?", "de", True),
        ("How many components does the monthly price have?", "en", True),
        ("Ada berapa komponen biaya yang perlu dianggarkan?", "id", True),
        # a number of things that are no list's items
        ("How many hours of downtime does 99.9 percent allow?", "en", False),
        ("Wie viele Artikel umfasst der Pilot?", "de", False),
        ("Berapa lama kontrak biasanya berjalan?", "id", False),
    ],
)
def test_a_question_for_how_many_items_is_a_list_question(question, lang, counts):
    assert asks_count(question, lang) is counts
    assert (shape_of(question, lang).kind == "list") is counts


@pytest.mark.parametrize(
    "lead_in, question, expected",
    [
        ("The usual types are:", "How many types of sourcing are there?", "The source lists 3:"),
        ("There are three types:", "How many types of sourcing are there?", "There are three types:"),  # said so
        # a number in the lead-in that is not the list's ("from week two") does not say how many
        ("From week two, watch these:", "How many signs should we watch?", "The source lists 3:"),
    ],
)
def test_a_how_many_question_answered_by_a_list_gets_its_count(tmp_path, monkeypatch, lead_in, question, expected):
    sentences = f"{lead_in}\n\n- Insourcing\n- Outsourcing\n- Multi-sourcing"
    answer = _answer_on(tmp_path, monkeypatch, sentences, question)
    assert answer.answer.startswith(expected) and "- Multi-sourcing" in answer.answer


@pytest.mark.parametrize(
    "sentences, question, lang, expected",
    [
        (
            "Myth: Outsourcing always saves money. Fact: Savings depend on the scope and the contract.",
            "Does outsourcing always save money?",
            "en",
            "No. Myth: Outsourcing always saves money. [1] Fact: Savings depend on the scope and the contract. [1]",
        ),
        (
            "Mythos 2: Outsourcing lohnt sich nur für Konzerne. Auch kleine Firmen lagern Teile ihrer IT aus.",
            "Lohnt sich Outsourcing nur für Konzerne?",
            "de",
            "Mythos 2: Outsourcing lohnt sich nur für Konzerne. [1] Auch kleine Firmen lagern Teile ihrer IT aus. [1]",
        ),
    ],
)
def test_a_sentence_labelled_a_myth_comes_with_its_fact(tmp_path, monkeypatch, sentences, question, lang, expected):
    answer = _answer_on(tmp_path, monkeypatch, sentences, question, lang)
    assert answer.answer.endswith(expected)
    assert answer.answer.startswith(expected.split(" ")[0])


def test_a_myth_settles_a_narrowed_question_with_no(tmp_path, monkeypatch):
    sentences = "Myth: A backup is just as good as an archive. Fact: A backup is not an archive."
    answer = _answer_on(tmp_path, monkeypatch, sentences, "Is a backup just as good as an archive?")
    assert answer.answer.startswith("No. Myth:")  # not "Not necessarily.": the source calls it a myth


def test_a_passage_with_no_retrieved_sentence_ranks_at_the_lowest_retrieved_score_not_at_nothing(tmp_path):
    """Only the top-k sentences are scored; a passage just below that cut must not fall behind every
    passage above it by the whole sentence weight."""
    from kb.qa.signals import sentence_evidence, sentence_scores

    other = "---\ntitle: Costs\nlanguage: en\n---\n\n# Costs\n\nRates differ by country. Travel adds to them.\n"
    index = fake_index(tmp_path, {"a.en.md": ARTICLE, "b.en.md": other})
    query = FakeEmbedder().embed_queries(["Where do offshore teams work?"])
    top = sentence_scores(index, query, k=1)
    evidence = sentence_evidence(index, top)
    floor = float(top[np.isfinite(top)].min())
    holders = {int(index.sentence_rows[n]) for n in np.flatnonzero(np.isfinite(top))}
    others = [row for row in range(len(index.chunks)) if row not in holders]
    assert others and all(evidence[row] == pytest.approx(floor) for row in others)
    assert all(evidence[row] >= floor for row in holders)


def _answer_from_section(tmp_path, language: str, section: str, question: str) -> str:
    """The answer to ``question`` from a one-section document (fake model)."""
    document = f"---\ntitle: Doc\nlanguage: {language}\n---\n\n# Doc\n\n## Part\n\n{section}\n"
    index = fake_index(tmp_path, {f"doc.{language}.md": document})
    return ask(index, FakeEmbedder(), question, language=language).answer


def test_a_question_in_the_source_brings_the_reply_that_follows_it(tmp_path):
    """An interview's or FAQ's question is the sentence nearest to a question about it; it answers nothing."""
    question = "Does the external PMO take responsibility for delivering the client's projects?"
    section = (
        f"Q: {question}\n\nA: Our coordinators report on them, while the client's project managers stay accountable."
    )
    answer = _answer_from_section(tmp_path, "en", section, question)
    assert "the client's project managers stay accountable" in answer


def test_a_yes_no_answer_is_settled_by_its_best_sentence_when_the_sentence_it_points_back_to_joins(tmp_path):
    section = (
        "Die Verfügbarkeit wird über alle Player gemessen. "
        "Ein einzelner Bildschirm darf also einen Tag dunkel bleiben; der Vertrag ist dadurch nicht verletzt."
    )
    question = "Ist der Vertrag verletzt, wenn ein einzelner Bildschirm einen Tag dunkel bleibt?"
    answer = _answer_from_section(tmp_path, "de", section, question)
    assert answer.startswith("Nein.") and "alle Player" in answer
