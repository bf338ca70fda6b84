"""Backup and restore an operator can trust: an archive of a site, restored into an empty
database and empty storage, gives back the same officers, results and certificates that still
verify, with their signed PDFs and the signing keys."""

from __future__ import annotations

import os
import tarfile

import pytest
from django.core.files.storage import storages
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from certificates.models import Certificate
from config.storage import media_storage
from courses.models import Enrolment
from people.models import Officer, User
from quizzes.models import QuizGrade
from tests.learning import complete, pass_quiz, quiz_of


@pytest.fixture
def folders(settings, tmp_path):
    """Public and private files on disk, and the signing keys in their own folder."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage(
            "django.core.files.storage.FileSystemStorage", {"location": settings.MEDIA_ROOT}
        ),
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private")},
        },
    }
    return tmp_path


@pytest.fixture
def site(
    folders, settings, signing_key_pair, officer, quiz_course, django_capture_on_commit_callbacks
):
    """An officer who completed a course with a quiz and holds a signed certificate; the
    signing keys are copies the test may delete."""
    key = folders / "keys" / "signing.key"
    cert = folders / "keys" / "signing.crt"
    key.parent.mkdir()
    key.write_bytes(signing_key_pair.key_path.read_bytes())
    cert.write_bytes(signing_key_pair.cert_path.read_bytes())
    settings.CERTIFICATE_SIGNING_KEY, settings.CERTIFICATE_SIGNING_CERT = str(key), str(cert)
    settings.CERTIFICATE_SIGNING_PASSPHRASE = ""
    from courses import services as course_services

    course_services.enrol(officer, quiz_course)
    with django_capture_on_commit_callbacks(execute=True):
        complete(officer, quiz_course)
        pass_quiz(officer, quiz_of(quiz_course))
    return Certificate.objects.get(user=officer)


def snapshot():
    return {
        "officers": sorted(
            Officer.objects.values_list("user__email", "employee_code", "unit__code")
        ),
        "results": sorted(
            Enrolment.objects.filter(completed_at__isnull=False).values_list(
                "user__email", "course__title", "completed_at"
            )
        ),
        "grades": sorted(QuizGrade.objects.values_list("user__email", "percent", "passed")),
        "certificates": sorted(
            Certificate.objects.values_list("code", "full_name", "pdf", "pdf_sha256")
        ),
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_restored_into_an_empty_site_gives_back_the_same_site(
    client, site, folders, settings
):
    before = snapshot()
    pdf = storages["private"].open(site.pdf.name).read()
    key = (folders / "keys" / "signing.key").read_bytes()
    archive = folders / "backup" / "kns.tar.gz"

    call_command("backup", str(archive))
    assert oct(os.stat(archive).st_mode & 0o777) == "0o600"  # it holds the signing key
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert f"files/private/{site.pdf.name}" in names and "keys/signing.key" in names

    # An empty site: no rows, no files, no keys.
    call_command("flush", interactive=False, verbosity=0)
    for name in ("media", "private", "keys"):
        for path in sorted((folders / name).rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
    assert not User.objects.exists()

    call_command("restore", str(archive))

    assert snapshot() == before
    assert storages["private"].open(site.pdf.name).read() == pdf
    assert (folders / "keys" / "signing.key").read_bytes() == key
    page = client.get(reverse("certificates:verify", args=[site.code]))
    assert page.status_code == 200
    assert site.full_name in page.content.decode()
    officer = User.objects.get(email="officer.a@example.org")
    client.force_login(officer)
    download = client.get(reverse("certificates:certificate", args=[site.code]))
    assert b"".join(download.streaming_content) == pdf


@pytest.mark.django_db
def test_restore_refuses_a_site_that_holds_data_and_a_file_that_is_not_a_backup(officer, tmp_path):
    bogus = tmp_path / "x.tar.gz"
    bogus.write_bytes(b"not an archive")
    with translation.override("en"):
        with pytest.raises(CommandError, match="already holds accounts"):
            call_command("restore", str(bogus))
        with pytest.raises(CommandError, match="not a backup archive"):
            call_command("restore", str(bogus), "--force")
    with translation.override("vi"), pytest.raises(CommandError, match="tài khoản"):
        call_command("restore", str(bogus))
