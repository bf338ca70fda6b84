"""Ids beyond what a 64-bit key holds, in API addresses, filters and bodies: a clear 4xx."""

import pytest

pytestmark = pytest.mark.django_db

HUGE = "9" * 25


def test_huge_ids_in_api_addresses_filters_and_bodies_are_refused_cleanly(api_a):
    assert api_a.get(f"/api/v1/assignments/{HUGE}/").status_code == 404
    assert api_a.get(f"/api/v1/courses/{HUGE}/").status_code == 404
    for path in ("/api/v1/assignments/", "/api/v1/results/enrolments/"):
        reply = api_a.get(path, {"course": HUGE})
        assert reply.status_code == 400, path
        assert "course" in str(reply.json())
    reply = api_a.post(
        "/api/v1/assignments/",
        {"course_id": int(HUGE), "scope": "unit", "unit_code": "TA", "due_on": "2027-01-01"},
    )
    assert reply.status_code == 400
    assert "course_id" in str(reply.json())
