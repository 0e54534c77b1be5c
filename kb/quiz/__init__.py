"""Quizzes for trainers: questions grounded in the catalogue's facts, exported for Moodle and print."""

from kb.quiz.edit import drop_question, edit_question, regenerate_question
from kb.quiz.export import FORMATS, export_quiz
from kb.quiz.generate import build_quiz, documents_of
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
from kb.quiz.report import quality_report, report_lines

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
    "documents_of",
    "drop_question",
    "edit_question",
    "export_quiz",
    "quality_report",
    "regenerate_question",
    "report_lines",
]
