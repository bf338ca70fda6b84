"""Certificates issued on completion: signed PDF with Vietnamese intact, public verification,
revocation by administrators, downloads only for their owner and those in scope."""

import datetime
import re
import unicodedata
from decimal import Decimal
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from certificates import services
from certificates.exceptions import CertificateRefused
from certificates.models import Certificate
from courses.models import Enrolment
from people.models import Officer
from tests.factories.certificates import CertificateFactory
from tests.learning import complete, pass_quiz, quiz_of
from tracker import services as tracker_services
from tracker.models import Assignment

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def nfc(text):
    return unicodedata.normalize("NFC", text)


def pdf_bytes(certificate):
    with certificate.pdf.open("rb") as handle:
        return handle.read()


@pytest.fixture
def completed(officer, quiz_course, signing_settings, django_capture_on_commit_callbacks):
    """The officer completes the quiz course (lesson, then the quiz with every answer right)."""
    from courses import services as course_services

    course_services.enrol(officer, quiz_course)
    with django_capture_on_commit_callbacks(execute=True):
        complete(officer, quiz_course)
        pass_quiz(officer, quiz_of(quiz_course))
    return Certificate.objects.get(user=officer)


def test_completing_a_course_issues_one_certificate(completed, officer, quiz_course):
    enrolment = Enrolment.objects.get(user=officer, course=quiz_course)
    assert completed.enrolment == enrolment
    assert completed.completed_at == enrolment.completed_at
    assert (completed.full_name, completed.unit_name, completed.course_title) == (
        "Nguyễn Thị Lan",
        "Văn phòng Huyện ủy A1",
        "Bảo mật thông tin hằng năm",
    )
    assert completed.mark == Decimal("10.00")
    assert re.fullmatch(r"KNS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", completed.code)
    assert completed.state() == "valid"
    # Issuing again (a repeated task) changes nothing.
    assert services.issue_certificate(enrolment.pk) == completed
    assert Certificate.objects.count() == 1


def test_the_pdf_signature_is_validated_by_pyhanko(completed, signing_key_pair, no_network):
    trust_root = load_cert_from_pemder(str(signing_key_pair.cert_path))
    context = ValidationContext(trust_roots=[trust_root], allow_fetching=False)
    signature = PdfFileReader(BytesIO(pdf_bytes(completed))).embedded_signatures[0]
    status = validate_pdf_signature(signature, context)
    assert status.intact and status.valid and status.trusted
    assert status.bottom_line


def test_the_pdf_text_keeps_the_vietnamese_letters(completed):
    text = nfc(PdfReader(BytesIO(pdf_bytes(completed))).pages[0].extract_text())
    compact = " ".join(text.split())
    for expected in ("Nguyễn Thị Lan", "Văn phòng Huyện ủy A1", "Bảo mật thông tin hằng năm"):
        assert nfc(expected) in compact
    assert completed.code in compact
    assert "10/10" in compact


def test_a_course_without_certificates_issues_none(
    officer, course, signing_settings, django_capture_on_commit_callbacks
):
    from courses import services as course_services

    course.issues_certificate = False
    course.save()
    course_services.enrol(officer, course)
    with django_capture_on_commit_callbacks(execute=True):
        complete(officer, course)
    assert not Certificate.objects.exists()


def test_a_missing_key_leaves_nothing_half_made_and_the_daily_run_catches_up(
    officer, course, settings, tmp_path, signing_key_pair, django_capture_on_commit_callbacks
):
    from courses import services as course_services

    settings.CERTIFICATE_SIGNING_KEY = str(tmp_path / "missing.key")
    settings.CERTIFICATE_SIGNING_CERT = str(tmp_path / "missing.crt")
    course_services.enrol(officer, course)
    with django_capture_on_commit_callbacks(execute=True):
        complete(officer, course)
    assert not Certificate.objects.exists()
    settings.CERTIFICATE_SIGNING_KEY = str(signing_key_pair.key_path)
    settings.CERTIFICATE_SIGNING_CERT = str(signing_key_pair.cert_path)
    assert services.issue_missing_certificates() == 1
    assert services.issue_missing_certificates() == 0


