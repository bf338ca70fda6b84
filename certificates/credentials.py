"""Certificates as Open Badges 3.0 verifiable credentials: issuing, re-issuing, the revocation
status lists, and checking a credential someone hands in.

A credential is a VC-JWT signed with the organisation's key (certificates.vc_keys). Its
``credentialStatus`` points at a Bitstring Status List this site serves; a bit is set when the
certificate is revoked or the credential was replaced by a re-issue.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from joserfc import jws
from joserfc.errors import JoseError

from certificates import openbadges as ob
from certificates.data import build_verify_url, format_mark
from certificates.models import Certificate, Credential
from certificates.vc_keys import issuer_key, site_url, verification_key

if TYPE_CHECKING:
    from people.models import User

# A status list credential is signed once per content and served for this long.
STATUS_LIST_LIFETIME = datetime.timedelta(days=1)
SUPERSEDED = "superseded"


def issuer_profile() -> ob.IssuerProfile:
    from certificates.services import issuer_name

    return ob.IssuerProfile(
        id=site_url() + reverse("certificates:issuer_profile"),
        name=issuer_name(),
        url=site_url() + "/",
    )


def status_list_url(number: int) -> str:
    return site_url() + reverse("certificates:status_list", args=[number])


def _end_of_day(day: datetime.date) -> datetime.datetime:
    moment = datetime.datetime.combine(day, datetime.time(23, 59, 59))
    return timezone.make_aware(moment)


def _achievement(certificate: Certificate) -> ob.AchievementData:
    course = certificate.course
    with translation.override(settings.LANGUAGE_CODE):
        criteria = _(
            "Complete every lesson of the course and pass its quiz, as recorded by %(issuer)s."
        ) % {"issuer": issuer_profile().name}
    if course is None:
        return ob.AchievementData(
            id=build_verify_url(site_url(), certificate.code),
            name=certificate.course_title,
            description=certificate.course_title,
            criteria=criteria,
        )
    return ob.AchievementData(
        id=site_url() + (course.url or f"/courses/{course.slug}/"),
        name=certificate.course_title,
        description=course.summary or certificate.course_title,
        criteria=criteria,
        topic=course.topic.name if course.topic_id and course.topic else "",
        hours=round(course.estimated_minutes / 60, 1) if course.estimated_minutes else None,
    )


def _sign(payload: dict[str, Any]) -> tuple[str, str]:
    key = issuer_key()
    header = {"alg": key.alg, "typ": "JWT", "kid": key.kid}
    token = jws.serialize_compact(header, ob.canonical_json(payload), key.key, algorithms=[key.alg])
    return token, key.kid


def credential_data(certificate: Certificate, credential: Credential) -> ob.CredentialData:
    number, index = ob.status_position(credential.pk)
    user = certificate.user
    mark = (
        format_mark(certificate.mark, certificate.mark_out_of)
        if certificate.mark is not None
        else ""
    )
    return ob.CredentialData(
        credential_id=credential.urn,
        issuer=issuer_profile(),
        achievement=_achievement(certificate),
        recipient=ob.RecipientData(
            full_name=credential.full_name,
            email=user.email,
            salt=secrets.token_hex(8),
            unit_name=certificate.unit_name,
        ),
        valid_from=credential.issued_at,
        valid_until=credential.valid_until,
        status_list_url=status_list_url(number),
        status_index=index,
        verify_url=build_verify_url(site_url(), certificate.code),
        mark=mark,
    )


def issue_credential(
    certificate: Certificate, *, now: datetime.datetime | None = None
) -> Credential:
    """Sign a credential for a certificate (its name as printed); the caller holds a
    transaction. Raises CertificateDocumentError when the key is missing or unusable."""
    now = now or timezone.now()
    issuer_key()  # fail before writing anything when the key is not in place
    credential = Credential.objects.create(
        certificate=certificate,
        full_name=certificate.full_name,
        issued_at=now,
        valid_until=_end_of_day(certificate.valid_until) if certificate.valid_until else None,
    )
    payload = ob.jwt_payload(ob.open_badge_credential(credential_data(certificate, credential)))
    credential.token, credential.key_id = _sign(payload)
    credential.save(update_fields=["token", "key_id"])
    return credential


def current_credential(certificate: Certificate) -> Credential | None:
    return certificate.credentials.filter(revoked_at__isnull=True).order_by("-pk").first()


def ensure_credential(certificate_id: int, *, now: datetime.datetime | None = None) -> int | None:
    """The certificate's credential in force, issued when it has none (idempotent); returns
    its id, or None for a revoked certificate."""
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("user", "course")
            .filter(pk=certificate_id)
            .first()
        )
        if certificate is None or certificate.revoked_at is not None:
            return None
        existing = current_credential(certificate)
        if existing is not None:
            return existing.pk
        return issue_credential(certificate, now=now).pk


def issue_missing_credentials(*, now: datetime.datetime | None = None) -> int:
    """Credentials for certificates in force that have none (issued before credentials were)."""
    missing = (
        Certificate.objects.filter(revoked_at__isnull=True)
        .exclude(credentials__revoked_at__isnull=True, credentials__isnull=False)
        .values_list("pk", flat=True)
    )
    issued = 0
    for certificate_id in list(missing):
        before = Credential.objects.filter(certificate_id=certificate_id).count()
        ensure_credential(certificate_id, now=now)
        issued += Credential.objects.filter(certificate_id=certificate_id).count() - before
    return issued


def reissue_certificate(
    certificate_id: int, *, actor: User | None = None, now: datetime.datetime | None = None
) -> Certificate | None:
    """Re-issue a certificate under the officer's name as it is now (after a change of name):
    a new signed PDF under the same code and a new credential; the earlier credential is
    revoked as superseded. Does nothing when the name is unchanged and a credential is in
    force, so running it twice changes nothing. None for a revoked or unknown certificate."""
    from certificates.services import render_and_sign_certificate

    now = now or timezone.now()
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("user", "course")
            .filter(pk=certificate_id)
            .first()
        )
        if certificate is None or certificate.revoked_at is not None:
            return None
        name = certificate.user.get_full_name() or certificate.user.email
        current = current_credential(certificate)
        if name == certificate.full_name and current is not None:
            return certificate
        if name != certificate.full_name:
            certificate.full_name = name
            render_and_sign_certificate(certificate)
        certificate.changed_at = now
        certificate.save(update_fields=["full_name", "pdf", "pdf_sha256", "changed_at"])
        certificate.credentials.filter(revoked_at__isnull=True).update(
            revoked_at=now, revoke_reason=SUPERSEDED
        )
        issue_credential(certificate, now=now)
        if actor is not None:
            from wagtail.log_actions import log

            log(instance=certificate, action="certificates.reissue", user=actor)
    return certificate


# Status lists ----------------------------------------------------------------------------------


def revoked_indexes(number: int) -> list[int]:
    """Indexes set in status list `number`: credentials revoked or of revoked certificates."""
    first = number * ob.STATUS_LIST_SIZE
    rows = Credential.objects.filter(pk__gte=first, pk__lt=first + ob.STATUS_LIST_SIZE).filter(
        Q(revoked_at__isnull=False) | Q(certificate__revoked_at__isnull=False)
    )
    return [pk - first for pk in rows.values_list("pk", flat=True)]


def status_list_token(number: int, *, now: datetime.datetime | None = None) -> str:
    """The signed BitstringStatusListCredential of list `number` (signed once per content)."""
    encoded = ob.encode_status_list(revoked_indexes(number))
    digest = hashlib.sha256(f"{number}:{issuer_key().kid}:{encoded}".encode()).hexdigest()
    key = f"certificates:status-list:{digest}"
    token = cache.get(key)
    if token is None:
        now = now or timezone.now()
        document = ob.status_list_credential(
            list_url=status_list_url(number),
            issuer_id=issuer_profile().id,
            encoded_list=encoded,
            valid_from=now,
            valid_until=now + STATUS_LIST_LIFETIME,
        )
        document["iss"] = document["issuer"]
        document["jti"] = document["id"]
        document["nbf"] = int(now.timestamp())
        document["exp"] = int((now + STATUS_LIST_LIFETIME).timestamp())
        token = _sign(document)[0]
        # Served until shortly before it lapses; a change of content signs a new one at once.
        cache.set(key, token, int(STATUS_LIST_LIFETIME.total_seconds() / 2))
    return token


# Checking a credential -------------------------------------------------------------------------


class CredentialState:
    VALID = "valid"
    REVOKED = "revoked"
    EXPIRED = "expired"
    TAMPERED = "tampered"
    UNREADABLE = "unreadable"


@dataclass
class CredentialCheck:
    state: str
    credential: dict[str, Any] = field(default_factory=dict)
    record: Credential | None = None

    @property
    def recipient_name(self) -> str:
        subject = self.credential.get("credentialSubject") or {}
        for identifier in subject.get("identifier") or []:
            if identifier.get("identityType") == "name" and not identifier.get("hashed"):
                return str(identifier.get("identityHash", ""))
        return ""

    @property
    def achievement_name(self) -> str:
        subject = self.credential.get("credentialSubject") or {}
        return str((subject.get("achievement") or {}).get("name", ""))


def check_credential(data: bytes, *, now: datetime.datetime | None = None) -> CredentialCheck:
    """valid, revoked, expired or tampered (signature, key or content not ours), or unreadable
    (no credential found in what was given). Never raises on bad input."""
    now = now or timezone.now()
    token = ob.find_token(data)
    if token is None:
        return CredentialCheck(CredentialState.UNREADABLE)
    try:
        header = ob.decode_segment(token.split(".")[0])
        kid, alg = str(header.get("kid", "")), header.get("alg")
        key = verification_key(kid) if alg in {"RS256", "ES256"} else None
        if key is None:
            return CredentialCheck(CredentialState.TAMPERED)
        verified = jws.deserialize_compact(token, key, algorithms=[str(alg)])
        payload = json.loads(verified.payload)
    except (JoseError, ValueError, TypeError, AttributeError):
        return CredentialCheck(CredentialState.TAMPERED)
    if not isinstance(payload, dict) or payload.get("iss") != issuer_profile().id:
        return CredentialCheck(CredentialState.TAMPERED)
    record = _record_for(payload)
    try:
        revoked = _status_revoked(payload)
        valid_until = payload.get("validUntil")
        expired = bool(valid_until) and ob.parse_iso(str(valid_until)) < now
    except (ValueError, TypeError, KeyError, OSError):
        return CredentialCheck(CredentialState.TAMPERED, payload, record)
    if revoked:
        return CredentialCheck(CredentialState.REVOKED, payload, record)
    if expired:
        return CredentialCheck(CredentialState.EXPIRED, payload, record)
    return CredentialCheck(CredentialState.VALID, payload, record)


def _record_for(payload: dict[str, Any]) -> Credential | None:
    try:
        uid = uuid.UUID(str(payload.get("jti", "")).removeprefix("urn:uuid:"))
    except ValueError:
        return None
    return Credential.objects.select_related("certificate").filter(uid=uid).first()


def _status_revoked(payload: dict[str, Any]) -> bool:
    """Read the credential's own status entry against the list this site publishes."""
    entry = payload.get("credentialStatus")
    if not isinstance(entry, dict):
        raise ValueError("no status entry")
    list_url = str(entry.get("statusListCredential", ""))
    prefix = site_url() + reverse("certificates:status_list", args=[0])[:-1]
    if not list_url.startswith(prefix):
        raise ValueError("the status list is not this site's")
    number = int(list_url[len(prefix) :].strip("/"))
    index = int(entry.get("statusListIndex", ""))
    return ob.status_bit(ob.encode_status_list(revoked_indexes(number)), index)
