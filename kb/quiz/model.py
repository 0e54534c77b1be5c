"""What a quiz is made of: settings in, questions with their sources out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kb.errors import InputError
from kb.knowledge.concepts import LANGUAGES

QUESTION_TYPES = ("mcq", "tf", "cloze", "match")
MAX_QUESTIONS = 100
BLANK = "_____"


@dataclass(frozen=True)
class QuizSettings:
    language: str = "en"
    count: int = 10
    types: tuple[str, ...] = QUESTION_TYPES
    concepts: tuple[str, ...] = ()  # empty: every concept
    seed: int = 0

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise InputError(f"quiz language must be one of {', '.join(LANGUAGES)}, not {self.language!r}")
        if not 1 <= self.count <= MAX_QUESTIONS:
            raise InputError(f"number of questions must be between 1 and {MAX_QUESTIONS}")
        unknown = [t for t in self.types if t not in QUESTION_TYPES]
        if unknown or not self.types:
            raise InputError(
                f"question types must be chosen from {', '.join(QUESTION_TYPES)}"
                + (f" (unknown: {', '.join(unknown)})" if unknown else "")
            )


@dataclass(frozen=True)
class Source:
    """The passage and quote that prove a question's right answer."""

    doc: str
    chunk_id: str
    language: str
    title: str
    section: str
    quote: str
    fact: str
    concept: str


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool


@dataclass(frozen=True)
class Pair:
    """One line of a matching question: a concept name and its description."""

    name: str
    description: str


@dataclass(frozen=True)
class QuizQuestion:
    id: str
    type: str  # one of QUESTION_TYPES
    language: str
    stem: str  # a cloze stem holds BLANK where the term was
    answer: str  # the right answer, as a trainer would read it
    feedback: str  # explanation with the source, in the quiz language
    sources: list[Source]
    options: list[Option] = field(default_factory=list)  # mcq, tf and cloze
    pairs: list[Pair] = field(default_factory=list)  # match

    @property
    def concepts(self) -> list[str]:
        return list(dict.fromkeys(s.concept for s in self.sources))

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "concepts": self.concepts}


@dataclass(frozen=True)
class Quiz:
    settings: QuizSettings
    questions: list[QuizQuestion]
    title: str

    @property
    def shortfall(self) -> int:
        """How many questions fewer than asked for could be made."""
        return self.settings.count - len(self.questions)
