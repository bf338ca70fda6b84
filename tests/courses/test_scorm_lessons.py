"""SCORM lessons from the outside: the lesson page, the content address, saves and progress."""

import json
import re

import pytest
import time_machine
from django.test import Client

from courses import services
from courses.models import Enrolment, ItemProgress, ScormTrack
from courses.scorm import delivery
from tests.factories.courses import GOLF_2004, ScormLessonPageFactory, scorm_package

CONTENT = "scorm.testserver"


@pytest.fixture
def scorm_lesson(course, lessons):
    return ScormLessonPageFactory(parent=course, title="Golf", slug="golf")


@pytest.fixture
def learner(officer, course):
    services.enrol(officer, course)
    return officer


def stage_url(client, lesson):
    response = client.get(lesson.url)
    assert response.status_code == 200
    match = re.search(
        r'src="http://scorm\.testserver(/scorm-content/[^"]+/)"', response.content.decode()
    )
    assert match, "the page frames the stage on the content address"
    return match[1]


def content(method, path, **kwargs):
    """A request to the content address: a fresh client, without the site's cookies."""
    return getattr(Client(), method)(path, HTTP_HOST=CONTENT, **kwargs)


def commit(path, sequence, values, *, finished=False, key="k"):
    return content(
        "post",
        path + "commit",
        data=json.dumps(
            {"sequence": sequence, "save_key": key, "finished": finished, "values": values}
        ),
        content_type="application/json",
    )


def test_the_lesson_page_frames_the_stage_in_a_sandbox(client, learner, scorm_lesson):
    client.force_login(learner)
    response = client.get(scorm_lesson.url)
    html = response.content.decode()
    assert 'sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-modals"' in html
    assert "frame-src http://scorm.testserver" in response.headers["Content-Security-Policy"]
    assert ItemProgress.objects.get(user=learner, item=scorm_lesson).first_opened_at


def test_an_outsider_is_sent_back_to_the_course(client, outsider, scorm_lesson):
    client.force_login(outsider)
    response = client.get(scorm_lesson.url)
    assert response.status_code == 302


def test_without_a_content_address_the_lesson_says_so(client, learner, scorm_lesson, settings):
    settings.SCORM_CONTENT_ORIGIN = ""
    client.force_login(learner)
    html = client.get(scorm_lesson.url).content.decode()
    assert "scorm-content" not in html
    assert "Chưa mở được bài học này" in html


def test_the_stage_and_files_are_served_with_the_sandbox(client, learner, scorm_lesson):
    client.force_login(learner)
    path = stage_url(client, scorm_lesson)
    stage = content("get", path)
    assert stage.status_code == 200
    policy = stage.headers["Content-Security-Policy"]
    assert policy.startswith("sandbox allow-scripts allow-same-origin")
    assert "frame-ancestors 'self' http://testserver" in policy
    assert stage.headers["Referrer-Policy"] == "no-referrer"
    assert "X-Frame-Options" not in stage.headers
    page = content("get", path + "p/shared/launchpage.html")
    assert page.status_code == 200
    assert page.headers["Content-Type"] == "text/html"
    assert page.headers["Content-Security-Policy"].startswith("sandbox ")
    assert b"".join(page.streaming_content).startswith(b"<")


def test_content_links_answer_only_on_the_content_host(client, learner, scorm_lesson):
    client.force_login(learner)
    path = stage_url(client, scorm_lesson)
    assert client.get(path).status_code == 404  # the site's own host


def test_the_content_host_serves_nothing_else(client):
    assert content("get", "/accounts/login/").status_code == 404
    assert content("get", "/admin/").status_code == 404


def test_a_tampered_or_expired_link_is_refused(client, learner, scorm_lesson):
    client.force_login(learner)
    path = stage_url(client, scorm_lesson)
    token = path.split("/")[2]
    assert content("get", path.replace(token, token[:-2] + "xx")).status_code == 404
    with time_machine.travel("2099-01-01"):
        assert content("get", path).status_code == 404


def test_a_link_stops_working_when_the_learner_leaves_the_course(client, learner, scorm_lesson):
    client.force_login(learner)
    path = stage_url(client, scorm_lesson)
    Enrolment.objects.filter(user=learner).delete()
    assert content("get", path).status_code == 404
    assert commit(path, 0, {"cmi.core.lesson_status": "completed"}).status_code == 403


def test_files_outside_the_package_cannot_be_reached(client, learner, scorm_lesson):
    client.force_login(learner)
    path = stage_url(client, scorm_lesson)
    assert content("get", path + "p/../../etc/passwd").status_code == 404
    assert content("get", path + "p/shared/missing.html").status_code == 404


def test_an_unknown_file_type_is_a_download(client, learner, scorm_lesson):
    client.force_login(learner)
    path = stage_url(client, scorm_lesson)
    response = content("get", path + "p/imscp_rootv1p1p2.xsd")
    assert response.headers["Content-Type"] == "application/xml"


