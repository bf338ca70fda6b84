"""The blocks a lesson is written with.

Block names and value shapes are a contract: demo content and imports write lesson bodies as
raw ``(block_type, value)`` data, e.g. ``("callout", {"kind": "tip", "title": …, "text": …})``.

Apps built on top of courses add lesson blocks through ``COURSES_LESSON_EXTRA_BLOCKS`` (a list
of ``(name, dotted path of a block class)``), so this app never imports them. A block class may
name the static scripts and stylesheets a lesson page must load for it in ``page_scripts`` and
``page_styles``.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4", "superscript", "subscript"]
INLINE_FEATURES = ["bold", "italic", "link"]
VIDEO_EXTENSIONS = {".mp4", ".webm", ".ogv", ".ogg", ".m4v"}
CAPTION_EXTENSIONS = {".vtt"}


def _extension(document: Any) -> str:
    return PurePosixPath(getattr(document, "filename", "") or "").suffix.lower()


def _struct_error(errors: dict[str, StrOrPromise]) -> StructBlockValidationError:
    return StructBlockValidationError(
        block_errors={name: ValidationError(msg) for name, msg in errors.items()}
    )


class HeadingBlock(blocks.CharBlock):
    """A section heading inside a lesson (shown as a second-level heading)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_length=160, form_classname="title", **kwargs)

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "courses/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    """A video uploaded as a document and played by the browser, or an allowed embed."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=160)
    video = DocumentChooserBlock(
        label=_("Video file"),
        required=False,
        help_text=_("An MP4 or WebM file uploaded to the site."),
    )
    captions = DocumentChooserBlock(
        label=_("Captions file"),
        required=False,
        help_text=_("Optional WebVTT (.vtt) captions for the video file."),
    )
    embed_url = blocks.URLBlock(
        label=_("Embed address"),
        required=False,
        help_text=_(
            "Instead of a file: the embed address of a video on a host that the course "
            "settings allow."
        ),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        errors: dict[str, StrOrPromise] = {}
        video, embed_url = value.get("video"), value.get("embed_url")
        if bool(video) == bool(embed_url):
            errors["video"] = _("Choose a video file or give an embed address, not both.")
        if video and _extension(video) not in VIDEO_EXTENSIONS:
            errors["video"] = _("The video file must be MP4, WebM or Ogg.")
        captions = value.get("captions")
        if captions and _extension(captions) not in CAPTION_EXTENSIONS:
            errors["captions"] = _("Captions must be a WebVTT (.vtt) file.")
        if captions and not video:
            errors["captions"] = _("Captions go with a video file.")
        if embed_url:
            from courses.models import CourseSettings

            if not CourseSettings.load().allows_embed(embed_url):
                errors["embed_url"] = _(
                    "Embeds from %(host)s are not allowed. An administrator lists allowed "
                    "hosts in the course settings."
                ) % {"host": urlsplit(embed_url).hostname or embed_url}
        if errors:
            raise _struct_error(errors)
        return value

    def get_context(self, value: Any, parent_context: dict[str, Any] | None = None) -> dict:
        context = super().get_context(value, parent_context=parent_context)
        embed_url = value.get("embed_url")
        if embed_url:
            from courses.models import CourseSettings

            context["embed_allowed"] = CourseSettings.load().allows_embed(embed_url)
            context["embed_host"] = urlsplit(embed_url).hostname
        return context


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "courses/blocks/document.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("note", _("Note")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="note",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=160)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "courses/blocks/callout.html"


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=160)
    items = blocks.ListBlock(
        blocks.RichTextBlock(features=INLINE_FEATURES, label=_("Step")),
        label=_("Steps"),
        min_num=1,
    )

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "courses/blocks/steps.html"


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    header = blocks.ListBlock(
        blocks.CharBlock(max_length=120, label=_("Column heading")),
        label=_("Column headings"),
        min_num=1,
    )
    rows = blocks.ListBlock(
        blocks.ListBlock(
            blocks.CharBlock(required=False, max_length=500, label=_("Cell")), label=_("Row")
        ),
        label=_("Rows"),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "courses/blocks/table.html"

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        width = len(value.get("header") or [])
        for number, row in enumerate(value.get("rows") or [], start=1):
            if len(row) > width:
                raise _struct_error(
                    {
                        "rows": _(
                            "Row %(row)s has %(cells)s cells but the table has %(columns)s columns."
                        )
                        % {"row": number, "cells": len(row), "columns": width}
                    }
                )
        return value


class CodeBlock(blocks.StructBlock):
    language = blocks.CharBlock(
        label=_("Language"),
        required=False,
        max_length=40,
        help_text=_("For example: Excel formula, SQL, Python."),
    )
    code = blocks.TextBlock(label=_("Formula or code"))

    class Meta:
        icon = "code"
        label = _("Formula or code")
        template = "courses/blocks/code.html"


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        required=False,
        max_length=500,
        help_text=_("Shown when the learner picks this answer."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class CheckBlock(blocks.StructBlock):
    """A "check your understanding" question: instant feedback in the page, counts for nothing."""

    question = blocks.CharBlock(label=_("Question"), max_length=500)
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Answers"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Check your understanding")
        template = "courses/blocks/check.html"

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        if not any(choice.get("correct") for choice in value.get("choices") or []):
            raise _struct_error({"choices": _("Mark at least one answer as correct.")})
        return value


def extra_lesson_blocks() -> list[tuple[str, blocks.Block]]:
    """The blocks other apps add to lesson bodies, from ``COURSES_LESSON_EXTRA_BLOCKS``."""
    extra = getattr(settings, "COURSES_LESSON_EXTRA_BLOCKS", ())
    return [(name, import_string(path)()) for name, path in extra]


class LessonBodyBlock(blocks.StreamBlock):
    """The blocks of a lesson: the ones below, then those other apps add (see the module)."""

    def __init__(self, local_blocks: Any = None, **kwargs: Any) -> None:
        super().__init__([*extra_lesson_blocks(), *(local_blocks or [])], **kwargs)

    heading = HeadingBlock()
    rich_text = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="courses/blocks/rich_text.html"
    )
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    steps = StepsBlock()
    table = TableBlock()
    code = CodeBlock()
    check = CheckBlock()


def body_is_cacheable(body: Any) -> bool:
    """Whether a StreamField value renders the same for everyone while the page and the site's
    settings stand: false when it uses a block that says otherwise (``cacheable = False``,
    e.g. a question from the bank, which changes with the bank and the viewer's role)."""
    if body is None:
        return True
    used = {item.get("type") for item in body.raw_data}
    return all(
        getattr(block, "cacheable", True)
        for name, block in body.stream_block.child_blocks.items()
        if name in used
    )


def page_assets(body: Any) -> tuple[list[str], list[str]]:
    """The static scripts and stylesheets asked for by the blocks a StreamField value uses.

    Read from the raw data, so nothing is fetched from the database.
    """
    scripts: list[str] = []
    styles: list[str] = []
    if body is None:
        return scripts, styles
    used = {item.get("type") for item in body.raw_data}
    for name, block in body.stream_block.child_blocks.items():
        if name not in used:
            continue
        scripts += [p for p in getattr(block, "page_scripts", ()) if p not in scripts]
        styles += [p for p in getattr(block, "page_styles", ()) if p not in styles]
    return scripts, styles


class ObjectivesBlock(blocks.StreamBlock):
    objective = blocks.CharBlock(label=_("Objective"), max_length=300, icon="tick")
