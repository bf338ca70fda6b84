"""A kept PostgreSQL connection (config/postgresql/base.py) is checked before a request only
when it has sat idle: one that served a request moments ago costs no round trip of its own,
one idle for longer is checked and replaced when the server dropped it, and one dropped while
fresh fails a single request and is replaced for the next."""

import time

import psycopg
import pytest
from django.db import OperationalError, connections

from config.postgresql import base

pytestmark = [
    pytest.mark.skipif(
        connections["default"].vendor != "postgresql",
        reason="the PostgreSQL backend's own behaviour",
    ),
    pytest.mark.django_db,  # lets these tests open connections of their own
]


@pytest.fixture
def kept():
    """A connection as production keeps it, counting its health checks."""
    settings = {
        **connections["default"].settings_dict,
        "CONN_MAX_AGE": 600,
        "CONN_HEALTH_CHECKS": True,
    }
    connection = base.DatabaseWrapper(settings, alias="kept")
    checks = []
    is_usable = connection.is_usable

    def counted():
        checks.append(time.monotonic())
        return is_usable()

    connection.is_usable = counted
    connection.checks = checks
    yield connection
    connection.close()


def _request(connection):
    """What a request does with the connection: Django's start, one query, Django's end."""
    connection.close_if_unusable_or_obsolete()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 2")
            return cursor.fetchone()[0]
    finally:
        connection.close_if_unusable_or_obsolete()


def _drop(connection):
    """The server ends the connection, as a restart or a failover would."""
    pid = connection.connection.info.backend_pid
    settings = connections["default"].settings_dict
    with psycopg.connect(
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        dbname=settings["NAME"],
        autocommit=True,
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    time.sleep(0.1)


def test_a_connection_that_served_a_request_moments_ago_is_not_checked(kept):
    for _ in range(3):
        assert _request(kept) == 2
    assert kept.checks == []


def test_a_connection_idle_longer_is_checked_and_replaced_when_dropped(kept, monkeypatch):
    monkeypatch.setattr(base, "FRESH_SECONDS", 0.05)
    assert _request(kept) == 2
    first = kept.connection.info.backend_pid
    _drop(kept)
    assert _request(kept) == 2  # checked, found gone, and opened anew before the query
    assert len(kept.checks) == 1
    assert kept.connection.info.backend_pid != first


def test_an_idle_connection_still_answering_is_checked_and_kept(kept, monkeypatch):
    monkeypatch.setattr(base, "FRESH_SECONDS", 0.05)
    assert _request(kept) == 2
    first = kept.connection.info.backend_pid
    time.sleep(0.1)
    assert _request(kept) == 2
    assert len(kept.checks) == 1
    assert kept.connection.info.backend_pid == first


def test_a_connection_dropped_while_fresh_fails_one_request_then_is_replaced(kept):
    assert _request(kept) == 2
    _drop(kept)
    with pytest.raises(OperationalError):
        _request(kept)
    assert kept.connection is None  # the failed request's end closed it
    assert _request(kept) == 2


def test_after_a_database_error_the_next_request_is_checked(kept):
    assert _request(kept) == 2
    kept.close_if_unusable_or_obsolete()
    with pytest.raises(Exception, match="no_such_table"), kept.cursor() as cursor:
        cursor.execute("SELECT * FROM no_such_table")
    kept.close_if_unusable_or_obsolete()  # the end of that request: checked by Django
    assert len(kept.checks) == 1
    assert _request(kept) == 2
    assert len(kept.checks) == 1  # the check it just passed counts as serving
