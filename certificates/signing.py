"""PAdES digital signatures on certificate PDFs, made and checked with pyHanko, fully offline.

The organisation's key and certificate are PEM (or DER) files named by the settings
CERTIFICATE_SIGNING_KEY and CERTIFICATE_SIGNING_CERT; the certificate file may carry the issuing
chain after the signer's own certificate. Nothing is fetched from the network: no timestamp
server, no revocation lookup.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from django.conf import settings
from django.utils.translation import gettext as _
from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from certificates.data import CertificateData
from certificates.exceptions import SigningKeyInvalid, SigningKeyMissing
from certificates.render import render_certificate_pdf

SIGNATURE_FIELD = "KNS-Signature"
SIGNING_REASON = "Chứng nhận hoàn thành khóa học · Certificate of course completion"


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    """The outcome of checking a certificate PDF's signature against a trusted certificate."""

    signed: bool
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    # False when bytes were added after the signature (an incremental update).
    covers_whole_file: bool = False
    signer_subject: str = ""
    signed_at: datetime | None = None
    # Empty when ok; otherwise a short English explanation for logs and the admin.
    problem: str = ""

    @property
    def ok(self) -> bool:
        return (
            self.signed and self.intact and self.valid and self.trusted and self.covers_whole_file
        )


def _missing(path: Path | str, what: str) -> SigningKeyMissing:
    if what == "key":
        message = _(
            "The certificate signing key is missing: %(path)s. In development run “python "
            "manage.py create_signing_key”; in production set CERTIFICATE_SIGNING_KEY to the "
            "organisation's key file."
        )
    else:
        message = _(
            "The certificate signing certificate is missing: %(path)s. In development run "
            "“python manage.py create_signing_key”; in production set CERTIFICATE_SIGNING_CERT "
            "to the organisation's certificate file."
        )
    return SigningKeyMissing(message % {"path": path})


def _read(path: Path | str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise _missing(path, what) from exc
    except OSError as exc:
        raise SigningKeyInvalid(
            _("Cannot read %(path)s: %(error)s") % {"path": path, "error": exc.strerror}
        ) from exc


def _stamp(path: Path | str, what: str) -> tuple[int, int]:
    try:
        info = Path(path).stat()
    except FileNotFoundError as exc:
        raise _missing(path, what) from exc
    return info.st_mtime_ns, info.st_size


class _KeyHoldingSigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner parses the key again for every raw signature, which is slow for
    RSA (the key is checked each time); this one keeps the parsed key."""

    def __init__(self, *, private_key: PrivateKeyTypes, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._private_key = private_key

    @property
    def private_key(self) -> PrivateKeyTypes:
        """The parsed key, which also signs the certificates' verifiable credentials."""
        return self._private_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        hash_class = getattr(hashes, digest_algorithm.upper(), None)
        key = self._private_key
        if hash_class is not None:
            if mechanism == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
                return key.sign(data, PKCS1v15(), hash_class())
            if mechanism == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
                return key.sign(data, ec.ECDSA(hash_class()))
        return super().sign_raw(data, digest_algorithm)


def load_signer(
    key_path: Path | str, cert_path: Path | str, passphrase: str | None = None
) -> _KeyHoldingSigner:
    """A pyHanko signer from PEM/DER files, refusing clearly when a file is missing or wrong.

    Loaded once per process and file version: opening an RSA key is the slow part of signing.
    """
    return _load_signer(
        str(key_path),
        _stamp(key_path, "key"),
        str(cert_path),
        _stamp(cert_path, "cert"),
        passphrase,
    )


@lru_cache(maxsize=4)
def _load_signer(
    key_path: str,
    key_stamp: tuple[int, int],
    cert_path: str,
    cert_stamp: tuple[int, int],
    passphrase: str | None,
) -> _KeyHoldingSigner:
    key_bytes = _read(key_path, "key")
    cert_bytes = _read(cert_path, "cert")
    password = passphrase.encode() if passphrase else None
    load = (
        serialization.load_pem_private_key
        if b"-----BEGIN" in key_bytes
        else serialization.load_der_private_key
    )
    try:
        private_key = load(key_bytes, password=password)
    except (TypeError, ValueError) as exc:
        raise SigningKeyInvalid(
            _(
                "The certificate signing key %(path)s cannot be opened (wrong or missing "
                "passphrase, or not a private key): %(error)s"
            )
            % {"path": key_path, "error": exc}
        ) from exc
    try:
        certs = list(load_certs_from_pemder_data(cert_bytes))
    except ValueError as exc:
        raise SigningKeyInvalid(
            _("The certificate file %(path)s cannot be read: %(error)s")
            % {"path": cert_path, "error": exc}
        ) from exc
    spki = private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    matching = [cert for cert in certs if cert.public_key.dump() == spki]
    if not matching:
        raise SigningKeyInvalid(
            _("No certificate in %(cert)s belongs to the signing key %(key)s.")
            % {"cert": cert_path, "key": key_path}
        )
    signing_cert = matching[0]
    chain = [cert for cert in certs if cert is not signing_cert]
    pkcs8 = private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return _KeyHoldingSigner(
        private_key=private_key,
        signing_cert=signing_cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(pkcs8),
        cert_registry=SimpleCertificateStore.from_certs(chain),
    )


def sign_pdf(
    pdf_bytes: bytes,
    *,
    key_path: Path | str,
    cert_path: Path | str,
    passphrase: str | None = None,
    reason: str,
    location: str,
    signer_name: str,
) -> bytes:
    """Add a PAdES baseline (B-B) certification signature; later changes will show as tampering."""
    signer = load_signer(key_path, cert_path, passphrase)
    writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=signer_name,
        certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES,
    )
    output = signers.sign_pdf(writer, metadata, signer=signer)
    return output.getvalue()


