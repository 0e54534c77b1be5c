"""Text from documents and users shown as text: Markdown-escaped, highlights as Streamlit spans."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

# every ASCII punctuation character Markdown or Streamlit could read as markup
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def escape_md(text: str) -> str:
    escaped = _MARKUP.sub(r"\\\1", text)
    return escaped.replace("\n", "  \n")


def highlighted_md(text: str, spans: list[tuple[int, int]] | list[list[int]]) -> str:
    """``text`` escaped, with the character ``spans`` on a highlight background."""
    parts, cursor = [], 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        if start < cursor or end <= start:
            continue
        parts.append(escape_md(text[cursor:start]))
        parts.append(f":orange-background[{escape_md(text[start:end])}]")
        cursor = end
    parts.append(escape_md(text[cursor:]))
    return "".join(parts)


def label_md(text: str) -> str:
    """A title or section name for a label (expander, citation header): escaped, on one line."""
    return escape_md(" ".join(text.split()))


def where_md(title: str, section: str) -> str:
    """A citation's header, "title › section": both come from documents, so both are escaped."""
    return label_md(title if section == title else f"{title} › {section}")


def show_error(message: str) -> None:
    """A one-line error whose words may quote a file, a document or a question: shown as text."""
    import streamlit as st

    st.error(escape_md(message))


def show_warning(message: str) -> None:
    import streamlit as st

    st.warning(escape_md(message))


def guarded(render: Callable[[], None]) -> Callable[[], None]:
    """A page that shows one line instead of a traceback (with server paths) when something unforeseen fails.

    Streamlit's own control flow (rerun, stop) derives from BaseException and passes through.
    The traceback goes to the server log, for the administrator.
    """

    def page() -> None:
        import streamlit as st

        try:
            render()
        except Exception as exc:
            from kb.web.i18n import t

            logging.getLogger("kb.web").exception("page failed")
            st.error(escape_md(t("failed", kind=type(exc).__name__)))

    page.__name__ = getattr(render, "__name__", "page")
    return page
