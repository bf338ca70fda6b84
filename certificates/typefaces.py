"""The TrueType fonts embedded in certificates: DejaVu, shipped in certificates/fonts/ with its
licence.

DejaVu Serif and Sans carry every Vietnamese letter with its tone mark, so names print as
written whatever fonts the reader's machine has. ReportLab embeds only the glyphs used.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"

SERIF = "KNS-Serif"
SERIF_BOLD = "KNS-Serif-Bold"
SERIF_ITALIC = "KNS-Serif-Italic"
SANS = "KNS-Sans"
SANS_BOLD = "KNS-Sans-Bold"

FONT_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the certificate fonts with ReportLab once per process."""
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
