"""HTML that scraped Markdown carries ("<br>", "<div class=...>", "&nbsp;"): its text, not its layout.

A passage, a quote and a citation show the words of the article; a layout tag is no sentence
("</div>" quoted as the answer) and an entity is no word. Only tags that lay out text are taken
out: anything else (a script, an image, a form) stays in the passage as the text it is, so a
maintainer sees it and no reader's browser ever runs it.
"""

from __future__ import annotations

import html
import re

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_LAYOUT_TAG = re.compile(
    r"</?(div|span|p|br|b|i|u|em|strong|small|big|sup|sub|mark|abbr|section|article|aside|header|footer|main"
    r"|figure|figcaption|center|font|nobr|wbr|hr)\b[^<>]*>",
    re.IGNORECASE,
)


def html_block_text(content: str) -> str:
    """The words of an HTML block, tags and comments dropped, entities decoded ("" when none are left)."""
    text = plain_spaces(html.unescape(_LAYOUT_TAG.sub(" ", _BREAK.sub("\n", _COMMENT.sub(" ", content)))))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def plain_spaces(text: str) -> str:
    """No-break spaces ("&nbsp;") as plain ones: they only keep words on one line of a web page."""
    return text.replace("\xa0", " ")


def inline_html_text(tag: str) -> str:
    """What an inline tag inside a paragraph stands for: a line break is a space, a layout tag nothing."""
    if _BREAK.fullmatch(tag.strip()):
        return " "
    return "" if _LAYOUT_TAG.fullmatch(tag.strip()) else tag
