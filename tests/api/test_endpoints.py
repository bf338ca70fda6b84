"""Every endpoint from the outside: what a client of province A reads and writes, what it is
refused (province B's data, scopes it lacks), bad input with rows and field names, upserts that
change nothing the second time, and a paginated pull that stays stable while data changes."""

import datetime

import pytest
from django.utils import timezone

from courses import services as course_services
from courses.models import Enrolment
from people.models import Officer, OrgUnit
from tests.factories.certificates import CertificateFactory
from tracker.models import Assignment

pytestmark = pytest.mark.django_db

STAFF = "/api/v1/staff/"
UPSERT = "/api/v1/staff/upsert/"


def officer_record(code="CB-A1-900", unit="TA-H1", email="moi.a@example.org", **extra):
    return {
        "employee_code": code,
        "full_name": "Đỗ Thị Mới",
        "email": email,
        "unit_code": unit,
        "position": "Chuyên viên",
        **extra,
    }


# Scope: a client of one province never reads another's data ----------------------------------


def test_staff_and_units_are_those_of_the_clients_province(api_a, api_b, officer, other_officer):
    codes_a = {row["employee_code"] for row in api_a.get(STAFF).json()["results"]}
    assert "CB-A1-001" in codes_a and "CB-B1-001" not in codes_a
    codes_b = {row["employee_code"] for row in api_b.get(STAFF).json()["results"]}
    assert codes_b == {"CB-B1-001"}
    assert api_a.get(f"{STAFF}CB-A1-001/").json()["unit_code"] == "TA-H1"
    assert api_b.get(f"{STAFF}CB-A1-001/").status_code == 404
    units_a = {row["code"] for row in api_a.get("/api/v1/units/").json()["results"]}
    assert units_a == {"TA", "TA-H1", "TA-H2"}
    assert api_b.get("/api/v1/units/TA-H1/").status_code == 404
    assert api_a.get("/api/v1/units/TA-H1/").json()["parent_code"] == "TA"
    assert api_a.get(STAFF, {"unit": "TB"}).status_code == 403
    assert api_a.get(STAFF, {"unit": "NOPE"}).json()["fields"]["unit"]


def test_results_of_another_province_are_never_read(
    api_a, api_b, officer, other_officer, course, signing_settings
):
    course_services.enrol(officer, course)
    course_services.enrol(other_officer, course)
    CertificateFactory(user=officer, enrolment=Enrolment.objects.get(user=officer))
    for path in ("/api/v1/results/enrolments/", "/api/v1/results/certificates/"):
        rows_a = api_a.get(path).json()["results"]
        rows_b = api_b.get(path).json()["results"]
        assert {r["employee_code"] for r in rows_a} == {"CB-A1-001"}
        assert "CB-A1-001" not in {r["employee_code"] for r in rows_b}
        assert api_b.get(path, {"unit": "TA"}).status_code == 403


def test_assignments_of_another_province_are_neither_read_nor_changed(
    api_a, api_b, officer, other_officer, course
):
    created = api_a.post(
        "/api/v1/assignments/",
        {"course_id": course.pk, "scope": "subtree", "unit_code": "TA", "due_on": "2099-01-31"},
    )
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    assert pk not in {row["id"] for row in api_b.get("/api/v1/assignments/").json()["results"]}
    assert api_b.get(f"/api/v1/assignments/{pk}/").status_code == 404
    assert api_b.get(f"/api/v1/assignments/{pk}/officers/").status_code == 404
    assert api_b.patch(f"/api/v1/assignments/{pk}/", {"note": "x"}).status_code == 404
    assert api_b.post(f"/api/v1/assignments/{pk}/withdraw/").status_code == 404
    refused = api_b.post(
        "/api/v1/assignments/",
        {"course_id": course.pk, "scope": "unit", "unit_code": "TA-H1", "due_on": "2099-01-31"},
    )
    assert refused.status_code == 403
    named = api_b.post(
        "/api/v1/assignments/",
        {
            "course_id": course.pk,
            "scope": "officers",
            "employee_codes": ["CB-A1-001"],
            "due_on": "2099-01-31",
        },
    )
    assert named.status_code == 403
    assert Assignment.objects.count() == 1


