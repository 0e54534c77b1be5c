"""Quiz page (trainers): choose language, concepts, types, size and seed; preview; download every format."""

from __future__ import annotations

import streamlit as st

from kb.errors import KBError
from kb.quiz import FORMATS, QUESTION_TYPES, Quiz, QuizSettings, build_quiz, export_quiz
from kb.quiz.export import FILE_SUFFIXES
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
            st.session_state["quiz"] = build_quiz(catalogue, index.chunks, settings)
        except KBError as exc:
            st.session_state.pop("quiz", None)
            show_error(str(exc))
    if quiz := st.session_state.get("quiz"):
        _show(quiz)


def _show(quiz: Quiz) -> None:
    if quiz.shortfall:
        st.warning(t("quiz_shortfall", made=str(len(quiz.questions)), asked=str(quiz.settings.count)))
    columns = st.columns(len(FORMATS))
    name = f"quiz-{quiz.settings.language}-seed{quiz.settings.seed}"
    for column, fmt in zip(columns, FORMATS):
        column.download_button(
            f"{t('quiz_download')} {FORMAT_LABELS[fmt]}",
            export_quiz(quiz, fmt).encode("utf-8"),
            file_name=name + FILE_SUFFIXES[fmt],
            mime=MIME[fmt],
            key=f"dl-{fmt}",
            use_container_width=True,
        )
    show_key = st.toggle(t("quiz_show_key"), key="quiz_key")
    for number, q in enumerate(quiz.questions, start=1):
        with st.container(border=True):
            st.markdown(f"**{number}.** {escape_md(q.stem)}")
            if q.type == "match":
                descriptions = sorted(p.description for p in q.pairs)
                for p in q.pairs:
                    st.markdown(f"- {escape_md(p.name)}")
                for i, d in enumerate(descriptions):
                    st.markdown(f"{chr(97 + i)}\\) {escape_md(d)}")
            else:
                for i, o in enumerate(q.options):
                    mark = " ✅" if show_key and o.correct else ""
                    st.markdown(f"{chr(97 + i)}\\) {escape_md(o.text)}{mark}")
            if show_key:
                st.caption(escape_md(q.feedback if q.type != "match" else q.answer + " — " + q.feedback))
