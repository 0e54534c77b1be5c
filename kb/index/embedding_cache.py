"""Embeddings cached by model and text, so re-indexing embeds only new text.

A single SQLite file beside the published builds: it survives re-publishing,
and SQLite keeps it consistent if a build is killed half-way. SQLite does not
notice a flipped bit inside a stored value, so every vector is stored with a
checksum of its key, size and bytes; a vector that fails it (or an old row
without one) is not returned, and the build embeds that text again.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from kb.errors import IndexWriteError
from kb.text import sha256_hex


def cache_key(model_id: str, text: str) -> str:
    return sha256_hex(f"{model_id}\x00{text}")


def vector_checksum(key: str, dim: int, data: bytes) -> str:
    """Ties the bytes to their key: a damaged vector, or one moved to another key, fails it."""
    return hashlib.sha256(f"{key}\x00{dim}\x00".encode() + data).hexdigest()


class EmbeddingCache:
    def __init__(self, path: Path) -> None:
        self.rejected = 0  # vectors that failed their checksum (or had none) since opening
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open(path)
        except sqlite3.OperationalError as exc:
            # locked, unreadable or read-only: not damage, so nothing is set aside
            raise IndexWriteError(f"cannot open the embedding cache {path} ({exc})") from None
        except sqlite3.DatabaseError:
            # A damaged cache only costs re-embedding: set it aside (for inspection) and start afresh.
            path.replace(path.with_name(path.name + ".damaged"))
            self._db = self._open(path)
        self._path = path

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(str(path), timeout=30)
        try:
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, dim INTEGER, data BLOB)")
            columns = {row[1] for row in db.execute("PRAGMA table_info(vectors)")}
            if "checksum" not in columns:  # a cache from before checksums: its rows are re-embedded once
                db.execute("ALTER TABLE vectors ADD COLUMN checksum TEXT")
            db.execute("SELECT count(*) FROM vectors").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of ``keys`` that pass their checksum; the others count as ``rejected``."""
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            batch = unique[start : start + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(f"SELECT key, dim, data, checksum FROM vectors WHERE key IN ({marks})", batch)
            for key, dim, data, checksum in rows:
                if checksum != vector_checksum(key, dim, data) or len(data) != 4 * dim:
                    self.rejected += 1
                    continue
                found[key] = np.frombuffer(data, dtype=np.float32)
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        rows = []
        for key, vector in items.items():
            data = np.asarray(vector, dtype=np.float32).tobytes()
            dim = int(vector.shape[0])
            rows.append((key, dim, data, vector_checksum(key, dim, data)))
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vectors (key, dim, data, checksum) VALUES (?, ?, ?, ?)", rows
                )
        except sqlite3.OperationalError as exc:  # disk full, read-only folder: say so in words
            raise IndexWriteError(f"cannot write to the embedding cache {self._path} ({exc})") from None

    def close(self) -> None:
        self._db.close()
