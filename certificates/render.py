"""Lay out a certificate as a one-page A4 landscape PDF: a pure function of CertificateData.

The same data always gives the same bytes (the PDF's dates come from the completion date), so a
certificate can be re-rendered identically; the signature added afterwards records when it was
issued.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

import segno
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from certificates.data import (
    CertificateData,
    format_date_vi,
    format_issue_line,
    format_mark,
    nfc,
)
from certificates.typefaces import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
CENTRE_X = PAGE_WIDTH / 2

PAPER = HexColor("#FFFDF6")
CRIMSON = HexColor("#8A1C1C")
GOLD = HexColor("#B08D2E")
GOLD_PALE = HexColor("#EFE4C4")
INK = HexColor("#1C2A47")
TEXT = HexColor("#2B2925")
MUTED = HexColor("#6E6656")
WHITE = HexColor("#FFFFFF")

TITLE_VI = "GIẤY CHỨNG NHẬN"
SUBTITLE_VI = "HOÀN THÀNH KHÓA HỌC"
TITLE_EN = "Certificate of Course Completion"
FOOTER = (
    "Giấy chứng nhận điện tử có chữ ký số của đơn vị cấp; kiểm tra tính xác thực bằng mã QR "
    "hoặc mã xác thực.  ·  Electronic certificate digitally signed by the issuer; check it with "
    "the QR code or the verification code."
)


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of one line of text in one font, size and colour."""

    text: str
    font: str
    size: float
    color: Color = TEXT
    char_space: float = 0.0

    @property
    def width(self) -> float:
        extra = self.char_space * max(len(self.text) - 1, 0)
        return stringWidth(self.text, self.font, self.size) + extra


def qr_payload(data: CertificateData) -> str:
    """What the QR code encodes: the public verification address, nothing else."""
    return data.verify_url


def render_certificate_pdf(data: CertificateData) -> bytes:
    """The certificate as PDF bytes (unsigned): Vietnamese first, with English lines under it."""
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        invariant=True,
        # Otherwise ReportLab lists Helvetica, which has no Vietnamese and is not embedded.
        # (The stubs type this font name as a number.)
        initialFontName=SERIF,  # type: ignore[arg-type]
        initialFontSize=12,
        pageCompression=1,
        lang="vi",
    )
    stamp = data.completed_on.strftime("D:%Y%m%d000000+07'00'")
    canvas.setDateFormatter(lambda *_: stamp)
    canvas.setTitle(nfc(f"{TITLE_VI} {SUBTITLE_VI} – {data.full_name}"))
    canvas.setAuthor(nfc(data.issuer))
    canvas.setSubject(nfc(data.course_title))
    canvas.setCreator("Kỹ Năng Số")
    canvas.setKeywords(data.code)

    _draw_background(canvas)
    _draw_frame(canvas)
    _draw_heading(canvas, data)
    _draw_recipient(canvas, data)
    _draw_details(canvas, data)
    _draw_verification(canvas, data)
    _draw_issuer(canvas, data)
    _draw_footer(canvas)

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- text helpers -------------------------------------------------------------------------


def _draw_runs(canvas: Canvas, x: float, y: float, runs: Sequence[Run]) -> None:
    for run in runs:
        text = canvas.beginText(x, y)
        text.setFont(run.font, run.size)
        text.setCharSpace(run.char_space)
        text.setFillColor(run.color)
        text.textOut(run.text)
        canvas.drawText(text)
        x += run.width + run.char_space


def _draw_centred(canvas: Canvas, y: float, runs: Sequence[Run], centre: float = CENTRE_X) -> None:
    width = sum(run.width for run in runs) + sum(run.char_space for run in runs[:-1])
    _draw_runs(canvas, centre - width / 2, y, runs)


def _fit_size(text: str, font: str, size: float, minimum: float, max_width: float) -> float:
    while size > minimum and stringWidth(text, font, size) > max_width:
        size -= 0.5
    return size


def _wrap(
    text: str, font: str, size: float, minimum: float, max_width: float, max_lines: int
) -> tuple[list[str], float]:
    """Lines of text and the size that keeps them within max_lines (shrinking down to minimum)."""
    while True:
        lines = simpleSplit(text, font, size, max_width)
        if len(lines) <= max_lines or size <= minimum:
            return lines, size
        size -= 0.5


