"""The named refusals of the quiz services: each message is safe to show to the learner (or the
trainer), and ``code`` is what the attempt page's script is told."""

from __future__ import annotations

from datetime import datetime


class QuizError(Exception):
    """An operation on a quiz was refused; the message is safe to show to the learner."""

    code = "refused"


class QuizNotOpen(QuizError):
    code = "not_open"


class NoAttemptsLeft(QuizError):
    code = "no_attempts_left"


class MustWait(QuizError):
    code = "must_wait"

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


class QuizNotReady(QuizError):
    """The quiz's slots cannot be filled with approved questions."""

    code = "not_ready"


class AttemptFinished(QuizError):
    code = "finished"


class DeadlinePassed(QuizError):
    code = "deadline_passed"


class StaleSave(QuizError):
    """The save carried an old sequence number: newer answers exist on the server."""

    code = "stale"

    def __init__(self, message: str, sequence: int) -> None:
        super().__init__(message)
        self.sequence = sequence


class NotYourAttempt(QuizError):
    code = "forbidden"


class InvalidMark(QuizError):
    code = "invalid_mark"


class WordLimitNotMet(QuizError):
    """An essay answer is longer or shorter than its question allows; ``numbers`` are the
    question numbers as the learner sees them."""

    code = "word_limit"

    def __init__(self, message: str, numbers: list[int]) -> None:
        super().__init__(message)
        self.numbers = numbers


class AnswerRejected(QuizError):
    """A save named a question or option the attempt does not have, or sent a value of the
    wrong kind; nothing of the save is applied."""

    code = "bad_answer"


class PageNotInAttempt(QuizError):
    """A save named a page the attempt does not have."""

    code = "bad_request"
