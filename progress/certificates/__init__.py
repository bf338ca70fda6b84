"""Certificate documents: a signed, verifiable A4 PDF for each completed course.

The tracker (models, views, issuing) builds on these functions; nothing here touches the database.
"""

from .data import (
    CertificateData,
    build_verify_url,
    format_date_vi,
    format_decimal_vi,
    format_mark,
    new_verification_code,
    normalise_verification_code,
)
from .exceptions import (
    CertificateDocumentError,
    SigningKeyExists,
    SigningKeyInvalid,
    SigningKeyMissing,
)
from .keys import certificate_fingerprint, create_signing_key_pair
from .render import qr_payload, render_certificate_pdf
from .signing import (
    SignatureCheck,
    generate_certificate,
    load_signer,
    sign_pdf,
    verify_pdf_signature,
)

__all__ = [
    "CertificateData",
    "CertificateDocumentError",
    "SignatureCheck",
    "SigningKeyExists",
    "SigningKeyInvalid",
    "SigningKeyMissing",
    "build_verify_url",
    "certificate_fingerprint",
    "create_signing_key_pair",
    "format_date_vi",
    "format_decimal_vi",
    "format_mark",
    "generate_certificate",
    "load_signer",
    "new_verification_code",
    "normalise_verification_code",
    "qr_payload",
    "render_certificate_pdf",
    "sign_pdf",
    "verify_pdf_signature",
]
