"""Reports read from the replica; a browser that just wrote reads from the primary."""

from __future__ import annotations

import copy

import pytest
from django.db import DEFAULT_DB_ALIAS
from django.http import HttpResponse
from django.test import RequestFactory

from config.replica import (
    PIN_COOKIE,
    REPLICA,
    ReadYourWritesMiddleware,
    is_write,
    primary_reads,
    read_alias,
    replica_reads,
)
from config.routers import ReplicaRouter
from people.models import OrgUnit


@pytest.fixture
def with_replica(settings):
    databases = copy.deepcopy(settings.DATABASES)
    databases[REPLICA] = copy.deepcopy(databases[DEFAULT_DB_ALIAS])
    settings.DATABASES = databases
    settings.REPLICA_PIN_SECONDS = 30
    return settings


def test_without_a_replica_every_read_uses_the_primary():
    with replica_reads():
        assert read_alias() == DEFAULT_DB_ALIAS
    assert ReplicaRouter().db_for_read(OrgUnit) == DEFAULT_DB_ALIAS


def test_report_reads_use_the_replica_and_other_reads_the_primary(with_replica):
    router = ReplicaRouter()
    assert router.db_for_read(OrgUnit) == DEFAULT_DB_ALIAS
    with replica_reads():
        assert router.db_for_read(OrgUnit) == REPLICA
        with primary_reads():
            assert router.db_for_read(OrgUnit) == DEFAULT_DB_ALIAS
        assert router.db_for_read(OrgUnit) == REPLICA
    assert router.db_for_read(OrgUnit) == DEFAULT_DB_ALIAS


def test_writes_and_migrations_only_ever_touch_the_primary(with_replica):
    router = ReplicaRouter()
    with replica_reads():
        assert router.db_for_write(OrgUnit) == DEFAULT_DB_ALIAS
    assert router.allow_migrate(DEFAULT_DB_ALIAS, "people")
    assert not router.allow_migrate(REPLICA, "people")
    assert router.allow_relation(object(), object())


@pytest.mark.parametrize(
    ("sql", "writes"),
    [
        ('INSERT INTO "x" VALUES (1)', True),
        ('  update "x" set a = 1', True),
        ('DELETE FROM "x"', True),
        ('SELECT * FROM "x" FOR UPDATE', False),
        ('SELECT "updated" FROM "insertions"', False),
        ("SAVEPOINT s1", False),
    ],
)
def test_what_counts_as_a_write(sql, writes):
    assert is_write(sql) is writes


def _view(*, write: bool, seen: list[str]):
    def view(request):
        if write:
            OrgUnit.add_root(name="Văn phòng mới", code="NEW")
        with replica_reads():
            seen.append(read_alias())
        return HttpResponse("ok")

    return view


@pytest.mark.django_db
def test_a_request_that_writes_reads_from_the_primary_and_pins_its_browser(with_replica):
    seen: list[str] = []
    response = ReadYourWritesMiddleware(_view(write=True, seen=seen))(RequestFactory().get("/"))
    assert seen == [DEFAULT_DB_ALIAS]
    cookie = response.cookies[PIN_COOKIE]
    assert cookie["max-age"] == 30 and cookie["httponly"]

    # The same browser's next request, which writes nothing, still reads from the primary.
    request = RequestFactory().get("/")
    request.COOKIES[PIN_COOKIE] = cookie.value
    response = ReadYourWritesMiddleware(_view(write=False, seen=seen))(request)
    assert seen[-1] == DEFAULT_DB_ALIAS
    assert PIN_COOKIE not in response.cookies


@pytest.mark.django_db
def test_a_browser_that_did_not_write_reads_reports_from_the_replica(with_replica):
    seen: list[str] = []
    response = ReadYourWritesMiddleware(_view(write=False, seen=seen))(RequestFactory().get("/"))
    assert seen == [REPLICA]
    assert PIN_COOKIE not in response.cookies


@pytest.mark.django_db
def test_a_forged_or_expired_pin_is_ignored(with_replica, time_machine):
    seen: list[str] = []
    request = RequestFactory().get("/")
    request.COOKIES[PIN_COOKIE] = "1:forged:signature"
    ReadYourWritesMiddleware(_view(write=False, seen=seen))(request)
    assert seen == [REPLICA]

    time_machine.move_to("2026-06-01 10:00:00+07:00")
    response = ReadYourWritesMiddleware(_view(write=True, seen=seen))(RequestFactory().get("/"))
    time_machine.move_to("2026-06-01 10:00:31+07:00")
    request = RequestFactory().get("/")
    request.COOKIES[PIN_COOKIE] = response.cookies[PIN_COOKIE].value
    ReadYourWritesMiddleware(_view(write=False, seen=seen))(request)
    assert seen[-1] == REPLICA


def test_the_pin_does_not_leak_into_the_next_request_of_the_same_thread(with_replica):
    seen: list[str] = []
    request = RequestFactory().get("/")

    def pinned_view(request):
        with primary_reads():
            pass
        return HttpResponse("ok")

    ReadYourWritesMiddleware(pinned_view)(request)
    with replica_reads():
        seen.append(read_alias())
    assert seen == [REPLICA]
