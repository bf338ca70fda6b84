"""Write a category of the question bank, with its subcategories, to a GIFT, Moodle XML or XLSX
file that imports back to the same questions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from home.commands import TranslatedCommand
from quizzes.formats import EXPORT_FORMATS, FormatError
from quizzes.formats.records import clean_category, split_category_path
from quizzes.models import Question, QuestionCategory
from quizzes.services import question_files


def find_category(path: str) -> QuestionCategory | None:
    """The category at "A/B" from the top of the bank ("//" a literal slash), or None."""
    category = None
    for name in split_category_path(clean_category(path) or ""):
        siblings = category.get_children() if category else QuestionCategory.get_root_nodes()
        category = siblings.filter(name=name).first()
        if category is None:
            return None
    return category


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Export a question category and its subcategories to GIFT, Moodle XML or XLSX."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--category",
            required=True,
            help=_("category path from the top, such as “Office/Word”"),
        )
        parser.add_argument(
            "--format", required=True, choices=EXPORT_FORMATS, help=_("the file's format")
        )
        parser.add_argument(
            "-o", "--output", required=True, metavar="FILE", help=_("the file to write")
        )

    def handle(self, *args: Any, **options: Any) -> None:
        category = find_category(options["category"])
        if category is None:
            raise CommandError(_("There is no category %(path)s.") % {"path": options["category"]})
        try:
            data = question_files.export_category(category, options["format"])
        except FormatError as exc:
            raise CommandError(exc.message) from None
        path = Path(options["output"])
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise CommandError(
                _("Cannot write %(path)s: %(reason)s") % {"path": path, "reason": exc.strerror}
            ) from None
        count = Question.objects.filter(category_id__in=category.subtree_ids()).count()
        self.stdout.write(
            ngettext(
                "%(count)d question of %(category)s written to %(path)s.",
                "%(count)d questions of %(category)s written to %(path)s.",
                count,
            )
            % {"count": count, "category": category.full_name, "path": path}
        )
