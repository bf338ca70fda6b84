"""Checking an uploaded package zip, and storing its files in private storage.

``inspect_zip`` reads only the zip's directory and the manifest, refusing anything unsafe or
unplayable with a message naming the file; ``store_files`` then copies the members, counting
the bytes really read, since a zip's directory may lie about sizes.
"""

from __future__ import annotations

import posixpath
import stat
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.utils.translation import gettext as _

from courses.scorm.manifest import Manifest, ManifestError, parse_manifest

MANIFEST = "imsmanifest.xml"
MAX_PATH_LENGTH = 255
MAX_DEPTH = 24
# A member this many times smaller than its content is refused as a zip bomb (past 1 MB).
MAX_RATIO = 200
CHUNK = 1024 * 1024


class PackageError(ValueError):
    """The upload is not a package this site can store and play; the message says why."""


@dataclass
class PackageReport:
    manifest: Manifest
    members: dict[str, zipfile.ZipInfo] = field(default_factory=dict)  # path -> member
    total_bytes: int = 0

    @property
    def file_count(self) -> int:
        return len(self.members)


def max_package_bytes() -> int:
    return int(getattr(settings, "SCORM_MAX_PACKAGE_BYTES", 500 * 1024 * 1024))


def max_package_files() -> int:
    return int(getattr(settings, "SCORM_MAX_PACKAGE_FILES", 10_000))


def clean_member_name(name: str) -> str:
    """A zip member's name as a safe relative path, or PackageError naming it."""
    if "\x00" in name or any(unicodedata.category(c) == "Cc" for c in name):
        raise PackageError(_("The package holds a file whose name has control characters."))
    if "\\" in name:
        raise PackageError(
            _("The file %(name)s uses backslashes in its path; zip it again with forward slashes.")
            % {"name": name}
        )
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise PackageError(_("The file %(name)s has an absolute path.") % {"name": name})
    normal = posixpath.normpath(name)
    if normal == ".." or normal.startswith("../") or "/../" in f"/{name}/":
        raise PackageError(
            _("The file %(name)s would lie outside the package folder.") % {"name": name}
        )
    if len(normal) > MAX_PATH_LENGTH or normal.count("/") >= MAX_DEPTH:
        raise PackageError(_("The path of %(name)s is too long.") % {"name": name[:80]})
    return normal


def _members(archive: zipfile.ZipFile) -> Iterator[tuple[str, zipfile.ZipInfo]]:
    for info in archive.infolist():
        if info.is_dir():
            clean_member_name(info.filename.rstrip("/") or ".")  # still no escaping folders
            continue
        name = clean_member_name(info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageError(
                _("The file %(name)s is a link; packages may hold files only.") % {"name": name}
            )
        if info.flag_bits & 0x1:
            raise PackageError(_("The file %(name)s is encrypted.") % {"name": name})
        if info.file_size > CHUNK and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(
                _("The file %(name)s is compressed suspiciously well; the package is refused.")
                % {"name": name}
            )
        yield name, info


def inspect_zip(upload: IO[bytes]) -> PackageReport:
    """Check a package zip without unpacking it: names, sizes, counts and the manifest."""
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PackageError(_("The file is not a zip archive.")) from None
    with archive:
        members: dict[str, zipfile.ZipInfo] = {}
        folded: set[str] = set()
        total = 0
        for name, info in _members(archive):
            key = name.casefold()
            if key in folded:
                raise PackageError(_("The package holds %(name)s twice.") % {"name": name})
            folded.add(key)
            members[name] = info
            total += info.file_size
            if len(members) > max_package_files():
                raise PackageError(
                    _("The package holds more than %(count)s files.")
                    % {"count": max_package_files()}
                )
            if total > max_package_bytes():
                raise PackageError(
                    _("The package unpacks to more than %(size)s MB.")
                    % {"size": max_package_bytes() // (1024 * 1024)}
                )
        if MANIFEST not in members:
            nested = [n for n in members if n.endswith("/" + MANIFEST)]
            if nested:
                raise PackageError(
                    _(
                        "The manifest is at %(path)s, inside a folder. Zip the contents of that "
                        "folder, so imsmanifest.xml is at the top of the zip."
                    )
                    % {"path": nested[0]}
                )
            raise PackageError(
                _("The zip has no imsmanifest.xml at its top: it is not a SCORM package.")
            )
        if members[MANIFEST].file_size > 5 * CHUNK:
            raise PackageError(_("The manifest is larger than 5 MB."))
        data = archive.read(members[MANIFEST])
        try:
            manifest = parse_manifest(data, set(members))
        except ManifestError as error:
            raise PackageError(str(error)) from None
    return PackageReport(manifest=manifest, members=members, total_bytes=total)


def private_storage() -> Storage:
    return storages["private"]


def store_files(upload: IO[bytes], report: PackageReport, prefix: str) -> int:
    """Copy every member under ``prefix`` in private storage; returns the bytes written.

    Reads each member with a cap of its declared size, so a lying zip cannot fill the disk.
    On any error the files already written are deleted and PackageError is raised.
    """
    storage = private_storage()
    written: list[str] = []
    total = 0
    try:
        with zipfile.ZipFile(upload) as archive:
            for name, info in report.members.items():
                with archive.open(info) as source:
                    data = source.read(info.file_size + 1)
                if len(data) > info.file_size:
                    raise PackageError(
                        _("The file %(name)s is larger than the zip says.") % {"name": name}
                    )
                total += len(data)
                path = storage.save(f"{prefix}{name}", ContentFile(data))
                written.append(path)
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:
        remove_files(written)
        raise PackageError(_("The zip could not be read: %(error)s") % {"error": error}) from None
    except PackageError:
        remove_files(written)
        raise
    return total


def remove_files(paths: list[str]) -> None:
    storage = private_storage()
    for path in paths:
        try:
            storage.delete(path)
        except OSError:
            continue


def create_package(upload: IO[bytes], *, title: str, user: Any, original_name: str = "") -> Any:
    """Check a package zip, store its files and record it; PackageError when refused.

    The files are written first under a fresh folder and removed again if anything fails, so
    a refused or broken upload leaves nothing behind.
    """
    from django.db import transaction

    from courses.models import ScormPackage

    report = inspect_zip(upload)
    upload.seek(0)
    package = ScormPackage(
        title=(title or report.manifest.title)[:255],
        version=report.manifest.version,
        identifier=report.manifest.identifier,
        scos=[sco.as_json() for sco in report.manifest.scos],
        file_count=report.file_count,
        original_name=original_name[:255],
        uploaded_by=user if getattr(user, "pk", None) else None,
    )
    written = store_files(upload, report, package.storage_prefix)
    package.total_bytes = written
    try:
        with transaction.atomic():
            package.save()
    except Exception:
        remove_files([f"{package.storage_prefix}{name}" for name in report.members])
        raise
    return package
