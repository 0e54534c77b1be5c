"""What an answer is: the answer text, its language, and numbered citations (the JSON contract)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from kb.ingest.chunking import Chunk


@dataclass
class Original:
    """The passage a translated passage was aligned with, the cited sentences' sources highlighted."""

    doc: str
    chunk_ids: list[str]  # one passage, or two where the translation packed two into one
    language: str
    text: str  # the passages' text, joined by a blank line
    highlights: list[list[int]] = field(default_factory=list)  # the sentences behind the cited ones


@dataclass
class Citation:
    n: int
    chunk_id: str
    doc: str
    title: str
    section: str
    language: str
    text: str
    highlights: list[list[int]] = field(default_factory=list)
    score: float = 0.0
    # For a passage of a translation: the document named as its original, and the aligned passage.
    translation_of: str | None = None
    original: Original | None = None
    further_reading: bool = False  # listed for further reading: the answer does not use it

    @classmethod
    def of(cls, n: int, chunk: Chunk, score: float = 0.0) -> Citation:
        """Citation number ``n`` for a passage of the index."""
        return cls(
            n=n,
            chunk_id=chunk.chunk_id,
            doc=chunk.doc_id,
            title=chunk.doc_title,
            section=chunk.section,
            language=chunk.language,
            text=chunk.text,
            score=round(score, 6),
        )


@dataclass
class Answer:
    question: str
    language: str
    answered: bool
    answer: str
    concepts: list[str]
    citations: list[Citation]
    # How much closer the question is to the corpus than to off-topic texts (for calibration; not in JSON).
    relevance: float = field(default=0.0, repr=False)
    # Every retrieved passage in rank order, before the answer chose its sources (evaluation; not in JSON).
    ranked: list[Citation] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("relevance")
        data.pop("ranked")
        return data
