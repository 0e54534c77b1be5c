from kb.ingest.chunking import Chunk, ChunkSettings, chunk_document, holds_list, labelled_rows
from kb.ingest.documents import parse_document
from kb.qa.structure import _table_header
from kb.text import sentence_spans

MD = """---
title: Doc
language: en
---

# Doc

Intro sentence one. Intro sentence two.

## Alpha

- first item
- second item

Alpha paragraph. It has two sentences.

## Beta

Beta paragraph only.
"""


def test_passages_never_mix_sections_and_carry_their_heading_path():
    chunks = chunk_document(parse_document(MD, "doc"))
    assert [c.section_path for c in chunks] == [["Doc"], ["Doc", "Alpha"], ["Doc", "Beta"]]
    assert chunks[1].text == "- first item\n- second item\n\nAlpha paragraph. It has two sentences."
    assert [c.position for c in chunks] == [0, 1, 2]


def test_sentence_spans_point_at_sentences():
    chunk = chunk_document(parse_document(MD, "doc"))[1]
    sentences = [chunk.text[s:e] for s, e in chunk.sentences]
    assert sentences == ["- first item", "- second item", "Alpha paragraph.", "It has two sentences."]


def test_a_numbered_list_item_is_one_sentence_with_its_number():
    # sentencex splits "1. Rehost: ..." after "1." when a capital follows; an item is one sentence.
    text = "Kerangka 6R:\n1. Rehost: memindahkan aplikasi apa adanya.\n2) Retire: mematikan aplikasi. Lalu selesai."
    sentences = [text[s:e] for s, e in sentence_spans(text, "id")]
    assert sentences == [
        "Kerangka 6R:",
        "1. Rehost: memindahkan aplikasi apa adanya.",
        "2) Retire: mematikan aplikasi.",
        "Lalu selesai.",
    ]


def test_a_table_row_is_a_line_of_its_own_with_the_documents_own_words():
    # A pipe table read as a paragraph was one run of pipes and dashes; a row must read as a sentence,
    # quote the source as written (a citation shows the document's words) and count as a list item.
    text = (
        "---\ntitle: DR\nlanguage: en\n---\n\n# DR\n\nThe tiers are:\n\n"
        "| Tier | RTO | Example |\n|---|---|---|\n| 1 | < 4 h | **ERP** |\n| 2 | 24 h | |\n| | 72 h | Archive |\n"
    )
    chunk = chunk_document(parse_document(text, "dr"))[0]
    assert [chunk.text[s:e] for s, e in chunk.sentences] == [
        "The tiers are:",
        "| Tier | RTO | Example |",
        "| 1 | < 4 h | ERP |",
        "| 2 | 24 h |  |",
        "|  | 72 h | Archive |",
    ]
    assert holds_list(chunk.text)
    row = chunk.text.index("| 2 |")
    before = [span for span in chunk.sentences if span[1] <= row]
    assert chunk.text[slice(*_table_header(chunk.text, before, row))] == "| Tier | RTO | Example |"
    assert _table_header(chunk.text, before, 0) is None  # a sentence outside a table has none
    # the embedder gets each row with its column names: "what is owed" must match "| ... | a result |"
    assert [chunk.sentence_alone(s, e) for s, e in chunk.sentences][1:] == [
        "| Tier | RTO | Example |",
        "Tier: 1; RTO: < 4 h; Example: ERP",
        "Tier: 2; RTO: 24 h",
        "RTO: 72 h; Example: Archive",
    ]
    assert chunk.embed_text.endswith(
        "| Tier | RTO | Example |\nTier: 1; RTO: < 4 h; Example: ERP\nTier: 2; RTO: 24 h\nRTO: 72 h; Example: Archive"
    )
    assert labelled_rows("| not | a table row") == "| not | a table row"
    # for search a sentence is embedded under its heading path, which names what it is about
    assert chunk.sentence_embed_text(*chunk.sentences[2]) == "DR: Tier: 1; RTO: < 4 h; Example: ERP"


def test_chunk_ids_are_stable_and_change_with_content():
    a = chunk_document(parse_document(MD, "doc"))
    b = chunk_document(parse_document(MD, "doc"))
    c = chunk_document(parse_document(MD.replace("Beta paragraph", "Gamma paragraph"), "doc"))
    assert [x.chunk_id for x in a] == [x.chunk_id for x in b]
    assert a[:2] == c[:2] and a[2].chunk_id != c[2].chunk_id
    assert chunk_document(parse_document(MD, "other"))[0].chunk_id != a[0].chunk_id


def test_long_paragraphs_are_cut_between_sentences():
    body = " ".join(f"Sentence number {i} is here." for i in range(60))
    chunks = chunk_document(parse_document(body, "long", "text"), ChunkSettings(max_chars=300, min_chars=50))
    assert len(chunks) > 1
    assert all(len(c.text) <= 300 for c in chunks)
    assert " ".join(c.text for c in chunks) == body


def test_plain_text_is_split_on_blank_lines():
    doc = parse_document("First para line one\nline two.\n\nSecond para.", "t", "text")
    chunks = chunk_document(doc, ChunkSettings(max_chars=1000, min_chars=0))
    assert [c.text for c in chunks] == ["First para line one line two.", "Second para."]


def test_chunk_round_trips_through_dict():
    chunk = chunk_document(parse_document(MD, "doc"))[0]
    assert Chunk.from_dict(chunk.to_dict()) == chunk
    assert chunk.embed_text.startswith("Doc: ")
