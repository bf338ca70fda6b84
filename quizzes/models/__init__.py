from quizzes.models.attempts import Attempt, MarkChange, QuizGrade, Response
from quizzes.models.bank import (
    MatchingPair,
    PeerApprovalTask,
    Question,
    QuestionAnswer,
    QuestionCategory,
    TaggedQuestion,
)
from quizzes.models.imports import ImportLog, PendingImport
from quizzes.models.pages import GradingMethod, QuizPage, QuizSlot, ReviewWhen, SlotKind

__all__ = [
    "Attempt",
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
]
