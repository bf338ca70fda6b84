"""Records of question imports: the log of what came in, and uploads waiting for confirmation."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportLog(models.Model):
    """One import of a question file into the bank: who, which file, where to and how many."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for imports from the command line."),
    )
    file_name = models.CharField(_("file name"), max_length=255)
    file_format = models.CharField(_("format"), max_length=20)
    category = models.ForeignKey(
        "quizzes.QuestionCategory",
        verbose_name=_("target category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    imported = models.PositiveIntegerField(_("questions imported"), default=0)
    skipped = models.PositiveIntegerField(
        _("questions left out"),
        default=0,
        help_text=_("Questions with errors left out on the trainer's request."),
    )
    errors = models.PositiveIntegerField(_("errors in the file"), default=0)
    images = models.PositiveIntegerField(_("images stored"), default=0)
    created_at = models.DateTimeField(_("imported at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("question import")
        verbose_name_plural = _("question imports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.imported})"


class PendingImport(models.Model):
    """An uploaded file kept between its preview and the trainer's confirmation.

    Found by a random token and only for the user who uploaded it; removed once imported and
    pruned after a day.
    """

    token = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    file_name = models.CharField(max_length=255)
    file_format = models.CharField(max_length=20)
    data = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("uploaded question file")
        verbose_name_plural = _("uploaded question files")

    def __str__(self) -> str:
        return self.file_name
