"""Small builders for staff files used by the import tests."""

import csv
import io

from people.imports import header_labels, write_xlsx

HEADER_EN = ["Employee code", "Full name", "Email", "Unit code", "Position", "Roles"]
HEADER_VI = ["Mã cán bộ", "Họ và tên", "Email", "Mã đơn vị", "Chức vụ", "Vai trò"]


def csv_bytes(rows, *, header=HEADER_VI, delimiter=";", bom=True):
    """A CSV as Excel writes it: cells holding the delimiter are quoted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(rows, *, header=None):
    return write_xlsx(rows, header or header_labels(), sheet_title="Staff")