def test_a_national_assignment_shows_each_province_only_its_officers(
    api_a, api_b, officer, other_officer, course, administrator
):
    from tracker import services as tracker_services

    assignment = tracker_services.create_assignment(
        administrator,
        course=course,
        scope="subtree",
        unit=OrgUnit.objects.get(code="TW"),
        due_on=datetime.date(2099, 1, 31),
    )
    rows_a = api_a.get(f"/api/v1/assignments/{assignment.pk}/officers/").json()["results"]
    rows_b = api_b.get(f"/api/v1/assignments/{assignment.pk}/officers/").json()["results"]
    assert {r["employee_code"] for r in rows_a} == {"CB-A1-001"}
    assert {r["employee_code"] for r in rows_b} == {"CB-B1-001"}
    assert rows_a[0]["status"] == "not_started"
    # Seen by both, changed by neither: it covers more than either province.
    assert api_a.patch(f"/api/v1/assignments/{assignment.pk}/", {"note": "x"}).status_code == 403
    assert api_a.post(f"/api/v1/assignments/{assignment.pk}/withdraw/").status_code == 403


def test_scopes_a_client_lacks_are_refused(api_reader_a, course, officer):
    assert api_reader_a.get(STAFF).status_code == 200
    assert api_reader_a.post(UPSERT, {"officers": [officer_record()]}).status_code == 403
    assert api_reader_a.post("/api/v1/units/upsert/", {"units": []}).status_code == 403
    created = api_reader_a.post(
        "/api/v1/assignments/",
        {"course_id": course.pk, "scope": "unit", "unit_code": "TA", "due_on": "2099-01-31"},
    )
    assert created.status_code == 403


# Staff upsert -------------------------------------------------------------------------------


def test_staff_upsert_creates_then_changes_nothing_the_second_time(api_a, org):
    body = {"officers": [officer_record(), officer_record("CB-A2-900", "TA-H2", "b@example.org")]}
    first = api_a.post(UPSERT, body)
    assert first.status_code == 200, first.content
    assert first.json()["counts"]["create"] == 2 and first.json()["applied"]
    again = api_a.post(UPSERT, body).json()
    assert again["counts"] == {"create": 0, "update": 0, "move": 0, "unchanged": 2}
    assert Officer.objects.filter(employee_code__in=["CB-A1-900", "CB-A2-900"]).count() == 2
    moved = api_a.post(UPSERT, {"officers": [officer_record(unit="TA-H2")]}).json()
    assert moved["counts"]["move"] == 1
    assert Officer.objects.get(employee_code="CB-A1-900").unit.code == "TA-H2"


def test_a_dry_run_returns_the_preview_and_saves_nothing(api_a, org):
    response = api_a.post(UPSERT, {"officers": [officer_record()], "dry_run": True})
    assert response.json()["counts"]["create"] == 1
    assert response.json()["applied"] is False
    assert not Officer.objects.filter(employee_code="CB-A1-900").exists()


def test_bad_rows_are_refused_with_their_row_and_field_and_nothing_is_saved(api_a, org, officer):
    body = {
        "officers": [
            officer_record(),
            officer_record("CB-A1-901", email="not-an-email"),
            officer_record("CB-A1-902", unit="NOWHERE", email="c@example.org"),
            officer_record("CB-A1-903", email="moi.a@example.org"),
        ]
    }
    response = api_a.post(UPSERT, body)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert {(e["row"], e["field"]) for e in errors} == {
        (2, "email"),
        (3, "unit_code"),
        (4, "email"),
    }
    assert "already used on row 1" in next(e["message"] for e in errors if e["row"] == 4)
    assert "4 error" not in response.json()["detail"]
    assert not Officer.objects.filter(employee_code__startswith="CB-A1-90").exists()


def test_missing_fields_are_named_per_row(api_a, org):
    response = api_a.post(UPSERT, {"officers": [{"employee_code": "X"}]})
    assert response.status_code == 400
    fields = {e["field"] for e in response.json()["errors"] if e["row"] == 1}
    assert {"full_name", "email", "unit_code"} <= fields
    assert api_a.post(UPSERT, {"officers": "x"}).json()["fields"]["officers"]
    assert api_a.post(UPSERT, {}).json()["fields"]["officers"]


def test_messages_are_vietnamese_unless_english_is_asked(api_a, org):
    body = {"officers": [officer_record(unit="NOWHERE")]}
    english = api_a.post(UPSERT, body).json()["errors"][0]["message"]
    vietnamese = api_a.post(UPSERT, body, language="vi").json()["errors"][0]["message"]
    assert english == "Unknown unit code NOWHERE."
    assert vietnamese != english and "NOWHERE" in vietnamese


