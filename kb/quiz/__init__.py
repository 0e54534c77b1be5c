"""Quizzes for trainers: questions grounded in the catalogue's facts, exported for Moodle and print."""

from kb.quiz.export import FORMATS, export_quiz
from kb.quiz.generate import build_quiz
from kb.quiz.model import (
    MAX_QUESTIONS,
    QUESTION_TYPES,
    Option,
    Pair,
    Quiz,
    QuizInputError,
    QuizQuestion,
    QuizSettings,
    Source,
)

__all__ = [
    "FORMATS",
    "MAX_QUESTIONS",
    "QUESTION_TYPES",
    "Option",
    "Pair",
    "Quiz",
    "QuizInputError",
    "QuizQuestion",
    "QuizSettings",
    "Source",
    "build_quiz",
    "export_quiz",
]