def test_an_assignment_can_give_certificates_an_expiry(
    org, manager, officer, course, signing_settings, django_capture_on_commit_callbacks
):
    start = datetime.datetime(2026, 12, 1, 9, tzinfo=HCM)
    with time_machine.travel(start, tick=False):
        tracker_services.create_assignment(
            manager,
            course=course,
            scope=Assignment.Scope.OFFICERS,
            officers=[Officer.objects.get(user=officer)],
            due_on=datetime.date(2026, 12, 15),
            certificate_valid_months=24,
        )
        with django_capture_on_commit_callbacks(execute=True):
            complete(officer, course)
    certificate = Certificate.objects.get(user=officer)
    assert certificate.valid_until == datetime.date(2028, 12, 1)
    assert certificate.state(today=datetime.date(2028, 12, 1)) == "valid"
    assert certificate.state(today=datetime.date(2028, 12, 2)) == "expired"
    # …and the officer is due again when it lapses.
    target = officer.assignment_targets.get(cycle=2)
    assert target.due_on == datetime.date(2028, 12, 1)


# The public check ----------------------------------------------------------------------------


def test_the_verify_page_confirms_a_valid_certificate_without_sign_in(client, completed):
    response = client.get(reverse("certificates:verify", args=[completed.code]))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'data-state="valid"' in page
    for detail in ("Nguyễn Thị Lan", "Bảo mật thông tin hằng năm", completed.code):
        assert detail in page


def test_the_verify_page_forgives_how_the_code_was_typed(client):
    certificate = CertificateFactory(code="KNS-7K3M-Q9XD-2M40")
    response = client.get(reverse("certificates:verify", args=["kns 7k3m-q9xd-2m4o"]))
    assert response.status_code == 200
    assert certificate.code in response.content.decode()
    lookup = client.get(reverse("certificates:verify_lookup"), {"code": "kns 7k3m q9xd 2m4o"})
    assert lookup.status_code == 302
    assert client.get(lookup.url).status_code == 200


def test_the_verify_page_says_revoked_with_the_category(client, administrator):
    certificate = CertificateFactory()
    services.revoke_certificate(
        administrator, certificate, reason="Cấp nhầm người", category="issued_in_error"
    )
    response = client.get(reverse("certificates:verify", args=[certificate.code]))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'data-state="revoked"' in page
    assert "Cấp nhầm người" not in page


def test_the_verify_page_says_expired(client):
    certificate = CertificateFactory(valid_until=datetime.date(2020, 1, 1))
    response = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert 'data-state="expired"' in response.content.decode()


@pytest.mark.parametrize("code", ["KNS-0000-0000-0000", "not-a-code", "x" * 30])
def test_the_verify_page_reports_an_unknown_code(client, code):
    CertificateFactory()
    response = client.get(reverse("certificates:verify", args=[code]))
    assert response.status_code == 404
    assert 'data-state="unknown"' in response.content.decode()


# Revocation ----------------------------------------------------------------------------------


def test_only_administrators_revoke_and_a_reason_is_required(
    administrator, manager, trainer, officer
):
    certificate = CertificateFactory(user=officer)
    for person in (manager, trainer, officer):
        with pytest.raises(CertificateRefused):
            services.revoke_certificate(person, certificate, reason="Không hợp lệ")
    with pytest.raises(CertificateRefused):
        services.revoke_certificate(administrator, certificate, reason="   ")
    services.revoke_certificate(administrator, certificate, reason="Không hợp lệ")
    certificate.refresh_from_db()
    assert (certificate.revoked_by, certificate.revoke_reason) == (administrator, "Không hợp lệ")
    with pytest.raises(CertificateRefused):
        services.revoke_certificate(administrator, certificate, reason="Lần nữa")


# Downloads -----------------------------------------------------------------------------------


def download(client, user, certificate):
    if user is not None:
        client.force_login(user)
    return client.get(reverse("certificates:certificate", args=[certificate.code]))


def test_officers_download_their_own_certificate(client, completed, officer):
    response = download(client, officer, completed)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


@pytest.mark.parametrize("who", ["other_officer", "other_manager", "outsider", "trainer"])
def test_others_cannot_download_an_officers_certificate(client, request, who, officer):
    certificate = CertificateFactory(user=officer)
    assert download(client, request.getfixturevalue(who), certificate).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, officer):
    certificate = CertificateFactory(user=officer)
    response = download(client, None, certificate)
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


@pytest.mark.parametrize("who", ["manager", "administrator"])
def test_managers_in_scope_and_administrators_may_download(client, request, who, officer):
    certificate = CertificateFactory(user=officer)
    assert download(client, request.getfixturevalue(who), certificate).status_code == 200
