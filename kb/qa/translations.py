"""Passages that say the same in another language: documents tied by ``translation_of``.

The German and Indonesian articles are translations of one original. For a passage of
one, its counterpart in the other is the passage in the same position when both split
into as many passages (a faithful translation does), else the nearest by embedding
(the model is multilingual).
"""

from __future__ import annotations

import numpy as np

from kb.index.reader import LoadedIndex
from kb.ingest.chunking import Chunk


def translation_group(index: LoadedIndex, doc_id: str) -> list[str]:
    """Ids of the documents that are translations of one another, ``doc_id`` included."""
    key_of = {d.doc_id: str(d.metadata.get("translation_of") or d.doc_id) for d in index.manifest.documents}
    key = key_of.get(doc_id, doc_id)
    return [d for d, k in key_of.items() if k == key or d == key]


def translated_passages(index: LoadedIndex, chunk_id: str) -> list[Chunk]:
    """The counterpart of a passage in each other-language document of its translation group."""
    row = index.row_of.get(chunk_id)
    if row is None:
        return []
    chunk = index.chunks[row]
    rows_of = index.rows_of_doc
    own_rows = rows_of.get(chunk.doc_id, [])
    found = []
    for doc_id in translation_group(index, chunk.doc_id):
        rows = rows_of.get(doc_id, [])
        if doc_id == chunk.doc_id or not rows or index.chunks[rows[0]].language == chunk.language:
            continue
        if len(rows) == len(own_rows):
            found.append(index.chunks[rows[own_rows.index(row)]])
        else:
            own = index.vectors.vector(row)
            scores = [float(np.dot(own, index.vectors.vector(r))) for r in rows]
            found.append(index.chunks[rows[int(np.argmax(scores))]])
    return found
