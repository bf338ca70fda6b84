"""Uploading SCORM packages in the admin: trainers may, the zip is checked, others are refused."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from courses.models import ScormPackage
from courses.scorm.archive import private_storage
from tests.factories.courses import GOLF_2004, scorm_zip

pytestmark = pytest.mark.django_db

ADD = "/admin/scorm_packages/new/"


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/zip")


def test_a_trainer_uploads_a_package(client, trainer):
    client.force_login(trainer)
    response = client.post(
        ADD, {"title": "", "package_file": upload("golf.zip", scorm_zip(GOLF_2004).read())}
    )
    assert response.status_code == 302
    package = ScormPackage.objects.get()
    assert package.title == "Golf Explained - Run-time Basic Calls"
    assert package.version == "2004"
    assert package.uploaded_by == trainer
    assert package.original_name == "golf.zip"
    assert private_storage().exists(f"{package.storage_prefix}imsmanifest.xml")


def test_a_broken_package_is_refused_with_the_reason_and_nothing_is_kept(client, trainer):
    client.force_login(trainer)
    data = scorm_zip(GOLF_2004, skip={"shared/launchpage.html"}).read()
    response = client.post(ADD, {"title": "Golf", "package_file": upload("golf.zip", data)})
    assert response.status_code == 200
    assert "shared/launchpage.html" in response.content.decode()
    assert not ScormPackage.objects.exists()


def test_a_file_that_is_not_a_zip_is_refused(client, trainer):
    client.force_login(trainer)
    response = client.post(ADD, {"title": "x", "package_file": upload("golf.zip", b"not a zip")})
    assert response.status_code == 200
    assert not ScormPackage.objects.exists()


@pytest.mark.parametrize("persona", ["officer", "manager", "outsider"])
def test_people_who_do_not_write_courses_cannot_upload(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    response = client.post(
        ADD, {"title": "", "package_file": upload("golf.zip", scorm_zip().read())}
    )
    assert response.status_code in (302, 403)
    assert not ScormPackage.objects.exists()


def test_the_package_list_shows_packages_to_trainers(client, trainer):
    from tests.factories.courses import scorm_package

    scorm_package(title="Gói golf")
    client.force_login(trainer)
    assert "Gói golf" in client.get("/admin/scorm_packages/").content.decode()


def test_deleting_a_package_removes_its_files(django_capture_on_commit_callbacks):
    from tests.factories.courses import scorm_package

    package = scorm_package()
    with django_capture_on_commit_callbacks(execute=True):
        package.delete()
    assert not private_storage().exists(f"{package.storage_prefix}shared/launchpage.html")
