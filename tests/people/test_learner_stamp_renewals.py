"""A learner's stamp is replaced at their first change in a request's transaction and again
when it commits, so nothing rendered from what was there before the commit is kept under the
stamp that follows it; in between, further changes of the same person replace nothing. Another
request (the tests' requests share one transaction) and work outside a request renew at every
change, as before."""

import pytest
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory

from people.cache_stamps import StampsPerRequestMiddleware
from people.learner_stamps import renew_learner, renew_learners, stamp_key

pytestmark = pytest.mark.django_db


def _stamp(user_id):
    return cache.get(stamp_key(user_id))


def in_request(work):
    """Run ``work`` as a view would, inside one request."""

    def view(request):
        work()
        return HttpResponse()

    StampsPerRequestMiddleware(view)(RequestFactory().get("/"))


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """The test's transaction stands in for the real one: leaving this block runs what the
    code asked to run at its commit, as the commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_in_a_requests_transaction_the_stamp_changes_at_once_and_again_at_commit(commit):
    cache.set(stamp_key(7), "before")
    seen = {}

    def work():
        with commit(), transaction.atomic():
            renew_learner(7)
            seen["during"] = _stamp(7)
            renew_learners([7, None])
            renew_learner(7)
            seen["again"] = _stamp(7)

    in_request(work)
    assert seen["during"] not in (None, "before")
    assert seen["again"] == seen["during"]  # the same person again: nothing a reader could keep
    assert _stamp(7) not in (None, "before", seen["during"])


def test_everyone_changed_in_the_transaction_is_renewed_at_commit(commit):
    seen = {}

    def work():
        with commit(), transaction.atomic():
            renew_learner(1)
            renew_learners([2, 3])
            renew_learners([1, 3])
            seen.update({n: _stamp(n) for n in (1, 2, 3)})

    in_request(work)
    assert all(seen.values())
    assert all(_stamp(n) not in (None, seen[n]) for n in (1, 2, 3))


def test_a_rolled_back_savepoint_does_not_lose_the_renewal_at_commit(commit):
    seen = {}

    def work():
        with commit(), transaction.atomic():
            try:
                with transaction.atomic():
                    renew_learner(5)
                    raise RuntimeError("a step that fails and is rolled back")
            except RuntimeError:
                pass
            renew_learner(5)
            seen["during"] = _stamp(5)

    in_request(work)
    assert _stamp(5) not in (None, seen["during"])


def test_each_request_renews_at_its_own_changes(commit):
    """The tests' requests share one transaction that never commits: the second request's
    change still replaces the stamp at once, as its own commit would."""
    seen = []
    in_request(lambda: (renew_learner(4), seen.append(_stamp(4))))
    in_request(lambda: (renew_learner(4), seen.append(_stamp(4))))
    assert None not in seen and seen[0] != seen[1]


def test_outside_a_request_every_change_replaces_the_stamp(commit):
    with commit(), transaction.atomic():
        renew_learner(6)
        first = _stamp(6)
        renew_learner(6)
        second = _stamp(6)
    assert None not in (first, second) and first != second
    assert _stamp(6) != second
