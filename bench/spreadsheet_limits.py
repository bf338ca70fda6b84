"""Hostile spreadsheets are refused quickly and cheaply.

Two files that used to take the import down: a 1.6 KB workbook whose sheet declares the range
``A1:XFD20000`` (327 million cells, 28 s and 2.7 GB before the limits), and a 20 MB CSV sent to
the staff import. Each reader (staff import, question import) must refuse each file in under
2 s, with peak memory under 300 MB. Nothing touches the database.
"""

from __future__ import annotations

import functools
import io
import resource
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from typing import Any

SECONDS_TARGET = 2.0
MEMORY_TARGET_MB = 300
CSV_MB = 20


_BOMB_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ),
    "xl/worksheets/sheet1.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<dimension ref="{ref}"/><sheetData><row r="1"><c r="A1" t="inlineStr">'
        "<is><t>Mã cán bộ</t></is></c></row></sheetData></worksheet>"
    ),
}


def dimension_bomb(ref: str = "A1:XFD20000") -> bytes:
    """A minimal workbook (one cell, about 1.6 KB) whose sheet declares the range ``ref``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _BOMB_PARTS.items():
            archive.writestr(name, text.replace("{ref}", ref))
    return out.getvalue()


def large_csv(megabytes: int = CSV_MB) -> bytes:
    """A staff CSV of about ``megabytes`` MB: a header, then rows of plausible officers."""
    header = "Mã cán bộ,Họ và tên,Email,Mã đơn vị,Chức vụ,Vai trò\n"
    row = "NV{n:07d},Nguyễn Văn An,can.bo.{n:07d}@example.org,B-T1-H1,Chuyên viên,Cán bộ\n"
    parts = [header]
    size, n = len(header), 0
    while size < megabytes * 1024 * 1024:
        line = row.format(n=n)
        parts.append(line)
        size += len(line.encode())
        n += 1
    return "".join(parts).encode()


def measure(func: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, seconds, peak MB allocated by Python while it ran)."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        result = func()
    finally:
        seconds = time.perf_counter() - start
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return result, seconds, peak / (1024 * 1024)


def readers() -> dict[str, Callable[[bytes, str], list[str]]]:
    """Each spreadsheet reader, as a function returning the messages it refuses a file with."""
    from people.imports import FileKindError, read_table
    from quizzes.formats.spreadsheet import parse_csv, parse_xlsx

    def staff(data: bytes, name: str) -> list[str]:
        try:
            read_table(data, name)
        except FileKindError as exc:
            return [str(exc)]
        return []

    def questions(data: bytes, name: str) -> list[str]:
        parse = parse_xlsx if name.endswith(".xlsx") else parse_csv
        return [error.message for error in parse(data).errors]

    return {"staff import": staff, "question import": questions}


def run() -> bool:
    files = {"dimension bomb (XLSX)": (dimension_bomb(), "bom.xlsx")}
    files[f"{CSV_MB} MB CSV"] = (large_csv(), "nhan-su.csv")
    ok = True
    print("Hostile spreadsheets (refused before reading):")
    for label, (data, name) in files.items():
        for reader, read in readers().items():
            messages, seconds, peak = measure(functools.partial(read, data, name))
            refused = bool(messages)
            met = refused and seconds < SECONDS_TARGET and peak < MEMORY_TARGET_MB
            ok = ok and met
            print(
                f"  {label:<24} {len(data) / 1024:>9,.1f} KB  {reader:<16} "
                f"{seconds:6.3f} s  peak {peak:7.1f} MB  "
                f"{'refused' if refused else 'ACCEPTED'}  "
                f"target < {SECONDS_TARGET:.0f} s, < {MEMORY_TARGET_MB} MB: "
                f"{'met' if met else 'MISSED'}"
            )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  whole process peak resident memory: {rss:.0f} MB")
    return ok
