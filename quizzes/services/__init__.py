"""The quizzes app's services: every change to the question bank, attempts, responses and marks
goes through them. One module per concern:

- ``attempt_engine``: starting an attempt, saving its answers, finishing it, its deadline;
- ``marking``: grading finished attempts, their totals, quiz grades, trainers' marks;
- ``categories``: the question bank's tree of categories;
- ``exchange``: the bank's questions as import/export records, and back;
- ``question_files``: question files read, imported, previewed and exported;
- ``refusals``: the named refusals they raise.

Callers inside quizzes import from the concern's module; other apps may use the names below.
"""

from quizzes.services.attempt_engine import save_answers, start_attempt, submit_attempt
from quizzes.services.refusals import QuizError

__all__ = ["QuizError", "save_answers", "start_attempt", "submit_attempt"]
