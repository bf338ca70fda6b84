"""The organisation's signing key: create_signing_key, encrypted keys, CA-issued chains."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.core.management import CommandError, call_command
from django.utils import translation

from certificates.exceptions import SigningKeyExists, SigningKeyMissing
from certificates.keys import create_signing_key_pair
from certificates.signing import generate_certificate, sign_pdf, verify_pdf_signature
from tests.certificates.pdf_helpers import (
    certificate_data,
)

# --- the create_signing_key command ----------------------------------------------------------


@pytest.fixture
def key_paths(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = str(tmp_path / "keys" / "signing.key")
    settings.CERTIFICATE_SIGNING_CERT = str(tmp_path / "keys" / "signing.crt")
    settings.CERTIFICATE_SIGNING_PASSPHRASE = ""
    return tmp_path / "keys" / "signing.key", tmp_path / "keys" / "signing.crt"


def test_command_creates_a_document_signing_pair(key_paths, unsigned_pdf):
    key_path, cert_path = key_paths

    call_command("create_signing_key", "--name", "Văn phòng Tỉnh ủy Quảng Ngãi", "--days", "30")

    certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature
    assert usage.value.content_commitment  # nonRepudiation
    assert not usage.value.key_cert_sign
    assert "Văn phòng Tỉnh ủy Quảng Ngãi" in certificate.subject.rfc4514_string()
    lifetime = certificate.not_valid_after_utc - certificate.not_valid_before_utc
    assert lifetime.days == 30
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    signed = sign_pdf(
        unsigned_pdf,
        key_path=key_path,
        cert_path=cert_path,
        reason="r",
        location="l",
        signer_name="s",
    )
    assert verify_pdf_signature(signed, trust_cert_path=cert_path).ok


def test_command_refuses_to_overwrite_without_force(key_paths):
    key_path, cert_path = key_paths
    call_command("create_signing_key")
    before = (key_path.read_bytes(), cert_path.read_bytes())

    with pytest.raises(CommandError, match="--force"):
        call_command("create_signing_key")

    assert (key_path.read_bytes(), cert_path.read_bytes()) == before
    call_command("create_signing_key", "--force")
    assert (key_path.read_bytes(), cert_path.read_bytes()) != before


def test_if_missing_creates_once_then_leaves_the_pair_alone(key_paths):
    key_path, cert_path = key_paths

    call_command("create_signing_key", "--if-missing")
    before = (key_path.read_bytes(), cert_path.read_bytes())
    call_command("create_signing_key", "--if-missing")

    assert (key_path.read_bytes(), cert_path.read_bytes()) == before


def test_if_missing_does_not_pair_a_new_key_with_an_old_certificate(key_paths):
    key_path, cert_path = key_paths
    call_command("create_signing_key")
    cert_path.unlink()

    with pytest.raises(CommandError, match="--force"):
        call_command("create_signing_key", "--if-missing")
    assert not cert_path.exists()


def test_command_refuses_production_settings_unless_forced(key_paths, settings):
    key_path, _ = key_paths
    settings.DEMO_DATA_ALLOWED = False

    with pytest.raises(CommandError, match="production"):
        call_command("create_signing_key", "--if-missing")
    assert not key_path.exists()

    call_command("create_signing_key", "--force")
    assert key_path.exists()


def test_command_encrypts_the_key_with_the_configured_passphrase(key_paths, settings):
    key_path, _ = key_paths
    settings.CERTIFICATE_SIGNING_PASSPHRASE = "cụm mật khẩu"

    call_command("create_signing_key")

    assert b"ENCRYPTED PRIVATE KEY" in key_path.read_bytes()
    pdf = generate_certificate(certificate_data())
    assert verify_pdf_signature(pdf, trust_cert_path=settings.CERTIFICATE_SIGNING_CERT).ok


@pytest.mark.parametrize(
    ("arguments", "message"),
    [(["--days", "0"], "one day"), (["--name", "x" * 65], "64")],
)
def test_command_rejects_bad_arguments_with_a_clear_message(key_paths, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("create_signing_key", *arguments)


def test_service_refuses_to_overwrite_with_a_named_exception(tmp_path):
    key_path, cert_path = tmp_path / "a.key", tmp_path / "a.crt"
    create_signing_key_pair(key_path=key_path, cert_path=cert_path, common_name="A")

    with pytest.raises(SigningKeyExists):
        create_signing_key_pair(key_path=key_path, cert_path=cert_path, common_name="A")


def test_refusals_speak_vietnamese_by_default(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = str(tmp_path / "absent.key")

    with translation.override("vi"), pytest.raises(SigningKeyMissing, match="Thiếu khóa ký"):
        generate_certificate(certificate_data())


def _ca_issued_pair(folder, *, days: int):
    """A small CA and a signer certificate it issued; the cert file carries the chain."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Thử nghiệm CA")])
    leaf_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Văn phòng Tỉnh ủy")])
    start = datetime.now(UTC) - timedelta(minutes=5)
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    leaf = (
        x509.CertificateBuilder()
        .subject_name(leaf_name)
        .issuer_name(ca_name)
        .public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    (folder / "leaf.key").write_bytes(
        leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    (folder / "chain.crt").write_bytes(leaf.public_bytes(pem) + ca.public_bytes(pem))
    (folder / "ca.crt").write_bytes(ca.public_bytes(pem))
    return folder / "leaf.key", folder / "chain.crt", folder / "ca.crt"


def test_a_ca_issued_certificate_with_its_chain_signs_and_validates_at_a_chosen_moment(
    unsigned_pdf, tmp_path, no_network
):
    key_path, chain_path, ca_path = _ca_issued_pair(tmp_path, days=30)
    signed = sign_pdf(
        unsigned_pdf,
        key_path=key_path,
        cert_path=chain_path,
        reason="r",
        location="l",
        signer_name="s",
    )

    now = verify_pdf_signature(signed, trust_cert_path=ca_path)
    later = verify_pdf_signature(
        signed, trust_cert_path=ca_path, at=datetime.now(UTC) + timedelta(days=60)
    )

    assert now.ok
    assert "Văn phòng Tỉnh ủy" in now.signer_subject
    assert later.intact
    assert not later.trusted
    assert not later.ok
