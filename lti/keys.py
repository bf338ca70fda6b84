"""The tool's own key pair: created the first time it is needed, kept in the database (never
published but through its public half), and served as the tool's JSON Web Key Set."""

from __future__ import annotations

import json
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.db import IntegrityError, transaction
from jwcrypto.jwk import JWK

from lti.models import ToolKey


def _new_key() -> ToolKey:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = private.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    ).decode("ascii")
    public_pem = (
        private.public_key()
        .public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
        .decode("ascii")
    )
    kid = JWK.from_pem(public_pem.encode("ascii")).thumbprint()
    return ToolKey(kid=kid, private_key=private_pem, public_key=public_pem)


def new_key() -> ToolKey:
    """A new key pair that signs from now on (earlier ones stay in the JWKS)."""
    key = _new_key()
    key.save()
    return key


def current_key() -> ToolKey:
    """The newest key, made now if there is none yet (two servers racing keep one of theirs)."""
    key = ToolKey.objects.order_by("-created_at", "-pk").first()
    if key is not None:
        return key
    key = _new_key()
    try:
        with transaction.atomic():
            key.save()
    except IntegrityError:  # pragma: no cover - a thumbprint clash is not expected
        pass
    return ToolKey.objects.order_by("-created_at", "-pk").first() or key


def public_jwk(key: ToolKey) -> dict[str, Any]:
    jwk: dict[str, Any] = json.loads(JWK.from_pem(key.public_key.encode("ascii")).export_public())
    jwk.update({"kid": key.kid, "alg": "RS256", "use": "sig"})
    return jwk


def jwks() -> dict[str, list[dict[str, Any]]]:
    """Every key the tool has (the newest signs; older ones stay so tokens in flight verify)."""
    if not ToolKey.objects.exists():
        current_key()
    return {"keys": [public_jwk(key) for key in ToolKey.objects.order_by("-created_at", "-pk")]}
