"""Certificates as Open Badges 3.0 verifiable credentials, checked by implementations that are
not ours: jwcrypto for the JWS against the published JWK Set, and openbadgeslib for the whole
OB 3.0 credential (structure, context, dates, and the revocation status list it fetches)."""

from __future__ import annotations

import base64
import datetime
import io
import json
import zipfile
from urllib.parse import urlsplit

import pytest
import time_machine
from django.urls import reverse
from jwcrypto import jwk as jwcrypto_jwk
from jwcrypto import jws as jwcrypto_jws
from openbadgeslib.ob3 import OB3VerificationError, OB3Verifier

from certificates import credentials, openbadges
from certificates.models import Certificate, Credential
from certificates.services import revoke_certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_credential(shared_demo):
    credential = (
        Credential.objects.filter(revoked_at__isnull=True, certificate__revoked_at__isnull=True)
        .select_related("certificate", "certificate__user")
        .order_by("pk")
        .first()
    )
    assert credential is not None, "the demo issues credentials with its certificates"
    return credential


def fetch(client):
    """What openbadgeslib uses to fetch a status list: our own site, through the test client."""

    def download(url: str) -> bytes:
        response = client.get(urlsplit(url).path)
        assert response.status_code == 200, url
        return response.content

    return download


def published_pem(client) -> bytes:
    keys = client.get("/.well-known/jwks.json").json()["keys"]
    return jwcrypto_jwk.JWK(**keys[0]).export_to_pem()


def tamper(token: str, old: str, new: str) -> str:
    """The same signature over a payload with one change (one byte of the subject's name)."""
    header, payload, signature = token.split(".")
    body = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()
    assert old in body
    changed = base64.urlsafe_b64encode(body.replace(old, new, 1).encode()).decode().rstrip("=")
    return f"{header}.{changed}.{signature}"


def test_a_demo_credential_verifies_with_jwcrypto_and_openbadgeslib(client, demo_credential):
    token = demo_credential.token
    keys = client.get("/.well-known/jwks.json").json()["keys"]
    signed = jwcrypto_jws.JWS()
    signed.deserialize(token)
    signed.verify(jwcrypto_jwk.JWK(**keys[0]))
    payload = json.loads(signed.payload)
    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert payload["credentialSubject"]["achievement"]["name"] == (
        demo_credential.certificate.course_title
    )

    verified = OB3Verifier(published_pem(client)).verify(
        token, check_status=True, verify_status_list=True, download=fetch(client)
    )
    assert verified.issuer.id == "http://testserver/credentials/issuer/"
    assert verified.achievement.name == demo_credential.certificate.course_title


def test_one_changed_byte_of_the_subject_fails_every_check(client, demo_credential):
    name = demo_credential.full_name
    forged = tamper(demo_credential.token, name, name[:-1] + chr(ord(name[-1]) + 1))
    keys = client.get("/.well-known/jwks.json").json()["keys"]
    signed = jwcrypto_jws.JWS()
    signed.deserialize(forged)
    with pytest.raises(jwcrypto_jws.InvalidJWSSignature):
        signed.verify(jwcrypto_jwk.JWK(**keys[0]))
    with pytest.raises(OB3VerificationError, match="(?i)signature"):
        OB3Verifier(published_pem(client)).verify(forged)
    response = client.post(reverse("certificates:verify_credential"), {"text": forged})
    assert 'data-state="tampered"' in response.content.decode()


def test_a_revoked_credential_is_revoked_through_the_status_list(
    client, demo_credential, administrator
):
    verifier = OB3Verifier(published_pem(client))
    verifier.verify(demo_credential.token, check_status=True, download=fetch(client))
    revoke_certificate(administrator, demo_credential.certificate, reason="Cấp nhầm")
    with pytest.raises(OB3VerificationError, match="revocation"):
        verifier.verify(
            demo_credential.token,
            check_status=True,
            verify_status_list=True,
            download=fetch(client),
        )
    response = client.post(
        reverse("certificates:verify_credential"), {"text": demo_credential.token}
    )
    assert 'data-state="revoked"' in response.content.decode()


def test_the_verify_page_says_valid_for_a_pasted_envelope_and_an_uploaded_badge(
    client, demo_credential
):
    envelope = json.dumps(openbadges.enveloped_credential(demo_credential.token))
    response = client.post(reverse("certificates:verify_credential"), {"text": envelope})
    page = response.content.decode()
    assert 'data-state="valid"' in page
    assert demo_credential.full_name in page

    svg = openbadges.bake_svg(
        openbadges.badge_svg(title="Khóa học", issuer="Kỹ Năng Số", year="2026"),
        demo_credential.token,
    )
    upload = io.BytesIO(svg.encode())
    upload.name = "huy-hieu.svg"
    response = client.post(reverse("certificates:verify_credential"), {"file": upload})
    assert 'data-state="valid"' in response.content.decode()


def test_the_verify_page_reads_nonsense_without_crashing(client):
    for text in ("hello", "a.b.c", "{}", '{"id": "data:application/vc+jwt,x.y.z"}', "<svg"):
        response = client.post(reverse("certificates:verify_credential"), {"text": text})
        assert response.status_code == 200
        state = response.content.decode()
        assert 'data-state="unreadable"' in state or 'data-state="tampered"' in state
    response = client.post(reverse("certificates:verify_credential"), {})
    assert response.status_code == 200
    assert "data-state" not in response.content.decode()