def test_staff_of_another_province_and_high_roles_cannot_be_written(api_a, org, other_officer):
    response = api_a.post(
        UPSERT,
        {
            "officers": [
                officer_record(unit="TB-H1"),
                officer_record("CB-B1-001", email="officer.b@example.org", unit="TA-H1"),
                officer_record("CB-A1-905", email="d@example.org", roles=["Administrator"]),
            ]
        },
    )
    assert response.status_code == 400
    assert {(e["row"], e["field"]) for e in response.json()["errors"]} == {
        (1, "unit_code"),
        (2, "employee_code"),
        (3, "roles"),
    }
    assert Officer.objects.get(employee_code="CB-B1-001").unit.code == "TB-H1"


# Units upsert -------------------------------------------------------------------------------


def test_units_are_upserted_inside_the_province_only(api_a, org):
    body = {
        "units": [
            {
                "code": "TA-H3",
                "name": "Văn phòng Huyện ủy A3",
                "kind": "district",
                "parent_code": "TA",
            },
            {"code": "TA-H3-X1", "name": "Chi bộ X1", "kind": "grassroots", "parent_code": "TA-H3"},
        ]
    }
    response = api_a.post("/api/v1/units/upsert/", body)
    assert response.status_code == 200, response.content
    assert response.json()["counts"]["create"] == 2
    assert OrgUnit.objects.get(code="TA-H3-X1").get_parent().code == "TA-H3"
    again = api_a.post("/api/v1/units/upsert/", body).json()
    assert again["counts"]["unchanged"] == 2
    refused = api_a.post(
        "/api/v1/units/upsert/",
        {
            "units": [
                {"code": "TB-H9", "name": "X", "kind": "district", "parent_code": "TB"},
                {"code": "TB", "name": "Đổi tên", "kind": "provincial"},
                {"code": "", "name": "", "kind": "planet"},
            ]
        },
    )
    assert refused.status_code == 400
    assert {(e["row"], e["field"]) for e in refused.json()["errors"]} >= {
        (1, "parent_code"),
        (2, "code"),
        (3, "kind"),
    }
    assert not OrgUnit.objects.filter(code="TB-H9").exists()
    assert OrgUnit.objects.get(code="TB").name == "Văn phòng Tỉnh ủy B"


# Assignments ----------------------------------------------------------------------------------


def test_assignments_are_created_edited_withdrawn_and_listed_with_statuses(api_a, officer, course):
    bad = api_a.post("/api/v1/assignments/", {"course_id": 0, "scope": "unit", "due_on": "x"})
    assert bad.status_code == 400
    assert {"course_id", "due_on"} <= set(bad.json()["fields"])
    created = api_a.post(
        "/api/v1/assignments/",
        {"course_id": course.pk, "scope": "unit", "unit_code": "TA-H1", "due_on": "2099-01-31"},
    ).json()
    pk = created["id"]
    officers = api_a.get(f"/api/v1/assignments/{pk}/officers/").json()["results"]
    assert [(o["employee_code"], o["status"]) for o in officers] == [("CB-A1-001", "not_started")]
    edited = api_a.patch(f"/api/v1/assignments/{pk}/", {"due_on": "2099-03-31", "note": "Gấp"})
    assert edited.json()["due_on"] == "2099-03-31" and edited.json()["note"] == "Gấp"
    past = api_a.patch(f"/api/v1/assignments/{pk}/", {"due_on": "2000-01-01"})
    assert past.status_code == 400 and past.json()["detail"]
    withdrawn = api_a.post(f"/api/v1/assignments/{pk}/withdraw/", {"reason": "Trùng"})
    assert withdrawn.json()["withdrawn_at"] is not None
    listed = api_a.get("/api/v1/assignments/", {"open": "true"}).json()["results"]
    assert pk not in {row["id"] for row in listed}


# Results, pagination and the changes feed ----------------------------------------------------


def test_a_paged_pull_is_stable_while_data_changes(api_a, org, course):
    from tests.factories.people import OfficerFactory

    officers = [OfficerFactory(unit=org.district_a1) for _ in range(7)]
    for item in officers:
        course_services.enrol(item.user, course)
    first = api_a.get("/api/v1/results/enrolments/", {"limit": 3}).json()
    seen = [row["id"] for row in first["results"]]
    # While the pull goes on: a learner of page 1 progresses, a new one enrols.
    moved = Enrolment.objects.get(pk=seen[0])
    Enrolment.objects.filter(pk=moved.pk).update(changed_at=timezone.now())
    newcomer = OfficerFactory(unit=org.district_a2)
    course_services.enrol(newcomer.user, course)
    cursor = first["next_cursor"]
    while cursor:
        page = api_a.get("/api/v1/results/enrolments/", {"limit": 3, "cursor": cursor}).json()
        seen += [row["id"] for row in page["results"]]
        cursor = page["next_cursor"]
    every = set(Enrolment.objects.values_list("pk", flat=True))
    assert set(seen) == every  # nothing skipped
    assert len(seen) == len(every) + 1  # the changed row is read again at the end, once
    assert seen[-2:] in ([moved.pk, seen[-1]], [seen[-2], moved.pk]) or moved.pk in seen[-2:]


