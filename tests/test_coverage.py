"""'Not covered': key terms the corpus never mentions, and price questions no passage answers."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kb.index.terms import TermTable
from kb.index.vocabulary import CorpusVocabulary
from kb.knowledge.glossary import Glossary
from kb.qa.coverage import (
    name_around,
    namesake_candidates,
    spelled_out,
    uncovered_terms,
    written_otherwise,
)
from kb.qa.figures import (
    asks_unstated_amount,
    asks_unstated_average,
    asks_unstated_count,
    asks_unstated_headcount,
    asks_unstated_share,
)

CORPUS_TEXT = [
    "Outsourcing to Poland and Germany grew. The SLA sets the DORA duties for banks in Europe.",
    "Die Auslagerung an Dienstleister in Deutschland folgt den XLAs und dem CLOUD Act.",
    "Perusahaan Indonesia memakai vendor di Filipina; layanan kritis diawasi.",
    "North American companies often look to Mexico in August.",
    "Williamson erhielt dafür 2009 den Wirtschaftsnobelpreis; ISO 27001 gilt.",
    "Multi-sourcing, insourcing and front office outsourcing differ from offshoring.",
]


@pytest.fixture
def index():
    return SimpleNamespace(vocabulary=CorpusVocabulary.of(CORPUS_TEXT), glossary=Glossary(), terms=TermTable())


def test_vocabulary_knows_inflected_and_compounded_forms_but_not_short_strangers():
    vocabulary = CorpusVocabulary.of(CORPUS_TEXT)
    assert vocabulary.uses("outsourcing") and vocabulary.uses("Indonesian") and vocabulary.uses("Auslagerungen")
    assert not vocabulary.uses("Infosys") and not vocabulary.uses("ban")
    assert not CorpusVocabulary.of(["Sales teams grew."]).uses("Salesforce")  # a short word is no stem of a name
    assert vocabulary.uses_as_written("SLAs") and vocabulary.uses_as_written("DORA")
    assert not vocabulary.uses_as_written("KRITIS")  # the corpus has the Indonesian word "kritis", not the acronym


def test_vocabulary_knows_closed_up_compounds_and_slips_of_long_words():
    vocabulary = CorpusVocabulary.of(CORPUS_TEXT)
    assert vocabulary.uses_compound("multisourcing") and vocabulary.uses_compound("Multi-Sourcing")
    assert not vocabulary.uses_compound("cosourcing")
    assert vocabulary.writes_misspelt("Outsorcing") and vocabulary.writes_misspelt("insourcnig")
    assert not vocabulary.writes_misspelt("Poalnd")  # too short to tell from another word
    assert not vocabulary.writes_misspelt("Xutsourcing")  # the first letter is never the slip
    assert not vocabulary.writes_misspelt("outsourcing")  # no slip at all


@pytest.mark.parametrize(
    "question, lang, expected",
    [
        ("How does the NIS2 directive change outsourcing?", "en", ["NIS2"]),
        ("What does the Sarbanes-Oxley Act require from banks?", "en", ["Sarbanes-Oxley"]),
        ("Was verlangt die BaFin in den MaRisk von Banken?", "de", ["BaFin", "MaRisk"]),
        ("Welche Pflichten hat ein KRITIS-Betreiber?", "de", ["KRITIS"]),
        ("Bagaimana menerapkan Kanban untuk tim offshore?", "id", ["Kanban"]),
        # a capital inside a lower-case word is a name in every language
        ("Nennt der Artikel iServ als Lernplattform?", "de", ["iServ"]),
        # German capitalises every noun: only acronyms and codes are key terms there
        ("Welche Pflichten hat ein Wassermelonen-Betreiber?", "de", []),
        # known acronyms, plurals, first words and the pronoun "I" are not key terms
        ("Do I need SLAs under DORA?", "en", []),
        ("Infosys aside, where do companies outsource?", "en", []),
        # a standard's number the corpus never names; years and known numbers are no key terms
        ("What phases does ISO 37500 define?", "en", ["37500"]),
        ("Does ISO 27001 still apply in 2031?", "en", []),
        # a name inside a compound of another language counts as mentioned
        ("Who won the Nobel prize for transaction cost theory?", "en", []),
        # a sourcing model no document names, whatever its case; the ones it names, or qualifies, are covered
        ("What is co-sourcing?", "en", ["co-sourcing"]),
        ("Was versteht man unter Co-Sourcing?", "de", ["Co-Sourcing"]),
        ("Apa kelebihan crowdsourcing dibanding alih daya?", "id", ["crowdsourcing"]),
        ("Is multi-sourcing better than insourcing or offshoring?", "en", []),
        ("What is multisourcing?", "en", []),  # closed up, the corpus's "Multi-sourcing"
        ("Was ist Front-Office-Outsourcing?", "de", []),
        # an acronym the question spells out itself in brackets is the asker's short form, not the key term
        ("Why must the experts of the old team (SME) stay until handover?", "en", []),
        ("Why must an SME stay until handover?", "en", ["SME"]),
        # a capitalised word one slip from a long corpus word is that word misspelt, not a name
        ("Which tasks do firms hand to Outsorcing providers?", "en", []),
        ("Which tasks do firms hand to Xutsourcing providers?", "en", ["Xutsourcing"]),
    ],
)
def test_key_terms_the_corpus_never_mentions(index, question, lang, expected):
    assert uncovered_terms(index, question, lang) == expected


@pytest.mark.parametrize(
    "question, lang, expected",
    [
        ("Mengapa perusahaan di Jerman memakai vendor?", "id", []),  # "Jerman": the corpus says "Germany"
        ("Negara mana yang dipilih perusahaan Amerika Utara?", "id", []),  # "North American"
        ("Why do companies outsource to Brazil?", "en", ["Brazil"]),  # a place no document names
        ("Apa yang berubah sejak Agustus untuk perusahaan di Filipina?", "id", []),  # a month, any language
        ("Why are German public contracts split into lots?", "en", []),  # a language's name: "Deutschland"
        ("Do providers in Poland hire Polish speakers?", "en", []),  # ... and its country's name for it
        ("Do call centres in Germany need Sorbian speakers?", "en", ["Sorbian"]),  # not Germany's main language
        ("Welche Regeln gelten für Fachkräfte in Österreich?", "de", ["Österreich"]),  # a country in German
        ("Welche Dienstleister sitzen in Polen oder Mexiko?", "de", []),  # "Poland", "Mexico"
        ("Gilt das für Dienstleister auf der ganzen Welt?", "de", []),  # a region is no country
    ],
)
def test_place_names_count_in_any_language(index, question, lang, expected):
    assert uncovered_terms(index, question, lang) == expected


@pytest.mark.parametrize(
    "question, lang, expected",
    [
        # names in the sentences where askers say who and where they are are not what they ask about
        ("Kami perangkat desa di Jawa Tengah. Bagaimana cara memilih vendor?", "id", []),
        ("Our branch in Papua uses satellite links. What breaks them when it rains?", "en", []),
        ("Wir sind eine Bank in Österreich. Welche Regeln gelten?", "de", []),
        # ... but a name in the question's own sentence is, and so is one in a statement about others
        ("Kami perangkat desa. Bagaimana cara memilih vendor di Jawa Tengah?", "id", ["Jawa", "Tengah"]),
        ("Brazil is growing. Do companies outsource to Brazil?", "en", ["Brazil"]),
        ("Our branch in Papua uses satellite links, does Infosys run them?", "en", ["Papua", "Infosys"]),
        # ... and so are acronyms there ("Our CIO says ..."), while the question's own stay key terms
        ("We are an SME in Papua. What does BaFin require?", "en", ["BaFin"]),
        ("Our CIO says the contract has a volume floor. Is that typical?", "en", []),
    ],
)
def test_names_in_the_askers_description_of_themselves_are_not_key_terms(index, question, lang, expected):
    assert uncovered_terms(index, question, lang) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        # German capitalises every noun: a capitalised word no dictionary lists is a name ...
        ("Pflegt der Dienstleister unsere Stammdaten in Akeneo?", ["Akeneo"]),
        # ... matched as written, not by a shared stem ("Personio" is no form of "Personal")
        ("Kann der Dienstleister das Personalwesen in Personio führen?", ["Personio"]),
        # ... and covered where the corpus writes it, alone or in a compound
        ("Arbeitet der Dienstleister mit Zabbix?", []),
        # a corpus word with a slip is that word, not a name
        ("Übernimmt der Dienstleister die Stammdatn?", []),
        # nouns and compounds of listed words are no names, whether or not the corpus uses them
        ("Übernimmt der Dienstleister die Inventur und die Regaletiketten?", []),
        ("Gilt für den Dienstleister ein Nachtzuschlag bei Kurzarbeit?", []),
    ],
)
def test_a_german_word_no_dictionary_lists_is_a_name(question, expected):
    vocabulary = CorpusVocabulary.of(["Das Personal nutzt Zabbix-Dashboards; der Dienstleister pflegt Stammdaten."])
    index = SimpleNamespace(vocabulary=vocabulary, glossary=Glossary(), terms=TermTable())
    assert uncovered_terms(index, question, "de") == expected


def test_the_hand_glossary_covers_a_term():
    glossary = Glossary(languages=("en", "de"), entries=({"en": ("Kanban",), "de": ("Kanban-Tafel",)},))
    index = SimpleNamespace(vocabulary=CorpusVocabulary.of(CORPUS_TEXT), glossary=glossary, terms=TermTable())
    assert uncovered_terms(index, "Can a team use Kanban offshore?", "en") == []


@pytest.mark.parametrize(
    "question, lang",
    [
        ("What is the average monthly salary of a help desk agent?", "en"),
        ("How much does an offshore developer cost per hour?", "en"),
        ("Wie hoch ist das Jahresgehalt eines Entwicklers?", "de"),
        ("Was kostet ein Servicedesk im Monat?", "de"),
        ("Berapa gaji rata-rata programmer di Filipina?", "id"),
        ("How big is the global BPO market?", "en"),
        ("Wie groß ist der deutsche Markt für IT-Outsourcing?", "de"),
        ("Berapa besar pasar BPO di Asia?", "id"),
        ("What hourly rate should we expect to pay for a senior developer?", "en"),  # "pay for" an amount
        ("What blended rate should we expect to pay for a pool of engineers?", "en"),
        ("Wie hoch ist eine übliche Pauschale pro Jahr?", "de"),
        ("Wie hoch sind die Lizenzkosten pro Tablet und Monat?", "de"),
        ("What rate do vendors usually charge for weekend support?", "en"),  # any rate that is paid
        # a deposit, a commission, a rent or a setup fee is an amount too, and so is a sum in pounds
        ("How many pounds does the council pay the supplier for one day?", "en"),
        ("What's the monthly rent for a spare laptop?", "en"),
        ("What does a freelance tester typically charge per hour?", "en"),
        ("What does a BPO provider typically charge per invoice?", "en"),  # any unit of work
        ("What would the provider charge per access point for wireless support?", "en"),
        ("Wie hoch ist die Einrichtungsgebühr für ein neues Büro?", "de"),
        ("Wie hoch ist die Tagesmiete für einen Drucker?", "de"),
        ("Berapa uang muka yang diminta vendor aplikasi?", "id"),
        ("Berapa komisi agen penjualan luar?", "id"),
        # revenue, and a sum asked in a currency
        ("How much revenue do the web shops bring in each year?", "en"),
        ("Wie hoch ist der Umsatz des Anbieters?", "de"),
        ("Mit wie vielen Euro pro Personentag muss man rechnen?", "de"),
        ("Berapa rupiah biaya bulanan per komputer?", "id"),
        ("Berapa omzet vendor itu per tahun?", "id"),
        # a rate named by what it is charged for, a retainer, a duty, a budget four words on, a voucher's value
        ("Welcher Satz je Personentag ist für Entwickler üblich?", "de"),
        ("What retainer does an independent adviser usually charge for a review?", "en"),
        ("What overtime charges do providers bill for weekend service?", "en"),
        ("Wie hoch ist laut Artikel das Jahresbudget für IT-Sourcing?", "de"),
        ("Berapa bea meterai untuk surat pemutusan kontrak?", "id"),
        ("Berapa nilai voucher untuk karyawan yang mengisi kuesioner?", "id"),
        ("What was the total deal value of the takeovers last year?", "en"),  # what a deal is worth
        ("What contract value do such deals usually reach?", "en"),
    ],
)
def test_price_questions_need_a_passage_that_states_an_amount(question, lang):
    assert asks_unstated_amount(question, lang, ["Costs fell by 30 % in the first year."])
    assert not asks_unstated_amount(question, lang, ["A developer costs USD 25 per hour."])
    assert not asks_unstated_amount(question, lang, ["Dendanya paling banyak Rp5 miliar."])
    assert not asks_unstated_amount(question, lang, ["A day of engineering is billed at 640 pounds."])


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Setelah berapa lama pekerja alih daya berhak atas upah yang sama?", "id"),  # how long, not how much
        ("If a vendor quotes a cheaper hourly rate, will the deal cost less?", "en"),
        ("Wie viel vom Preisvorteil fressen versteckte Kosten?", "de"),
        ("Welche Kosten vergessen Unternehmen häufig?", "de"),  # which costs, not how much
        ("How much of the price advantage can hidden costs swallow?", "en"),  # a share of a price
        ("Wie viel vom Preis entfällt auf Lizenzen?", "de"),
        ("What cost savings do consultants quote?", "en"),
        ("Dalam penilaian proposal vendor, berapa bobot yang diberikan untuk harga?", "id"),  # a weight
        # what a price buys, which a passage states in words
        ("What does the monthly fee not pay for?", "en"),
        ("Was ist im Preis der Wartung enthalten?", "de"),
        ("Biaya apa saja yang sudah termasuk dalam harga paket?", "id"),
        ("How much revenue share goes to the partner?", "en"),  # a share of revenue
        ("How high was staff turnover last year?", "en"),  # a rate, not a revenue
        ("What extension rate do hypercare periods have?", "en"),  # a share
        ("Which rate card applies to weekend work?", "en"),
        # what is billed, which a passage states in words
        ("What hidden charges should we expect?", "en"),
        ("What else do providers bill?", "en"),
        ("What does the provider charge for?", "en"),
        ("Welche Sätze im Vertrag regeln die Haftung?", "de"),
        ("Berapa nilai SLA yang wajar?", "id"),
        ("What value does a second provider add?", "en"),  # worth in words, not a deal value
    ],
)
def test_questions_that_ask_no_amount_are_left_alone(question, lang):
    assert not asks_unstated_amount(question, lang, ["Costs fell by 30 % in the first year."])


def _one_document_index(tmp_path, monkeypatch, name: str, language: str, body: str):
    from kb.qa import answer
    from tests.conftest import fake_index
    from tests.fakes import FakeEmbedder

    monkeypatch.setattr(answer, "ABSTAIN_MARGIN", -10.0)  # the fake model's similarities mean nothing
    text = f"---\ntitle: Anbieter\nlanguage: {language}\n---\n\n# Anbieter\n\n{body}\n"
    return fake_index(tmp_path, {name: text}), FakeEmbedder()


def test_a_name_the_corpus_lacks_is_not_covered_when_a_passage_in_the_askers_language_is_nearest(tmp_path, monkeypatch):
    from kb.qa.answer import ask

    index, embedder = _one_document_index(
        tmp_path, monkeypatch, "providers.en.md", "en", "An ITO provider runs servers and networks for its clients."
    )
    answer = ask(index, embedder, "What does Acme charge an ITO provider for servers?", language="en")
    assert not answer.answered and "“Acme”" in answer.answer and answer.citations == []


def test_a_name_may_be_written_otherwise_in_a_foreign_passage_so_that_one_answers(tmp_path, monkeypatch):
    from kb.qa.answer import ask
    from tests.fakes import TranslatingFakeEmbedder

    # "European Court of Justice" is "Europäischer Gerichtshof" in the only (German) passage
    index, _ = _one_document_index(
        tmp_path, monkeypatch, "anbieter.de.md", "de", "Der Europäische Gerichtshof kippte 2020 das Privacy Shield."
    )
    embedder = TranslatingFakeEmbedder({"Europäische Gerichtshof": "European Court of Justice"})
    answer = ask(index, embedder, "What did the European Court of Justice decide in 2020?", language="en")
    assert answer.answered and answer.citations[0].language == "de"
    # a model that knows no such translation: the name is not mentioned, whatever the passage's language
    answer = ask(index, TranslatingFakeEmbedder({}), "What did the European Court of Justice decide in 2020?", "en")
    assert not answer.answered and "“Court”" in answer.answer


def test_the_language_of_a_foreign_passage_needs_no_mention_of_its_country(tmp_path, monkeypatch):
    from kb.qa.answer import ask
    from tests.fakes import TranslatingFakeEmbedder

    # an Indonesian document on police records never says "Indonesia": it is written for Indonesia
    index, _ = _one_document_index(
        tmp_path, monkeypatch, "skck.id.md", "id", "SKCK dari kepolisian berlaku enam bulan sejak diterbitkan."
    )
    embedder = TranslatingFakeEmbedder({})
    answer = ask(index, embedder, "How long is an Indonesian police letter (SKCK) valid?", language="en")
    assert answer.answered and answer.citations[0].language == "id"
    # another country's name is still not mentioned
    answer = ask(index, embedder, "How long is a Malaysian police letter (SKCK) valid?", language="en")
    assert not answer.answered and "“Malaysian”" in answer.answer


def test_a_document_needs_no_mention_of_the_country_of_its_own_language(tmp_path, monkeypatch):
    from kb.qa.answer import ask
    from tests.fakes import TranslatingFakeEmbedder

    # a German article on doctors' practices never says "Deutschland": it is written for Germany
    index, _ = _one_document_index(
        tmp_path, monkeypatch, "praxis.de.md", "de", "Die ePA steht seit April 2025 allen Praxen offen."
    )
    embedder = TranslatingFakeEmbedder({})
    answer = ask(index, embedder, "Seit wann steht die ePA allen Praxen in Deutschland offen?", language="de")
    assert answer.answered
    answer = ask(index, embedder, "Seit wann steht die ePA allen Praxen in Österreich offen?", language="de")
    assert not answer.answered and "„Österreich“" in answer.answer


def test_a_name_is_covered_with_an_ending_but_not_by_a_shared_stem():
    vocabulary = CorpusVocabulary.of(["Panduan kontraktor untuk Indonesia dan Akeneo."])
    index = SimpleNamespace(vocabulary=vocabulary, glossary=Glossary(), terms=TermTable())
    assert uncovered_terms(index, "Does the contractor use Panduit cables?", "en") == ["Panduit"]
    assert uncovered_terms(index, "Do Indonesian contractors use Akeneos?", "en") == []


def test_weekdays_and_months_are_no_names():
    index = SimpleNamespace(
        vocabulary=CorpusVocabulary.of(["Layanan dibuka pada hari Minggu."]), glossary=Glossary(), terms=TermTable()
    )
    assert uncovered_terms(index, "Should the helpdesk also open on Sundays in March?", "en") == []
    assert uncovered_terms(index, "Apakah helpdesk buka hari Sabtu?", "id") == []
    assert uncovered_terms(index, "Should the helpdesk run on Zendesk on Sundays?", "en") == ["Zendesk"]


def test_a_name_whose_end_is_capitalised_takes_no_ending():
    # "ServiceNow" is not "service" with an ending: its last capital starts a part of the name
    vocabulary = CorpusVocabulary.of(["The service desk and the BaFin rules: BaFins view on services."])
    index = SimpleNamespace(vocabulary=vocabulary, glossary=Glossary(), terms=TermTable())
    assert uncovered_terms(index, "Should the desk run on ServiceNow?", "en") == ["ServiceNow"]
    assert uncovered_terms(index, "What does the BaFin say?", "en") == []


@pytest.mark.parametrize(
    "question, term, lang, name",
    [
        ("What did the European Court of Justice decide?", "Court", "en", "European Court of Justice"),
        ("Can the app team publish on Huawei AppGallery?", "AppGallery", "en", "Huawei AppGallery"),
        ("Which Kubernetes distribution do providers run?", "Kubernetes", "en", "Kubernetes"),  # a first word
        ("Braucht der Anbieter ein TISAX-Label?", "TISAX", "de", "TISAX"),  # German nouns are no names
    ],
)
def test_a_key_term_is_read_with_the_name_it_belongs_to(question, term, lang, name):
    assert name_around(question, term, lang) == name


def test_namesakes_are_capitalised_words_with_up_to_two_after_them():
    candidates = namesake_candidates(["Der Europäische Gerichtshof kippte 2020 das Privacy Shield."])
    assert "Europäische Gerichtshof" in candidates and "Privacy Shield" in candidates
    assert "Der Europäische Gerichtshof" in candidates and "kippte" not in candidates
    assert "Der Europäische Gerichtshof kippte" not in candidates  # three words at most


def test_a_name_is_written_otherwise_only_where_the_model_pairs_it_with_a_passage_name():
    from tests.fakes import TranslatingFakeEmbedder

    embedder = TranslatingFakeEmbedder({"DSGVO": "GDPR"})
    passages = ["Die DSGVO verlangt einen Vertrag zur Auftragsverarbeitung.", "Rechenzentren bieten Colocation an."]
    assert written_otherwise(embedder, ["GDPR", "Equinix"], passages) == [True, False]
    assert written_otherwise(embedder, ["GDPR"], []) == [False]


def test_a_company_name_counts_even_when_the_nearest_passage_is_foreign(tmp_path, monkeypatch):
    from kb.qa.answer import ask

    # a company's name is written alike in every language: a German passage without it does not answer
    index, embedder = _one_document_index(
        tmp_path, monkeypatch, "anbieter.de.md", "de", "Rechenzentren in Frankfurt bieten Colocation für Kunden an."
    )
    answer = ask(index, embedder, "How many data centres does Equinix run in Frankfurt?", language="en")
    assert not answer.answered and "“Equinix”" in answer.answer
    # the question's capitalised first word makes no name of two words with it
    answer = ask(index, embedder, "Which Equinix sites offer colocation in Frankfurt?", language="en")
    assert not answer.answered and "“Equinix”" in answer.answer


@pytest.mark.parametrize(
    "question, lang",
    [
        ("How many people work in India's IT industry?", "en"),
        ("Wie viele Mitarbeiter hat ein typischer Service Desk?", "de"),
        ("Berapa karyawan yang dibutuhkan untuk pusat kontak?", "id"),
    ],
)
def test_headcount_questions_need_a_passage_that_states_one(question, lang):
    assert asks_unstated_headcount(question, lang, ["Costs fell by 30 % in the first year."])
    assert not asks_unstated_headcount(question, lang, ["A 24/7 seat needs about five full-time staff."])
    assert not asks_unstated_headcount(question, lang, ["Tim inti terdiri dari 12 orang analis."])
    # a number inside a code is no headcount
    assert asks_unstated_headcount(question, lang, ["The Directive (2001/23/EC) protects employees."])
    assert not asks_unstated_amount(question, lang, ["Costs fell by 30 % in the first year."])


def test_an_acronym_a_nearby_passage_writes_out_is_covered():
    passages = ["Outsourcing quality assurance carries particular risks for test data."]
    assert spelled_out("QA", passages)
    assert not spelled_out("QA", ["Quarterly reviews are held."])  # a lone word is no spelling-out
    assert not spelled_out("TUPE", passages)
    assert spelled_out("AWS", ["Amazon Web Services opened a region in Jakarta."])
    # stop words and short words never count: "a", "for" and "the" are everybody's initials
    assert not spelled_out("FTD", ["risks for the data"])


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Which certification should an ITO provider hold?", ["certification"]),
        ("Welche Deckungssumme braucht die Cyberversicherung des Anbieters?", ["Cyberversicherung"]),
        ("Apakah karyawan yang dialihkan berhak atas pesangon?", ["pesangon"]),
        ("Welcher Umsatzsteuersatz gilt für IT-Leistungen?", ["Umsatzsteuersatz"]),
        # liability and sustainability (twenty-second round)
        ("Wer haftet, wenn der Dienstleister einen Fehler macht?", ["haftet"]),
        ("Would the move shrink our carbon footprint?", ["carbon"]),
        ("Apakah pusat data vendor mengurangi emisi karbon?", ["emisi", "karbon"]),
        ("Is the provider liable for lost data?", ["liable"]),
        ("How does the provider steer the service?", []),  # no topic named
        ("Wie funktioniert die Steuerung des Dienstleisters?", []),  # "Steuerung" is no tax
        # "berkelanjutan" is "continuous" as often as "sustainable", "nachhaltig" also "lasting"
        ("Apa kesalahan umum dalam perbaikan berkelanjutan?", []),
        ("Wie senkt man die Kosten nachhaltig?", []),
        ("Wie misst der Dienstleister seine Nachhaltigkeit?", ["Nachhaltigkeit"]),
    ],
)
def test_specific_topics_the_corpus_never_mentions(index, question, expected):
    from kb.qa.coverage import unmentioned_topics

    assert unmentioned_topics(index, question) == expected


def test_a_specific_topic_the_corpus_mentions_in_another_language_is_covered():
    from kb.qa.coverage import unmentioned_topics

    # the corpus says "Versicherungen" (insurers): an English question about insurance may be answered from it
    index = SimpleNamespace(vocabulary=CorpusVocabulary.of(["Banken und Versicherungen müssen DORA einhalten."]))
    assert unmentioned_topics(index, "Does DORA apply to insurance companies?") == []


def test_a_question_on_a_specific_topic_the_corpus_lacks_is_not_covered(tmp_path, monkeypatch):
    from kb.qa.answer import ask

    index, embedder = _one_document_index(
        tmp_path, monkeypatch, "providers.en.md", "en", "An ITO provider runs servers and networks for its clients."
    )
    answer = ask(index, embedder, "Which certification should an ITO provider for servers hold?", language="en")
    assert not answer.answered and "“certification”" in answer.answer and answer.citations == []


def test_a_headcount_in_a_passage_below_the_nearest_one_does_not_answer(tmp_path, monkeypatch):
    from kb.qa.answer import ask

    body = (
        "## Service desk\n\nA service desk answers calls around the clock for its clients.\n\n"
        "## Market\n\nThe sector employs 1,500 people in Poland.\n"
    )
    index, embedder = _one_document_index(tmp_path, monkeypatch, "desk.en.md", "en", body)
    question = "How many people staff a service desk that answers calls around the clock?"
    answer = ask(index, embedder, question, language="en")
    # the nearest passage is about the desk and states no headcount; the market's people are others
    assert not answer.answered and answer.citations == []
    answer = ask(index, embedder, "How many people does the sector employ in Poland?", language="en")
    assert answer.answered and "1,500" in answer.answer


@pytest.mark.parametrize(
    "question, lang",
    [
        ("What percentage of companies outsource their IT?", "en"),
        ("What share of the world's BPO work is done offshore?", "en"),
        ("Wie viel Prozent der Unternehmen nutzen Multi-Sourcing?", "de"),
        ("Wie hoch ist der Anteil externer Entwickler?", "de"),
        ("Berapa persen perusahaan memakai vendor TI?", "id"),
        # a rate of something is a share
        ("What failure rate do studies report for offshore deals?", "en"),
        ("What extension rate do hypercare periods typically have?", "en"),  # any rate of something
        ("How high was staff turnover in the IT department last year?", "en"),
        ("Welchen Marktanteil hat der Anbieter in Bayern?", "de"),
        ("Wie hoch ist die Fehlerquote der Lieferungen?", "de"),
        ("Berapa angka pertumbuhan pasar per tahun?", "id"),
        ("Berapa tingkat kegagalan proyek alih daya?", "id"),
        ("Berapa tingkat penolakan yang umum untuk calon pengganti?", "id"),  # a rate of something done
        ("Berapa tingkat penyelesaian tiket di bulan pertama?", "id"),
    ],
)
def test_share_questions_need_a_passage_that_states_a_share(question, lang):
    assert asks_unstated_share(question, lang, ["A developer costs USD 25 per hour."])
    assert not asks_unstated_share(question, lang, ["Costs fell by 30 % in the first year."])
    assert not asks_unstated_share(question, lang, ["Zwei Drittel der Kunden zahlen früher."])
    assert not asks_unstated_share(question, lang, ["Sepertiga perusahaan memakai vendor."])


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Who shares the data with the provider?", "en"),
        ("Which part of the work stays in-house?", "en"),
        ("Wie verteilt sich die Arbeit auf die Anbieter?", "de"),
        ("Berapa lama kontrak berjalan?", "id"),
        ("Berapa tingkat kematangan yang ada dalam model itu?", "id"),  # how many levels
        ("What kind of savings is the provider expected to deliver?", "en"),
        ("Berapa tingkat layanan yang disepakati?", "id"),  # a service level, not a rate
        ("Welche Ratecard gilt für Änderungen?", "de"),
        ("What hourly rate should we expect to pay?", "en"),  # an amount
        ("Which rate card applies to weekend work?", "en"),
    ],
)
def test_questions_that_ask_no_share_are_left_alone(question, lang):
    assert not asks_unstated_share(question, lang, ["A developer costs USD 25 per hour."])


def test_an_ordinal_third_or_a_quarter_of_the_year_states_no_share():
    question = "What proportion of contracts are paid on results?"
    assert asks_unstated_share(question, "en", ["A third model has been talked about for years."])
    assert asks_unstated_share(question, "en", ["Prices rose in the second quarter."])
    assert not asks_unstated_share(question, "en", ["About a third of contracts pay on results."])
    assert not asks_unstated_share(question, "en", ["Three quarters of clients pay per hour."])


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Wie viele ITO-Anbieter gibt es weltweit?", "de"),
        ("How many BPO providers are there in India?", "en"),
        ("How many IT outsourcing firms operate worldwide?", "en"),
        ("Berapa jumlah penyedia ITO yang terdaftar di Indonesia?", "id"),
        # how many firms do something: a statistic wherever they are
        ("Wie viele Familienunternehmen setzen in der IT auf Multi-Sourcing?", "de"),
        ("How many mid-sized companies use more than one provider?", "en"),
        ("Berapa banyak perusahaan yang memakai vendor TI?", "id"),
        # German nouns keep their capital, and a number may be asked as a size
        ("Wie viele Anbieter gibt es am Markt?", "de"),
        ("Wie groß ist die Anbieterzahl im deutschen ITO-Markt?", "de"),
        ("Wie hoch ist die Zahl der Dienstleister in Bayern?", "de"),
    ],
)
def test_questions_how_many_exist_somewhere_need_a_passage_that_counts(question, lang):
    assert asks_unstated_count(question, lang, ["Ein Anbieter übernimmt den Betrieb; satu vendor; a provider."])
    assert not asks_unstated_count(question, lang, ["More than 200 firms offer the service."])
    assert not asks_unstated_count(question, lang, ["Es gibt drei große Anbieter; ada tiga penyedia."])


@pytest.mark.parametrize(
    "question, lang",
    [
        ("How many types of BPO are there?", "en"),  # a list question: the list counts them
        ("Wie viele Phasen gibt es bei der Transition?", "de"),
        ("Berapa banyak jenis alih daya yang dibahas?", "id"),
        ("How many providers does the article compare?", "en"),  # names, not a statistic
        ("Wie groß ist die Zahl der Schritte im Projekt?", "de"),  # no place or market
    ],
)
def test_how_many_kinds_questions_are_left_alone(question, lang):
    assert not asks_unstated_count(question, lang, ["Front office and back office."])


def test_a_percent_word_states_a_share_after_a_number_word():
    question = "Welche Fehlerquote ist vereinbart?"
    assert not asks_unstated_share(question, "de", ["Vereinbaren Sie eine Quote von höchstens einem Prozent."])
    assert asks_unstated_share(question, "de", ["Vereinbaren Sie eine niedrige Quote."])


@pytest.mark.parametrize(
    "question, lang",
    [
        ("How much savings can a mid-sized firm expect?", "en"),
        ("Welche durchschnittliche Ersparnis erzielen Unternehmen?", "de"),
        ("Berapa besar penghematan setelah pindah ke cloud?", "id"),
    ],
)
def test_savings_questions_need_a_passage_that_states_an_amount_or_a_share(question, lang):
    assert asks_unstated_share(question, lang, ["Savings come from scale and standard processes."])
    assert not asks_unstated_share(question, lang, ["Costs fell by 30 % in the first year."])
    assert not asks_unstated_share(question, lang, ["The firm saved EUR 40,000 a year."])


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Berapa rata-rata nasional waktu pemulihan layanan vendor TI setelah banjir?", "id"),
        ("Wie lang ist die durchschnittliche Verweildauer eines Projektleiters?", "de"),
        ("What is the median number of employees in a global capability centre?", "en"),
    ],
)
def test_questions_for_an_average_need_a_passage_that_gives_one(question, lang):
    # a passage with figures but no average does not answer; one with an average in any language does
    assert asks_unstated_average(question, lang, ["Restore within 4 hours; update every two hours."])
    assert not asks_unstated_average(question, lang, ["The survey average is 22 percent."])
    assert not asks_unstated_average(question, lang, ["Im Durchschnitt dauert es drei Jahre."])


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Is the average contract longer than five years?", "en"),  # yes or no, not a figure
        ("Wie lange dauert die Übergabe?", "de"),  # a figure, but no average asked
        ("Berapa lama masa transisi?", "id"),
    ],
)
def test_questions_that_ask_no_average_are_left_alone(question, lang):
    assert not asks_unstated_average(question, lang, ["Restore within 4 hours."])
