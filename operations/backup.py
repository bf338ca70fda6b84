"""Backing up and restoring a whole site: database, files and signing keys, in one archive.

An archive (``manage.py backup``) is a gzipped tar holding:

* ``manifest.json``: when, from which database engine, the counts of rows and files;
* ``database.knsjsonl``: every row, as Django's ``dumpdata`` writes JSON Lines (times to the
  microsecond, operations.exact_jsonl) with natural keys for content types and permissions, so
  it loads into SQLite or PostgreSQL alike;
* ``files/public/…`` and ``files/private/…``: every file of the public media and of the private
  storage (certificates, exports, lesson documents, SCORM packages), whatever the backend;
* ``keys/…``: the certificate signing key and certificate, and retired certificates.

``manage.py restore`` loads an archive into an empty, migrated database and empty storage (or,
with ``--force``, over what is there: the database is emptied first). The archive holds secrets
(the signing key): it is written readable by its owner only; keep it like the key itself.
"""

from __future__ import annotations

import io
import json
import os
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import Storage, storages
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from config.storage import private_storage

FORMAT = 1
DATABASE = "database.knsjsonl"
MANIFEST = "manifest.json"
# Rows that migrating makes again (named by natural key in the archive), and sessions: after a
# restore everyone signs in again.
EXCLUDED = ["contenttypes", "auth.permission", "sessions"]


class BackupError(Exception):
    """The archive cannot be made or restored; the message says why."""


@dataclass
class Summary:
    rows: int = 0
    files: dict[str, int] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)


def _storages() -> dict[str, Storage]:
    default = storages["default"]
    return {"public": getattr(default, "public", default), "private": private_storage()}


def file_counts(files: dict[str, int]) -> str:
    """ "3 public, 1 private" in the language of now, for the commands' summaries."""
    labels = {
        "public": pgettext("backup files", "%(count)d public"),
        "private": pgettext("backup files", "%(count)d private"),
    }
    return ", ".join(
        labels[label] % {"count": count} if label in labels else f"{count} {label}"
        for label, count in files.items()
    )


def _walk(storage: Storage, folder: str = "") -> Iterator[str]:
    try:
        folders, names = storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return
    for name in names:
        yield f"{folder}{name}"
    for sub in folders:
        yield from _walk(storage, f"{folder}{sub}/")


def _key_files() -> dict[str, Path]:
    """The signing key files the settings name, by a stable name in the archive."""
    files = {
        "signing.key": Path(settings.CERTIFICATE_SIGNING_KEY),
        "signing.crt": Path(settings.CERTIFICATE_SIGNING_CERT),
    }
    for index, name in enumerate(getattr(settings, "CREDENTIAL_RETIRED_CERTS", []) or []):
        path = Path(name)
        if not path.is_absolute():
            path = Path(settings.BASE_DIR) / path
        files[f"retired-{index}.crt"] = path
    return files


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes, mode: int = 0o600) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def make_backup(target: Path) -> Summary:
    """Write the whole site to ``target`` (a .tar.gz), readable by its owner only."""
    summary = Summary()
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out, tarfile.open(fileobj=out, mode="w:gz") as archive:
        with tempfile.TemporaryDirectory(prefix="kns-backup-") as folder:
            dump = Path(folder) / DATABASE
            call_command(
                "dumpdata",
                natural_foreign=True,
                exclude=EXCLUDED,
                format="knsjsonl",
                output=str(dump),
                verbosity=0,
            )
            with dump.open("rb") as handle:
                summary.rows = sum(1 for _line in handle)
            archive.add(dump, arcname=DATABASE)
        for label, storage in _storages().items():
            count = 0
            for name in _walk(storage):
                with storage.open(name, "rb") as handle:
                    _add_bytes(archive, f"files/{label}/{name}", handle.read())
                count += 1
            summary.files[label] = count
        for name, path in _key_files().items():
            if path.is_file():
                _add_bytes(archive, f"keys/{name}", path.read_bytes())
                summary.keys.append(name)
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "database": connection.vendor,
            "rows": summary.rows,
            "files": summary.files,
            "keys": summary.keys,
        }
        _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode(), mode=0o644)
    return summary


def _database_is_empty() -> bool:
    from django.contrib.auth import get_user_model

    return not get_user_model().objects.exists()


def restore_backup(source: Path, *, force: bool = False) -> Summary:
    """Load an archive made by ``make_backup``: database rows, files and signing keys."""
    if not source.is_file():
        raise BackupError(_("No backup archive at %(path)s.") % {"path": source})
    if not force and not _database_is_empty():
        raise BackupError(
            _(
                "The database already holds accounts. Restore into an empty database, or give "
                "--force to empty it first."
            )
        )
    summary = Summary()
    try:
        archive = tarfile.open(source, mode="r:gz")  # noqa: SIM115 - closed by the with below
    except (tarfile.TarError, OSError) as exc:
        raise BackupError(
            _("%(path)s is not a backup archive: %(error)s") % {"path": source, "error": exc}
        ) from exc
    with archive, tempfile.TemporaryDirectory(prefix="kns-restore-") as folder:
        members = {member.name: member for member in archive.getmembers() if member.isfile()}
        if MANIFEST not in members or DATABASE not in members:
            raise BackupError(
                _("%(path)s is not a backup archive of this site.") % {"path": source}
            )
        manifest = json.loads(_read(archive, members[MANIFEST]))
        if manifest.get("format") != FORMAT:
            raise BackupError(
                _("Unknown backup format %(format)s.") % {"format": manifest.get("format")}
            )
        dump = Path(folder) / DATABASE
        dump.write_bytes(_read(archive, members[DATABASE]))
        _empty_database()
        call_command("loaddata", str(dump), verbosity=0)
        summary.rows = int(manifest.get("rows", 0))
        targets = _storages()
        for name, member in members.items():
            parts = name.split("/", 2)
            if parts[0] == "files" and len(parts) == 3 and parts[1] in targets:
                storage = targets[parts[1]]
                if storage.exists(parts[2]):
                    storage.delete(parts[2])
                storage.save(parts[2], File(io.BytesIO(_read(archive, member))))
                summary.files[parts[1]] = summary.files.get(parts[1], 0) + 1
        keys = _key_files()
        for name, member in members.items():
            if name.startswith("keys/") and name[5:] in keys:
                path = keys[name[5:]]
                path.parent.mkdir(parents=True, exist_ok=True)
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(descriptor, "wb") as out:
                    out.write(_read(archive, member))
                summary.keys.append(name[5:])
    return summary


def _empty_database() -> None:
    """Every table emptied except content types and permissions, which the archive names by
    natural key: they are made again as migrating makes them, everything else comes back
    from the archive."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.color import no_style

    call_command("flush", interactive=False, verbosity=0)
    keep = {ContentType._meta.db_table, Permission._meta.db_table}
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True)
        if table not in keep
    ]
    connection.ops.execute_sql_flush(
        connection.ops.sql_flush(no_style(), tables, reset_sequences=True)
    )


def _read(archive: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    handle = archive.extractfile(member)
    if handle is None:
        raise BackupError(_("%(name)s cannot be read from the archive.") % {"name": member.name})
    with handle:
        return handle.read()


def describe(summary: Summary) -> dict[str, Any]:
    return {"rows": summary.rows, "files": summary.files, "keys": summary.keys}
