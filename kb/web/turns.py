"""One question and its answer as HTML: linked citation markers, sources with highlights and a
language switch, copy and permalink; and the answer as plain text for the clipboard.

Every piece of text from a document or a question is HTML-escaped here, so markup in them is
shown, never run (st.html also sanitizes with DOMPurify). The HTML needs no script: a marker is
an in-page link to its source; the page's one small script (``kb.web.chat_assets``) opens and
scrolls to the source and copies to the clipboard. The HTML of a turn is built once and kept with
the turn.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from kb import languages
from kb.qa.model import Answer, Citation

_MARKER = re.compile(r"\[(\d+)\]")
Say = Callable[[str], str]


@dataclass(frozen=True)
class Version:
    """A source passage in one language: the cited one, or its translation."""

    language: str
    text: str
    highlights: Sequence[Sequence[int]] = ()


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def permalink(question: str, language: str) -> str:
    """The query string that asks ``question`` again (in ``language`` when kb speaks it)."""
    params = {"q": question}
    if language in languages.SUPPORTED:
        params["lang"] = language
    return "?" + urlencode(params)


def highlighted(text: str, spans: Sequence[Sequence[int]]) -> str:
    """``text`` escaped, with the character ``spans`` marked."""
    parts, cursor = [], 0
    for start, end in sorted((int(s[0]), int(s[1])) for s in spans):
        if start < cursor or end <= start:
            continue
        parts += [esc(text[cursor:start]), f"<mark>{esc(text[start:end])}</mark>"]
        cursor = end
    parts.append(esc(text[cursor:]))
    return "".join(parts)


def versions(citation: Citation, translations: Sequence[Version]) -> list[Version]:
    """The passage as cited, its original (for a translation), then its versions in other languages."""
    found = [Version(citation.language, citation.text, citation.highlights)]
    original = citation.original
    if original is not None and original.text:
        found.append(Version(original.language, original.text, original.highlights))
    seen = {v.language for v in found}
    for version in translations:
        if version.language not in seen:
            seen.add(version.language)
            found.append(version)
    return found


def source_id(turn: int, n: int) -> str:
    return f"kb-t{turn}-s{n}"


def answer_html(turn: int, answer: Answer) -> str:
    """The answer text, escaped, with each citation marker a link to its source."""
    numbers = {c.n for c in answer.citations}

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n not in numbers:
            return match.group(0)
        target = source_id(turn, n)
        return f'<a class="kb-cite" href="#{target}" data-src="{target}">[{n}]</a>'

    return _MARKER.sub(link, esc(answer.answer))


def source_html(turn: int, citation: Citation, shown: list[Version], ui: str, say: Say) -> str:
    where = citation.title if citation.section in ("", citation.title) else f"{citation.title} › {citation.section}"
    name = languages.name(citation.language, ui)
    sid = source_id(turn, citation.n)
    head = f'<summary><b>[{citation.n}]</b> {esc(" ".join(where.split()))} · <span class="kb-lang">{esc(name)}</span>'
    if citation.further_reading:
        head += f' <span class="kb-further">({esc(say("further_reading"))})</span>'
    if citation.original is not None:
        origin = languages.name(citation.original.language, ui)
        head += f' <span class="kb-translated">({esc(say("translated_from").format(language=origin))})</span>'
    if len(shown) == 1:
        body = _passage(shown[0])
        return f'<details class="kb-src" id="{sid}">{head}</summary>{body}</details>'
    switch, passages = [], []
    for i, version in enumerate(shown):
        vid = f"{sid}-v{i}"
        checked = " checked" if i == 0 else ""
        label = esc(languages.name(version.language, ui))
        switch.append(f'<input type="radio" name="{sid}-v" id="{vid}"{checked}><label for="{vid}">{label}</label>')
        passages.append(_passage(version))
    others = ", ".join(esc(languages.name(v.language, ui)) for v in shown[1:])
    return (
        f'<details class="kb-src" id="{sid}">{head} <span class="kb-also">(+ {others})</span></summary>'
        f'<div class="kb-versions">{"".join(switch)}{"".join(passages)}</div></details>'
    )


def _passage(version: Version) -> str:
    return (
        f'<div class="kb-passage" lang="{esc(version.language)}">{highlighted(version.text, version.highlights)}</div>'
    )


Translations = Callable[[str, list[list[int]]], Sequence[Version]]


def turn_html(turn: int, answer: Answer, ui: str, say: Say, translations: Translations, asked: str = "") -> str:
    """The whole turn: the question ``asked``, the answer, its sources, copy and permalink (the page adds
    the feedback). One block per turn: each element of the conversation is sent and drawn again on
    every answer, so a turn is one element, not a question and an answer in chat containers."""
    cls = "kb-answer" if answer.answered else "kb-answer kb-unanswered"
    parts = [_opening(turn, "kb-turn", asked), f'<div class="{cls}">{answer_html(turn, answer)}</div>']
    if answer.citations:
        parts.append(f'<div class="kb-sources"><div class="kb-sources-h">{esc(say("sources"))}</div>')
        parts.append(f'<div class="kb-hint">{esc(say("used_sentences"))}</div>')
        for citation in answer.citations:
            shown = versions(citation, translations(citation.chunk_id, citation.highlights))
            parts.append(source_html(turn, citation, shown, ui, say))
        parts.append("</div>")
    parts.append(f'<pre class="kb-plain" hidden>{esc(plain_text(answer, ui, say))}</pre>')
    link = esc(permalink(answer.question, answer.language))
    copy = f'<button type="button" class="kb-copy" data-done="{esc(say("copied"))}">{esc(say("copy_answer"))}</button>'
    parts.append(
        f'<div class="kb-actions">{copy}<a class="kb-link" href="{link}" target="_blank">{esc(say("permalink"))}</a>'
        "</div></div>"
    )
    return "".join(parts)


def plain_text(answer: Answer, ui: str, say: Say) -> str:
    """The answer for the clipboard: its text, then the numbered sources (title, section, language)."""
    lines = [answer.answer]
    if answer.citations:
        lines += ["", say("sources") + ":"]
        for c in answer.citations:
            where = c.title if c.section in ("", c.title) else f"{c.title}, {c.section}"
            lines.append(f"[{c.n}] {' '.join(where.split())} ({languages.name(c.language, ui)})")
    return "\n".join(lines)


def message_html(turn: int, text: str, kind: str = "error", asked: str = "") -> str:
    """A one-line message in the conversation (a refused question, an error), as text."""
    return f'{_opening(turn, f"kb-turn kb-{kind}", asked)}<div class="kb-answer">{esc(text)}</div></div>'


def question_html(turn: int, question: str) -> str:
    return f'<div class="kb-q" data-q="{turn}">{esc(question)}</div>'


def _opening(turn: int, cls: str, asked: str) -> str:
    question = question_html(turn, asked) if asked else ""
    return f'<div class="{cls}" data-turn="{turn}">{question}'
