"""API clients: creating one, rotating and revoking its secret, issuing and checking tokens,
and writing every call to the audit log. Secrets and tokens are random 256-bit values, so a
SHA-256 of each is enough to keep at rest (nothing to guess from the hash)."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from api.models import ApiClient, ApiToken

if TYPE_CHECKING:
    from people.models import OrgUnit, User

TOKEN_PREFIX = "kns_at_"  # noqa: S105  (a prefix, not a secret)
SECRET_PREFIX = "kns_cs_"  # noqa: S105


class ApiClientRefused(Exception):
    """A refused change to an API client; str(error) is for the person."""


class InvalidClient(Exception):
    """Unknown client, wrong secret, or a revoked client (OAuth 2.0 "invalid_client")."""


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def token_lifetime() -> datetime.timedelta:
    return datetime.timedelta(seconds=int(getattr(settings, "API_TOKEN_LIFETIME_SECONDS", 3600)))


def _new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def create_client(
    actor: User,
    *,
    name: str,
    unit: OrgUnit,
    can_read_results: bool = False,
    can_write_staff: bool = False,
    can_write_assignments: bool = False,
) -> tuple[ApiClient, str]:
    """Create a client; returns it with its secret, which is shown this once and never kept."""
    if not (can_read_results or can_write_staff or can_write_assignments):
        raise ApiClientRefused(_("Give the client at least one scope."))
    secret = _new_secret()
    with transaction.atomic():
        client = ApiClient.objects.create(
            name=name.strip(),
            unit=unit,
            can_read_results=can_read_results,
            can_write_staff=can_write_staff,
            can_write_assignments=can_write_assignments,
            client_id="kns_" + secrets.token_hex(10),
            secret_hash=digest(secret),
            created_by=actor,
        )
        log(instance=client, action="wagtail.create", user=actor)
    return client, secret


def rotate_secret(actor: User, client: ApiClient) -> str:
    """A new secret (shown once); the old one and every token issued with it stop working."""
    if client.is_revoked:
        raise ApiClientRefused(_("This client is revoked; create a new one."))
    secret = _new_secret()
    with transaction.atomic():
        ApiClient.objects.filter(pk=client.pk).update(
            secret_hash=digest(secret), secret_set_at=timezone.now()
        )
        client.tokens.all().delete()
        log(instance=client, action="api.rotate_secret", user=actor)
    return secret


def revoke_client(actor: User, client: ApiClient) -> None:
    """Stop a client for good: its secret and tokens no longer work."""
    with transaction.atomic():
        updated = ApiClient.objects.filter(pk=client.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        client.tokens.all().delete()
        if updated:
            log(instance=client, action="api.revoke_client", user=actor)


def issue_token(client_id: str, secret: str) -> tuple[str, ApiClient]:
    """A new bearer token for a client that proves its secret (client credentials grant)."""
    client = ApiClient.objects.filter(client_id=client_id, revoked_at__isnull=True).first()
    expected = client.secret_hash if client is not None else digest("-")
    if not hmac.compare_digest(expected, digest(secret)) or client is None:
        raise InvalidClient
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = timezone.now()
    with transaction.atomic():
        ApiToken.objects.filter(client=client, expires_at__lt=now).delete()
        ApiToken.objects.create(
            client=client,
            token_hash=digest(token),
            created_at=now,
            expires_at=now + token_lifetime(),
        )
        log(instance=client, action="api.token", data={"client": client.client_id})
    return token, client


def client_for_token(token: str) -> ApiClient | None:
    """The client a bearer token was issued to, while it lasts and the client is in force."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    found = (
        ApiToken.objects.select_related("client", "client__unit")
        .filter(token_hash=digest(token), expires_at__gt=timezone.now())
        .first()
    )
    if found is None or found.client.is_revoked:
        return None
    return found.client


def record_call(
    client: ApiClient, *, method: str, endpoint: str, status: int, **counts: Any
) -> None:
    """One audit entry per call: which client, which endpoint, the outcome and its counts."""
    data = {"client": client.client_id, "method": method, "endpoint": endpoint, "status": status}
    data.update({key: value for key, value in counts.items() if value is not None})
    log(instance=client, action="api.call", data=data)
    ApiClient.objects.filter(pk=client.pk).update(last_used_at=timezone.now())
