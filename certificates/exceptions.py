"""Named refusals of certificates, each with a message a person can act on."""

from __future__ import annotations


class CertificateDocumentError(Exception):
    """Base class: the certificate PDF could not be made or signed."""


class SigningKeyMissing(CertificateDocumentError):
    """The organisation's signing key or certificate file is not where the settings say."""


class SigningKeyInvalid(CertificateDocumentError):
    """The key or certificate cannot be read, the passphrase is wrong, or they do not match."""


class SigningKeyExists(CertificateDocumentError):
    """Creating a key pair would overwrite an existing key or certificate."""


class CertificateRefused(Exception):
    """A refused operation on a certificate (e.g. revoking); str(error) is for the person."""