def test_launch_save_suspend_resume_and_complete_scorm_12(client, learner, scorm_lesson, course):
    client.force_login(learner)
    path = stage_url(client, scorm_lesson)
    launch = content("get", path + "launch").json()
    assert launch["sequence"] == 0
    assert launch["values"]["cmi.core.entry"] == "ab-initio"
    assert launch["values"]["cmi.core.student_name"]
    # The learner answers part of it and leaves, meaning to come back.
    saved = commit(
        path,
        0,
        {
            "cmi.core.lesson_status": "incomplete",
            "cmi.core.lesson_location": "5",
            "cmi.core.exit": "suspend",
            "cmi.suspend_data": "page=5",
            "cmi.core.total_time": "0000:02:00",
        },
        finished=True,
    )
    assert saved.status_code == 200
    assert saved.json() == {
        "ok": True,
        "sequence": 1,
        "item_done": False,
        "lesson_done": False,
        "completion": "incomplete",
        "success": "unknown",
    }
    # Another device starts where they left off.
    other = Client()
    other.force_login(learner)
    resumed = content("get", stage_url(other, scorm_lesson) + "launch").json()
    assert resumed["sequence"] == 1
    assert resumed["values"]["cmi.core.entry"] == "resume"
    assert resumed["values"]["cmi.core.lesson_location"] == "5"
    assert resumed["values"]["cmi.suspend_data"] == "page=5"
    # They pass the closing quiz.
    done = commit(
        path,
        1,
        {"cmi.core.lesson_status": "passed", "cmi.core.score.raw": "90", "cmi.core.exit": ""},
        finished=True,
        key="k2",
    )
    assert done.json()["lesson_done"] is True
    progress = ItemProgress.objects.get(user=learner, item=scorm_lesson)
    assert progress.done_at is not None
    track = ScormTrack.objects.get(user=learner, lesson=scorm_lesson)
    assert track.score_percent == 90
    assert track.sessions == 2
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.progress_percent == 20  # one of five required items


def test_scorm_2004_completed_and_passed_counts_as_done(client, learner, course):
    lesson = ScormLessonPageFactory(
        parent=course, package=scorm_package(GOLF_2004), slug="golf-2004"
    )
    client.force_login(learner)
    path = stage_url(client, lesson)
    assert content("get", path + "launch").json()["values"]["cmi.entry"] == "ab-initio"
    response = commit(
        path,
        0,
        {
            "cmi.completion_status": "completed",
            "cmi.success_status": "passed",
            "cmi.score.scaled": "0.75",
        },
        finished=True,
    )
    assert response.json()["lesson_done"] is True
    assert ItemProgress.objects.get(user=learner, item=lesson).done_at is not None


def test_a_passed_rule_waits_for_passed(client, learner, course):
    lesson = ScormLessonPageFactory(parent=course, slug="golf-passed", completion="passed")
    client.force_login(learner)
    path = stage_url(client, lesson)
    assert commit(path, 0, {"cmi.core.lesson_status": "completed"}).json()["lesson_done"] is False
    assert (
        commit(path, 1, {"cmi.core.lesson_status": "passed"}, key="2").json()["lesson_done"] is True
    )


def test_a_stale_save_is_refused_and_the_same_save_twice_is_answered_once(
    client, learner, scorm_lesson
):
    client.force_login(learner)
    path = stage_url(client, scorm_lesson)
    first = commit(path, 0, {"cmi.core.lesson_location": "1"}, key="a")
    again = commit(path, 0, {"cmi.core.lesson_location": "1"}, key="a")
    assert first.json()["sequence"] == again.json()["sequence"] == 1
    stale = commit(path, 0, {"cmi.core.lesson_location": "9"}, key="b")
    assert stale.status_code == 409
    assert stale.json()["sequence"] == 1
    assert ScormTrack.objects.get(user=learner).values == {"cmi.core.lesson_location": "1"}


def test_bad_run_time_data_is_refused_and_nothing_is_saved(client, learner, scorm_lesson):
    client.force_login(learner)
    path = stage_url(client, scorm_lesson)
    response = commit(path, 0, {"cmi.suspend_data": "x" * 5000})
    assert response.status_code == 400
    assert "cmi.suspend_data" in response.json()["message"]
    not_json = content("post", path + "commit", data="{", content_type="application/json")
    assert not_json.status_code == 400
    assert not ScormTrack.objects.exists()


def test_a_new_round_starts_the_package_afresh(client, learner, scorm_lesson, course):
    client.force_login(learner)
    path = stage_url(client, scorm_lesson)
    commit(path, 0, {"cmi.core.lesson_status": "passed", "cmi.core.exit": "suspend"}, finished=True)
    enrolment = Enrolment.objects.get(user=learner, course=course)
    enrolment.completed_at = enrolment.completed_at or enrolment.enrolled_at
    enrolment.save()
    services.start_new_cycle(enrolment)
    launch = content("get", stage_url(client, scorm_lesson) + "launch").json()
    assert launch["sequence"] == 0
    assert launch["values"]["cmi.core.entry"] == "ab-initio"


def test_another_learners_link_cannot_write_my_data(
    client, learner, other_officer, scorm_lesson, course
):
    services.enrol(other_officer, course)
    client.force_login(other_officer)
    theirs = stage_url(client, scorm_lesson)
    commit(theirs, 0, {"cmi.core.lesson_status": "passed"})
    assert not ScormTrack.objects.filter(user=learner).exists()
    assert delivery.unsign(theirs.split("/")[2]).user_id == other_officer.pk