def _subject(cert: asn1_x509.Certificate | None) -> str:
    return cert.subject.human_friendly if cert is not None else ""


def verify_pdf_signature(
    pdf_bytes: bytes, *, trust_cert_path: Path | str, at: datetime | None = None
) -> SignatureCheck:
    """Check the first signature of a PDF offline, trusting only the given certificate(s).

    ``at`` validates the signer's certificate at that moment (e.g. the recorded issue time)
    instead of now, so a certificate signed before the key's expiry still checks out later. A
    self-signed certificate trusted directly is a trust anchor, whose dates are not checked.
    """
    trust_roots = list(load_certs_from_pemder_data(_read(trust_cert_path, "cert")))
    try:
        reader = PdfFileReader(BytesIO(pdf_bytes), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError) as exc:
        return SignatureCheck(signed=False, problem=f"Not a readable PDF: {exc}")
    if not signatures:
        return SignatureCheck(signed=False, problem="The PDF carries no signature.")
    context = ValidationContext(
        trust_roots=trust_roots, allow_fetching=False, revocation_mode="soft-fail", moment=at
    )
    try:
        status = validate_pdf_signature(signatures[0], context)
    except (PdfError, ValueError, KeyError) as exc:
        return SignatureCheck(signed=True, problem=f"The signature cannot be checked: {exc}")
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    check = SignatureCheck(
        signed=True,
        intact=status.intact,
        valid=status.valid,
        trusted=status.trusted,
        covers_whole_file=whole,
        signer_subject=_subject(status.signing_cert),
        signed_at=status.signer_reported_dt,
    )
    problems = []
    if not status.intact:
        problems.append("the signed bytes were changed")
    elif not status.valid:
        problems.append("the signature does not match the signer's key")
    if not status.trusted:
        problems.append("the signer is not trusted")
    if not whole:
        problems.append("content was added after signing")
    if problems:
        return replace(check, problem="; ".join(problems).capitalize())
    return check


def generate_certificate(data: CertificateData) -> bytes:
    """Render and sign a certificate with the organisation's key and certificate from settings."""
    return sign_pdf(
        render_certificate_pdf(data),
        key_path=settings.CERTIFICATE_SIGNING_KEY,
        cert_path=settings.CERTIFICATE_SIGNING_CERT,
        passphrase=settings.CERTIFICATE_SIGNING_PASSPHRASE or None,
        reason=SIGNING_REASON,
        location=settings.WAGTAILADMIN_BASE_URL,
        signer_name=data.issuer,
    )
