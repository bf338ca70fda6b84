"""The picture of a badge as a PNG (Pillow, the certificates' own DejaVu font), for baking."""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from certificates.typefaces import FONT_DIR

SIZE = 300
RED = (138, 28, 28)
GOLD = (242, 201, 76)


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _lines(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and font.getlength(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines[:4]


def badge_png(title: str, issuer: str) -> bytes:
    image = Image.new("RGBA", (SIZE, SIZE), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((5, 5, SIZE - 5, SIZE - 5), fill=RED)
    draw.ellipse((22, 22, SIZE - 22, SIZE - 22), outline=GOLD, width=6)
    font = _font(18, bold=True)
    lines = _lines(title, font, 200)
    top = 150 - len(lines) * 12
    for number, line in enumerate(lines):
        draw.text((150, top + number * 24), line, font=font, fill="white", anchor="mt")
    draw.text((150, 240), issuer[:40], font=_font(12), fill=GOLD, anchor="mt")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