# --- page parts ---------------------------------------------------------------------------


def _draw_background(canvas: Canvas) -> None:
    canvas.setFillColor(PAPER)
    canvas.rect(0, 0, PAGE_WIDTH, PAGE_HEIGHT, stroke=0, fill=1)
    # A faint guilloche rosette behind the text, as on printed certificates.
    canvas.saveState()
    canvas.setStrokeColor(GOLD_PALE)
    canvas.setLineWidth(0.45)
    cx, cy = CENTRE_X, PAGE_HEIGHT / 2 - 10
    for i in range(48):
        angle = 2 * math.pi * i / 48
        canvas.circle(cx + 62 * math.cos(angle), cy + 62 * math.sin(angle), 118, stroke=1, fill=0)
    canvas.restoreState()


def _diamond(canvas: Canvas, x: float, y: float, size: float, color: Color) -> None:
    path = canvas.beginPath()
    path.moveTo(x, y + size)
    path.lineTo(x + size, y)
    path.lineTo(x, y - size)
    path.lineTo(x - size, y)
    path.close()
    canvas.setFillColor(color)
    canvas.drawPath(path, stroke=0, fill=1)


def _draw_frame(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(CRIMSON)
    canvas.setLineWidth(3.2)
    canvas.rect(16, 16, PAGE_WIDTH - 32, PAGE_HEIGHT - 32, stroke=1, fill=0)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1)
    canvas.rect(22, 22, PAGE_WIDTH - 44, PAGE_HEIGHT - 44, stroke=1, fill=0)
    canvas.setLineWidth(0.5)
    canvas.rect(34, 34, PAGE_WIDTH - 68, PAGE_HEIGHT - 68, stroke=1, fill=0)
    # A chain of small diamonds in the band between the gold lines.
    step = 14.0
    for x0, x1, y in ((28, PAGE_WIDTH - 28, 28), (28, PAGE_WIDTH - 28, PAGE_HEIGHT - 28)):
        count = int((x1 - x0) // step)
        offset = x0 + ((x1 - x0) - count * step) / 2
        for i in range(count + 1):
            _diamond(canvas, offset + i * step, y, 2.2, GOLD)
    for y0, y1, x in ((28, PAGE_HEIGHT - 28, 28), (28, PAGE_HEIGHT - 28, PAGE_WIDTH - 28)):
        count = int((y1 - y0) // step)
        offset = y0 + ((y1 - y0) - count * step) / 2
        for i in range(1, count):
            _diamond(canvas, x, offset + i * step, 2.2, GOLD)
    # Corner ornaments.
    for x, y in (
        (28, 28),
        (28, PAGE_HEIGHT - 28),
        (PAGE_WIDTH - 28, 28),
        (PAGE_WIDTH - 28, PAGE_HEIGHT - 28),
    ):
        _diamond(canvas, x, y, 9, CRIMSON)
        _diamond(canvas, x, y, 5, GOLD)
        _diamond(canvas, x, y, 2, PAPER)
    canvas.restoreState()


def _ornament_rule(canvas: Canvas, y: float, half_width: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.line(CENTRE_X - half_width, y, CENTRE_X - 9, y)
    canvas.line(CENTRE_X + 9, y, CENTRE_X + half_width, y)
    _diamond(canvas, CENTRE_X, y, 4.5, CRIMSON)
    _diamond(canvas, CENTRE_X - 9 - 3, y, 1.8, GOLD)
    _diamond(canvas, CENTRE_X + 9 + 3, y, 1.8, GOLD)
    canvas.restoreState()


def _draw_heading(canvas: Canvas, data: CertificateData) -> None:
    issuer = nfc(data.issuer).upper()
    size = _fit_size(issuer, SANS_BOLD, 11, 7, PAGE_WIDTH - 180)
    _draw_centred(canvas, PAGE_HEIGHT - 70, [Run(issuer, SANS_BOLD, size, CRIMSON, 1.2)])
    _ornament_rule(canvas, PAGE_HEIGHT - 84, 120)
    _draw_centred(canvas, PAGE_HEIGHT - 130, [Run(TITLE_VI, SERIF_BOLD, 40, CRIMSON, 1.5)])
    _draw_centred(canvas, PAGE_HEIGHT - 157, [Run(SUBTITLE_VI, SERIF_BOLD, 17, INK, 2.5)])
    _draw_centred(canvas, PAGE_HEIGHT - 176, [Run(TITLE_EN, SERIF_ITALIC, 11, MUTED)])


def _draw_recipient(canvas: Canvas, data: CertificateData) -> None:
    _draw_centred(
        canvas,
        PAGE_HEIGHT - 212,
        [
            Run("Chứng nhận", SERIF_ITALIC, 13, TEXT),
            Run("  ·  This is to certify that", SERIF_ITALIC, 9, MUTED),
        ],
    )
    name = nfc(data.full_name)
    size = _fit_size(name, SERIF_BOLD, 30, 16, PAGE_WIDTH - 200)
    _draw_centred(canvas, PAGE_HEIGHT - 250, [Run(name, SERIF_BOLD, size, INK)])
    canvas.saveState()
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.7)
    canvas.line(CENTRE_X - 190, PAGE_HEIGHT - 262, CENTRE_X + 190, PAGE_HEIGHT - 262)
    canvas.restoreState()

    y = PAGE_HEIGHT - 284
    unit = nfc(data.unit_name).strip()
    if unit:
        label = [
            Run("Đơn vị công tác", SERIF_ITALIC, 12, MUTED),
            Run(" · Unit:  ", SERIF_ITALIC, 9, MUTED),
        ]
        room = PAGE_WIDTH - 200 - sum(run.width for run in label)
        size = _fit_size(unit, SERIF_BOLD, 13, 8, room)
        _draw_centred(canvas, y, [*label, Run(unit, SERIF_BOLD, size, TEXT)])
    _draw_centred(
        canvas,
        y - 28,
        [
            Run("đã hoàn thành khóa học", SERIF_ITALIC, 13, TEXT),
            Run("  ·  has completed the course", SERIF_ITALIC, 9, MUTED),
        ],
    )
    lines, size = _wrap(nfc(data.course_title), SERIF_BOLD, 21, 13, PAGE_WIDTH - 220, 2)
    leading = size * 1.25
    first = y - 60 if len(lines) == 1 else y - 56
    for i, line in enumerate(lines):
        _draw_centred(canvas, first - i * leading, [Run(line, SERIF_BOLD, size, CRIMSON)])


def _draw_details(canvas: Canvas, data: CertificateData) -> None:
    items: list[tuple[str, str, str]] = []
    if data.mark is not None:
        items.append(("KẾT QUẢ", "MARK", format_mark(data.mark, data.mark_out_of)))
    items.append(("NGÀY HOÀN THÀNH", "COMPLETED ON", format_date_vi(data.completed_on)))
    if data.valid_until is not None:
        items.append(("CÓ GIÁ TRỊ ĐẾN", "VALID UNTIL", format_date_vi(data.valid_until)))
    spacing = 180.0
    top = 190.0
    start = CENTRE_X - spacing * (len(items) - 1) / 2
    canvas.saveState()
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.6)
    for i, (label_vi, label_en, value) in enumerate(items):
        centre = start + i * spacing
        _draw_centred(
            canvas,
            top,
            [Run(label_vi, SANS_BOLD, 7.5, MUTED, 0.8), Run(f" · {label_en}", SANS, 7, MUTED, 0.5)],
            centre,
        )
        _draw_centred(canvas, top - 21, [Run(value, SERIF_BOLD, 16, INK)], centre)
        if i:
            x = centre - spacing / 2
            canvas.line(x, top - 26, x, top + 8)
    canvas.restoreState()


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    qr = segno.make(payload, error="m", micro=False)
    matrix = qr.matrix
    border = 2
    modules = len(matrix) + 2 * border
    cell = size / modules
    canvas.saveState()
    canvas.setFillColor(WHITE)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(HexColor("#000000"))
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + border + 1) * cell
        col = 0
        while col < len(row):
            if row[col]:
                start = col
                while col < len(row) and row[col]:
                    col += 1
                left = x + (start + border) * cell
                canvas.rect(left, top, (col - start) * cell, cell, stroke=0, fill=1)
            else:
                col += 1
    canvas.restoreState()


