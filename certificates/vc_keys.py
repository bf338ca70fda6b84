"""The organisation's key for verifiable credentials: the key that signs certificate PDFs.

Credentials are signed with the same key and certificate as the PDFs (CERTIFICATE_SIGNING_KEY
and CERTIFICATE_SIGNING_CERT), so one key, kept and rotated one way, stands behind both: RS256
for an RSA key, ES256 for a P-256 key. The public key is published as a JWK Set and in a
did:web document, each key with its X.509 chain (``x5c``) and its RFC 7638 thumbprint as ``kid``.
After a rotation, the certificates of earlier keys listed in CREDENTIAL_RETIRED_CERTS stay
published, so credentials signed before keep verifying.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from django.conf import settings
from joserfc.jwk import ECKey, RSAKey

from certificates.exceptions import SigningKeyInvalid
from certificates.signing import load_signer

JWKS_PATH = "/.well-known/jwks.json"


@dataclass(frozen=True)
class IssuerKey:
    key: RSAKey | ECKey
    kid: str
    alg: str
    public_jwk: dict[str, Any]


def _algorithm(public_key: Any) -> str:
    if isinstance(public_key, rsa.RSAPublicKey):
        return "RS256"
    if isinstance(public_key, ec.EllipticCurvePublicKey) and public_key.curve.name == "secp256r1":
        return "ES256"
    raise SigningKeyInvalid(
        "Verifiable credentials are signed with RSA (RS256) or P-256 (ES256) keys; the "
        "signing key is neither."
    )


def _jwk(public_key: Any, chain_der: list[bytes]) -> tuple[RSAKey | ECKey, dict[str, Any]]:
    key: RSAKey | ECKey = (
        RSAKey.import_key(public_key)
        if isinstance(public_key, rsa.RSAPublicKey)
        else ECKey.import_key(public_key)
    )
    document = dict(key.as_dict(private=False))
    document.update(
        {
            "kid": key.thumbprint(),
            "alg": _algorithm(public_key),
            "use": "sig",
            "x5c": [base64.b64encode(der).decode() for der in chain_der],
        }
    )
    return key, document


def issuer_key() -> IssuerKey:
    """The private signing key (loaded once per file version, as for PDFs) with its JWK."""
    signer = load_signer(
        settings.CERTIFICATE_SIGNING_KEY,
        settings.CERTIFICATE_SIGNING_CERT,
        settings.CERTIFICATE_SIGNING_PASSPHRASE or None,
    )
    private = signer.private_key
    public = private.public_key()
    algorithm = _algorithm(public)
    own = signer.signing_cert
    if own is None:
        raise SigningKeyInvalid("The signing certificate could not be read.")
    chain = [own.dump()] + [cert.dump() for cert in signer.cert_registry]
    _public_key, document = _jwk(public, chain)
    key: RSAKey | ECKey = (
        RSAKey.import_key(private)  # type: ignore[arg-type]
        if algorithm == "RS256"
        else ECKey.import_key(private)  # type: ignore[arg-type]
    )
    return IssuerKey(key=key, kid=document["kid"], alg=algorithm, public_jwk=document)


def retired_public_keys() -> list[dict[str, Any]]:
    """JWKs of the earlier signing certificates named in CREDENTIAL_RETIRED_CERTS."""
    documents = []
    for name in getattr(settings, "CREDENTIAL_RETIRED_CERTS", []):
        data = Path(name).read_bytes()
        try:
            certificate = x509.load_pem_x509_certificate(data)
        except ValueError:
            certificate = x509.load_der_x509_certificate(data)
        der = certificate.public_bytes(serialization.Encoding.DER)
        documents.append(_jwk(certificate.public_key(), [der])[1])
    return documents


def published_keys() -> list[dict[str, Any]]:
    """Every public key a verifier may meet: the current one first, then retired ones."""
    current = issuer_key().public_jwk
    retired = [jwk for jwk in retired_public_keys() if jwk["kid"] != current["kid"]]
    return [current, *retired]


def verification_key(kid: str) -> RSAKey | ECKey | None:
    """The public key published under kid, or None when this site never published it."""
    for document in published_keys():
        if document["kid"] == kid:
            clean = {k: v for k, v in document.items() if k not in {"x5c", "use", "alg", "kid"}}
            key = RSAKey.import_key(clean) if clean["kty"] == "RSA" else ECKey.import_key(clean)
            return key
    return None


def site_url() -> str:
    return str(settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def did_web() -> str:
    """The site's did:web identifier (host, and port encoded as the method asks)."""
    parts = urlsplit(site_url())
    host = parts.netloc.replace(":", "%3A")
    path = parts.path.strip("/").replace("/", ":")
    return f"did:web:{host}" + (f":{path}" if path else "")


def did_document() -> dict[str, Any]:
    """The DID document served at /.well-known/did.json: every published key, by its kid."""
    did = did_web()
    methods = [
        {
            "id": f"{did}#{jwk['kid']}",
            "type": "JsonWebKey",
            "controller": did,
            "publicKeyJwk": {k: v for k, v in jwk.items() if k not in {"use"}},
        }
        for jwk in published_keys()
    ]
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"],
        "id": did,
        "alsoKnownAs": [site_url() + "/"],
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }
