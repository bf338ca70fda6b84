"""Fixtures for the tracker's tests: a throwaway signing key pair wired into the settings."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

import pytest

from progress.certificates import create_signing_key_pair

SIGNER_NAME = "Văn phòng Tỉnh ủy Quảng Ngãi (thử nghiệm)"


@dataclass(frozen=True)
class KeyPair:
    key_path: Path
    cert_path: Path
    passphrase: str | None = None


@pytest.fixture(scope="session")
def signing_key_pair(tmp_path_factory) -> KeyPair:
    """One self-signed pair for the whole run: RSA key generation is the slow part."""
    folder = tmp_path_factory.mktemp("signing-keys")
    pair = KeyPair(folder / "signing.key", folder / "signing.crt")
    create_signing_key_pair(
        key_path=pair.key_path, cert_path=pair.cert_path, common_name=SIGNER_NAME
    )
    return pair


@pytest.fixture
def signing_settings(settings, signing_key_pair) -> KeyPair:
    """Point CERTIFICATE_SIGNING_* at the test pair, so generate_certificate can sign."""
    settings.CERTIFICATE_SIGNING_KEY = str(signing_key_pair.key_path)
    settings.CERTIFICATE_SIGNING_CERT = str(signing_key_pair.cert_path)
    settings.CERTIFICATE_SIGNING_PASSPHRASE = ""
    return signing_key_pair


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection (timestamp server, OCSP, CRL) fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
