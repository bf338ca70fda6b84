"""Passwords that hold their own name: refused when they contain the person's name or address,
read without Vietnamese diacritics (``nguyenvanan2026`` for Nguyễn Văn An)."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from people.names import strip_diacritics

MIN_PART = 4


def _folded(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", strip_diacritics(text or ""))


def personal_words(user: Any) -> set[str]:
    """The name in both orders and run together, its longer parts, and the address's parts."""
    if user is None:
        return set()
    family = getattr(user, "last_name", "") or ""
    given = getattr(user, "first_name", "") or ""
    email = getattr(user, "email", "") or ""
    local = email.split("@")[0]
    words = {_folded(family + given), _folded(given + family), _folded(local)}
    words |= {_folded(part) for part in re.split(r"[\s._+\-]+", f"{family} {given} {local}")}
    return {word for word in words if len(word) >= MIN_PART}


class PersonalWordsValidator:
    """Refuses a password containing the user's name or email parts, diacritics folded."""

    def validate(self, password: str, user: Any = None) -> None:
        folded = _folded(password)
        if any(word in folded for word in personal_words(user)):
            raise ValidationError(
                _("The password contains your name or email address; choose another."),
                code="password_personal_words",
            )

    def get_help_text(self) -> str:
        return _("Your password cannot contain your name or your email address.")