def test_the_changes_feed_returns_only_what_changed_since(api_a, officer, course, quiz_course):
    course_services.enrol(officer, course)
    pull = api_a.get("/api/v1/results/enrolments/").json()
    mark = pull["last_changed_at"]
    assert (
        api_a.get("/api/v1/results/enrolments/", {"changed_since": mark}).json()["results"][0][
            "course_id"
        ]
        == course.pk
    )  # the last one is included (>=)
    later = timezone.now() + datetime.timedelta(seconds=1)
    import time_machine

    with time_machine.travel(later):
        course_services.enrol(officer, quiz_course)
    rows = api_a.get("/api/v1/results/enrolments/", {"changed_since": later.isoformat()}).json()[
        "results"
    ]
    assert [row["course_id"] for row in rows] == [quiz_course.pk]
    assert api_a.get("/api/v1/results/enrolments/", {"changed_since": "soon"}).status_code == 400
    assert api_a.get("/api/v1/results/enrolments/", {"cursor": "!!"}).status_code == 400
    assert api_a.get("/api/v1/results/enrolments/", {"limit": 0}).status_code == 400


def test_results_filter_by_course_unit_and_period(api_a, officer, org, course, quiz_course):
    from tests.factories.people import OfficerFactory

    course_services.enrol(officer, course)
    other = OfficerFactory(unit=org.district_a2)
    course_services.enrol(other.user, quiz_course)
    assert (
        len(api_a.get("/api/v1/results/enrolments/", {"course": course.pk}).json()["results"]) == 1
    )
    only_a2 = api_a.get("/api/v1/results/enrolments/", {"unit": "TA-H2"}).json()["results"]
    assert [r["unit_code"] for r in only_a2] == ["TA-H2"]
    done = api_a.get("/api/v1/results/enrolments/", {"completed_from": "2000-01-01"}).json()[
        "results"
    ]
    assert done == []  # nobody has completed yet


def test_certificates_come_with_their_credential(api_a, officer, signing_settings):
    certificate = CertificateFactory(user=officer)
    from certificates.credentials import ensure_credential

    ensure_credential(certificate.pk)
    row = api_a.get("/api/v1/results/certificates/").json()["results"][0]
    assert row["code"] == certificate.code and row["state"] == "valid"
    assert row["credential"].count(".") == 2


# Catalogue ------------------------------------------------------------------------------------


def test_every_client_reads_the_catalogue(api_reader_a, quiz_course):
    courses = api_reader_a.get("/api/v1/courses/").json()["results"]
    row = next(c for c in courses if c["id"] == quiz_course.pk)
    assert row["quiz_ids"] and row["issues_certificate"]
    assert (
        api_reader_a.get(f"/api/v1/courses/{quiz_course.pk}/").json()["title"] == quiz_course.title
    )
    assert api_reader_a.get("/api/v1/courses/0/").status_code == 404
    quizzes = api_reader_a.get("/api/v1/quizzes/").json()["results"]
    assert quizzes[0]["course_id"] == quiz_course.pk


def test_a_submitted_quiz_attempt_brings_its_enrolment_into_the_changes_feed(
    api_a, officer, org, quiz_course
):
    import time_machine

    from tests.factories.people import OfficerFactory
    from tests.learning import pass_quiz, quiz_of

    other = OfficerFactory(unit=org.district_a1)
    course_services.enrol(officer, quiz_course)
    course_services.enrol(other.user, quiz_course)
    later = timezone.now() + datetime.timedelta(minutes=5)
    with time_machine.travel(later):
        pass_quiz(officer, quiz_of(quiz_course), now=later, right=False)
    rows = api_a.get("/api/v1/results/enrolments/", {"changed_since": later.isoformat()}).json()[
        "results"
    ]
    # A failed attempt changes no progress: only its mark moves the enrolment into the feed.
    assert [(row["course_id"], row["employee_code"]) for row in rows] == [
        (quiz_course.pk, officer.officer.employee_code)
    ]
