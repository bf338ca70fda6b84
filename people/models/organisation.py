"""The tree of organisational units and the officer records placed in it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node


def normalise_code(code: str) -> str:
    """Unit and employee codes are compared without regard to case or surrounding spaces."""
    return "".join(code.split()).upper()


class OrgUnit(MP_Node):
    """An office or department; "this unit and everything under it" is one prefix query on path."""

    class Kind(models.TextChoices):
        CENTRAL = "central", _("Central office")
        PROVINCIAL = "provincial", _("Provincial office")
        DISTRICT = "district", _("District office")
        GRASSROOTS = "grassroots", _("Grassroots unit")
        DEPARTMENT = "department", _("Department")

    # Annotated by hand: treebeard's MP_Node ships no types, so the plugin cannot infer them.
    name: models.CharField[str, str] = models.CharField(_("name"), max_length=200)
    code: models.CharField[str, str] = models.CharField(
        _("code"),
        max_length=50,
        unique=True,
        help_text=_("A short unique code, used in staff spreadsheets, e.g. HN-BD."),
    )
    kind: models.CharField[str, str] = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices
    )
    active: models.BooleanField[bool, bool] = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive units keep their history but receive no new officers."),
    )
    mfa_required: models.BooleanField[bool, bool] = models.BooleanField(
        _("two-factor sign-in required"),
        default=False,
        help_text=_(
            "Every officer of this unit and of the units under it must use an authenticator app."
        ),
    )

    # Siblings keep the order they were added in, as pages do in Wagtail.
    node_order_by: list[str] = []

    class Meta:
        verbose_name = _("organisational unit")
        verbose_name_plural = _("organisational units")
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.code = normalise_code(self.code)
        super().save(*args, **kwargs)

    def subtree_q(self, prefix: str = "") -> models.Q:
        """A filter for rows whose unit is this unit or under it, e.g. subtree_q("unit__")."""
        return models.Q(**{f"{prefix}path__startswith": self.path})

    @property
    def label(self) -> str:
        """The name with its code, as shown in choices."""
        return f"{self.name} ({self.code})"


class Officer(models.Model):
    """The officer record of a user: where they work, their employee code and position.

    Deactivating the record also deactivates the account (no sign-in) and keeps every result.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="officer",
        verbose_name=_("user"),
    )
    employee_code = models.CharField(_("employee code"), max_length=50, unique=True)
    unit = models.ForeignKey(
        OrgUnit, on_delete=models.PROTECT, related_name="officers", verbose_name=_("unit")
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive officers cannot sign in; their results are kept."),
    )
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("officer")
        verbose_name_plural = _("officers")
        ordering = ["user__name_sort_key", "employee_code"]

    def __str__(self) -> str:
        return f"{self.user} ({self.employee_code})"

    def save(self, *args, **kwargs) -> None:
        self.employee_code = normalise_code(self.employee_code)
        super().save(*args, **kwargs)
        # One flag for people: the account follows the record.
        type(self.user).objects.filter(pk=self.user_id).exclude(is_active=self.active).update(
            is_active=self.active
        )
        if self.user.is_active != self.active:
            self.user.is_active = self.active

    @property
    def full_name(self) -> str:
        return self.user.get_full_name()

    @property
    def email(self) -> str:
        return self.user.email


class OfficerMove(models.Model):
    """Where an officer was placed and moved to, and by whom: the history of a unit's staff."""

    class Source(models.TextChoices):
        IMPORT = "import", _("Staff import")
        ADMIN = "admin", _("Administration")

    officer = models.ForeignKey(
        Officer, on_delete=models.CASCADE, related_name="moves", verbose_name=_("officer")
    )
    from_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("from unit"),
    )
    to_unit = models.ForeignKey(
        OrgUnit, on_delete=models.PROTECT, related_name="arrivals", verbose_name=_("to unit")
    )
    moved_at = models.DateTimeField(_("moved at"), default=timezone.now)
    moved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moved by"),
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)

    class Meta:
        verbose_name = _("unit change")
        verbose_name_plural = _("unit changes")
        ordering = ["-moved_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.officer}: {self.from_unit or '—'} → {self.to_unit}"
