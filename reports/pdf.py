"""The PDF summary report of a unit: its scope, filters and time, the headline figures, the three
charts (drawn from the same shapes as the pages' SVG) and the unit and course tables, in the
reader's language, with DejaVu fonts embedded so every Vietnamese letter prints."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.graphics.shapes import Drawing, Group
from reportlab.graphics.shapes import Line as RLLine
from reportlab.graphics.shapes import Rect as RLRect
from reportlab.graphics.shapes import String as RLString
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from certificates.typefaces import SANS, SANS_BOLD, register_fonts
from reports.charts import Chart, Line, Rect, Text
from reports.dashboard import Dashboard
from reports.exports import CsvFlavour, Table, csv_value, excel_flavour

PAGE_WIDTH = A4[0] - 30 * mm


def _reader_flavour() -> CsvFlavour:
    """Numbers and dates as the reader writes them: "87,5" and 05/03/2026 in Vietnamese."""
    from django.utils import translation

    return excel_flavour(translation.get_language() or "vi")


def chart_drawing(chart: Chart, width: float = PAGE_WIDTH) -> Drawing:
    """The chart's shapes as a ReportLab drawing, scaled to ``width`` (y flipped)."""
    scale = min(1.0, width / chart.width)
    group = Group()
    height = chart.height
    for shape in chart.shapes:
        if isinstance(shape, Rect):
            group.add(
                RLRect(
                    shape.x,
                    height - shape.y - shape.height,
                    shape.width,
                    shape.height,
                    # The stubs type these keywords as one dict rather than unpacking it.
                    fillColor=colors.HexColor(shape.fill),  # type: ignore[arg-type]
                    strokeColor=None,  # type: ignore[arg-type]
                )
            )
        elif isinstance(shape, Line):
            group.add(
                RLLine(
                    shape.x1,
                    height - shape.y1,
                    shape.x2,
                    height - shape.y2,
                    strokeColor=colors.HexColor(shape.stroke),
                    strokeWidth=0.6,
                )
            )
        elif isinstance(shape, Text):
            group.add(
                RLString(
                    shape.x,
                    height - shape.y,
                    shape.text,
                    fontName=SANS_BOLD if shape.bold else SANS,
                    fontSize=shape.size,
                    fillColor=colors.HexColor(shape.fill),
                    textAnchor=shape.anchor,
                )
            )
    group.scale(scale, scale)
    drawing = Drawing(chart.width * scale, chart.height * scale)
    drawing.add(group)
    return drawing


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=SANS_BOLD, fontSize=16, leading=20),
        "h2": ParagraphStyle(
            "h2", fontName=SANS_BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
        ),
        "body": ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12),
        "cell": ParagraphStyle("cell", fontName=SANS, fontSize=7.5, leading=9),
        "head": ParagraphStyle("head", fontName=SANS_BOLD, fontSize=7.5, leading=9),
    }


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_table(table: Table, styles: dict[str, ParagraphStyle], first_width: float) -> LongTable:
    """A report table with its header repeated on every page."""
    header = [Paragraph(_esc(column.label), styles["head"]) for column in table.columns]
    body = []
    for row in table.rows:
        body.append(
            [
                Paragraph(_esc(csv_value(column.kind, value, _reader_flavour())), styles["cell"])
                for column, value in zip(table.columns, row, strict=False)
            ]
        )
    others = len(table.columns) - 1
    rest = (PAGE_WIDTH - first_width) / max(1, others)
    result = LongTable([header, *body], colWidths=[first_width, *([rest] * others)], repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#c5ccd3")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return result


def unit_summary_pdf(
    dashboard: Dashboard, charts: Sequence[Chart], tables: Sequence[Table], *, heading: str
) -> bytes:
    """The summary report of one unit as PDF bytes."""
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=_("Training report: %(scope)s") % {"scope": dashboard.scope_label},
        author="Kỹ Năng Số",
    )
    total = dashboard.total
    story: list[Any] = [
        Paragraph(
            _esc(_("Training report: %(scope)s") % {"scope": dashboard.scope_label}),
            styles["title"],
        ),  # fmt: skip
        Spacer(1, 3 * mm),
        Paragraph(_esc(heading), styles["body"]),
        Spacer(1, 4 * mm),
        Paragraph(_esc(_("Headline figures")), styles["h2"]),
    ]
    reader = _reader_flavour()
    headline = [
        (_("Officers"), csv_value("int", total.officers, reader)),
        (_("Assigned"), csv_value("int", total.assigned, reader)),
        (_("Completed"), csv_value("int", total.completed, reader)),
        (_("Completion rate (%)"), csv_value("percent", total.completion_rate, reader)),
        (_("On-time rate (%)"), csv_value("percent", total.on_time_rate, reader)),
        (_("Overdue"), csv_value("int", total.overdue, reader)),
        (_("Average best mark (%)"), csv_value("decimal", total.average_mark, reader)),
        (_("Average time spent (hours)"), csv_value("hours", total.average_seconds, reader)),
        (_("Average satisfaction (1–5)"), csv_value("decimal2", total.average_rating, reader)),
    ]
    for label, value in headline:
        story.append(Paragraph(f"{_esc(label)}: <b>{_esc(value or '—')}</b>", styles["body"]))
    for chart in charts:
        story.append(
            KeepTogether(
                [
                    Paragraph(_esc(chart.title), styles["h2"]),
                    chart_drawing(chart),
                    Spacer(1, 2 * mm),
                ]
            )
        )
    for table in tables:
        story.append(Paragraph(_esc(table.title), styles["h2"]))
        story.append(pdf_table(table, styles, 48 * mm))
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            _esc(
                _("Made on %(when)s.")
                % {"when": timezone.localtime(dashboard.generated_at).strftime("%d/%m/%Y %H:%M")}
            ),
            styles["body"],
        )
    )
    document.build(story)
    return buffer.getvalue()
