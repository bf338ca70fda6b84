"""A certificate carries the mark only when the course's quizzes show learners their marks:
a quiz whose review options hide the mark keeps it off the PDF, the credential and /verify/."""

import base64
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from courses import services as course_services
from quizzes.models.pages import ReviewWhen
from tests.certificates.pdf_helpers import page_text
from tests.learning import complete, pass_quiz, quiz_of

pytestmark = pytest.mark.django_db


def _complete(officer, course, capture):
    course_services.enrol(officer, course)
    with capture(execute=True):
        complete(officer, course)
        pass_quiz(officer, quiz_of(course))
    return Certificate.objects.get(user=officer)


def _pdf_text(certificate):
    with certificate.pdf.open("rb") as handle:
        return page_text(handle.read())


def _credential_claims(certificate):
    """The signed credential's claims, as text."""
    token = certificate.credentials.get().token
    payload = token.split(".")[1]
    return base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()


def _set_review(course, review_mark, close_at=None):
    quiz = quiz_of(course)
    quiz.review_mark = review_mark
    quiz.close_at = close_at
    quiz.save()


def test_a_quiz_that_shows_marks_puts_the_mark_on_the_certificate(
    client, officer, quiz_course, signing_settings, django_capture_on_commit_callbacks
):
    _set_review(quiz_course, ReviewWhen.IMMEDIATELY)
    certificate = _complete(officer, quiz_course, django_capture_on_commit_callbacks)
    assert certificate.mark is not None
    text = _pdf_text(certificate)
    assert "KẾT QUẢ" in text and "10/10" in text
    page = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert "10/10" in page.content.decode()
    assert "10/10" in _credential_claims(certificate)


@pytest.mark.parametrize("closes_in_days", [None, 7])
def test_a_quiz_that_hides_marks_keeps_them_off_the_certificate(
    client,
    officer,
    quiz_course,
    signing_settings,
    django_capture_on_commit_callbacks,
    closes_in_days,
):
    if closes_in_days is None:
        _set_review(quiz_course, ReviewWhen.NEVER)
    else:  # shown only once the quiz closes, which is a week away
        close_at = timezone.now() + datetime.timedelta(days=closes_in_days)
        _set_review(quiz_course, ReviewWhen.AFTER_CLOSE, close_at)
    certificate = _complete(officer, quiz_course, django_capture_on_commit_callbacks)
    assert certificate.mark is None
    text = _pdf_text(certificate)
    assert "KẾT QUẢ" not in text and "/10" not in text
    assert certificate.full_name in text  # the rest of the certificate is there
    page = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert page.status_code == 200
    assert "/10" not in page.content.decode()
    assert "/10" not in _credential_claims(certificate)
