"""Self-signed key pairs for signing certificates in development and tests.

Production signs with the organisation's real certificate, issued by a certification authority;
this pair only lets a fresh machine issue signed certificates that validate against itself.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from django.utils.translation import gettext as _

from certificates.exceptions import SigningKeyExists

DEFAULT_DAYS = 1095
RSA_KEY_SIZE = 3072
# X.509 limits a common name to 64 characters.
MAX_NAME_LENGTH = 64


def create_signing_key_pair(
    *,
    key_path: Path | str,
    cert_path: Path | str,
    common_name: str,
    days: int = DEFAULT_DAYS,
    passphrase: str | None = None,
    overwrite: bool = False,
    now: datetime | None = None,
) -> x509.Certificate:
    """Write an RSA key and a self-signed document-signing certificate (PEM); return the latter.

    The key usage is digitalSignature + nonRepudiation, as PDF signature validators expect. The
    key file is readable by its owner only and encrypted when a passphrase is given.
    """
    key_path, cert_path = Path(key_path), Path(cert_path)
    existing = [str(path) for path in (key_path, cert_path) if path.exists()]
    if existing and not overwrite:
        raise SigningKeyExists(
            _("Refusing to overwrite %(paths)s; use --force to replace the key pair.")
            % {"paths": ", ".join(existing)}
        )
    if days < 1:
        raise ValueError(_("The certificate must be valid for at least one day."))
    common_name = common_name.strip()
    if not 1 <= len(common_name) <= MAX_NAME_LENGTH:
        raise ValueError(
            _("The name must have between 1 and %(max)d characters.") % {"max": MAX_NAME_LENGTH}
        )

    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_SIZE)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, common_name),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    start = (now or datetime.now(UTC)) - timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )

    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    key_path.parent.mkdir(parents=True, exist_ok=True)
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    _write_private(key_path, key_pem)
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return certificate


def _write_private(path: Path, content: bytes) -> None:
    if path.exists():
        path.unlink()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)


def certificate_fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 fingerprint as colon-separated hex pairs, for people to compare by eye."""
    digest = certificate.fingerprint(hashes.SHA256()).hex().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))
