"""Quiz page (trainers): build a quiz, drop, replace or reword single questions, then download it."""

from __future__ import annotations

import streamlit as st

from kb.errors import KBError
from kb.quiz import (
    FORMATS,
    QUESTION_TYPES,
    Quiz,
    QuizInputError,
    QuizQuestion,
    QuizSettings,
    build_quiz,
    documents_of,
    drop_question,
    edit_question,
    export_quiz,
    quality_report,
    regenerate_question,
    report_lines,
)
from kb.quiz.export import FILE_SUFFIXES
from kb.quiz.wording import say
from kb.web import resources
from kb.web.i18n import LANGUAGE_CHOICES, UI_LANGUAGES, t, ui_language
from kb.web.render import escape_md, show_error

MIME = {
    "gift": "text/plain",
    "moodle-xml": "application/xml",
    "csv": "text/csv",
    "json": "application/json",
    "md": "text/markdown",
}
# short labels: five buttons side by side must show them whole
FORMAT_LABELS = {"gift": "GIFT (Moodle)", "moodle-xml": "Moodle XML", "csv": "CSV", "json": "JSON", "md": "Markdown"}


def render() -> None:
    st.title(t("quiz_title"))
    st.caption(t("quiz_caption"))
    index = resources.live_index_or_message()
    if index is None:
        return
    catalogue = index.catalogue
    with st.form("quiz_form"):
        left, right = st.columns(2)
        language = left.selectbox(
            t("quiz_language"),
            list(UI_LANGUAGES),
            index=UI_LANGUAGES.index(ui_language()),
            format_func=LANGUAGE_CHOICES.__getitem__,
        )
        types = left.multiselect(
            t("quiz_types"), QUESTION_TYPES, default=list(QUESTION_TYPES), format_func=lambda kind: t(f"type_{kind}")
        )
        concepts = right.multiselect(
            t("quiz_concepts"),
            [c.id for c in catalogue.concepts],
            format_func=lambda cid: catalogue.concept(cid).name(ui_language()),
        )
        count = right.number_input(t("quiz_count"), min_value=1, max_value=100, value=10, step=1)
        seed = right.number_input(t("quiz_seed"), min_value=0, max_value=2**31 - 1, value=0, step=1)
        submitted = st.form_submit_button(t("quiz_build"), type="primary")
    if submitted:
        try:
            settings = QuizSettings(
                language=language, count=int(count), types=tuple(types), concepts=tuple(concepts), seed=int(seed)
            )
            _keep(build_quiz(catalogue, index.chunks, settings, documents_of(index.manifest.documents)))
        except KBError as exc:
            st.session_state.pop("quiz", None)
            show_error(_message(exc))
    if quiz := st.session_state.get("quiz"):
        _show(quiz, index)


def _keep(quiz: Quiz) -> None:
    """Store the quiz; a new version resets the edit fields of the questions."""
    st.session_state["quiz"] = quiz
    st.session_state["quiz_version"] = st.session_state.get("quiz_version", 0) + 1


def _message(exc: KBError) -> str:
    """The error in the page's language when the quiz knows it, else its one English line."""
    if isinstance(exc, QuizInputError):
        return say(exc.key, ui_language(), **exc.values)
    return str(exc)


def _show(quiz: Quiz, index) -> None:
    if quiz.shortfall:
        st.warning(t("quiz_shortfall", made=str(len(quiz.questions)), asked=str(quiz.settings.count)))
    with st.expander(t("quiz_report")):
        for line in report_lines(quality_report(quiz, index.chunks), ui_language()):
            st.markdown(f"- {escape_md(line)}")
    st.markdown(f"**{t('quiz_download')}**")
    columns = st.columns(len(FORMATS))
    name = f"quiz-{quiz.settings.language}-seed{quiz.settings.seed}"
    for column, fmt in zip(columns, FORMATS):
        column.download_button(
            FORMAT_LABELS[fmt],
            export_quiz(quiz, fmt).encode("utf-8"),
            file_name=name + FILE_SUFFIXES[fmt],
            mime=MIME[fmt],
            key=f"dl-{fmt}",
            help=f"{t('quiz_download')} {FORMAT_LABELS[fmt]}",
            use_container_width=True,
        )
    show_key = st.toggle(t("quiz_show_key"), key="quiz_key")
    for number, q in enumerate(quiz.questions, start=1):
        with st.container(border=True):
            _question(number, q, show_key)
            _controls(quiz, number, q, index)


def _question(number: int, q: QuizQuestion, show_key: bool) -> None:
    st.markdown(f"**{number}.** {escape_md(q.stem)}")
    mark = f" — **{t('quiz_correct')}**"
    if q.type == "match":
        names = sorted(p.name for p in q.pairs)
        for p in q.pairs:
            st.markdown(f"- {escape_md(p.description)}")
        for i, name in enumerate(names):
            st.markdown(f"{chr(97 + i)}\\) {escape_md(name)}")
        if show_key:
            st.caption(escape_md(q.answer))
    else:
        for i, o in enumerate(q.options):
            st.markdown(f"{chr(97 + i)}\\) {escape_md(o.text)}{mark if show_key and o.correct else ''}")
    if show_key:
        st.caption(escape_md(q.feedback))


def _controls(quiz: Quiz, number: int, q: QuizQuestion, index) -> None:
    version = st.session_state.get("quiz_version", 0)
    drop, again, _ = st.columns([1, 1, 3])
    try:
        if drop.button(t("quiz_drop"), key=f"drop-{version}-{number}"):
            _keep(drop_question(quiz, number))
            st.rerun()
        if again.button(t("quiz_replace"), key=f"again-{version}-{number}"):
            attempt = st.session_state.get("quiz_attempt", 0) + 1
            st.session_state["quiz_attempt"] = attempt
            documents = documents_of(index.manifest.documents)
            _keep(regenerate_question(quiz, number, index.catalogue, index.chunks, documents, attempt))
            st.rerun()
        with st.expander(t("quiz_edit")), st.form(f"edit-{version}-{number}"):
            stem = st.text_area(t("quiz_edit_stem"), q.stem, key=f"stem-{version}-{number}")
            options = [
                st.text_input(f"{chr(97 + i)})", o.text, key=f"opt-{version}-{number}-{i}")
                for i, o in enumerate(q.options)
                if q.type != "tf"
            ]
            descriptions = [
                st.text_area(p.name, p.description, key=f"desc-{version}-{number}-{i}") for i, p in enumerate(q.pairs)
            ]
            feedback = st.text_area(t("quiz_edit_feedback"), q.feedback, key=f"fb-{version}-{number}")
            if st.form_submit_button(t("quiz_save")):
                _keep(edit_question(quiz, number, stem, options, descriptions, feedback))
                st.rerun()
    except KBError as exc:
        show_error(_message(exc))
