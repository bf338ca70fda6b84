"""Question files in and out of the bank: the step between the pure formats (``quizzes.formats``)
and the bank.

Reading a file never touches the database; importing saves the records through
``exchange.save_question_records`` in one transaction, turns embedded images into Wagtail images
first, and logs the import. Exporting reads a category and its subcategories through
``exchange.category_records`` and writes them with a format's exporter.
"""

from __future__ import annotations

import html
import io
import os
import re
import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.formats import FORMATS, FormatError, ParseResult, detect_format, get_format
from quizzes.formats import records as formats
from quizzes.formats.reading import MAX_BYTES, check_size
from quizzes.models import ImportLog, PendingImport, Question, QuestionCategory
from quizzes.presentation import question_for_display
from quizzes.question_types import QuestionType
from quizzes.services.categories import category_for_path
from quizzes.services.exchange import (
    category_records,
    question_from_record,
    save_question_records,
)

if TYPE_CHECKING:
    from wagtail.images.models import AbstractImage

    from people.models import User

IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}
PENDING_LIFETIME = timedelta(days=1)


class ImportRefused(Exception):
    """The file still has errors and the trainer did not ask to import only the valid questions."""


# Reading ----------------------------------------------------------------------------------


@dataclass
class ReadFile:
    """A file read (not saved): its format, the parse result and the file's name."""

    file_name: str
    format_key: str
    result: ParseResult
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def unit(self) -> str:
        return FORMATS[self.format_key].unit if self.format_key in FORMATS else "line"


def guess_format(file_name: str, data: bytes, chosen: str | None = None) -> str:
    """The format key chosen, or guessed from the file's name; raises FormatError."""
    return get_format(chosen).key if chosen else detect_format(file_name, data)


def read_file(data: bytes, file_name: str, format_key: str) -> ReadFile:
    """Parse a file; problems with the file as a whole become errors on its first line."""
    result = ParseResult()
    try:
        check_size(len(data), MAX_BYTES)
        result = get_format(format_key).parse(data)
    except FormatError as exc:
        result.errors.append(exc.error)
    counts = Counter(str(question.type) for question in result.questions)
    return ReadFile(file_name, format_key, result, dict(sorted(counts.items())))


def default_category_name(file_name: str) -> str:
    """The category for a file's questions that name none and get no target: the file's name."""
    stem = PurePath(file_name).name.split(".")[0].strip()
    return formats.clean_name(stem)[:255] or _("Imported questions")


# Embedded images --------------------------------------------------------------------------

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REFERENCE = re.compile(r"@@PLUGINFILE@@/([^\"'\s<>)]+)")


def _image_kind(data: bytes) -> str | None:
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(data)) as picture:
            kind = picture.format
            picture.verify()
    except Exception:  # any failure means "not an image we keep"
        return None
    return IMAGE_FORMATS.get(kind or "")


def _save_image(path: str, data: bytes, user: User | None) -> AbstractImage | None:
    from wagtail.images import get_image_model

    kind = _image_kind(data)
    if kind is None:
        return None
    stem = PurePath(path).stem or "image"
    image = get_image_model()(title=stem[:255], uploaded_by_user=user)
    image.file = ImageFile(io.BytesIO(data), name=f"{stem[:80]}.{kind}")
    if hasattr(image, "_set_image_file_metadata"):
        image._set_image_file_metadata()
    image.save()
    return image


def _rewrite(text: str, text_format: str, images: dict[str, AbstractImage]) -> str:
    """Point a text's ``@@PLUGINFILE@@/path`` references at the stored images: an HTML
    ``<img>`` becomes a Wagtail image embed, any other reference the image's address."""
    if "@@PLUGINFILE@@" not in text:
        return text

    def image_for(reference: str) -> AbstractImage | None:
        return images.get(reference) or images.get(unquote(reference))

    if text_format == formats.TextFormat.HTML:

        def embed(match: re.Match[str]) -> str:
            attrs = {
                m[1].lower(): m[2] if m[2] is not None else m[3] for m in _ATTR.finditer(match[0])
            }
            found = _REFERENCE.fullmatch(attrs.get("src", ""))
            image = image_for(found[1]) if found else None
            if image is None:
                return match[0]
            alt = html.escape(html.unescape(attrs.get("alt", "")), quote=True)
            return f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="{alt}"/>'

        text = _IMG_TAG.sub(embed, text)

    def address(match: re.Match[str]) -> str:
        image = image_for(match[1])
        return image.file.url if image is not None else match[0]

    return _REFERENCE.sub(address, text)


def store_embedded_images(record: formats.Question, user: User | None) -> int:
    """Store a record's embedded images as Wagtail images and point its texts at them.

    Files that are not PNG, JPEG, GIF or WebP images are not kept; their references stay as
    they are. Returns how many images were stored.
    """
    if not record.files:
        return 0
    images: dict[str, AbstractImage] = {}
    for path, data in record.files.items():
        image = _save_image(path, data, user)
        if image is not None:
            images[path] = image
    if images:
        record.text = _rewrite(record.text, record.text_format, images)
        record.general_feedback = _rewrite(
            record.general_feedback, record.general_feedback_format, images
        )
        for name in ("correct_feedback", "partially_correct_feedback", "incorrect_feedback"):
            setattr(record, name, _rewrite(getattr(record, name), formats.TextFormat.HTML, images))
        for answer in record.answers:
            answer.text = _rewrite(answer.text, answer.text_format, images)
            answer.feedback = _rewrite(answer.feedback, answer.feedback_format, images)
        for pair in record.pairs:
            pair.prompt = _rewrite(pair.prompt, pair.prompt_format, images)
        for hint in record.hints:
            hint.text = _rewrite(hint.text, hint.text_format, images)
    record.files = {}
    return len(images)


