from quizzes.models.attempts import Attempt, MarkChange, QuizGrade, Response
from quizzes.models.bank import (
    AnswerNumbering,
    EssayFormat,
    MatchingPair,
    PeerApprovalTask,
    Question,
    QuestionAnswer,
    QuestionCategory,
    TaggedQuestion,
    TextFormat,
)
from quizzes.models.imports import ImportLog, PendingImport
from quizzes.models.pages import GradingMethod, QuizPage, QuizSlot, ReviewWhen, SlotKind

__all__ = [
    "AnswerNumbering",
    "Attempt",
    "EssayFormat",
    "GradingMethod",
    "ImportLog",
    "MarkChange",
    "MatchingPair",
    "PeerApprovalTask",
    "PendingImport",
    "Question",
    "QuestionAnswer",
    "QuestionCategory",
    "QuizGrade",
    "QuizPage",
    "QuizSlot",
    "Response",
    "ReviewWhen",
    "SlotKind",
    "TaggedQuestion",
    "TextFormat",
]
