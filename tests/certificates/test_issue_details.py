"""A certificate carries the real address and says where, when and by whom it is issued: the
check link and QR code from the configured site address, the place and date of issue, and the
signer's title from the settings."""

import datetime
import unicodedata
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from pypdf import PdfReader

from certificates.data import format_issue_line
from certificates.models import Certificate
from certificates.render import qr_payload, render_certificate_pdf
from tests.certificates.pdf_helpers import certificate_data, page_text
from tests.learning import complete, pass_quiz, quiz_of

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def text_of(certificate):
    with certificate.pdf.open("rb") as handle:
        text = PdfReader(BytesIO(handle.read())).pages[0].extract_text()
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.mark.parametrize(
    ("place", "day", "expected"),
    [
        ("Hà Nội", datetime.date(2026, 12, 10), "Hà Nội, ngày 10 tháng 12 năm 2026"),
        ("Quảng Ngãi", datetime.date(2027, 2, 5), "Quảng Ngãi, ngày 05 tháng 02 năm 2027"),
        ("", datetime.date(2027, 3, 9), "Ngày 09 tháng 3 năm 2027"),
    ],
)
def test_the_place_and_date_are_written_as_offices_write_them(place, day, expected):
    assert format_issue_line(place, day) == expected


def test_the_pdf_prints_place_date_and_signers_title():
    text = " ".join(
        page_text(
            render_certificate_pdf(
                certificate_data(
                    issued_on=datetime.date(2026, 11, 23),
                    place="Quảng Ngãi",
                    signer_title="Chánh Văn phòng",
                )
            )
        ).split()
    )
    assert "Quảng Ngãi, ngày 23 tháng 11 năm 2026" in unicodedata.normalize("NFC", text)
    assert "CHÁNH VĂN PHÒNG" in unicodedata.normalize("NFC", text)


def test_an_issued_certificate_uses_the_configured_address_place_and_title(
    officer, quiz_course, signing_settings, settings, django_capture_on_commit_callbacks
):
    from courses import services as course_services

    settings.WAGTAILADMIN_BASE_URL = "https://daotao.tinhuy.example.vn"
    settings.CERTIFICATE_PLACE = "Quảng Ngãi"
    settings.CERTIFICATE_SIGNER_TITLE = "Chánh Văn phòng"
    course_services.enrol(officer, quiz_course)
    with (
        time_machine.travel(datetime.datetime(2026, 12, 10, 9, tzinfo=HCM), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        complete(officer, quiz_course)
        pass_quiz(officer, quiz_of(quiz_course))
    certificate = Certificate.objects.get(user=officer)
    text = text_of(certificate)
    verify = f"https://daotao.tinhuy.example.vn/verify/{certificate.code}/"
    assert verify in text
    assert "Quảng Ngãi, ngày 10 tháng 12 năm 2026" in text
    assert "CHÁNH VĂN PHÒNG" in text


def test_the_qr_code_carries_the_printed_address():
    data = certificate_data()
    assert qr_payload(data) == data.verify_url
