"""Charts are SVG drawn on the server with attributes only, titled for screen readers, with the
data table beside them; the PDF draws the same shapes."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from reports.charts import Text, bar_chart, column_chart, histogram
from reports.figures import (
    ItemSums,
    bucket_labels,
    discrimination,
    facility,
    hardest_for,
    mark_bucket,
    month_starts,
    months_between,
    ratio,
    scale_max,
)
from reports.queries import next_path


def test_svg_has_no_style_or_script_and_is_labelled():
    chart = bar_chart(
        "Hoàn thành <theo> đơn vị", "Mô tả & số liệu", [("Huyện A", 55.0), ("Huyện B", None)]
    )
    svg = str(chart.svg())
    assert "style=" not in svg and "<script" not in svg
    assert not re.search(r"\son\w+=", svg)
    assert 'role="img"' in svg and "aria-labelledby=" in svg
    assert "<title id=" in svg and "Hoàn thành &lt;theo&gt; đơn vị" in svg
    assert "Mô tả &amp; số liệu" in svg
    assert "55%" in svg and "—" in svg


def test_low_bars_are_drawn_in_the_warning_colour():
    chart = bar_chart("t", "d", [("a", 20.0), ("b", 80.0)], low=50)
    fills = [s.fill for s in chart.shapes if hasattr(s, "fill") and hasattr(s, "height")]
    assert fills[0] != fills[1]


def test_column_chart_and_histogram_scale_to_their_data():
    columns = column_chart("t", "d", [("01/26", 3), ("02/26", 7)])
    assert "10" in str(columns.svg())  # the axis rounds 7 up to 10
    small = histogram("Khóa học", "d", [0, 0, 0, 0, 0, 1, 2, 3, 1, 0])
    assert str(small.svg()).count("<rect") == 10


def _extent(text):
    """Where a text reaches on the canvas, taking a character as 0.62 of the font size."""
    width = len(text.text) * text.size * 0.62
    left = {"start": text.x, "middle": text.x - width / 2, "end": text.x - width}[text.anchor]
    return left, left + width


@pytest.mark.parametrize(
    "chart",
    [
        bar_chart("Hoàn thành", "", [("Văn phòng Huyện ủy Tân Phú", 0.0), ("Huyện B", 100.0)]),
        column_chart("Theo tháng", "", [(f"{m:02d}/2026", m * 120.0) for m in range(1, 13)]),
        column_chart("Theo tháng", "", [("Tháng 12/2026", 3.0)], width=120),
        histogram("Điểm", "", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    ],
)
def test_every_label_stays_on_the_canvas(chart):
    for shape in chart.shapes:
        if isinstance(shape, Text):
            left, right = _extent(shape)
            assert left >= 0 and right <= chart.width, shape


def test_figures_helpers():
    assert ratio(1, 3) == pytest.approx(33.333, abs=1e-3)
    assert ratio(1, 0) is None
    assert [mark_bucket(v) for v in (0, 9.99, 10, 89.5, 90, 100)] == [0, 0, 1, 8, 9, 9]
    assert bucket_labels()[0] == "0–9" and bucket_labels()[-1] == "90–100"
    assert scale_max([0]) == 1.0 and scale_max([7]) == 10.0 and scale_max([120]) == 200.0
    assert [d.month for d in month_starts(datetime.date(2026, 2, 14), 3)] == [12, 1, 2]
    assert len(months_between(datetime.date(2025, 1, 1), datetime.date(2026, 12, 1))) == 24
    assert next_path("0001") == "0002" and next_path("000Z") == "001"
    assert next_path("00010009") == "0001000A" and next_path("ZZZZ") is None


def test_facility_and_discrimination_from_sums():
    marks = [1, 1, 0, 0]
    rest = [4, 3, 1, 0]
    sums = ItemSums(
        count=4,
        max_mark=1,
        sum_x=sum(marks),
        sum_xx=sum(m * m for m in marks),
        sum_y=sum(rest),
        sum_yy=sum(r * r for r in rest),
        sum_xy=sum(m * r for m, r in zip(marks, rest, strict=True)),
        sum_ratio=2,
    )
    from quizzes.statistics import correlation

    assert facility(sums) == 50.0
    assert discrimination(sums) == pytest.approx(100 * correlation(marks, rest))
    assert hardest_for({"a": 90.0, "b": 40.0, "c": None, "d": 80.0}) == [("b", 40.0)]
    assert hardest_for({"a": 10.0}) == []


@pytest.mark.django_db
def test_the_dashboard_shows_each_chart_with_its_table(client, scenario, manager):
    client.force_login(manager)
    client.cookies["kns_language"] = "en"
    response = client.get(reverse("reports:manage"))
    html = response.content.decode()
    assert html.count('class="chart-svg"') >= 3
    for title in ("Completion by unit", "Completions over time", "Mark distribution per course"):
        assert f"Data of the chart “{title}”" in html
    assert "style=" not in html


def test_chart_tables_write_rates_as_the_language_does(client, scenario, manager):
    client.force_login(manager)
    html = client.get(reverse("reports:manage")).content.decode()
    table = html.split("Số liệu của biểu đồ “Hoàn thành theo đơn vị”", 1)[1].split("</table>", 1)[0]
    rates = re.findall(r'<td class="num">([\d.,]+%)</td>', table)
    assert rates and all("," in rate for rate in rates)  # 33,3% — never 33.3%
    client.cookies["kns_language"] = "en"
    html = client.get(reverse("reports:manage")).content.decode()
    table = html.split("Data of the chart “Completion by unit”", 1)[1].split("</table>", 1)[0]
    assert all("." in rate for rate in re.findall(r'<td class="num">([\d.,]+%)</td>', table))


def test_figures_on_charts_use_the_readers_decimal_mark():
    from django.utils import translation

    bars = [("Huyện ủy A1", 87.5), ("Huyện ủy A2", 40.0)]
    with translation.override("vi"):
        svg = bar_chart("Tỷ lệ", "Mô tả", bars).svg()
        assert "87,5%" in svg and "87.5%" not in svg
    with translation.override("en"):
        assert "87.5%" in bar_chart("Rate", "Description", bars).svg()