def test_an_expired_credential_is_expired(client, officer, signing_settings):
    from tests.factories.certificates import CertificateFactory

    certificate = CertificateFactory(user=officer, valid_until=datetime.date(2030, 1, 31))
    credential = Credential.objects.get(pk=credentials.ensure_credential(certificate.pk))
    assert credentials.check_credential(credential.token.encode()).state == "valid"
    with time_machine.travel(datetime.datetime(2030, 2, 2, tzinfo=datetime.UTC)):
        assert credentials.check_credential(credential.token.encode()).state == "expired"


def test_the_officer_downloads_json_and_baked_badges_others_cannot(
    client, officer, other_officer, signing_settings
):
    from tests.factories.certificates import CertificateFactory

    certificate = CertificateFactory(user=officer)
    urls = {
        kind: reverse("certificates:credential", args=[certificate.code, kind])
        for kind in ("json", "jwt", "png", "svg")
    }
    response = client.get(urls["json"])
    assert response.status_code == 302  # to sign in
    client.force_login(other_officer)
    assert all(client.get(url).status_code == 404 for url in urls.values())

    client.force_login(officer)
    envelope = client.get(urls["json"]).json()
    token = envelope["id"].removeprefix("data:application/vc+jwt,")
    assert client.get(urls["jwt"]).content.decode() == token
    png = client.get(urls["png"])
    assert png["Content-Type"] == "image/png"
    assert png["Content-Disposition"].startswith("attachment")
    assert OB3Verifier.extract_token_from_png(png.content) == token
    svg = client.get(urls["svg"])
    assert OB3Verifier.extract_token_from_svg(svg.content) == token
    # One credential in force, however often it is downloaded.
    assert certificate.credentials.count() == 1


def test_reissuing_after_a_change_of_name_supersedes_the_old_credential(
    client, officer, signing_settings, administrator
):
    from tests.factories.certificates import CertificateFactory

    certificate = CertificateFactory(user=officer)
    first = Credential.objects.get(pk=credentials.ensure_credential(certificate.pk))
    officer.last_name = "Nguyễn Thị Thu"
    officer.save()
    from certificates.tasks import reissue_certificates_task

    reissue_certificates_task.enqueue([certificate.pk], administrator.pk)
    certificate.refresh_from_db()
    assert certificate.full_name == "Nguyễn Thị Thu Lan"
    second = credentials.current_credential(certificate)
    assert second is not None and second.pk != first.pk
    assert second.full_name == "Nguyễn Thị Thu Lan"
    assert credentials.check_credential(first.token.encode()).state == "revoked"
    assert credentials.check_credential(second.token.encode()).state == "valid"
    # Again: nothing changes.
    reissue_certificates_task.enqueue([certificate.pk], administrator.pk)
    assert certificate.credentials.count() == 2


def test_status_lists_round_trip_and_start_at_the_left_most_bit():
    encoded = openbadges.encode_status_list([0, 9, 131_071])
    assert [openbadges.status_bit(encoded, i) for i in (0, 1, 9, 131_071)] == [
        True,
        False,
        True,
        True,
    ]
    raw = __import__("gzip").decompress(base64.urlsafe_b64decode(encoded[1:] + "=="))
    assert len(raw) == 16 * 1024 and raw[0] == 0x80


def test_issuer_profile_keys_and_did_document_are_public(client, signing_settings):
    profile = client.get("/credentials/issuer/").json()
    assert profile["type"] == ["Profile"]
    keys = client.get("/.well-known/jwks.json").json()["keys"]
    assert keys[0]["alg"] == "RS256" and "d" not in keys[0] and keys[0]["x5c"]
    did = client.get("/.well-known/did.json").json()
    assert did["id"] == "did:web:testserver"
    assert did["verificationMethod"][0]["publicKeyJwk"]["kid"] == keys[0]["kid"]


def test_the_zip_of_a_unit_and_course_holds_pdfs_and_credentials(
    client, administrator, manager, officer, org, signing_settings
):
    from tests.factories.certificates import CertificateFactory

    certificate = CertificateFactory(user=officer)
    credentials.ensure_credential(certificate.pk)
    url = reverse("certificate_admin:archive")
    query = {"unit": org.province_a.pk, "course": certificate.course_id}
    client.force_login(manager)
    assert client.get(url, query).status_code in (302, 403)
    client.force_login(administrator)
    certificate.course.issues_certificate = True
    certificate.course.save()
    response = client.get(url, query)
    assert response.status_code == 200
    assert response.streaming
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert f"{certificate.code}.pdf" in names
    assert f"{certificate.code}.credential.json" in names
    other = client.get(url, {"unit": org.province_b.pk, "course": certificate.course_id})
    assert (
        f"{certificate.code}.pdf"
        not in zipfile.ZipFile(io.BytesIO(b"".join(other.streaming_content))).namelist()
    )


def test_certificates_without_a_credential_get_one_in_the_daily_run(officer, signing_settings):
    from certificates.services import issue_missing_certificates
    from tests.factories.certificates import CertificateFactory

    certificate = CertificateFactory(user=officer)
    revoked = CertificateFactory(user=officer, revoked_at=datetime.datetime.now(datetime.UTC))
    issue_missing_certificates()
    assert certificate.credentials.count() == 1
    assert revoked.credentials.count() == 0
    issue_missing_certificates()
    assert Certificate.objects.get(pk=certificate.pk).credentials.count() == 1
