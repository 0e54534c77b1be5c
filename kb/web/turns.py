"""One question and its answer as HTML: linked citation markers, sources with highlights and a
language switch, copy and permalink; and the answer as plain text for the clipboard.

Every piece of text from a document or a question is HTML-escaped here, so markup in them is
shown, never run (st.html also sanitizes with DOMPurify). The HTML needs no script: a marker is
an in-page link to its source; the page's one small script (``SCRIPT``) opens and scrolls to the
source and copies to the clipboard. The HTML of a turn is built once and kept with the turn.
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


def turn_html(turn: int, answer: Answer, ui: str, say: Say, translations: Translations) -> str:
    """The whole answer of one turn: text, sources, copy and permalink (the page adds the feedback)."""
    cls = "kb-answer" if answer.answered else "kb-answer kb-unanswered"
    parts = [f'<div class="kb-turn" data-turn="{turn}">', f'<div class="{cls}">{answer_html(turn, answer)}</div>']
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


def message_html(turn: int, text: str, kind: str = "error") -> str:
    """A one-line message in the conversation (a refused question, an error), as text."""
    return f'<div class="kb-turn kb-{kind}" data-turn="{turn}"><div class="kb-answer">{esc(text)}</div></div>'


def question_html(turn: int, question: str) -> str:
    return f'<div class="kb-q" data-q="{turn}">{esc(question)}</div>'


STYLE = """<style>
.kb-q, .kb-answer, .kb-passage { white-space: pre-wrap; overflow-wrap: anywhere; }
[data-testid="stChatMessage"] { scroll-margin-top: 4.5rem; }
.stElementContainer:has([data-testid="stChatInput"]) { position: sticky; bottom: 0; z-index: 5;
  padding: .6rem 0 1rem; background: var(--background-color, #fff); }
[data-testid="stChatInput"] { background: inherit; }
.kb-answer { line-height: 1.6; }
.kb-unanswered .kb-answer, .kb-turn.kb-error .kb-answer { padding: .6rem .8rem; border-radius: .5rem;
  background: rgba(28, 131, 225, .1); }
.kb-turn.kb-error .kb-answer { background: rgba(255, 43, 43, .09); }
a.kb-cite { text-decoration: none; font-weight: 600; padding: 0 .1rem; border-radius: .25rem; }
a.kb-cite:hover { background: rgba(255, 164, 33, .25); }
.kb-sources { margin-top: .8rem; }
.kb-sources-h { font-weight: 600; }
.kb-hint { font-size: .8rem; opacity: .7; margin-bottom: .3rem; }
details.kb-src { border: 1px solid rgba(128, 128, 128, .3); border-radius: .5rem; padding: .35rem .7rem;
  margin: .3rem 0; scroll-margin: 5rem 0 8rem 0; }
details.kb-src > summary { cursor: pointer; overflow-wrap: anywhere; }
details.kb-src.kb-flash, details.kb-src:target { box-shadow: 0 0 0 2px rgba(255, 164, 33, .8); }
.kb-lang, .kb-also { opacity: .75; }
.kb-passage { margin: .4rem 0 .2rem; }
.kb-passage mark { background: rgba(255, 164, 33, .35); color: inherit; padding: 0 .1rem; border-radius: .2rem; }
.kb-versions > input { position: absolute; opacity: 0; pointer-events: none; }
.kb-versions > label { display: inline-block; margin: .3rem .3rem 0 0; padding: .05rem .6rem; cursor: pointer;
  border: 1px solid rgba(128, 128, 128, .4); border-radius: 1rem; font-size: .85rem; }
.kb-versions > input:checked + label { border-color: rgba(255, 164, 33, .9); background: rgba(255, 164, 33, .15); }
.kb-versions > input:focus-visible + label { outline: 2px solid rgba(255, 164, 33, .9); }
.kb-versions > .kb-passage { display: none; }
.kb-versions > input:nth-of-type(1):checked ~ .kb-passage:nth-of-type(1),
.kb-versions > input:nth-of-type(2):checked ~ .kb-passage:nth-of-type(2),
.kb-versions > input:nth-of-type(3):checked ~ .kb-passage:nth-of-type(3),
.kb-versions > input:nth-of-type(4):checked ~ .kb-passage:nth-of-type(4) { display: block; }
.kb-actions { margin-top: .5rem; display: flex; gap: .8rem; align-items: center; flex-wrap: wrap; font-size: .85rem; }
button.kb-copy { font: inherit; cursor: pointer; padding: .15rem .7rem; border-radius: .5rem; color: inherit;
  background: transparent; border: 1px solid rgba(128, 128, 128, .4); }
</style>"""

# The page's one script (our own text, no content in it): citation links open and scroll to their
# source without touching the URL, and "Copy answer" puts the turn's plain text on the clipboard.
SCRIPT = """<script>
(() => {
  if (window.__kbChat) return;
  window.__kbChat = true;
  const copy = async (text) => {
    try { await navigator.clipboard.writeText(text); return true; } catch (e) {
      const area = document.createElement('textarea');
      area.value = text; area.style.position = 'fixed'; area.style.opacity = '0';
      document.body.appendChild(area); area.select();
      const ok = document.execCommand('copy'); area.remove(); return ok;
    }
  };
  // A new answer: bring its question to the top of the view, so the answer's start is in view on a phone too.
  let newest = 0;
  const follow = () => {
    const asked = document.querySelectorAll('.kb-q[data-q]');
    if (!asked.length) { newest = 0; return; }
    const last = asked[asked.length - 1];
    const turn = Number(last.dataset.q);
    if (turn === newest) return;
    const first = newest === 0 && asked.length > 1;  // the page drawn again (a reload): leave it
    newest = turn;
    if (first) return;
    const message = last.closest('[data-testid="stChatMessage"]') || last;
    // Streamlit first scrolls a chat to its bottom; once that scrolling has settled, bring the question up.
    const scroller = document.querySelector('[data-testid="stAppScrollToBottomContainer"]');
    // (Its scroll handler acts on one scroll event per 100 ms: wait until nothing scrolled for 150 ms.)
    let previous = -1, since = performance.now();
    const started = since;
    const settle = () => {
      const now = performance.now(), top = scroller ? scroller.scrollTop : 0;
      if (top !== previous) { previous = top; since = now; }
      if (now - since > 150 || now - started > 2000) message.scrollIntoView({block: 'start'});
      else requestAnimationFrame(settle);
    };
    requestAnimationFrame(settle);
  };
  let queued = false;
  new MutationObserver(() => {
    if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; follow(); }); }
  }).observe(document.body, {childList: true, subtree: true});
  document.addEventListener('click', async (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const cite = target && target.closest('a.kb-cite');
    if (cite) {
      const source = document.getElementById(cite.dataset.src);
      if (!source) return;
      event.preventDefault();
      source.open = true;
      source.scrollIntoView({behavior: 'smooth', block: 'nearest'});
      source.classList.add('kb-flash');
      setTimeout(() => source.classList.remove('kb-flash'), 1600);
      return;
    }
    const button = target && target.closest('button.kb-copy');
    if (button) {
      const plain = button.closest('.kb-turn').querySelector('.kb-plain');
      if (plain && await copy(plain.textContent)) {
        const label = button.textContent;
        button.textContent = button.dataset.done;
        setTimeout(() => { button.textContent = label; }, 1500);
      }
    }
  });
})();
</script>"""
