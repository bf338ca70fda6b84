"""How CSV files write their cells: plain for machines, or as Excel opens them by double-click
in the reader's region. Shared by every app that offers a CSV download."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CsvFlavour:
    """How a CSV file writes its cells: the separator, the decimal mark and the date order."""

    delimiter: str = ","
    decimal: str = "."
    date: str = "%Y-%m-%d"
    datetime: str = "%Y-%m-%d %H:%M"


# For machines: commas, decimal points, ISO dates.
PLAIN_CSV = CsvFlavour()
# What Excel opens by double-click with the region of the reader's language: on a Vietnamese
# Windows, semicolons between cells (the comma is the decimal mark) and dd/mm/yyyy dates.
EXCEL_CSV = {
    "vi": CsvFlavour(";", ",", "%d/%m/%Y", "%d/%m/%Y %H:%M"),
    "en": CsvFlavour(",", ".", "%d/%m/%Y", "%d/%m/%Y %H:%M"),
}


def excel_flavour(language: str) -> CsvFlavour:
    """The Excel flavour of CSV for a language (Vietnamese unless it is English)."""
    return EXCEL_CSV.get((language or "vi").split("-")[0], EXCEL_CSV["vi"])