def _draw_verification(canvas: Canvas, data: CertificateData) -> None:
    qr_size = 86.0
    left, bottom = 62.0, 56.0
    _draw_qr(canvas, qr_payload(data), left, bottom, qr_size)
    canvas.saveState()
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.6)
    canvas.rect(left - 3, bottom - 3, qr_size + 6, qr_size + 6, stroke=1, fill=0)
    canvas.restoreState()

    x = left + qr_size + 14
    room = CENTRE_X - 40 - x
    _draw_runs(
        canvas,
        x,
        bottom + qr_size - 8,
        [
            Run("MÃ XÁC THỰC", SANS_BOLD, 7.5, MUTED, 0.8),
            Run(" · VERIFICATION CODE", SANS, 7, MUTED, 0.5),
        ],
    )
    code = nfc(data.code)
    _draw_runs(
        canvas,
        x,
        bottom + qr_size - 27,
        [Run(code, SANS_BOLD, _fit_size(code, SANS_BOLD, 14, 8, room), INK, 0.6)],
    )
    _draw_runs(
        canvas,
        x,
        bottom + 30,
        [
            Run("Kiểm tra tại", SERIF_ITALIC, 9, MUTED),
            Run(" · Verify at", SERIF_ITALIC, 7.5, MUTED),
        ],
    )
    # The address may run on towards the issuer's block; a very long one is cut into pieces.
    url = data.verify_url
    url_room = PAGE_WIDTH - 350 - x
    size = _fit_size(url, SANS, 8.5, 7, url_room)
    lines = _chop(url, SANS, size, url_room)
    for i, line in enumerate(lines[:2]):
        _draw_runs(canvas, x, bottom + 16 - i * 10, [Run(line, SANS, size, INK)])


