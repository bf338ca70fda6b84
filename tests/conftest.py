"""Shared fixtures: the fixed cast of personas every test can use."""

from pathlib import Path

import pytest
from django.core.management import call_command

from people.roles import ADMINISTRATOR, MANAGER, OFFICER, TRAINER
from tests.factories import UserFactory
from tests.factories.people import ManagerScopeFactory, OfficerFactory, OrgTree

pytest_plugins = ["tests.learning"]

SHARED_FIXTURES = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures"


def pytest_sessionstart(session):
    # Translations must be compiled for the language tests; cheap when already up to date.
    import django

    django.setup()
    call_command("compile_catalogues", verbosity=0)


def pytest_collection_modifyitems(config, items):
    """Browser journeys run last: they use live-server transactions that empty the tables."""
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
        elif _is_transactional(item):
            # A transactional test ends by emptying every table, the rows the migrations made
            # (the site, the root page) included: `make test` runs these after the rest, in one
            # process, and each must put those rows back before it runs (serialized_rollback).
            if not item.get_closest_marker("django_db").kwargs.get("serialized_rollback"):
                raise pytest.UsageError(
                    f"{item.nodeid}: a test with transaction=True needs serialized_rollback=True"
                )
            item.add_marker(pytest.mark.transactional)
    items.sort(key=lambda item: "/e2e/" in str(item.fspath))


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(
        marker
        and (marker.kwargs.get("transaction") or (marker.args and marker.args[0]))
        and "/e2e/" not in str(item.fspath)
    )


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: the site structure and people's rights are kept
    there between requests, and ids of rolled-back rows come back in later tests."""
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    from courses import learner_state
    from home import learner_pages, page_shell
    from people.cache_stamps import clear_local

    for alias in caches:
        if isinstance(caches[alias], LocMemCache):  # never a shared server's cache
            caches[alias].clear()
    clear_local()
    page_shell.clear()
    learner_pages.clear()
    learner_state.clear()


_MIGRATED_CONTENT_TYPES: list = []


@pytest.fixture(autouse=True)
def _content_types_as_migrated(request):
    """After a transactional test, the process keeps the content types the migrations made.

    Such a test may empty the tables or load them under other ids (a restore, a migration run
    back and forth). The next one starts by loading the migrated rows again, and Wagtail's
    tasks look their content type up while being loaded, before the content types' own rows
    are back: the kept ones must be the migrated ones, all of them.
    """
    if not request.node.get_closest_marker("transactional"):
        yield
        return
    from django.contrib.contenttypes.models import ContentType

    if not _MIGRATED_CONTENT_TYPES:
        _MIGRATED_CONTENT_TYPES.extend(ContentType.objects.all())
    yield
    ContentType.objects.clear_cache()
    for content_type in _MIGRATED_CONTENT_TYPES:
        ContentType.objects._add_to_cache("default", content_type)


@pytest.fixture
def org(db):
    """The small organisation tree the personas work in (see OrgTree)."""
    return OrgTree()


@pytest.fixture
def officer(db, org):
    """An officer in district A1, under province A."""
    user = UserFactory(
        email="officer.a@example.org", first_name="Lan", last_name="Nguyễn Thị", roles=[OFFICER]
    )
    OfficerFactory(user=user, employee_code="CB-A1-001", unit=org.district_a1)
    return user


@pytest.fixture
def other_officer(db, org):
    """An officer in district B1, under province B."""
    user = UserFactory(
        email="officer.b@example.org", first_name="Hùng", last_name="Trần Văn", roles=[OFFICER]
    )
    OfficerFactory(user=user, employee_code="CB-B1-001", unit=org.district_b1)
    return user


@pytest.fixture
def trainer(db):
    return UserFactory(
        email="trainer.a@example.org", first_name="Giảng", last_name="Lê Minh", roles=[TRAINER]
    )


@pytest.fixture
def manager(db, org):
    """Works in province A's office and manages province A with everything under it."""
    user = UserFactory(
        email="manager.a@example.org", first_name="Quang", last_name="Phạm Văn", roles=[MANAGER]
    )
    OfficerFactory(user=user, employee_code="QL-A-001", unit=org.province_a)
    ManagerScopeFactory(user=user, unit=org.province_a)
    return user


@pytest.fixture
def other_manager(db, org):
    """Works in province B's office and manages province B with everything under it."""
    user = UserFactory(
        email="manager.b@example.org", first_name="Dũng", last_name="Võ Tiến", roles=[MANAGER]
    )
    OfficerFactory(user=user, employee_code="QL-B-001", unit=org.province_b)
    ManagerScopeFactory(user=user, unit=org.province_b)
    return user


@pytest.fixture
def administrator(db):
    return UserFactory(
        email="admin.a@example.org",
        first_name="Trị",
        last_name="Trần Thị Quản",
        roles=[ADMINISTRATOR],
    )


@pytest.fixture
def outsider(db):
    """Signed-in, but holds no role and owns nothing: must be refused everywhere private."""
    return UserFactory(email="outsider@example.org", first_name="Ngoài", last_name="Người")


@pytest.fixture(scope="module")
def demo_loaded(django_db_setup, django_db_blocker, signing_key_pair):
    """The whole demo (seed_demo, with its certificates signed by the test key pair), loaded
    once for the tests of a module and rolled back after the last of them. Loading it is the
    slowest thing the suite does, so modules that read it share one load; each test still runs
    in its own savepoint. Not for modules with transactional tests."""
    from django.db import transaction
    from django.test import TestCase, override_settings

    keys = {
        "CERTIFICATE_SIGNING_KEY": str(signing_key_pair.key_path),
        "CERTIFICATE_SIGNING_CERT": str(signing_key_pair.cert_path),
        "CERTIFICATE_SIGNING_PASSPHRASE": "",
    }
    with django_db_blocker.unblock(), transaction.atomic(), override_settings(**keys):
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", verbosity=0)
        yield keys
        transaction.set_rollback(True)


@pytest.fixture
def shared_demo(db, demo_loaded, settings):
    """A test that reads (or loads again) the demo shared by its module; see demo_loaded."""
    for name, value in demo_loaded.items():
        setattr(settings, name, value)
    return demo_loaded
