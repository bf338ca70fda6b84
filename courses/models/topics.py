"""Topics group courses in the catalogue; trainers add more as snippets."""

from __future__ import annotations

from django.db import models, transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from courses.text import plain
from people.models import TrainerTopic


# The plugin cannot type the reverse manager of CoursePage.topic: Wagtail's Page ships no types.
class Topic(index.Indexed, models.Model):  # type: ignore[django-manager-missing]
    """A subject area such as "An toàn thông tin"; each course belongs to one."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Used in catalogue links. Leave empty to make one from the name."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(plain(self.name))[:100]
        with transaction.atomic():
            old_slug = (
                Topic.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
                if self.pk
                else None
            )
            super().save(*args, **kwargs)
            if old_slug and old_slug != self.slug:
                # Trainers limited to this topic keep it under its new address.
                TrainerTopic.objects.filter(topic=old_slug).update(topic=self.slug)

    def clean(self) -> None:
        super().clean()
        if not self.slug:
            self.slug = slugify(plain(self.name))[:100]
