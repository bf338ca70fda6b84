"""Every report view and export is limited to the person's scope: a manager of province A never
reads province B, whatever URL they type, and people without a scope are refused."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

FORMATS = ["", "xlsx", "csv"]


def get(client, user, url, **params):
    client.force_login(user)
    return client.get(url, params)


def test_the_dashboard_opens_at_the_top_of_the_scope(client, scenario, manager):
    response = get(client, manager, reverse("reports:manage"))
    assert response.status_code == 200
    assert response.context["dashboard"].unit == scenario.org.province_a
    assert response["Cache-Control"].startswith("max-age=0")
    html = response.content.decode()
    assert "Văn phòng Huyện ủy A1" in html
    assert "Văn phòng Tỉnh ủy B" not in html


@pytest.mark.parametrize("persona", ["officer", "other_officer", "trainer", "outsider"])
def test_people_without_a_scope_are_refused(client, scenario, request, persona):
    user = request.getfixturevalue(persona)
    for url in (
        reverse("reports:manage"),
        reverse("reports:manage_unit", args=[scenario.org.district_a1.pk]),
        reverse("reports:manage_unit_officers", args=[scenario.org.district_a1.pk]),
    ):
        assert get(client, user, url).status_code == 403
        assert get(client, user, url, export="xlsx").status_code == 403


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_manager_cannot_open_another_province_by_url(client, scenario, manager, fmt):
    org = scenario.org
    extra = {"export": fmt} if fmt else {}
    urls = [
        reverse("reports:manage_unit", args=[org.province_b.pk]),
        reverse("reports:manage_unit", args=[org.district_b1.pk]),
        reverse("reports:manage_unit", args=[org.central.pk]),
        reverse("reports:manage_unit_officers", args=[org.district_b1.pk]),
        reverse("reports:manage_officer", args=[scenario.people["other_officer"].officer.pk]),
        # The officer who moved to B1 left province A's scope with their results.
        reverse("reports:manage_officer", args=[scenario.people["moved"].officer.pk]),
    ]
    for url in urls:
        response = get(client, manager, url, **extra)
        assert response.status_code == 403, url


def test_exports_of_another_province_are_refused_and_not_logged(client, scenario, manager):
    from reports.models import ExportLog

    org = scenario.org
    for table in ("units", "courses", "officers", "records"):
        url = reverse("reports:manage_unit", args=[org.province_b.pk])
        assert get(client, manager, url, export="csv", table=table).status_code == 403
    url = reverse("reports:manage_unit", args=[org.province_b.pk])
    assert get(client, manager, url, export="pdf").status_code == 403
    assert not ExportLog.objects.exists()


def test_a_course_report_cannot_reach_outside_the_scope(client, scenario, manager):
    url = reverse("reports:manage_course", args=[scenario.course_x.pk])
    response = get(client, manager, url)
    assert response.status_code == 200
    assert response.context["dashboard"].unit == scenario.org.province_a
    assert get(client, manager, url, unit=scenario.org.province_b.pk).status_code == 403
    assert (
        get(client, manager, url, unit=scenario.org.province_b.pk, export="xlsx").status_code == 403
    )
    assert get(client, manager, url, unit="x").status_code == 404


def test_a_manager_reads_units_and_officers_in_scope(client, scenario, manager):
    org = scenario.org
    assert (
        get(client, manager, reverse("reports:manage_unit", args=[org.district_a1.pk])).status_code
        == 200
    )
    response = get(
        client, manager, reverse("reports:manage_unit_officers", args=[org.district_a1.pk])
    )
    assert response.status_code == 200
    assert "Lê Thị Bình" in response.content.decode()
    officer = scenario.people["a2_one"].officer
    response = get(client, manager, reverse("reports:manage_officer", args=[officer.pk]))
    assert response.status_code == 200


def test_a_delegate_reads_the_delegated_scope_only(client, scenario, manager):
    from tests.factories.people import ReadDelegationFactory

    delegate = scenario.people["a1_second"]
    ReadDelegationFactory(manager=manager, delegate=delegate)
    org = scenario.org
    assert get(client, delegate, reverse("reports:manage")).status_code == 200
    assert (
        get(client, delegate, reverse("reports:manage_unit", args=[org.district_a2.pk])).status_code
        == 200
    )
    assert (
        get(client, delegate, reverse("reports:manage_unit", args=[org.district_b1.pk])).status_code
        == 403
    )


def test_an_administrator_reads_everything(client, scenario, administrator):
    org = scenario.org
    response = get(client, administrator, reverse("reports:manage"))
    assert response.context["dashboard"].unit == org.central
    for unit in (org.province_b, org.district_a2, org.department):
        assert (
            get(client, administrator, reverse("reports:manage_unit", args=[unit.pk])).status_code
            == 200
        )


def test_trainers_read_course_reports_of_their_topics_without_names(client, scenario, trainer):
    from tests.factories.people import TrainerTopicFactory

    url = reverse("reports:manage_course", args=[scenario.course_x.pk])
    response = get(client, trainer, url)
    assert response.status_code == 200
    assert response.context["dashboard"].unit == scenario.org.central
    assert not response.context["show_names"]
    assert get(client, trainer, reverse("reports:manage_courses")).status_code == 200
    TrainerTopicFactory(trainer=trainer, topic=scenario.topic_y.slug)
    client.logout()
    assert get(client, trainer, url).status_code == 403
    url_y = reverse("reports:manage_course", args=[scenario.course_y.pk])
    assert get(client, trainer, url_y).status_code == 200


def test_background_exports_are_for_the_person_who_asked(
    client, scenario, manager, other_manager, settings
):
    settings.REPORTS_EXPORT_INLINE_ROWS = 0
    url = reverse("reports:manage_unit", args=[scenario.org.province_a.pk])
    response = get(client, manager, url, export="xlsx", table="officers")
    assert response.status_code == 302
    job_url = response["Location"]
    download = job_url + "download/"
    assert get(client, manager, job_url).status_code == 200
    assert get(client, manager, download).status_code == 200
    assert get(client, other_manager, job_url).status_code == 404
    assert get(client, other_manager, download).status_code == 404
