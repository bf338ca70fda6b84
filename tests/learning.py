"""Fixtures and helpers for tests of learning records (tracker, certificates, reports): a
throwaway signing key pair wired into the settings, small courses, and doing them as a learner
would. Registered for every test by tests/conftest.py."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

import pytest

from certificates.keys import create_signing_key_pair

SIGNER_NAME = "Văn phòng Tỉnh ủy Quảng Ngãi (thử nghiệm)"


@dataclass(frozen=True)
class KeyPair:
    key_path: Path
    cert_path: Path
    passphrase: str | None = None


@pytest.fixture(scope="session")
def signing_key_pair(tmp_path_factory) -> KeyPair:
    """One self-signed pair for the whole run: RSA key generation is the slow part."""
    folder = tmp_path_factory.mktemp("signing-keys")
    pair = KeyPair(folder / "signing.key", folder / "signing.crt")
    create_signing_key_pair(
        key_path=pair.key_path, cert_path=pair.cert_path, common_name=SIGNER_NAME
    )
    return pair


@pytest.fixture
def signing_settings(settings, signing_key_pair) -> KeyPair:
    """Point CERTIFICATE_SIGNING_* at the test pair, so generate_certificate can sign."""
    settings.CERTIFICATE_SIGNING_KEY = str(signing_key_pair.key_path)
    settings.CERTIFICATE_SIGNING_CERT = str(signing_key_pair.cert_path)
    settings.CERTIFICATE_SIGNING_PASSPHRASE = ""
    return signing_key_pair


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection (timestamp server, OCSP, CRL) fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# The tracker --------------------------------------------------------------------------------


@pytest.fixture
def course(db):
    """A published course of two lessons that issues a certificate."""
    from tests.factories.courses import CoursePageFactory, LessonPageFactory

    course = CoursePageFactory(
        title="An toàn thông tin cho cán bộ văn phòng",
        slug="an-toan-thong-tin-van-phong",
        issues_certificate=True,
    )
    LessonPageFactory(parent=course, title="Mật khẩu mạnh", slug="mat-khau-manh")
    LessonPageFactory(parent=course, title="Thư lừa đảo", slug="thu-lua-dao")
    return course


@pytest.fixture
def other_course(db):
    from tests.factories.courses import CoursePageFactory, LessonPageFactory

    course = CoursePageFactory(title="Kỹ năng dữ liệu", slug="ky-nang-du-lieu-thu")
    LessonPageFactory(parent=course, title="Bảng dữ liệu sạch", slug="bang-du-lieu-sach")
    return course


def lessons_of(course):
    from courses.models import LessonPage

    return list(LessonPage.objects.child_of(course).order_by("path"))


def complete(user, course, *, now=None):
    """Do every lesson of a course, as the learner would, through the courses services."""
    from courses import services

    for lesson in lessons_of(course):
        services.mark_item_done(user, lesson, now=now)


def start(user, course, *, now=None):
    from courses import services

    services.open_item(user, lessons_of(course)[0], now=now)


def pass_quiz(user, quiz, *, now=None, right=True):
    """Take and submit one attempt, every answer right (or wrong), through the quiz services."""
    from decimal import Decimal

    from quizzes import services

    attempt = services.start_attempt(user, quiz, now=now)
    answers = {}
    for response in attempt.responses.order_by("position"):
        choices = sorted(response.snapshot["answers"], key=lambda a: Decimal(a["fraction"]))
        answers[response.position] = (choices[-1] if right else choices[0])["id"]
    services.save_answers(attempt, user, sequence=0, answers=answers, page=0, now=now)
    return services.submit_attempt(attempt, user, now=now)


@pytest.fixture
def quiz_course(db):
    """A published course with one lesson and a quiz of two single-choice questions."""
    from tests.factories.courses import CoursePageFactory, LessonPageFactory
    from tests.factories.quizzes import QuestionFactory, make_quiz

    course = CoursePageFactory(
        title="Bảo mật thông tin hằng năm", slug="bao-mat-hang-nam", issues_certificate=True
    )
    LessonPageFactory(parent=course, title="Nhắc lại quy định", slug="nhac-lai-quy-dinh")
    make_quiz(course, [QuestionFactory(), QuestionFactory()], slug="kiem-tra-hang-nam")
    return course


def quiz_of(course):
    from quizzes.models import QuizPage

    return QuizPage.objects.child_of(course).get()
