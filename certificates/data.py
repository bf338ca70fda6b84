"""What a certificate says, and the pure helpers that format it the way Vietnamese offices write.

No database access here: the tracker fills a :class:`CertificateData` from its records and the
renderer turns it into a PDF.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

# Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper is unambiguous.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_PREFIX = "KNS"
CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4
# "KNS-XXXX-XXXX-XXXX": 60 random bits, so codes cannot be guessed from one another.
CODE_LENGTH = len(CODE_PREFIX) + CODE_GROUPS * (CODE_GROUP_LENGTH + 1)
_CODE_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})

Number = Decimal | int | float


@dataclass(frozen=True, slots=True)
class CertificateData:
    """Everything printed on one certificate; text is normalised to NFC when rendered."""

    full_name: str
    unit_name: str
    course_title: str
    completed_on: date
    issuer: str
    code: str
    verify_url: str
    # None for a course without a graded quiz: the mark is then left off the certificate.
    mark: Number | None = None
    # 10 prints "8,5/10"; 100 prints "85%".
    mark_out_of: int = 10
    # Set for certificates that lapse (e.g. the yearly information-security course).
    valid_until: date | None = None
    # Where and when it is issued ("Hà Nội, ngày 10 tháng 12 năm 2026") and the title of the
    # person who signs for the issuer ("Chánh Văn phòng"), from the settings.
    issued_on: date | None = None
    place: str = ""
    signer_title: str = ""

    def __post_init__(self) -> None:
        for name in ("full_name", "course_title", "issuer", "code", "verify_url"):
            if not str(getattr(self, name)).strip():
                raise ValueError(f"CertificateData.{name} must not be empty.")
        if self.mark_out_of <= 0:
            raise ValueError("CertificateData.mark_out_of must be positive.")
        if self.mark is not None and not 0 <= _decimal(self.mark) <= self.mark_out_of:
            raise ValueError(f"CertificateData.mark {self.mark} is outside 0..{self.mark_out_of}.")
        if self.valid_until is not None and self.valid_until < self.completed_on:
            raise ValueError("CertificateData.valid_until is before the completion date.")


def _decimal(value: Number) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def format_decimal_vi(value: Number, *, places: int = 2) -> str:
    """1234.5 -> "1.234,5": comma for decimals, dot between thousands, no trailing zeros."""
    quantum = Decimal(1).scaleb(-places)
    rounded = _decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    fraction = fraction.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", ".")
    sign = "-" if rounded < 0 else ""
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def format_mark(mark: Number, out_of: int = 10) -> str:
    """The mark as printed: "8,5/10" on a ten-point scale, "85%" on a hundred-point one."""
    if out_of == 100:
        return f"{format_decimal_vi(mark, places=1)}%"
    return f"{format_decimal_vi(mark)}/{out_of}"


def format_date_vi(value: date) -> str:
    """dd/mm/yyyy, as Vietnamese offices write dates."""
    return value.strftime("%d/%m/%Y")


def format_issue_line(place: str, issued_on: date) -> str:
    """The place and date of issue as Vietnamese administrative documents write them:
    "Hà Nội, ngày 05 tháng 02 năm 2027" (a zero before days under 10 and months under 3)."""
    day = f"{issued_on.day:02d}" if issued_on.day < 10 else str(issued_on.day)
    month = f"{issued_on.month:02d}" if issued_on.month < 3 else str(issued_on.month)
    when = f"ngày {day} tháng {month} năm {issued_on.year}"
    place = place.strip()
    return f"{place}, {when}" if place else when[:1].upper() + when[1:]


def nfc(text: str) -> str:
    """Text in composed form: one code point per Vietnamese letter, as the embedded font expects."""
    return unicodedata.normalize("NFC", text)


def new_verification_code() -> str:
    """A fresh, unguessable code such as "KNS-7K3M-Q9XD-2M4P" (the caller ensures uniqueness)."""
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    )
    return "-".join([CODE_PREFIX, *groups])


def normalise_verification_code(text: str) -> str:
    """A code as typed by a person ("kns 7k3m-q9xd-2m4p", O for 0) in its canonical form.

    Returns "" when the text cannot be a code, so a lookup simply finds nothing.
    """
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    if compact.startswith(CODE_PREFIX):
        compact = compact[len(CODE_PREFIX) :]
    compact = compact.translate(_CODE_LOOKALIKES)
    if len(compact) != CODE_GROUPS * CODE_GROUP_LENGTH or any(
        ch not in CODE_ALPHABET for ch in compact
    ):
        return ""
    groups = [compact[i : i + CODE_GROUP_LENGTH] for i in range(0, len(compact), CODE_GROUP_LENGTH)]
    return "-".join([CODE_PREFIX, *groups])


def build_verify_url(site_url: str, code: str) -> str:
    """The public check address printed and encoded in the QR code: <site>/verify/<code>/."""
    return f"{site_url.rstrip('/')}/verify/{code}/"
