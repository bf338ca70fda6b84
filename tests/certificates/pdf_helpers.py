"""Helpers shared by the certificate PDF and signing-key tests: sample data, signing, reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO

from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from certificates.data import (
    CertificateData,
    build_verify_url,
)
from certificates.signing import sign_pdf

CODE = "KNS-7K3M-Q9XD-2M4P"
SITE = "https://daotao.example.vn"


def certificate_data(**changes) -> CertificateData:
    values = {
        "full_name": "Nguyễn Thị Ngọc Ánh",
        "unit_name": "Văn phòng Huyện ủy Đức Phổ",
        "course_title": "An toàn thông tin cho cán bộ văn phòng",
        "completed_on": date(2026, 11, 22),
        "issuer": "Văn phòng Tỉnh ủy Quảng Ngãi",
        "code": CODE,
        "verify_url": build_verify_url(SITE, CODE),
        "mark": Decimal("8.5"),
    }
    values.update(changes)
    return CertificateData(**values)


def sign(pdf: bytes, pair) -> bytes:
    return sign_pdf(
        pdf,
        key_path=pair.key_path,
        cert_path=pair.cert_path,
        passphrase=pair.passphrase,
        reason="Chứng nhận hoàn thành khóa học",
        location="Quảng Ngãi",
        signer_name="Văn phòng Tỉnh ủy Quảng Ngãi",
    )


def page_text(pdf: bytes) -> str:
    return PdfReader(BytesIO(pdf)).pages[0].extract_text()


def pyhanko_status(pdf: bytes, trust_cert_path):
    trust_root = load_cert_from_pemder(str(trust_cert_path))
    context = ValidationContext(trust_roots=[trust_root], allow_fetching=False)
    signature = PdfFileReader(BytesIO(pdf)).embedded_signatures[0]
    return validate_pdf_signature(signature, context)
