"""The LTI management commands: rotating the tool's key, sending scores that wait."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command

from lti.models import GradeLink, PlatformAccount
from tests.learning import complete
from tests.lti.conftest import browser_launch, learner


def test_rotating_the_key_signs_with_the_new_one_and_keeps_the_old_published(client, db):
    first = client.get("/lti/jwks.json").json()["keys"]
    call_command("rotate_lti_key", stdout=StringIO())
    after = client.get("/lti/jwks.json").json()["keys"]
    assert len(after) == 2 and after[1] == first[0]

    from lti.keys import current_key

    assert current_key().kid == after[0]["kid"]
    call_command("rotate_lti_key", "--keep", "1", stdout=StringIO())
    assert len(client.get("/lti/jwks.json").json()["keys"]) == 1


def test_launches_and_grades_work_after_a_rotation(
    client, registered, platform, course, django_capture_on_commit_callbacks
):
    call_command("rotate_lti_key", stdout=StringIO())
    platform.tool_keyset = client.get("/lti/jwks.json").json()
    browser_launch(client, platform, learner(course_id=course.pk))
    user = PlatformAccount.objects.get().user
    platform.refuse_scores = True
    with django_capture_on_commit_callbacks(execute=True):
        complete(user, course)
    assert platform.scores == []

    platform.refuse_scores = False
    GradeLink.objects.update(next_try_at=None)
    out = StringIO()
    call_command("send_lti_scores", stdout=out)
    assert "Đã gửi 1 trên 1 kết quả." in out.getvalue()
    assert len(platform.scores) == 1
