"""Open Badges 3.0 credentials, Bitstring Status Lists and baked badge images, as pure functions.

No database and no keys here: the services fill the dataclasses from their records, sign what
these functions build (certificates.vc_keys) and publish the status lists.

Shapes follow 1EdTech Open Badges 3.0 (an ``OpenBadgeCredential`` in the W3C Verifiable
Credentials 2.0 data model, secured as a VC-JWT: the JWT payload is the credential itself with
the registered claims ``iss``, ``jti``, ``nbf`` and ``exp`` beside it) and W3C Bitstring Status
List 1.0 (a GZIP-compressed bitstring of at least 16 KiB, base64url with the multibase ``u``).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import gzip
import hashlib
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_EXTENSIONS_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
OB_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
# OB 3.0 baking: the PNG iTXt keyword and the SVG element's namespace.
PNG_KEYWORD = "openbadgecredential"
SVG_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"
# Bitstring Status List 1.0: a list holds at least 131,072 entries (16 KiB), for herd privacy.
STATUS_LIST_SIZE = 131_072
STATUS_PURPOSE = "revocation"
# What a pasted or uploaded credential may weigh before it is even looked at.
MAX_CREDENTIAL_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class IssuerProfile:
    id: str  # a URL that serves this profile
    name: str
    url: str


@dataclass(frozen=True, slots=True)
class AchievementData:
    id: str  # the course's address
    name: str
    description: str
    criteria: str
    topic: str = ""
    level: str = ""
    hours: float | None = None


@dataclass(frozen=True, slots=True)
class RecipientData:
    full_name: str
    email: str
    # Salt for the hashed email, so the credential does not publish the address.
    salt: str
    unit_name: str = ""


@dataclass(frozen=True, slots=True)
class CredentialData:
    credential_id: str  # urn:uuid:…
    issuer: IssuerProfile
    achievement: AchievementData
    recipient: RecipientData
    valid_from: datetime.datetime
    valid_until: datetime.datetime | None
    status_list_url: str
    status_index: int
    verify_url: str = ""
    mark: str = ""  # as printed, e.g. "8,5/10"
    extra: dict[str, Any] = field(default_factory=dict)


def iso(moment: datetime.datetime) -> str:
    """An XML Schema dateTime in UTC without fractions, as VC 2.0 examples write it."""
    return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def hashed_email(email: str, salt: str) -> str:
    """OB 3.0 IdentityHash: "sha256$" and the hex digest of the address followed by its salt."""
    digest = hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()
    return f"sha256${digest}"


def status_entry(list_url: str, index: int) -> dict[str, Any]:
    return {
        "id": f"{list_url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": STATUS_PURPOSE,
        "statusListIndex": str(index),
        "statusListCredential": list_url,
    }


def open_badge_credential(data: CredentialData) -> dict[str, Any]:
    """The OpenBadgeCredential of one certificate (without proof: the VC-JWT secures it)."""
    achievement: dict[str, Any] = {
        "id": data.achievement.id,
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": data.achievement.name,
        "description": data.achievement.description or data.achievement.name,
        "criteria": {"narrative": data.achievement.criteria},
        "creator": _profile(data.issuer),
        "inLanguage": "vi",
    }
    if data.achievement.topic:
        achievement["tag"] = [data.achievement.topic]
    if data.achievement.hours:
        achievement["creditsAvailable"] = data.achievement.hours
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "identifier": [
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": True,
                "identityHash": hashed_email(data.recipient.email, data.recipient.salt),
                "salt": data.recipient.salt,
            },
            {
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": False,
                "identityHash": data.recipient.full_name,
            },
        ],
        "achievement": achievement,
    }
    if data.mark:
        subject["result"] = [{"type": ["Result"], "value": data.mark}]
    credential: dict[str, Any] = {
        "@context": [VC_CONTEXT, OB_CONTEXT, OB_EXTENSIONS_CONTEXT],
        "id": data.credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": data.achievement.name,
        "issuer": _profile(data.issuer),
        "validFrom": iso(data.valid_from),
        "credentialSubject": subject,
        "credentialStatus": status_entry(data.status_list_url, data.status_index),
        "credentialSchema": [{"id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
    }
    if data.valid_until is not None:
        credential["validUntil"] = iso(data.valid_until)
    if data.verify_url:
        credential["evidence"] = [
            {"id": data.verify_url, "type": ["Evidence"], "name": data.achievement.name}
        ]
    credential.update(data.extra)
    return credential


def _profile(issuer: IssuerProfile) -> dict[str, Any]:
    return {"id": issuer.id, "type": ["Profile"], "name": issuer.name, "url": issuer.url}


def issuer_profile_document(issuer: IssuerProfile) -> dict[str, Any]:
    """The issuer's Profile as served at its id."""
    return {"@context": [VC_CONTEXT, OB_CONTEXT], **_profile(issuer)}


