"""Checking uploaded SCORM packages: Rustici's golf samples pass, unsafe zips are refused."""

import io
import stat
import zipfile

import pytest
from django.utils import translation

from courses.models import ScormPackage
from courses.scorm.archive import PackageError, create_package, inspect_zip, private_storage
from courses.scorm.manifest import ManifestError, package_path, parse_manifest
from tests.factories.courses import GOLF_12, GOLF_2004, SCORM_FIXTURES, scorm_zip


def zip_of(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            if isinstance(name, zipfile.ZipInfo):
                archive.writestr(name, data)
            else:
                archive.writestr(name, data)
    buffer.seek(0)
    return buffer


@pytest.fixture(autouse=True)
def in_english():
    """The refusals are checked by their English wording."""
    with translation.override("en"):
        yield


MANIFEST_12 = (SCORM_FIXTURES / GOLF_12 / "imsmanifest.xml").read_bytes()


def test_the_scorm_12_golf_sample_is_read():
    report = inspect_zip(scorm_zip(GOLF_12))
    assert report.manifest.version == "1.2"
    assert report.manifest.title == "Golf Explained - Run-time Basic Calls"
    assert [s.href for s in report.manifest.scos] == ["shared/launchpage.html"]
    assert report.file_count == 44


def test_the_scorm_2004_golf_sample_is_read():
    report = inspect_zip(scorm_zip(GOLF_2004))
    assert report.manifest.version == "2004"
    assert report.manifest.scos[0].identifier == "item_1"
    assert report.manifest.scos[0].is_sco


@pytest.mark.django_db
def test_a_package_is_stored_in_private_storage():
    package = create_package(scorm_zip(GOLF_2004), title="", user=None)
    assert package.version == ScormPackage.Version.SCORM_2004
    assert package.file_count == 69
    assert private_storage().exists(f"{package.storage_prefix}shared/launchpage.html")
    assert package.total_bytes > 600_000


def test_a_zip_without_a_manifest_is_refused():
    with pytest.raises(PackageError, match="imsmanifest.xml"):
        inspect_zip(zip_of({"index.html": b"<p>hi</p>"}))


def test_a_manifest_in_a_folder_is_refused_with_advice():
    with pytest.raises(PackageError, match="inside a folder"):
        inspect_zip(zip_of({"course/imsmanifest.xml": MANIFEST_12}))


def test_something_that_is_not_a_zip_is_refused():
    with pytest.raises(PackageError, match="not a zip"):
        inspect_zip(io.BytesIO(b"PK not really"))


@pytest.mark.parametrize(
    "name",
    ["../evil.html", "a/../../evil.html", "/etc/passwd", "C:/windows/evil.html", "a\\b.html"],
)
def test_a_file_outside_the_package_folder_is_refused(name):
    with pytest.raises(PackageError):
        inspect_zip(zip_of({"imsmanifest.xml": MANIFEST_12, name: b"x"}))


def test_a_symbolic_link_is_refused():
    link = zipfile.ZipInfo("shared/link.html")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with pytest.raises(PackageError, match="link"):
        inspect_zip(zip_of({"imsmanifest.xml": MANIFEST_12, link: b"/etc/passwd"}))


def test_a_zip_bomb_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", MANIFEST_12)
        archive.writestr("big.bin", b"\0" * (20 * 1024 * 1024))
    buffer.seek(0)
    with pytest.raises(PackageError, match="suspiciously"):
        inspect_zip(buffer)


def test_too_large_a_package_is_refused(settings):
    settings.SCORM_MAX_PACKAGE_BYTES = 100_000
    with pytest.raises(PackageError, match="MB"):
        inspect_zip(scorm_zip(GOLF_12))


def test_too_many_files_are_refused(settings):
    settings.SCORM_MAX_PACKAGE_FILES = 10
    with pytest.raises(PackageError, match="more than 10 files"):
        inspect_zip(scorm_zip(GOLF_12))


def test_the_same_file_twice_is_refused():
    with pytest.raises(PackageError, match="twice"):
        inspect_zip(zip_of({"imsmanifest.xml": MANIFEST_12, "a.html": b"1", "A.html": b"2"}))


def test_a_missing_launch_file_is_refused():
    with pytest.raises(PackageError, match="shared/launchpage.html"):
        inspect_zip(scorm_zip(GOLF_12, skip={"shared/launchpage.html"}))


def test_an_outside_launch_address_is_refused():
    manifest = MANIFEST_12.replace(
        b'href="shared/launchpage.html"', b'href="http://example.org/x.html"'
    )
    with pytest.raises(PackageError, match="outside address"):
        inspect_zip(scorm_zip(GOLF_12, extra={"imsmanifest.xml": manifest}))


def test_a_launch_file_outside_the_package_is_refused():
    manifest = MANIFEST_12.replace(b'href="shared/launchpage.html"', b'href="../launchpage.html"')
    with pytest.raises(PackageError, match="outside the package"):
        inspect_zip(scorm_zip(GOLF_12, extra={"imsmanifest.xml": manifest}))


def test_broken_xml_is_refused_with_the_parser_message():
    with pytest.raises(PackageError, match="not valid XML"):
        inspect_zip(zip_of({"imsmanifest.xml": b"<manifest><organizations>"}))


def test_an_xml_entity_bomb_is_refused():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><manifest>&lol2;</manifest>'
    )
    with pytest.raises(ManifestError):
        parse_manifest(bomb, set())


def test_item_parameters_are_added_to_the_launch_address():
    manifest = MANIFEST_12.replace(
        b'identifierref="resource_1"', b'identifierref="resource_1" parameters="?start=2"'
    )
    parsed = parse_manifest(manifest, {"shared/launchpage.html"})
    assert parsed.scos[0].href == "shared/launchpage.html?start=2"


def test_package_paths_are_normalised():
    assert package_path("shared/../shared/a%20b.html") == "shared/a b.html"
    with pytest.raises(ManifestError):
        package_path("/shared/a.html")
