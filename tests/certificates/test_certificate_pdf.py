"""Certificate PDFs: Vietnamese text intact, a PAdES signature pyHanko accepts, tampering caught."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from pyhanko.pdf_utils.generic import pdf_string
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pypdf import PdfReader

from certificates.data import (
    build_verify_url,
    format_decimal_vi,
    format_mark,
    new_verification_code,
    normalise_verification_code,
)
from certificates.exceptions import SigningKeyInvalid, SigningKeyMissing
from certificates.keys import create_signing_key_pair
from certificates.render import qr_payload, render_certificate_pdf
from certificates.signing import generate_certificate, sign_pdf, verify_pdf_signature
from tests.certificates.pdf_helpers import (
    CODE,
    SITE,
    certificate_data,
    page_text,
    pyhanko_status,
)
from tests.learning import SIGNER_NAME

# --- the signature ---------------------------------------------------------------------------


def test_signature_is_intact_valid_and_trusted_by_pyhanko_offline(signed_pdf, signing_key_pair):
    status = pyhanko_status(signed_pdf, signing_key_pair.cert_path)

    assert status.intact
    assert status.valid
    assert status.trusted
    assert status.bottom_line
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert SIGNER_NAME in status.signing_cert.subject.human_friendly


def test_signature_is_a_pades_certification_signature(signed_pdf):
    signature = PdfFileReader(BytesIO(signed_pdf)).embedded_signatures[0]

    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.sig_object["/Reason"] == "Chứng nhận hoàn thành khóa học"
    assert signature.sig_object["/Location"] == "Quảng Ngãi"
    assert signature.docmdp_level is not None


def test_verify_helper_reports_a_good_signature_and_its_signer(signed_pdf, signing_key_pair):
    check = verify_pdf_signature(signed_pdf, trust_cert_path=signing_key_pair.cert_path)

    assert check.ok
    assert (check.signed, check.intact, check.valid, check.trusted) == (True, True, True, True)
    assert check.covers_whole_file
    assert SIGNER_NAME in check.signer_subject
    assert check.signed_at is not None
    assert check.problem == ""


def test_changing_a_signed_byte_makes_validation_fail(signed_pdf, signing_key_pair):
    # Flip one byte inside the page's compressed content stream, within the signed range.
    position = signed_pdf.index(b"stream\n") + 200
    tampered = (
        signed_pdf[:position] + bytes([signed_pdf[position] ^ 0x01]) + signed_pdf[position + 1 :]
    )

    status = pyhanko_status(tampered, signing_key_pair.cert_path)
    check = verify_pdf_signature(tampered, trust_cert_path=signing_key_pair.cert_path)

    assert not status.intact
    assert not status.bottom_line
    assert not check.ok
    assert not check.intact
    assert "changed" in check.problem


def test_content_added_after_signing_is_reported(signed_pdf, signing_key_pair):
    writer = IncrementalPdfFileWriter(BytesIO(signed_pdf))
    writer.root["/Lang"] = pdf_string("en")
    writer.update_root()
    output = BytesIO()
    writer.write(output)

    check = verify_pdf_signature(output.getvalue(), trust_cert_path=signing_key_pair.cert_path)

    assert check.intact
    assert not check.covers_whole_file
    assert not check.ok
    assert "added after signing" in check.problem


def test_signature_is_not_trusted_against_another_certificate(signed_pdf, tmp_path):
    other_key, other_cert = tmp_path / "other.key", tmp_path / "other.crt"
    create_signing_key_pair(key_path=other_key, cert_path=other_cert, common_name="Người khác")

    check = verify_pdf_signature(signed_pdf, trust_cert_path=other_cert)

    assert check.intact
    assert not check.trusted
    assert not check.ok


def test_unsigned_or_broken_files_are_reported_without_crashing(unsigned_pdf, signing_key_pair):
    unsigned = verify_pdf_signature(unsigned_pdf, trust_cert_path=signing_key_pair.cert_path)
    garbage = verify_pdf_signature(b"not a pdf", trust_cert_path=signing_key_pair.cert_path)

    assert not unsigned.signed
    assert not unsigned.ok
    assert unsigned.problem
    assert not garbage.signed
    assert not garbage.ok
    assert garbage.problem


def test_generate_certificate_signs_with_the_key_from_settings(signing_settings, no_network):
    pdf = generate_certificate(certificate_data())

    check = verify_pdf_signature(pdf, trust_cert_path=signing_settings.cert_path)
    assert check.ok
    assert "Nguyễn Thị Ngọc Ánh" in page_text(pdf)


def test_an_encrypted_key_needs_its_passphrase(unsigned_pdf, tmp_path):
    key_path, cert_path = tmp_path / "k.key", tmp_path / "k.crt"
    create_signing_key_pair(
        key_path=key_path, cert_path=cert_path, common_name="Có mật khẩu", passphrase="bí mật 123"
    )

    with pytest.raises(SigningKeyInvalid, match="passphrase"):
        sign_pdf(
            unsigned_pdf,
            key_path=key_path,
            cert_path=cert_path,
            passphrase="sai",
            reason="r",
            location="l",
            signer_name="s",
        )
    signed = sign_pdf(
        unsigned_pdf,
        key_path=key_path,
        cert_path=cert_path,
        passphrase="bí mật 123",
        reason="r",
        location="l",
        signer_name="s",
    )
    assert verify_pdf_signature(signed, trust_cert_path=cert_path).ok


def test_a_certificate_that_does_not_belong_to_the_key_is_refused(
    unsigned_pdf, signing_key_pair, tmp_path
):
    other_key, other_cert = tmp_path / "other.key", tmp_path / "other.crt"
    create_signing_key_pair(key_path=other_key, cert_path=other_cert, common_name="Người khác")

    with pytest.raises(SigningKeyInvalid, match="belongs to the signing key"):
        sign_pdf(
            unsigned_pdf,
            key_path=signing_key_pair.key_path,
            cert_path=other_cert,
            reason="r",
            location="l",
            signer_name="s",
        )


def test_missing_key_raises_signing_key_missing_with_a_clear_message(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = str(tmp_path / "absent.key")
    settings.CERTIFICATE_SIGNING_CERT = str(tmp_path / "absent.crt")

    with pytest.raises(SigningKeyMissing) as caught:
        generate_certificate(certificate_data())

    message = str(caught.value)
    assert str(tmp_path / "absent.key") in message
    assert "create_signing_key" in message
    assert "CERTIFICATE_SIGNING_KEY" in message


def test_missing_certificate_raises_signing_key_missing(settings, signing_key_pair, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = str(signing_key_pair.key_path)
    settings.CERTIFICATE_SIGNING_CERT = str(tmp_path / "absent.crt")

    with pytest.raises(SigningKeyMissing, match="CERTIFICATE_SIGNING_CERT"):
        generate_certificate(certificate_data())


# --- the text and the layout -----------------------------------------------------------------


def test_vietnamese_text_is_extracted_intact(signed_pdf):
    text = page_text(signed_pdf)

    for expected in [
        "GIẤY CHỨNG NHẬN",
        "HOÀN THÀNH KHÓA HỌC",
        "Certificate of Course Completion",
        "Nguyễn Thị Ngọc Ánh",
        "Văn phòng Huyện ủy Đức Phổ",
        "An toàn thông tin cho cán bộ văn phòng",
        "Văn phòng Tỉnh ủy Quảng Ngãi",
        "8,5/10",
        "22/11/2026",
        CODE,
        f"{SITE}/verify/{CODE}/",
    ]:
        assert expected in text, expected


def test_every_vietnamese_letter_renders_with_an_embedded_font():
    letters = "".join(
        unicodedata.normalize("NFC", base + mark)
        for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
        for mark in ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
    )
    alphabet = f"{letters[:72]} {letters[72:]} đĐ ầ ẫ ặ ợ ữ ỹ"
    pdf = render_certificate_pdf(certificate_data(course_title=alphabet, full_name="Đặng Hữu Kỹ"))

    text = page_text(pdf)
    for letter in alphabet.replace(" ", ""):
        assert letter in text, letter
    assert "Đặng Hữu Kỹ" in text
    fonts = PdfReader(BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        descriptor = font.get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # an embedded TrueType program


def test_decomposed_input_is_printed_composed():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ngọc Ánh")
    text = page_text(render_certificate_pdf(certificate_data(full_name=decomposed)))

    assert "Nguyễn Thị Ngọc Ánh" in text


def test_qr_code_encodes_the_verify_url_which_is_also_printed(unsigned_pdf):
    data = certificate_data()

    assert qr_payload(data) == "https://daotao.example.vn/verify/KNS-7K3M-Q9XD-2M4P/"
    assert qr_payload(data) in page_text(unsigned_pdf)


def test_optional_parts_appear_only_when_given():
    with_all = page_text(
        render_certificate_pdf(
            certificate_data(mark=Decimal("87.5"), mark_out_of=100, valid_until=date(2027, 11, 22))
        )
    )
    bare = page_text(render_certificate_pdf(certificate_data(mark=None, unit_name="")))

    assert "87,5%" in with_all
    assert "22/11/2027" in with_all
    assert "KẾT QUẢ" not in bare
    assert "CÓ GIÁ TRỊ ĐẾN" not in bare
    assert "Đơn vị công tác" not in bare


def test_long_names_and_titles_still_fit_and_print_in_full():
    long_title = (
        "Kỹ năng số nâng cao: ứng dụng chữ ký số và quản lý văn bản điện tử trong hoạt động "
        "của văn phòng cấp ủy các cấp"
    )
    pdf = render_certificate_pdf(
        certificate_data(
            full_name="Tôn Nữ Hoàng Thị Thùy Dương Quỳnh Trang",
            course_title=long_title,
            verify_url=build_verify_url("https://daotao-kynangso.vanphong.example.vn:8443", CODE),
        )
    )
    text = " ".join(page_text(pdf).split())

    assert "Tôn Nữ Hoàng Thị Thùy Dương Quỳnh Trang" in text
    assert long_title in text
    assert len(PdfReader(BytesIO(pdf)).pages) == 1


def test_rendering_is_deterministic():
    assert render_certificate_pdf(certificate_data()) == render_certificate_pdf(certificate_data())


def test_rendered_page_is_a4_landscape(unsigned_pdf):
    box = PdfReader(BytesIO(unsigned_pdf)).pages[0].mediabox

    assert round(float(box.width)) == 842
    assert round(float(box.height)) == 595


# --- the data and its formats ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("mark", "out_of", "expected"),
    [
        (Decimal("8.5"), 10, "8,5/10"),
        (Decimal("8"), 10, "8/10"),
        (Decimal("7.25"), 10, "7,25/10"),
        (9.999, 10, "10/10"),
        (85, 100, "85%"),
        (Decimal("87.25"), 100, "87,3%"),
    ],
)
def test_marks_are_written_the_vietnamese_way(mark, out_of, expected):
    assert format_mark(mark, out_of) == expected


def test_large_numbers_group_thousands_with_dots():
    assert format_decimal_vi(Decimal("1234567.5")) == "1.234.567,5"
    assert format_decimal_vi(-3.5) == "-3,5"


@pytest.mark.parametrize(
    "changes",
    [
        {"full_name": "  "},
        {"code": ""},
        {"mark": Decimal("11")},
        {"mark": -1},
        {"mark_out_of": 0},
        {"valid_until": date(2026, 1, 1)},
    ],
)
def test_incoherent_certificate_data_is_refused(changes):
    with pytest.raises(ValueError, match="CertificateData"):
        certificate_data(**changes)


def test_verification_codes_are_random_and_read_back_from_typed_text():
    codes = {new_verification_code() for _ in range(200)}

    assert len(codes) == 200
    for code in codes:
        assert re.fullmatch(
            r"KNS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", code
        )
        assert normalise_verification_code(code) == code
    assert normalise_verification_code(" kns 7k3m q9xd 2m4p ") == CODE
    assert normalise_verification_code("KNS-7K3M-Q9XD-2M4O") == "KNS-7K3M-Q9XD-2M40"
    assert normalise_verification_code("KNS-1234") == ""
    assert normalise_verification_code("<script>") == ""