def jwt_payload(credential: dict[str, Any]) -> dict[str, Any]:
    """The VC-JWT payload: the credential with the registered claims OB 3.0 maps from it."""
    issuer = credential["issuer"]
    payload = dict(credential)
    payload["iss"] = issuer["id"] if isinstance(issuer, dict) else issuer
    payload["jti"] = credential["id"]
    payload["nbf"] = int(parse_iso(credential["validFrom"]).timestamp())
    if credential.get("validUntil"):
        payload["exp"] = int(parse_iso(credential["validUntil"]).timestamp())
    subject = credential.get("credentialSubject") or {}
    if isinstance(subject, dict) and subject.get("id"):
        payload["sub"] = subject["id"]
    return payload


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def parse_iso(text: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment


# Bitstring Status List -------------------------------------------------------------------------


def status_position(global_index: int) -> tuple[int, int]:
    """(list number, index inside that list) of a credential's place in the status lists."""
    return divmod(global_index, STATUS_LIST_SIZE)


def encode_status_list(set_bits: Iterable[int], size: int = STATUS_LIST_SIZE) -> str:
    """The encodedList: bit 0 is the left-most bit of the first byte, as the spec says."""
    bits = bytearray(size // 8)
    for index in set_bits:
        if not 0 <= index < size:
            raise ValueError(f"status index {index} is outside 0..{size - 1}")
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode().rstrip("=")


def status_bit(encoded_list: str, index: int) -> bool:
    """Whether the bit at index is set in an encodedList (ValueError when it cannot be read)."""
    if not encoded_list.startswith("u"):
        raise ValueError("the encoded list is not base64url multibase")
    body = encoded_list[1:]
    try:
        compressed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("the encoded list is not base64url") from exc
    with gzip.GzipFile(fileobj=io.BytesIO(compressed)) as stream:
        bits = stream.read(index // 8 + 1)
    if len(bits) <= index // 8:
        raise ValueError("the status index lies outside the list")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(
    *,
    list_url: str,
    issuer_id: str,
    encoded_list: str,
    valid_from: datetime.datetime,
    valid_until: datetime.datetime,
) -> dict[str, Any]:
    return {
        "@context": [VC_CONTEXT],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id,
        "validFrom": iso(valid_from),
        "validUntil": iso(valid_until),
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": STATUS_PURPOSE,
            "encodedList": encoded_list,
        },
    }


# Reading what a person pastes or uploads -------------------------------------------------------

_COMPACT_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")
ENVELOPE_PREFIX = "data:application/vc+jwt,"


def enveloped_credential(token: str) -> dict[str, Any]:
    """VC 2.0's JSON form of a credential secured as a JWT (EnvelopedVerifiableCredential)."""
    return {
        "@context": VC_CONTEXT,
        "id": ENVELOPE_PREFIX + token,
        "type": "EnvelopedVerifiableCredential",
    }


def find_token(data: bytes) -> str | None:
    """The compact VC-JWT inside what a person gave: the token itself, its JSON envelope, or a
    baked PNG or SVG badge. None when there is none to be found."""
    if len(data) > MAX_CREDENTIAL_BYTES:
        return None
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return extract_png(data)
    try:
        text = data.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        return None
    if text.startswith("<"):
        return extract_svg(text)
    if text.startswith("{"):
        try:
            document = json.loads(text)
        except ValueError:
            return None
        if isinstance(document, dict):
            envelope = document.get("id")
            if isinstance(envelope, str) and envelope.startswith(ENVELOPE_PREFIX):
                text = envelope[len(ENVELOPE_PREFIX) :]
            else:
                return None
    text = "".join(text.split())
    return text if _COMPACT_JWS.match(text) else None


def decode_segment(segment: str) -> Any:
    """A JSON object from one base64url part of a compact JWS (ValueError when it is not)."""
    raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    return json.loads(raw)


# Baking ------------------------------------------------------------------------------------------


def bake_png(png: bytes, token: str) -> bytes:
    """The PNG with the credential in an iTXt chunk keyed "openbadgecredential"."""
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    with Image.open(io.BytesIO(png)) as image:
        info = PngInfo()
        info.add_itxt(PNG_KEYWORD, token)
        out = io.BytesIO()
        image.save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def extract_png(png: bytes) -> str | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(png)) as image:
            if image.format != "PNG":
                return None
            image.load()
            value = image.text.get(PNG_KEYWORD) if hasattr(image, "text") else None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return None
    return "".join(str(value).split()) if value else None


def bake_svg(svg: str, token: str) -> str:
    """The SVG with an <openbadges:credential verify="…"> element after its opening tag."""
    start = svg.index("<svg")
    end = svg.index(">", start)
    opening = svg[start:end]
    if "xmlns:openbadges" not in opening:
        opening += f' xmlns:openbadges="{SVG_NAMESPACE}"'
    element = f"<openbadges:credential verify={quoteattr(token)}></openbadges:credential>"
    return svg[:start] + opening + ">" + element + svg[end + 1 :]


def extract_svg(svg: str) -> str | None:
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(svg)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        return None
    for element in root.iter(f"{{{SVG_NAMESPACE}}}credential"):
        token = element.get("verify") or (element.text or "").strip()
        if token:
            return "".join(token.split())
    return None


def badge_svg(*, title: str, issuer: str, year: str) -> str:
    """A plain round badge naming the course, for baking."""
    lines = _wrap(title, 22)[:4]
    first_y = 150 - (len(lines) - 1) * 12
    text = "".join(
        f'<text x="150" y="{first_y + 24 * i}" text-anchor="middle" font-size="18" '
        f'font-family="DejaVu Sans, sans-serif" fill="#ffffff">{escape(line)}</text>'
        for i, line in enumerate(lines)
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300" viewBox="0 0 300 300" '
        f'role="img" aria-label={quoteattr(title)}>'
        '<circle cx="150" cy="150" r="145" fill="#8a1c1c"/>'
        '<circle cx="150" cy="150" r="128" fill="none" stroke="#f2c94c" stroke-width="6"/>'
        f"{text}"
        f'<text x="150" y="250" text-anchor="middle" font-size="13" '
        f'font-family="DejaVu Sans, sans-serif" fill="#f2c94c">{escape(issuer)} · {escape(year)}'
        "</text></svg>"
    )


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines or [text]
