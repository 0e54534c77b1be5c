"""What a quiz is made of: settings in, questions with their sources out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kb.errors import InputError
from kb.knowledge.concepts import LANGUAGES

QUESTION_TYPES = ("mcq", "tf", "cloze", "match")
MAX_QUESTIONS = 100
BLANK = "_____"


class QuizInputError(InputError):
    """A quiz request that cannot be met; ``key`` and ``values`` let a page say it in its own language."""

    def __init__(self, key: str, message: str, **values: str) -> None:
        super().__init__(message)
        self.key = key
        self.values = values


@dataclass(frozen=True)
class QuizSettings:
    language: str = "en"
    count: int = 10
    types: tuple[str, ...] = QUESTION_TYPES
    concepts: tuple[str, ...] = ()  # empty: every concept
    seed: int = 0

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise QuizInputError(
                "error_language",
                f"quiz language must be one of {', '.join(LANGUAGES)}, not {self.language!r}",
                language=str(self.language),
            )
        if not 1 <= self.count <= MAX_QUESTIONS:
            raise QuizInputError(
                "error_count", f"number of questions must be between 1 and {MAX_QUESTIONS}", most=str(MAX_QUESTIONS)
            )
        unknown = [t for t in self.types if t not in QUESTION_TYPES]
        if unknown or not self.types:
            raise QuizInputError(
                "error_types",
                f"question types must be chosen from {', '.join(QUESTION_TYPES)}"
                + (f" (unknown: {', '.join(unknown)})" if unknown else ""),
                types=", ".join(QUESTION_TYPES),
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
    fact: str  # the catalogue fact, or "" for a question made from a document's sentence
    concept: str  # the catalogue concept, or "" when the sentence's term is not in the catalogue
    translated_from: str = ""  # title of the original when the document is a translation ("" otherwise)


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool


@dataclass(frozen=True)
class Pair:
    """One line of a matching question: a name (the answer) and the description it belongs to."""

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
    name: str = ""  # descriptive name for Moodle: subject, type and number
    subject: str = ""  # the concept, term or section the question is about, in the quiz language
    # the facts and source sentences the question rests on: no two questions of a quiz share one
    units: tuple[str, ...] = ()

    @property
    def concepts(self) -> list[str]:
        return list(dict.fromkeys(s.concept for s in self.sources if s.concept))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["units"], data["subject"]  # bookkeeping, not part of the exported question
        return {**data, "concepts": self.concepts}


@dataclass(frozen=True)
class Quiz:
    settings: QuizSettings
    questions: list[QuizQuestion]
    title: str

    @property
    def shortfall(self) -> int:
        """How many questions fewer than asked for could be made."""
        return max(0, self.settings.count - len(self.questions))
