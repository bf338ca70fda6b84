"""The question types, the groups of types that behave alike, and the other closed lists that
describe a question (text formats, answer numberings, essay response formats): the one list of
each that the bank, grading, the attempt pages, the lesson checks and the import/export formats
all read.

No database here: the formats and grading are pure and import this module too.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionType(models.TextChoices):
    SINGLE_CHOICE = "single_choice", _("Single choice")
    MULTIPLE_CHOICE = "multiple_choice", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True/false")
    SHORT_ANSWER = "short_answer", _("Short answer")
    NUMERICAL = "numerical", _("Numerical")
    MATCHING = "matching", _("Matching")
    ESSAY = "essay", _("Essay")
    DESCRIPTION = "description", _("Description (no mark)")


# How a true/false question's two statements, stored as "true" and "false", read to people.
TRUE_FALSE_WORDS = {"true": _("True"), "false": _("False")}


def true_false_word(text: str) -> str:
    """ "Đúng"/"Sai" (or "True"/"False") for a stored "true"/"false"; other text unchanged."""
    return str(TRUE_FALSE_WORDS.get(text.strip().lower(), text))


# The learner chooses among answers the author wrote, each with its own text format; the
# choices are numbered, shuffled if asked, and introduced by "choose one/more".
CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE})
# The learner picks answers by their id (statistics count how often each one is picked).
PICKED_TYPES = CHOICE_TYPES | {QuestionType.TRUE_FALSE}
# Answers carry weights the author writes (checked against Moodle's list of grades).
WEIGHTED_TYPES = CHOICE_TYPES | {QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL}
# Questions that keep answers: the weighted ones, and true/false with its two statements.
ANSWERED_TYPES = WEIGHTED_TYPES | {QuestionType.TRUE_FALSE}
# Hints between tries, as in Moodle (true/false, essay and description have none).
HINTED_TYPES = WEIGHTED_TYPES | {QuestionType.MATCHING}
# Feedback for a right, a partly right and a wrong response as a whole.
COMBINED_FEEDBACK_TYPES = CHOICE_TYPES | {QuestionType.MATCHING}
# Graded the moment they are answered: everything but essays (a trainer marks them) and
# descriptions (no mark).
AUTO_GRADED_TYPES = frozenset(QuestionType) - {QuestionType.ESSAY, QuestionType.DESCRIPTION}


class TextFormat(models.TextChoices):
    """Moodle's text formats, under the names GIFT uses for them (``[html]`` and so on)."""

    HTML = "html", _("HTML")
    MOODLE = "moodle", _("Moodle auto-format")
    PLAIN = "plain", _("Plain text")
    MARKDOWN = "markdown", _("Markdown")


class AnswerNumbering(models.TextChoices):
    LOWER = "abc", "a. b. c."
    UPPER = "ABCD", "A. B. C."
    NUMBERS = "123", "1. 2. 3."
    ROMAN_LOWER = "iii", "i. ii. iii."
    ROMAN_UPPER = "IIII", "I. II. III."
    NONE = "none", _("No numbering")


class EssayFormat(models.TextChoices):
    PLAIN = "plain", _("Plain text box")
    EDITOR = "editor", _("Text box with formatting")
    EDITOR_FILES = "editorfilepicker", _("Text box with formatting and files")
    MONOSPACED = "monospaced", _("Plain text box, fixed-width font")
    NO_INLINE = "noinline", _("No text box (attachments only)")
