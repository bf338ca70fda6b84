"""The user model: a person who signs in with an email address."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.names import name_sort_key, search_text, split_full_name


class UserQuerySet(models.QuerySet["User"]):
    """Writes of many accounts at once bar the signed-in cache's entries of each
    (``people.signed_in``), as the model's signals do for one."""

    def update(self, **kwargs: Any) -> int:
        from people.signed_in import forget

        forget(list(self.values_list("pk", flat=True)))
        return super().update(**kwargs)

    def bulk_update(
        self, objs: Iterable[User], fields: Iterable[str], batch_size: int | None = None
    ) -> int:
        from people.signed_in import forget

        objs = list(objs)
        forget([obj.pk for obj in objs])
        return super().bulk_update(objs, fields, batch_size=batch_size)


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def get_queryset(self) -> UserQuerySet:
        return UserQuerySet(self.model, using=self._db)

    def _create_user(self, email: str, password: str | None, **extra_fields) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


# The plugin cannot type the reverse manager of quizzes' Question.locked_by: Question's
# modelcluster base class ships no type information.
class User(AbstractBaseUser, PermissionsMixin):  # type: ignore[django-manager-missing]
    """A person who signs in with an email address.

    Vietnamese names are kept as family-and-middle name (``last_name``) and given name
    (``first_name``), so lists can sort by given name as Vietnamese readers expect.
    """

    email = models.EmailField(_("email address"), unique=True)
    first_name = models.CharField(_("given name"), max_length=150, blank=True)
    last_name = models.CharField(_("family and middle name"), max_length=150, blank=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language of the interface and of emails; empty means Vietnamese."),
    )
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Kept for Django compatibility; admin access comes from roles."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive people cannot sign in; their results are kept."),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    # When the account was last made active again: the inactivity rule counts from here too.
    reactivated_at = models.DateTimeField(
        _("reactivated at"), null=True, blank=True, editable=False
    )
    # Kept in step with the name by save() (and by bulk imports through refresh_name_keys()).
    name_sort_key = models.CharField(max_length=255, blank=True, db_index=True, editable=False)
    search_text = models.CharField(max_length=500, blank=True, editable=False)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["name_sort_key", "email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    def refresh_name_keys(self) -> bool:
        """Recompute the sort key and search text from the name; True when either changed."""
        sort_key = name_sort_key(self.first_name, self.last_name)
        text = search_text(self.last_name, self.first_name, self.email)[:500]
        changed = (sort_key, text) != (self.name_sort_key, self.search_text)
        self.name_sort_key, self.search_text = sort_key, text
        return changed

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_active = instance.__dict__.get("is_active")
        return instance

    def refresh_from_db(self, *args, **kwargs) -> None:
        super().refresh_from_db(*args, **kwargs)
        self._loaded_active = self.__dict__.get("is_active")

    def save(self, *args, **kwargs) -> None:
        update_fields = kwargs.get("update_fields")
        if self.is_active and getattr(self, "_loaded_active", None) is False:
            self.reactivated_at = timezone.now()
            if update_fields is not None:
                kwargs["update_fields"] = update_fields = {*update_fields, "reactivated_at"}
        if update_fields is None or {"first_name", "last_name", "email"} & set(update_fields):
            self.refresh_name_keys()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "name_sort_key", "search_text"}
        super().save(*args, **kwargs)
        self._loaded_active = self.is_active
        if update_fields is None or "is_active" in update_fields:
            # Deactivating the account also marks the officer record, and the other way round.
            from people.models.organisation import Officer

            Officer.objects.filter(user=self).exclude(active=self.is_active).update(
                active=self.is_active
            )

    def get_full_name(self) -> str:
        """Vietnamese order: family and middle name, then the given name."""
        return " ".join(part for part in (self.last_name, self.first_name) if part).strip()

    def get_short_name(self) -> str:
        return self.first_name or self.email

    @property
    def full_name(self) -> str:
        return self.get_full_name()

    def set_full_name(self, full_name: str) -> None:
        """Split a full Vietnamese name into family-and-middle name and given name."""
        self.first_name, self.last_name = split_full_name(full_name)