def _chop(text: str, font: str, size: float, max_width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for ch in text:
        if current and stringWidth(current + ch, font, size) > max_width:
            lines.append(current)
            current = ""
        current += ch
    return [*lines, current]


def _draw_issuer(canvas: Canvas, data: CertificateData) -> None:
    centre = PAGE_WIDTH - 200
    if data.issued_on is not None:
        line = nfc(format_issue_line(data.place, data.issued_on))
        size = _fit_size(line, SERIF_ITALIC, 11, 7, 280)
        _draw_centred(canvas, 152.0, [Run(line, SERIF_ITALIC, size, TEXT)], centre)
    top = 136.0
    _draw_centred(
        canvas,
        top,
        [
            Run("ĐƠN VỊ CẤP CHỨNG NHẬN", SANS_BOLD, 7.5, MUTED, 0.8),
            Run(" · ISSUED BY", SANS, 7, MUTED, 0.5),
        ],
        centre,
    )
    lines, size = _wrap(nfc(data.issuer), SERIF_BOLD, 13.5, 9, 270, 2)
    y = top
    for i, line in enumerate(lines):
        y = top - 20 - i * size * 1.25
        _draw_centred(canvas, y, [Run(line, SERIF_BOLD, size, INK)], centre)
    title = nfc(data.signer_title).strip().upper()
    if title:
        title_size = _fit_size(title, SANS_BOLD, 8.5, 6, 270)
        _draw_centred(canvas, y - 15, [Run(title, SANS_BOLD, title_size, TEXT, 0.8)], centre)

    # The mark of the digital signature (the signature itself is in the file, not drawn).
    stamp_runs = [
        Run("ĐÃ KÝ SỐ", SANS_BOLD, 9, CRIMSON, 1.2),
        Run("  ·  DIGITALLY SIGNED", SANS, 7.5, CRIMSON, 0.6),
    ]
    width = sum(run.width for run in stamp_runs) + stamp_runs[0].char_space + 24
    stamp_y = 62.0
    canvas.saveState()
    canvas.setStrokeColor(CRIMSON)
    canvas.setLineWidth(1.1)
    canvas.roundRect(centre - width / 2, stamp_y - 9, width, 26, 4, stroke=1, fill=0)
    canvas.setLineWidth(0.4)
    canvas.roundRect(centre - width / 2 + 2.5, stamp_y - 6.5, width - 5, 21, 3, stroke=1, fill=0)
    canvas.restoreState()
    _draw_centred(canvas, stamp_y, stamp_runs, centre)


def _draw_footer(canvas: Canvas) -> None:
    size = _fit_size(FOOTER, SERIF_ITALIC, 7, 5, PAGE_WIDTH - 100)
    _draw_centred(canvas, 41, [Run(FOOTER, SERIF_ITALIC, size, MUTED)])
