"""Read a question file (GIFT, Moodle XML, Aiken, XLSX, CSV) and report or save its questions.

Without --dry-run the questions are saved into the bank in one transaction, below the category
given by --category (created where missing) with the file's own categories below it; without
--category the file's categories start at the top of the bank and questions that name none go
into a category named after the file. The import is logged.

Exit status: 0 when the file has no errors, 2 when it has errors (nothing is saved then), 1 when
the command cannot run (no such file, unknown format).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from home.commands import TranslatedCommand
from quizzes.formats import FORMATS, FormatError, ParseResult, detect_format, get_format
from quizzes.formats.reading import MAX_BYTES, check_size
from quizzes.formats.records import clean_category, nest_category, plain_text
from quizzes.formats.spreadsheet import build_template
from quizzes.question_types import QuestionType

EXIT_ERRORS = 2


def save(result: ParseResult, *, source: str, format_key: str, category: str | None) -> str:
    """Save the parsed questions below ``category`` ("A/B") in one transaction, log the import
    (without a user: it came from the command line) and return a one-line summary."""
    from quizzes.services import question_files

    with transaction.atomic():
        target = (
            question_files.target_category(category, source) if clean_category(category) else None
        )
        read = question_files.ReadFile(source, format_key, result)
        return question_files.import_file(read, category=target, user=None).summary()


def with_base_category(result: ParseResult, base: str | None) -> ParseResult:
    """Put the file's questions and categories under ``base`` ("A/B"), keeping the file's own
    category paths below it."""
    base = clean_category(base)
    if not base:
        return result
    for question in result.questions:
        question.category = nest_category(base, question.category)
    for category in result.categories:
        category.path = nest_category(base, category.path) or category.path
    return result


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Import questions from a GIFT, Moodle XML, Aiken, XLSX or CSV file. With --dry-run "
        "nothing is saved; with --json the questions and errors are printed as JSON."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", help=_("the file to import"))
        parser.add_argument(
            "--format",
            choices=sorted(FORMATS),
            help=_("the file's format (guessed from its extension when left out)"),
        )
        parser.add_argument(
            "--category",
            help=_("target category path such as “Office/Word”; the file's categories go below it"),
        )
        parser.add_argument(
            "--dry-run", action="store_true", help=_("check the file, save nothing")
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help=_('print {"questions": [...], "errors": [...]} on standard output'),
        )
        parser.add_argument(
            "--template",
            metavar="PATH",
            help=_(
                "write a spreadsheet template with an example of every question type "
                "(XLSX or CSV, by the extension) and stop"
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["template"]:
            self._template(Path(options["template"]))
            return
        if not options["path"]:
            raise CommandError(_("Give the file to import, or --template PATH."))
        path = Path(options["path"])
        try:
            size = path.stat().st_size
            check_size(size, MAX_BYTES)
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except FormatError as exc:
            result = ParseResult()
            result.errors.append(exc.error)
            self._report(result, path, "line", options)
            raise SystemExit(EXIT_ERRORS) from None
        except OSError as exc:
            raise CommandError(
                _("Cannot read %(path)s: %(reason)s") % {"path": path, "reason": exc.strerror}
            ) from None
        try:
            key = options["format"] or detect_format(path.name, data)
            file_format = get_format(key)
        except FormatError as exc:
            raise CommandError(exc.message) from None

        result = file_format.parse(data)
        self._report(
            with_base_category(copy.deepcopy(result), options["category"]),
            path,
            file_format.unit,
            options,
        )
        if result.errors:
            raise SystemExit(EXIT_ERRORS)
        if options["dry_run"]:
            return
        from quizzes.services.question_files import ImportRefused

        try:
            summary = save(
                result, source=path.name, format_key=file_format.key, category=options["category"]
            )
        except ImportRefused as exc:
            self.stderr.write(str(exc))
            raise SystemExit(EXIT_ERRORS) from None
        if not options["json"]:
            self.stdout.write(summary)

    def _template(self, path: Path) -> None:
        kind = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        try:
            path.write_bytes(build_template(kind))
        except OSError as exc:
            raise CommandError(
                _("Cannot write %(path)s: %(reason)s") % {"path": path, "reason": exc.strerror}
            ) from None
        self.stdout.write(_("Template written to %(path)s.") % {"path": path})

    def _report(self, result: ParseResult, path: Path, unit: str, options: dict[str, Any]) -> None:
        if options["json"]:
            self.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
            return
        counts = Counter(str(question.type) for question in result.questions)
        self.stdout.write(
            _("%(file)s: %(questions)s question(s), %(errors)s error(s).")
            % {"file": path.name, "questions": len(result.questions), "errors": len(result.errors)}
        )
        for qtype, count in sorted(counts.items()):
            label = QuestionType(qtype).label if qtype in QuestionType.values else qtype
            self.stdout.write(f"  {label}: {count}")
        for number, question in enumerate(result.questions, start=1):
            where = f" [{question.category}]" if question.category else ""
            text = plain_text(question.text, question.text_format)
            self.stdout.write(f"{number}. {text}{where}")
        label = _("Row") if unit == "row" else _("Line")
        for error in result.errors:
            self.stderr.write(f"{label} {error.line}: {error.message}")
        for warning in result.warnings:
            self.stderr.write(f"{label} {warning.line}: {warning.message}")
        if options["dry_run"] and not result.errors:
            self.stdout.write(_("Dry run: nothing was saved."))
