"""Embeddings cached by model and text, so re-indexing embeds only new text.

A single SQLite file beside the published builds: it survives re-publishing,
and SQLite keeps it consistent if a build is killed half-way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from kb.text import sha256_hex


def cache_key(model_id: str, text: str) -> str:
    return sha256_hex(f"{model_id}\x00{text}")


class EmbeddingCache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open(path)
        except sqlite3.OperationalError:
            raise  # locked or unreadable: not damage, so nothing is set aside
        except sqlite3.DatabaseError:
            # A damaged cache only costs re-embedding: set it aside (for inspection) and start afresh.
            path.replace(path.with_name(path.name + ".damaged"))
            self._db = self._open(path)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(str(path), timeout=30)
        try:
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, dim INTEGER, data BLOB)")
            db.execute("SELECT count(*) FROM vectors").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            batch = list(keys[start : start + 500])
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(f"SELECT key, dim, data FROM vectors WHERE key IN ({marks})", batch)
            for key, dim, data in rows:
                vector = np.frombuffer(data, dtype=np.float32)
                if vector.shape == (dim,):
                    found[key] = vector
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        rows = [(k, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        self._db.close()
