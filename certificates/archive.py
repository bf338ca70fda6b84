"""All certificates of a unit and a course as one ZIP (each PDF with its credential), written
as it is sent: memory holds one chunk of one file, however many certificates there are."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Iterator

from certificates import openbadges
from certificates.models import Certificate

CHUNK = 64 * 1024


class _Sink(io.RawIOBase):
    """A write-only stream that hands back what was written since it was last drained."""

    def __init__(self) -> None:
        super().__init__()
        self._chunks: list[bytes] = []
        self._position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._chunks.append(bytes(data))
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        return self._position

    def drain(self) -> bytes:
        data = b"".join(self._chunks)
        self._chunks.clear()
        return data


def archive_name(certificate: Certificate) -> str:
    return f"{certificate.code}"


def iter_certificate_zip(certificates: Iterable[Certificate]) -> Iterator[bytes]:
    """The ZIP's bytes, piece by piece: <code>.pdf and <code>.credential.json per certificate
    (the credential in force, or none for a revoked certificate), then a list in CSV."""
    sink = _Sink()
    listing = ["code,full_name,unit,course,issued_on,state"]
    with zipfile.ZipFile(sink, mode="w", compression=zipfile.ZIP_DEFLATED) as archive:
        for certificate in certificates:
            stem = archive_name(certificate)
            with (
                certificate.pdf.open("rb") as source,
                archive.open(f"{stem}.pdf", "w", force_zip64=True) as entry,
            ):
                while block := source.read(CHUNK):
                    entry.write(block)
                    yield sink.drain()
            credential = next(
                (c for c in certificate.credentials.all() if c.revoked_at is None), None
            )
            if credential is not None and certificate.revoked_at is None:
                document = openbadges.enveloped_credential(credential.token)
                archive.writestr(f"{stem}.credential.json", json.dumps(document, indent=2))
            listing.append(
                ",".join(
                    _csv_cell(value)
                    for value in (
                        certificate.code,
                        certificate.full_name,
                        certificate.unit_name,
                        certificate.course_title,
                        f"{certificate.issued_at:%Y-%m-%d}",
                        certificate.state(),
                    )
                )
            )
            yield sink.drain()
        archive.writestr("certificates.csv", "\ufeff" + "\n".join(listing) + "\n")
    yield sink.drain()


def _csv_cell(value: object) -> str:
    text = str(value)
    if text[:1] in ("=", "+", "-", "@"):
        text = "'" + text
    if any(ch in text for ch in ',"\n'):
        text = '"' + text.replace('"', '""') + '"'
    return text
