"""What staff said about answers, and what they asked that kb could not answer: the list of gaps.

A small SQLite file beside the index (``index/feedback/feedback.sqlite``; ``kb index`` never
touches it). It holds no personal data: no address, no session, no user, only the day, the
question, its language, what happened (not answered, helpful, not helpful) and an optional
comment. Maintainers read it as gaps: questions grouped by their wording (case and spacing
ignored), most often unanswered or marked not helpful first (the Documents page, ``kb feedback``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kb.errors import KBError
from kb.shared_db import open_shared
from kb.text import normalize_ws

STORE_NAME = "feedback/feedback.sqlite"
UNANSWERED, HELPFUL, NOT_HELPFUL = "unanswered", "helpful", "not_helpful"
KINDS = (UNANSWERED, HELPFUL, NOT_HELPFUL)
MAX_QUESTION_CHARS = 2000
MAX_COMMENT_CHARS = 1000


def question_key(question: str) -> str:
    """The grouping key of a question: the same words, whatever the case or spacing."""
    return normalize_ws(question).casefold().rstrip(" ?？!.")


@dataclass
class Gap:
    """One question (by its key) that went unanswered or was marked not helpful."""

    question: str  # its latest wording
    languages: list[str]
    unanswered: int
    not_helpful: int
    helpful: int
    last: str  # the day it was last asked or rated (UTC, YYYY-MM-DD)
    comments: list[str] = field(default_factory=list)  # the latest few, newest first

    @property
    def count(self) -> int:
        return self.unanswered + self.not_helpful

    def to_dict(self) -> dict:
        return {**asdict(self), "count": self.count}


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, day TEXT NOT NULL, kind TEXT NOT NULL, "
    "key TEXT NOT NULL, question TEXT NOT NULL, language TEXT NOT NULL, comment TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS events_key ON events (key)",
)


class FeedbackStore:
    """Events in SQLite, shared by every session and server process (one writer at a time)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = open_shared(path, _SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise KBError(f"cannot keep feedback in {path} ({exc})") from None

    def record(self, kind: str, question: str, language: str, comment: str = "") -> int:
        """Store one event; returns its id (a rating can be changed or commented on through it)."""
        if kind not in KINDS:
            raise ValueError(f"unknown feedback kind {kind!r}")
        question = normalize_ws(question)[:MAX_QUESTION_CHARS]
        row = (_today(), kind, question_key(question), question, language[:8], _clean(comment))
        try:
            cursor = self._db.execute(
                "INSERT INTO events (day, kind, key, question, language, comment) VALUES (?, ?, ?, ?, ?, ?)", row
            )
        except sqlite3.Error as exc:
            raise KBError(f"cannot store feedback in {self.path} ({exc})") from None
        return int(cursor.lastrowid or 0)

    def change(self, event_id: int, kind: str | None = None, comment: str | None = None) -> None:
        """Change a rating (helpful <-> not helpful) or set its comment; a rating removed deletes it."""
        try:
            if kind is None and comment is None:
                self._db.execute("DELETE FROM events WHERE id = ? AND kind != ?", (event_id, UNANSWERED))
                return
            if kind is not None:
                if kind not in (HELPFUL, NOT_HELPFUL):
                    raise ValueError(f"a rating is {HELPFUL!r} or {NOT_HELPFUL!r}, not {kind!r}")
                self._db.execute("UPDATE events SET kind = ?, day = ? WHERE id = ?", (kind, _today(), event_id))
            if comment is not None:
                self._db.execute("UPDATE events SET comment = ? WHERE id = ?", (_clean(comment), event_id))
        except sqlite3.Error as exc:
            raise KBError(f"cannot store feedback in {self.path} ({exc})") from None

    def gaps(self, limit: int = 100) -> list[Gap]:
        """Questions unanswered or marked not helpful, the most frequent first (then the latest)."""
        rows = self._db.execute(
            "SELECT key, sum(kind = ?), sum(kind = ?), sum(kind = ?), max(day), max(id) FROM events "
            "GROUP BY key HAVING sum(kind != ?) > 0 ORDER BY sum(kind != ?) DESC, max(id) DESC LIMIT ?",
            (UNANSWERED, NOT_HELPFUL, HELPFUL, HELPFUL, HELPFUL, limit),
        ).fetchall()
        found = []
        for key, unanswered, not_helpful, helpful, last, latest in rows:
            question = self._db.execute("SELECT question FROM events WHERE id = ?", (latest,)).fetchone()[0]
            languages = [r[0] for r in self._db.execute("SELECT DISTINCT language FROM events WHERE key = ?", (key,))]
            comments = [
                r[0]
                for r in self._db.execute(
                    "SELECT comment FROM events WHERE key = ? AND comment != '' ORDER BY id DESC LIMIT 3", (key,)
                )
            ]
            found.append(
                Gap(question, sorted(languages), int(unanswered), int(not_helpful), int(helpful), last, comments)
            )
        return found

    def close(self) -> None:
        self._db.close()


def feedback_store(index_root: Path) -> FeedbackStore:
    """The feedback store of an index folder (beside the builds, like the login throttle's)."""
    return FeedbackStore(index_root / STORE_NAME)


def read_gaps(index_root: Path, limit: int = 100) -> list[Gap]:
    """The gaps of an index folder; none (and no file made) when nothing was ever recorded."""
    if not (index_root / STORE_NAME).is_file():
        return []
    store = feedback_store(index_root)
    try:
        return store.gaps(limit)
    except sqlite3.Error as exc:
        raise KBError(f"cannot read feedback from {store.path} ({exc})") from None
    finally:
        store.close()


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


def _clean(comment: str) -> str:
    return "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in comment).strip()[:MAX_COMMENT_CHARS]
