"""Ask page: a conversation. Each question's answer keeps its own sources, copy, permalink and feedback.

The conversation lives in this session (``st.session_state``); the page's words follow the
interface-language setting, the answer follows the question. Asking reruns only the
conversation (a fragment), and each turn's HTML (question, answer, sources) is built once, kept
with the turn, and sent as one element.
"""

from __future__ import annotations

import streamlit as st

from kb.web import resources
from kb.web.chat_assets import SCRIPT, STYLE
from kb.web.conversation import Turn, ask_turn, rate, save_comment, turns
from kb.web.i18n import EXAMPLES, t, ui_language
from kb.web.turns import esc

PERMALINK_DONE = "permalink_done"


def render() -> None:
    st.title(t("ask_title"))
    # The caption carries the page's one script (our own text): citation links and copying.
    st.html(f'<p class="kb-caption">{esc(t("ask_caption"))}</p>{SCRIPT}', unsafe_allow_javascript=True)
    st.html(STYLE)
    if resources.live_index_or_message() is None:
        return  # missing or damaged index: the message says how to fix it, a question could not be answered
    resources.warm_up_model()
    conversation()


@st.fragment
def conversation() -> None:
    """The questions and answers of this session, and the question box: asking reruns only this."""
    history = turns()
    if not st.session_state.get(PERMALINK_DONE):
        st.session_state[PERMALINK_DONE] = True
        if question := st.query_params.get("q"):  # a permalink: ask its question as this conversation's first
            ask_turn(question, st.query_params.get("lang", "auto"))
    if not history:
        _examples()
    else:
        st.button(t("new_conversation"), icon=":material/add_comment:", on_click=_new_conversation, key="new_chat")
    for turn in history:
        _show(turn)
    # Inside the fragment, so that asking reruns only the conversation; kept at the bottom of the view by CSS.
    st.chat_input(t("question"), key="chat", on_submit=_submitted)


def _submitted() -> None:
    ask_turn(st.session_state.get("chat") or "")


def _examples() -> None:
    st.caption(t("examples"))
    examples = EXAMPLES[ui_language()]
    for column, example in zip(st.columns(len(examples)), examples):
        column.button(example, on_click=ask_turn, args=(example,), width="stretch")


def _new_conversation() -> None:
    turns().clear()
    for key in ("q", "lang"):
        if key in st.query_params:
            del st.query_params[key]


def _show(turn: Turn) -> None:
    # Question and answer in one element: every element here is sent and drawn again on each answer.
    st.html(turn.html(ui_language()))
    if turn.answer is not None:
        _feedback(turn)


def _feedback(turn: Turn) -> None:
    st.feedback("thumbs", key=f"fb-{turn.id}", on_change=rate, args=(turn.id,))
    if turn.feedback_id and not turn.commented:
        with st.form(f"fbc-{turn.id}", border=False, enter_to_submit=True):
            st.text_input(t("feedback_thanks"), key=f"fbc-text-{turn.id}", max_chars=1000)
            st.form_submit_button(t("feedback_send"), on_click=save_comment, args=(turn.id,))
    if turn.notice:
        st.caption(turn.notice)