# Importing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportOutcome:
    log: ImportLog
    questions: list[Question]

    @property
    def categories(self) -> list[QuestionCategory]:
        """The categories the questions went into, in the bank's order."""
        found = {question.category_id: question.category for question in self.questions}
        return sorted(found.values(), key=lambda category: category.path)

    @property
    def common_category(self) -> QuestionCategory | None:
        """The deepest category holding every imported question (with its subcategories)."""
        paths = [category.path for category in self.categories]
        if not paths:
            return None
        step = QuestionCategory.steplen
        shared = os.path.commonprefix(paths)
        shared = shared[: len(shared) - len(shared) % step]
        return QuestionCategory.objects.filter(path=shared).first() if shared else None

    def summary(self) -> str:
        names = [category.full_name for category in self.categories]
        return _(
            "%(file)s: %(imported)s question(s) imported into %(category)s, %(skipped)s left "
            "out, %(images)s image(s) stored."
        ) % {
            "file": self.log.file_name,
            "imported": self.log.imported,
            "category": "; ".join(names) or "—",
            "skipped": self.log.skipped,
            "images": self.log.images,
        }


def target_category(path: str | None, file_name: str) -> QuestionCategory:
    """The category named by ``path`` ("A/B", created where missing), or one named after the
    file at the top of the bank."""
    category = category_for_path(None, formats.clean_category(path))
    if category is None:
        category = category_for_path(
            None, formats.join_category_path([default_category_name(file_name)])
        )
    assert category is not None  # noqa: S101 - a non-empty path always gives a category
    return category


@transaction.atomic
def import_file(
    read: ReadFile,
    *,
    category: QuestionCategory | None,
    user: User | None,
    only_valid: bool = False,
) -> ImportOutcome:
    """Save a read file's questions below ``category`` in one transaction and log the import.

    Without a category the file's own categories start at the top of the bank, and questions
    that name none go into a category named after the file.

    Refused (``ImportRefused``, nothing saved) while the file has errors, unless ``only_valid``:
    then the questions without errors are saved and the others counted as left out.
    """
    result = read.result
    if result.errors and not only_valid:
        raise ImportRefused(
            _("The file has %(count)s error(s): nothing was imported.")
            % {"count": len(result.errors)}
        )
    if not result.questions:
        raise ImportRefused(_("The file holds no question that can be imported."))
    if category is None and any(not record.category for record in result.questions):
        category = target_category(None, read.file_name)
    for described in result.categories:
        created = category_for_path(category, described.path)
        if created is not None and (described.info or described.idnumber):
            created.description = created.description or formats.strip_tags(described.info)
            created.idnumber = created.idnumber or (described.idnumber or "")[:100]
            created.save(update_fields=["description", "idnumber"])
    images = sum(store_embedded_images(record, user) for record in result.questions)
    saved = save_question_records(result.questions, category, user)
    log = ImportLog.objects.create(
        user=user,
        file_name=read.file_name[:255],
        file_format=read.format_key,
        category=category,
        imported=len(saved),
        skipped=len({error.line for error in result.errors}) if only_valid else 0,
        errors=len(result.errors),
        images=images,
    )
    return ImportOutcome(log, saved)


# Waiting between preview and confirmation -------------------------------------------------


def keep_upload(user: User, file_name: str, format_key: str, data: bytes) -> str:
    """Keep an uploaded file for its owner until it is imported; returns its token."""
    PendingImport.objects.filter(created_at__lt=timezone.now() - PENDING_LIFETIME).delete()
    token = secrets.token_urlsafe(32)
    PendingImport.objects.create(
        token=token, user=user, file_name=file_name[:255], file_format=format_key, data=data
    )
    return token


def kept_upload(user: User, token: str) -> PendingImport | None:
    """The file kept under ``token`` for this user, or None (another user's token included)."""
    if not token or not getattr(user, "pk", None):
        return None
    return PendingImport.objects.filter(
        token=token, user=user, created_at__gte=timezone.now() - PENDING_LIFETIME
    ).first()


# Preview ----------------------------------------------------------------------------------


def preview_items(read: ReadFile) -> list[dict[str, Any]]:
    """The file's questions as learners will see them (plus their answers for the trainer)."""
    items = []
    for number, record in enumerate(read.result.questions, start=1):
        question = question_from_record(record, None, None)
        snapshot = question.to_snapshot()
        for index, answer in enumerate(snapshot.get("answers") or []):
            if snapshot["type"] != QuestionType.TRUE_FALSE:
                answer["id"] = str(index)
        for index, pair in enumerate(snapshot.get("pairs") or []):
            pair["id"] = str(index)
        items.append(
            {
                "record": record,
                "item": question_for_display(
                    snapshot, number=number, response=None, position=number
                ),
                "category": record.category,
                "line": record.line,
            }
        )
    return items


# Exporting --------------------------------------------------------------------------------


def export_category(category: QuestionCategory, format_key: str) -> bytes:
    """A category with its subcategories written in a format; raises FormatError when the format
    cannot hold one of the questions (the message names it)."""
    file_format = get_format(format_key)
    if file_format.export is None:
        raise FormatError(_("%(format)s cannot be exported.") % {"format": file_format.label})
    records, categories = category_records(category)
    return file_format.export(records, categories)


def export_file_name(category: QuestionCategory, format_key: str) -> str:
    from django.utils.text import slugify

    stem = slugify(category.name, allow_unicode=False) or "questions"
    return f"{stem}{get_format(format_key).extension}"
