"""Course and lesson pages, and their refusals, tell browsers and proxies never to keep them,
with the very headers Django's ``never_cache`` writes."""

import pytest
from django.http import HttpResponse
from django.test import Client
from django.utils.cache import add_never_cache_headers

from courses.models.pages import never_cached

pytestmark = pytest.mark.django_db


def _django_cache_control():
    response = HttpResponse()
    add_never_cache_headers(response)
    return response["Cache-Control"]


def _assert_never_cached(response):
    assert response["Cache-Control"] == _django_cache_control()
    assert response["Expires"].endswith(" GMT")


def test_pages_and_refusals_are_never_cached(client, enrolled_officer, outsider, course, lessons):
    client.force_login(enrolled_officer)
    for _ in range(2):  # rendered, then kept
        for page in (course, lessons[0]):
            response = client.get(page.url)
            assert response.status_code == 200
            _assert_never_cached(response)
    visitor = Client().get(lessons[0].url)
    assert visitor.status_code == 302
    _assert_never_cached(visitor)
    stranger = Client()
    stranger.force_login(outsider)
    refused = stranger.get(lessons[0].url)
    assert refused.status_code == 302
    _assert_never_cached(refused)


def test_an_answer_with_caching_headers_of_its_own_gets_djangos_merge(rf):
    class Page:
        @never_cached
        def serve(self, request):
            response = HttpResponse()
            response["Cache-Control"] = "public"
            return response

    response = Page().serve(rf.get("/"))
    expected = HttpResponse()
    expected["Cache-Control"] = "public"
    add_never_cache_headers(expected)
    assert response["Cache-Control"] == expected["Cache-Control"]
