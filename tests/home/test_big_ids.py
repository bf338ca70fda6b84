"""Numbers beyond what a 64-bit id holds, in any address that takes an id, are simply not
found: never a server error."""

import pytest

pytestmark = pytest.mark.django_db

HUGE = "9" * 25


@pytest.mark.parametrize(
    "path",
    [
        f"/manage/units/{HUGE}/",
        f"/manage/officers/{HUGE}/",
        f"/manage/courses/{HUGE}/",
        f"/manage/assignments/{HUGE}/",
        f"/people/officers/{HUGE}/",
        f"/my/feedback/{HUGE}/",
        f"/documents/{HUGE}/x.pdf",
        f"/admin/quizzes/attempts/{HUGE}/",
    ],
)
def test_an_id_beyond_64_bits_in_an_address_is_not_found(client, administrator, path):
    client.force_login(administrator)
    assert client.get(path).status_code == 404


def test_an_attempt_id_beyond_64_bits_is_not_found(client, quiz_course, officer):
    from quizzes.models import QuizPage

    quiz = QuizPage.objects.live().first()
    client.force_login(officer)
    for name in ("attempt", "save", "review"):
        path = quiz.url + f"attempt/{HUGE}/" + ("" if name == "attempt" else f"{name}/")
        response = client.post(path) if name == "save" else client.get(path)
        assert response.status_code == 404, path
