"""The Ask page's conversation in this session: turns asked, answered, rated; feedback to the store.

Per-user state lives in ``st.session_state`` (never in a cache); the answers come from ``kb.qa``,
the feedback goes to ``kb.feedback`` (a file beside the index: no client can clear it).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

import streamlit as st

from kb import config, languages
from kb.errors import KBError
from kb.index.reader import LoadedIndex
from kb.qa.model import Answer
from kb.web import resources
from kb.web.i18n import t
from kb.web.turns import Version, message_html, turn_html

TURNS, SEQ = "turns", "turn_seq"
SHOWN_QUESTION_CHARS = 600  # a refused, overlong question is shown cut to this, with the limit named


@dataclass
class Turn:
    id: int
    question: str
    answer: Answer | None = None
    error: str = ""
    feedback_id: int = 0  # the stored rating, once the asker gave one
    commented: bool = False
    notice: str = ""
    _html: dict[str, str] = field(default_factory=dict, repr=False)

    def html(self, ui: str) -> str:
        """The turn's HTML in interface language ``ui``, built once (what does not change is not rebuilt)."""
        if ui not in self._html:
            if self.answer is None:
                self._html[ui] = message_html(self.id, self.error, asked=self.question)
            else:
                translations = _translations_in(_index_or_none())
                self._html[ui] = turn_html(self.id, self.answer, ui, t, translations, asked=self.question)
        return self._html[ui]


def turns() -> list[Turn]:
    return st.session_state.setdefault(TURNS, [])


def ask_turn(question: str, language: str = "auto") -> None:
    """Ask ``question`` and add the turn; a refused question becomes a turn with the reason."""
    seq = st.session_state.setdefault(SEQ, itertools.count(1))
    turn = Turn(next(seq), question)
    if len(question) > config.MAX_QUERY_CHARS:
        turn.question = question[:SHOWN_QUESTION_CHARS] + "…"
        turn.error = t("too_long", length=f"{len(question):,}", limit=f"{config.MAX_QUERY_CHARS:,}")
    elif not question.strip():
        turn.error = t("empty_question")
    else:
        forced = language if language in languages.SUPPORTED else "auto"
        try:
            turn.answer = _ask(question, forced)
        except KBError as exc:
            turn.error = f"{t('index_unusable')} {exc}"
    turns().append(turn)
    if turn.answer is not None:
        st.query_params.update({"q": turn.answer.question, "lang": turn.answer.language})
        if not turn.answer.answered:
            _record("unanswered", turn)


def _ask(question: str, language: str) -> Answer:
    from kb.qa.answer import ask

    return ask(resources.live_index(), resources.model(), question, language=language)


def rate(turn_id: int) -> None:
    """The thumbs of a turn changed: store, change or take back its rating."""
    turn = _turn(turn_id)
    if turn is None or turn.answer is None:
        return
    value = st.session_state.get(f"fb-{turn_id}")
    kind = None if value is None else ("helpful" if value == 1 else "not_helpful")
    try:
        if turn.feedback_id:
            store = _store()
            try:
                store.change(turn.feedback_id, kind=kind)
            finally:
                store.close()
            if kind is None:
                turn.feedback_id, turn.commented = 0, False
        elif kind is not None:
            turn.feedback_id = _record(kind, turn)
    except KBError:
        turn.notice = t("feedback_failed")


def save_comment(turn_id: int) -> None:
    turn = _turn(turn_id)
    text = str(st.session_state.get(f"fbc-text-{turn_id}", "")).strip()
    if turn is None or not turn.feedback_id or not text:
        return
    try:
        store = _store()
        try:
            store.change(turn.feedback_id, comment=text)
        finally:
            store.close()
    except KBError:
        turn.notice = t("feedback_failed")
        return
    turn.commented, turn.notice = True, t("feedback_saved")


def _record(kind: str, turn: Turn) -> int:
    assert turn.answer is not None
    try:
        store = _store()
        try:
            return store.record(kind, turn.answer.question, turn.answer.language)
        finally:
            store.close()
    except KBError:
        turn.notice = t("feedback_failed")
        return 0


def _store():
    from kb.feedback import feedback_store

    return feedback_store(config.index_dir())


def _turn(turn_id: int) -> Turn | None:
    return next((turn for turn in turns() if turn.id == turn_id), None)


def _index_or_none() -> LoadedIndex | None:
    try:
        return resources.live_index()
    except KBError:
        return None


def _translations_in(index: LoadedIndex | None) -> Callable[[str, list[list[int]]], list[Version]]:
    """The cited passage in the other languages, the sentences aligned with its highlights marked
    (the index looked up once per turn, not once per source)."""
    from kb.qa.translations import aligned_spans, translated_passages

    def translations(chunk_id: str, highlights: list[list[int]]) -> list[Version]:
        if index is None:
            return []
        try:
            return [
                Version(other.language, other.text, aligned_spans(index, chunk_id, highlights, other))
                for other in translated_passages(index, chunk_id)
            ]
        except KBError:
            return []

    return translations
