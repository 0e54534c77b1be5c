"""How much one document may hold: beyond this, indexing it would take hours on this machine.

The bundled model takes about 0.5 s for a full passage and a few ms for a sentence on 2 cores
(README, Figures), so a document is refused, with its name and the fix, when it would give more
passages or sentences than a long real document does. Uploads and ``kb index`` apply the same caps.
"""

from __future__ import annotations

from kb.errors import DocumentError
from kb.ingest.chunking import Chunk

MAX_PASSAGES_PER_DOCUMENT = 1_000
MAX_SENTENCES_PER_DOCUMENT = 6_000


def check_document_size(name: str, chunks: list[Chunk]) -> None:
    """Raise DocumentError naming ``name`` when its passages or sentences are over the caps."""
    passages = len(chunks)
    sentences = sum(len(c.sentences) for c in chunks)
    for count, limit, what in (
        (passages, MAX_PASSAGES_PER_DOCUMENT, "passages"),
        (sentences, MAX_SENTENCES_PER_DOCUMENT, "sentences"),
    ):
        if count > limit:
            raise DocumentError(
                f"{name}: {count:,} {what}; the limit is {limit:,} per document: split it into smaller documents"
            )
