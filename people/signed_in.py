"""The signed-in person's account, kept in the shared cache between their requests.

Every request of a signed-in person reads their account (Django's ``auth.get_user``): at an
exam it is one of the four or five queries of each start and each save. The account is kept in
the shared cache instead, for at most ``KEEP_SECONDS``, under a key bound to this site's secret
key, with the session's verification hash and without the password hash (read from the
database if ever asked for).

A request takes the kept account only when all that Django checks holds: the session names the
person and one of this site's sign-in backends, its hash is the kept one under the current
secret key, and the account is active. Anything else (nothing kept, a session signed with an
older key, a password changed, an account deactivated) goes through Django's own ``get_user``,
which decides as always; an account it signs in is kept.

Every write of an account bars its entry for ``BAR_SECONDS`` (saves and deletes through the
model's signals, updates of many through ``UserQuerySet``), once at the write and again when
its transaction commits, so a request that read the account before the change cannot keep
what it read. When the shared cache is unreachable nothing is kept and nothing barred: an entry
kept before lives ``KEEP_SECONDS`` at most.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.middleware import AuthenticationMiddleware as DjangoAuthentication
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.http import HttpRequest
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.functional import SimpleLazyObject

from people.cache_stamps import read_stamps, stamps_of_request
from people.learner_stamps import stamp_key

if TYPE_CHECKING:
    from people.models import User

# ``SIGNED_IN_KEEP_SECONDS`` (60 unless set; 0 keeps nothing, as the tests but those of this
# module do, so that a test's query counts never depend on how long its setup took).
KEEP_SECONDS = 60
# Longer than a request takes between reading an account and keeping it.
BAR_SECONDS = 10
_BARRED = "barred"
# What is kept of an account: every column but the password hash.
_KEPT_OUT = {"password"}


def _fields() -> list[str]:
    from people.models import User

    return [f.attname for f in User._meta.concrete_fields if f.attname not in _KEPT_OUT]


@functools.lru_cache(maxsize=4)
def _mark(secret: str) -> str:
    return salted_hmac("kns.signed-in", "key", secret=secret).hexdigest()[:16]


def _key(pk: Any) -> str:
    # Bound to the secret key: entries kept under an older key are never read with a new one.
    return f"signed-in:{_mark(settings.SECRET_KEY)}:{pk}"


def forget(pks: Iterable[Any]) -> None:
    """These accounts changed (or are about to, with the transaction): bar their entries."""
    keys = {_key(pk): _BARRED for pk in pks if pk is not None}
    if not keys:
        return
    cache.set_many(keys, BAR_SECONDS)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: cache.set_many(keys, BAR_SECONDS))


def account_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    """``post_save`` and ``post_delete`` of the user model. A new account has nothing kept to
    bar, and signing in (which only notes the time) bars nothing: the account just signed in is
    kept from its first request on."""
    if kwargs.get("created") or set(kwargs.get("update_fields") or ()) == {"last_login"}:
        return
    forget([instance.pk])


def _keep_seconds() -> int:
    return int(getattr(settings, "SIGNED_IN_KEEP_SECONDS", KEEP_SECONDS))


def _keep(user: User) -> None:
    from people.models import User

    if _keep_seconds() <= 0:
        return
    entry = {
        "values": [getattr(user, name) for name in _fields()],
        "hash": user.get_session_auth_hash(),
        "db": user._state.db or router.db_for_read(User),
    }
    cache.add(_key(user.pk), entry, _keep_seconds())  # never over a bar


def _kept(request: HttpRequest) -> User | None:
    from people.models import User

    if _keep_seconds() <= 0:
        return None
    session = request.session
    try:
        pk = User._meta.pk.to_python(session[SESSION_KEY])
        backend = session[BACKEND_SESSION_KEY]
        session_hash = session[HASH_SESSION_KEY]
    except (KeyError, ValidationError):
        return None
    if backend not in settings.AUTHENTICATION_BACKENDS or not session_hash:
        return None
    key = _key(pk)
    known = stamps_of_request()
    if known is not None and not known:
        # The request's first read of the shared cache: the account comes in the same round
        # trip as every family's stamp and the person's learner stamp, which most pages need.
        entry = read_stamps(known, stamp_key(pk), entries=[key]).get(key)
    else:
        entry = cache.get(key)
    if not isinstance(entry, dict) or not constant_time_compare(session_hash, entry["hash"]):
        return None
    user = User.from_db(entry["db"], _fields(), entry["values"])
    if user.pk != pk or not user.is_active:  # as the backends' user_can_authenticate
        return None
    return user


def signed_in_user(request: HttpRequest) -> User | AnonymousUser:
    """The request's person: the kept account when it may be used, else Django's answer."""
    if not hasattr(request, "_cached_user"):
        user: User | AnonymousUser | None = _kept(request)
        if user is None:
            user = auth.get_user(request)
            if user is not None and user.is_authenticated:
                _keep(user)
        request._cached_user = user  # type: ignore[attr-defined]
    return request._cached_user  # type: ignore[attr-defined]


class AuthenticationMiddleware(DjangoAuthentication):
    """Django's, with ``request.user`` from ``signed_in_user``."""

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: signed_in_user(request))  # type: ignore[assignment]
