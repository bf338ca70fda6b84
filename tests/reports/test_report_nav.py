"""Every report page carries the same navigation to the other reports, offering only the
reports the reader may open, with the current one marked."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories.reports import ExportJobFactory

pytestmark = pytest.mark.django_db

EVERY_REPORT = {
    "reports:manage",
    "reports:manage_courses",
    "tracker:assignments",
    "reports:feedback_overview",
    "reports:exports",
}
COURSE_REPORTS_ONLY = {"reports:manage_courses", "reports:feedback_overview", "reports:exports"}


def _nav_links(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    navs = soup.select("nav.report-nav")
    assert len(navs) == 1
    links = {a["href"]: a.get("aria-current") for a in navs[0].select("a")}
    return links


def _pages(scenario, user):
    org, people = scenario.org, scenario.people
    job = ExportJobFactory(user=user)
    return {
        "dashboard": reverse("reports:manage"),
        "unit": reverse("reports:manage_unit", args=[org.district_a1.pk]),
        "unit officers": reverse("reports:manage_unit_officers", args=[org.district_a1.pk]),
        "officer": reverse("reports:manage_officer", args=[people["officer"].officer.pk]),
        "courses": reverse("reports:manage_courses"),
        "course": reverse("reports:manage_course", args=[scenario.course_x.pk]),
        "exports": reverse("reports:exports"),
        "export job": reverse("reports:export_job", args=[job.token]),
        "feedback": reverse("reports:feedback_overview"),
        "course feedback": reverse("reports:feedback_course", args=[scenario.course_x.pk]),
    }


def test_every_report_page_links_to_every_other_report(client, scenario, manager):
    client.force_login(manager)
    expected = {reverse(name) for name in EVERY_REPORT}
    for page, url in _pages(scenario, manager).items():
        links = _nav_links(client.get(url))
        assert set(links) == expected, page


def test_the_current_report_is_marked(client, scenario, manager):
    client.force_login(manager)
    marked = {
        reverse("reports:manage"): reverse("reports:manage"),
        reverse("reports:manage_courses"): reverse("reports:manage_courses"),
        reverse("reports:manage_course", args=[scenario.course_x.pk]): reverse(
            "reports:manage_courses"
        ),
        reverse("reports:exports"): reverse("reports:exports"),
        reverse("reports:feedback_overview"): reverse("reports:feedback_overview"),
        reverse("reports:feedback_course", args=[scenario.course_x.pk]): reverse(
            "reports:feedback_overview"
        ),
    }
    for url, current in marked.items():
        links = _nav_links(client.get(url))
        assert [href for href, mark in links.items() if mark == "page"] == [current], url


def test_a_trainer_is_offered_only_the_reports_a_trainer_may_open(client, scenario, trainer):
    client.force_login(trainer)
    expected = {reverse(name) for name in COURSE_REPORTS_ONLY}
    pages = _pages(scenario, trainer)
    for page in ("courses", "course", "exports", "export job", "feedback", "course feedback"):
        links = _nav_links(client.get(pages[page]))
        assert set(links) == expected, page
    # And each link offered opens.
    for url in expected:
        assert client.get(url).status_code == 200, url
