"""Charts drawn on the server: completion by unit, completions over time, mark distribution.

Each chart is laid out once as plain shapes (rectangles, lines, text) and then written as SVG for
the pages or drawn with ReportLab for the PDF, so both show the same picture. SVG is written
with presentation attributes only (no style attributes), titled for screen readers, and scales
to the width of a phone; every chart is shown beside a table of its data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from itertools import count
from typing import Literal

from django.utils.formats import get_format
from django.utils.safestring import SafeString, mark_safe

from reports.figures import bucket_labels, scale_max

INK = "#1f2933"
MUTED = "#616e7c"
GRID = "#d9dee3"
BAR = "#1b6ca8"
BAR_LOW = "#c2571a"
BAR_ALT = "#3c8d5a"
FONT = 13
_ids = count(1)


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str = GRID


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    anchor: Literal["start", "middle", "end"] = "start"
    size: int = FONT
    fill: str = INK
    bold: bool = False


@dataclass
class Chart:
    """Shapes on a canvas of ``width`` × ``height`` (y grows downwards, as in SVG)."""

    title: str
    description: str
    width: float
    height: float
    shapes: list[Rect | Line | Text] = field(default_factory=list)

    def svg(self) -> SafeString:
        return render_svg(self)


def _fmt(value: float) -> str:
    """A figure on a chart, with the reader's decimal mark ("87,5" in Vietnamese)."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", get_format("DECIMAL_SEPARATOR"))


def _clip_label(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _within(centre: float, label: str, size: int, width: float) -> float:
    """The centre of a label moved, if need be, so the whole label stays on the canvas
    (a character is taken to be at most 0.62 of the font size wide)."""
    half = len(label) * size * 0.31
    return max(half, min(centre, width - half))


def bar_chart(
    title: str,
    description: str,
    bars: Sequence[tuple[str, float | None]],
    *,
    max_value: float = 100.0,
    suffix: str = "%",
    low: float | None = None,
    width: float = 420,
) -> Chart:
    """Horizontal bars, one per label (e.g. completion rate per unit); bars under ``low`` are
    drawn in the warning colour. Labels sit above their bars, so long names fit on a phone."""
    row = 38
    top = 8
    chart = Chart(title, description, width, top + row * max(1, len(bars)) + 24)
    left, right = 4, width - 64
    span = right - left
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = left + span * tick
        chart.shapes.append(Line(x, top, x, chart.height - 20))
        # The first figure starts at the axis, so it is not cut off by the chart's left edge.
        anchor: Literal["start", "middle"] = "start" if tick == 0 else "middle"
        chart.shapes.append(
            Text(x, chart.height - 4, _fmt(max_value * tick) + suffix, anchor, 11, MUTED)
        )
    for i, (label, value) in enumerate(bars):
        y = top + i * row
        chart.shapes.append(Text(left, y + 13, _clip_label(label, 48), size=13))
        if value is None:
            chart.shapes.append(Text(left, y + 31, "—", size=13, fill=MUTED))
            continue
        length = span * max(0.0, min(value, max_value)) / max_value if max_value else 0
        colour = BAR_LOW if low is not None and value < low else BAR
        chart.shapes.append(Rect(left, y + 19, max(length, 1.5), 14, colour))
        chart.shapes.append(Text(left + length + 6, y + 31, _fmt(value) + suffix, size=13))
    return chart


def column_chart(
    title: str,
    description: str,
    columns: Sequence[tuple[str, float]],
    *,
    width: float = 420,
    height: float = 220,
) -> Chart:
    """Vertical columns over time (e.g. completions per month), with a rounded scale."""
    chart = Chart(title, description, width, height)
    left, right, top, bottom = 40, width - 6, 12, height - 34
    top_value = scale_max([value for _label, value in columns])
    for tick in (0, 0.5, 1.0):
        y = bottom - (bottom - top) * tick
        chart.shapes.append(Line(left, y, right, y))
        chart.shapes.append(Text(left - 6, y + 4, _fmt(top_value * tick), "end", 12, MUTED))
    slot = (right - left) / max(1, len(columns))
    for i, (label, value) in enumerate(columns):
        x = left + i * slot
        bar_height = (bottom - top) * (value / top_value if top_value else 0)
        chart.shapes.append(
            Rect(x + slot * 0.15, bottom - bar_height, slot * 0.7, max(bar_height, 0.5), BAR_ALT)
        )
        if i % max(1, round(len(columns) / 6)) == 0:
            centre = _within(x + slot / 2, label, 12, width)
            chart.shapes.append(Text(centre, bottom + 18, label, "middle", 12, MUTED))
    return chart


def histogram(title: str, description: str, buckets: Sequence[int], *, width: float = 300) -> Chart:
    """A small histogram of marks in tens (0–9 … 90–100)."""
    height = 150
    chart = Chart(title, description, width, height)
    left, right, top, bottom = 8, width - 8, 22, height - 24
    chart.shapes.append(Text(left, 14, _clip_label(title, 30), size=12, bold=True))
    top_value = max(buckets) if buckets and max(buckets) > 0 else 1
    slot = (right - left) / len(buckets)
    labels = bucket_labels()
    for i, value in enumerate(buckets):
        bar_height = (bottom - top) * value / top_value
        chart.shapes.append(
            Rect(left + i * slot + 1, bottom - bar_height, slot - 2, max(bar_height, 0.5), BAR)
        )
        if i % 5 == 0:
            first = labels[i].split("–")[0]
            chart.shapes.append(Text(left + i * slot, bottom + 15, first, size=11, fill=MUTED))
    chart.shapes.append(Text(right, bottom + 15, "100", "end", 11, MUTED))
    chart.shapes.append(Line(left, bottom, right, bottom, MUTED))
    return chart


def render_svg(chart: Chart) -> SafeString:
    """The chart as an inline SVG element (role img, with title and description)."""
    number = next(_ids)
    title_id, desc_id = f"chart-title-{number}", f"chart-desc-{number}"
    parts = [
        f'<svg class="chart-svg" viewBox="0 0 {chart.width:.0f} {chart.height:.0f}" '
        f'role="img" aria-labelledby="{title_id} {desc_id}" '
        'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif">',
        f'<title id="{title_id}">{escape(chart.title)}</title>',
        f'<desc id="{desc_id}">{escape(chart.description)}</desc>',
    ]
    for shape in chart.shapes:
        if isinstance(shape, Rect):
            parts.append(
                f'<rect x="{shape.x:.1f}" y="{shape.y:.1f}" width="{shape.width:.1f}" '
                f'height="{shape.height:.1f}" fill="{shape.fill}"/>'
            )
        elif isinstance(shape, Line):
            parts.append(
                f'<line x1="{shape.x1:.1f}" y1="{shape.y1:.1f}" x2="{shape.x2:.1f}" '
                f'y2="{shape.y2:.1f}" stroke="{shape.stroke}" stroke-width="1"/>'
            )
        else:
            weight = ' font-weight="bold"' if shape.bold else ""
            parts.append(
                f'<text x="{shape.x:.1f}" y="{shape.y:.1f}" font-size="{shape.size}" '
                f'text-anchor="{shape.anchor}" fill="{shape.fill}"{weight}>'
                f"{escape(shape.text)}</text>"
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped
