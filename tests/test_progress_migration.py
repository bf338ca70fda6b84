"""A database made before progress was split into tracker, certificates and reports migrates
forward with every row kept: the tables keep their names, the models change app.

The demo is loaded, then the database is taken back to the old layout (progress holding every
model, as a site running the earlier release has it) and forward again. Every row of every
moved table, the content types the roles' permissions hang on, the manager's dashboard and the
certificates (their files and their public check) must come out as they went in.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from certificates.keys import create_signing_key_pair
from certificates.models import Certificate

OLD_LEAF = ("progress", "0004_reminders_per_due_date")
MOVE = ("progress", "0005_models_moved_to_tracker_certificates_reports")
OLD_LAYOUT = [
    ("tracker", None),
    ("certificates", None),
    ("reports", None),
]
MOVED_TABLES = [
    "progress_assignment",
    "progress_assignment_officers",
    "progress_assignmentlog",
    "progress_assignmenttarget",
    "progress_calendarfeedtoken",
    "progress_certificate",
    "progress_coursecost",
    "progress_coursefeedback",
    "progress_enrolmentfigures",
    "progress_exportjob",
    "progress_exportlog",
    "progress_reminderlog",
    "progress_reportsnapshot",
    "progress_snapshotenrolments",
    "progress_snapshotfeedback",
    "progress_snapshotofficers",
    "progress_snapshottargets",
]


def _rows(columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of every moved table; only the given columns of each, when given (columns
    added since the old layout are not there to compare once it is taken back)."""
    found = {}
    with connection.cursor() as cursor:
        for table in MOVED_TABLES:
            quote = connection.ops.quote_name
            wanted = ", ".join(quote(c) for c in columns[table]) if columns else "*"
            cursor.execute(f"SELECT {wanted} FROM {table} ORDER BY 1")  # noqa: S608 - our names
            found[table] = cursor.fetchall()
    return found


def _columns() -> dict[str, list[str]]:
    with connection.cursor() as cursor:
        return {
            table: [
                column.name
                for column in connection.introspection.get_table_description(cursor, table)
            ]
            for table in MOVED_TABLES
        }


def _grants() -> set[tuple[str, str, str]]:
    """Which role holds which permission on the moved models, by model and codename."""
    moved = {"assignment", "certificate", "coursecost", "coursefeedback", "exportjob"}
    return {
        (group.name, perm.content_type.model, perm.codename)
        for group in Group.objects.prefetch_related("permissions__content_type")
        for perm in group.permissions.all()
        if perm.content_type.model in moved
    }


def _dashboard(client) -> str:
    manager = get_user_model().objects.get(email="manager@example.org")
    client.force_login(manager)
    response = client.get("/manage/")
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    text = " ".join(main.get_text().split())
    return re.sub(r"csrfmiddlewaretoken\S*", "", text)


def _certificates(client) -> list[tuple]:
    found = []
    for certificate in Certificate.objects.order_by("code"):
        page = client.get(f"/verify/{certificate.code}/")
        found.append(
            (
                certificate.code,
                certificate.full_name,
                certificate.course_title,
                certificate.mark,
                certificate.state(),
                certificate.pdf_sha256,
                page.status_code,
            )
        )
    return found


def _applied() -> set[tuple[str, str]]:
    return set(MigrationRecorder(connection).applied_migrations())


def _migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_old_layout_database_migrates_forward_with_every_row_kept(client, settings, tmp_path):
    key, cert = tmp_path / "signing.key", tmp_path / "signing.crt"
    create_signing_key_pair(key_path=key, cert_path=cert, common_name="Thử nghiệm")
    settings.CERTIFICATE_SIGNING_KEY, settings.CERTIFICATE_SIGNING_CERT = str(key), str(cert)
    settings.CERTIFICATE_SIGNING_PASSPHRASE = ""
    call_command("seed_demo", verbosity=0)
    assert Certificate.objects.exists()

    rows, grants = _rows(), _grants()
    dashboard, certificates = _dashboard(client), _certificates(client)
    assert all(rows[table] for table in ("progress_assignment", "progress_certificate"))

    _migrate(OLD_LAYOUT)
    assert not _applied() & {("tracker", "0001_moved_from_progress"), MOVE}
    old_apps = MigrationExecutor(connection).loader.project_state(OLD_LEAF).apps
    old_certificates = old_apps.get_model("progress", "Certificate").objects
    assert sorted(old_certificates.values_list("code", flat=True)) == [c[0] for c in certificates]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT app_label FROM django_content_type WHERE model = %s", ["certificate"]
        )
        assert [label for (label,) in cursor.fetchall()] == ["progress"]
    old_columns = _columns()
    old_rows = _rows(old_columns)
    assert {table: len(found) for table, found in old_rows.items()} == {
        table: len(found) for table, found in rows.items()
    }

    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    assert MOVE in _applied()
    assert _rows(old_columns) == old_rows
    assert _grants() == grants
    assert _dashboard(client) == dashboard
    assert _certificates(client) == certificates
