"""Marks are stored by outcome, a few updates however many questions: every response keeps
its own mark, state and need of marking, also past one update's share of ids."""

from decimal import Decimal

import pytest

from quizzes.models import Response
from quizzes.services.attempt_engine import start_attempt
from quizzes.services.marking import write_marks

pytestmark = pytest.mark.django_db


def test_every_response_keeps_its_own_outcome_beyond_one_updates_share(quiz, learner):
    attempt = start_attempt(learner, quiz)
    template = Response.objects.filter(attempt=attempt).order_by("position").first()
    start = Response.objects.filter(attempt=attempt).count()
    Response.objects.bulk_create(
        Response(
            attempt=attempt,
            position=start + n,
            page=0,
            snapshot=template.snapshot,
            max_mark=Decimal("1"),
        )
        for n in range(2400)
    )
    responses = list(Response.objects.filter(attempt=attempt).order_by("position"))
    outcomes = [
        (Decimal("1.00"), "right", False),
        (Decimal("0.00"), "wrong", False),
        (Decimal("0.50"), "partial", False),
        (None, "", True),
    ]
    for index, response in enumerate(responses):
        response.mark, response.state, response.needs_marking = outcomes[index % 4]
    write_marks(responses)
    stored = Response.objects.filter(attempt=attempt).order_by("position")
    got = [(r.mark, r.state, r.needs_marking) for r in stored]
    assert got == [outcomes[index % 4] for index in range(len(responses))]
    assert len(got) > 2000  # each outcome beyond 500 ids
