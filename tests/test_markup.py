"""HTML left in scraped Markdown: its words become passages, its tags and entities never do."""

from __future__ import annotations

import pytest

from kb.ingest.chunking import chunk_document
from kb.ingest.documents import parse_document
from kb.ingest.markup import html_block_text


@pytest.mark.parametrize(
    "block, text",
    [
        ('<div class="info-box">Ask for an NDA first.</div>', "Ask for an NDA first."),
        ("<p>Tiers &amp; prices<br/>per year</p>", "Tiers & prices\nper year"),
        ("<!-- tracking pixel -->", ""),
        # not layout: shown as the text it is (never run)
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ],
)
def test_an_html_block_keeps_its_words(block, text):
    assert html_block_text(block) == text


def test_tags_and_entities_never_reach_a_passage():
    body = (
        "# Signage\n\n## Scope\n\n"
        "The module „Hardware &amp; Montage“ includes disposal.<br>Ask about screens you bought yourself.\n\n"
        '<div class="info-box">Sign an NDA before sharing unreleased material.</div>\n\n'
        "Partners show assets only after release,&nbsp;and only with written consent.\n"
    )
    doc = parse_document(f"---\ntitle: Signage\nlanguage: en\n---\n\n{body}", "signage.en")
    sentences = [c.text[s:e] for c in chunk_document(doc) for s, e in c.sentences]
    assert not [s for s in sentences if "<" in s or "&amp;" in s or "\xa0" in s]
    assert "The module „Hardware & Montage“ includes disposal." in sentences
    assert "Ask about screens you bought yourself." in sentences
    assert "Sign an NDA before sharing unreleased material." in sentences
    assert "Partners show assets only after release, and only with written consent." in sentences
