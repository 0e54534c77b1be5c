"""A small SQLite file shared by every session and server process (feedback, login attempts).

Autocommit (callers open their own ``BEGIN IMMEDIATE`` where one writer at a time matters), a
10 s wait for a lock, usable from Streamlit's threads; the schema statements run on open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path


def open_shared(path: Path, schema: Sequence[str]) -> sqlite3.Connection:
    """Open (creating folder and tables as needed); raises OSError or sqlite3.Error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    for statement in schema:
        db.execute(statement)
    return db
