"""Stamped cache families: a request reads every family's stamp in one round trip, each caller
in a request gets the same copy of an entry, and another request gets a copy of its own."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from courses.site_cache import STRUCTURE
from people import cache_stamps
from people.rights_cache import RIGHTS


@pytest.fixture
def calls(monkeypatch):
    """The shared cache's reads, counted (one a call, whatever the backend does inside)."""
    counted = []
    inside = []
    for name in ("get", "get_many"):
        method = getattr(cache_stamps.cache, name)

        def counting(*args, _method=method, _name=name, **kwargs):
            if not inside:
                counted.append(_name)
            inside.append(_name)
            try:
                return _method(*args, **kwargs)
            finally:
                inside.pop()

        monkeypatch.setattr(cache_stamps.cache, name, counting)
    return counted


def _in_request(work):
    """``work()`` inside a request, as the middleware runs it."""
    seen = {}

    def view(request):
        seen["result"] = work()
        return HttpResponse()

    cache_stamps.StampsPerRequestMiddleware(view)(RequestFactory().get("/"))
    return seen["result"]


def test_every_familys_stamp_comes_in_one_round_trip(calls):
    STRUCTURE.current(), RIGHTS.current()  # both families exist in the cache
    calls.clear()
    stamps = _in_request(lambda: (STRUCTURE.current(), RIGHTS.current(), STRUCTURE.current()))
    assert calls == ["get_many"]
    assert stamps[0] == stamps[2] == STRUCTURE.current()
    assert stamps[1] == RIGHTS.current()


def test_a_request_shares_one_copy_and_requests_do_not(calls):
    STRUCTURE.store("pages", [{"title": "Bài 1"}])

    def twice():
        first, second = STRUCTURE.peek("pages"), STRUCTURE.peek("pages")
        first[0]["title"] = "đổi trong yêu cầu này"
        return first, second

    first, second = _in_request(twice)
    assert first is second
    assert _in_request(lambda: STRUCTURE.peek("pages")) == [{"title": "Bài 1"}]


def test_a_change_within_a_request_is_seen_at_once():
    STRUCTURE.store("pages", ["cũ"])

    def change():
        before = STRUCTURE.peek("pages")
        STRUCTURE.renew()
        return before, STRUCTURE.peek("pages")

    assert _in_request(change) == (["cũ"], None)
