"""The attempt engine: start, save with sequence numbers, submit once, deadlines, limits."""

import random
from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from quizzes.models import Attempt, QuestionAnswer, QuizGrade, Response
from quizzes.presentation import review_options
from quizzes.services.attempt_engine import (
    check_can_start,
    close_if_overdue,
    remaining_seconds,
    save_answers,
    start_attempt,
    submit_attempt,
)
from quizzes.services.marking import mark_response, quiz_grade_percent
from quizzes.services.refusals import (
    AttemptFinished,
    DeadlinePassed,
    InvalidMark,
    MustWait,
    NoAttemptsLeft,
    NotYourAttempt,
    QuizNotOpen,
    QuizNotReady,
    StaleSave,
    WordLimitNotMet,
)
from tests.factories.quizzes import QuestionCategoryFactory, QuestionFactory, enrol, make_quiz

pytestmark = pytest.mark.django_db

NOW = timezone.datetime(2026, 3, 2, 8, 0, tzinfo=timezone.get_fixed_timezone(7 * 60))


def _answers_by_type(attempt):
    return {r.snapshot["type"]: r for r in attempt.responses.all()}


def right_answers(attempt):
    """Position -> the right answer for every question of the attempt."""
    answers = {}
    for response in attempt.responses.all():
        snap = response.snapshot
        qtype = snap["type"]
        if qtype in ("single_choice", "true_false"):
            answers[response.position] = next(
                a["id"] for a in snap["answers"] if Decimal(a["fraction"]) == 1
            )
        elif qtype == "multiple_choice":
            answers[response.position] = [
                a["id"] for a in snap["answers"] if Decimal(a["fraction"]) > 0
            ]
        elif qtype in ("short_answer", "numerical"):
            answers[response.position] = snap["answers"][0]["text"]
        elif qtype == "matching":
            answers[response.position] = {p["id"]: p["answer"] for p in snap["pairs"]}
        elif qtype == "essay":
            answers[response.position] = "Một bài viết ngắn."
    return answers


def test_start_records_snapshots_in_order_with_marks(quiz, learner):
    attempt = start_attempt(learner, quiz, now=NOW)
    assert attempt.state == Attempt.State.IN_PROGRESS
    assert attempt.number == 1
    assert attempt.deadline is None
    responses = list(attempt.responses.order_by("position"))
    assert [r.snapshot["type"] for r in responses] == [
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
        "numerical",
        "matching",
        "essay",
        "description",
    ]
    assert responses[-1].max_mark == 0
    assert attempt.max_score == Decimal("7")


def test_starting_again_returns_the_attempt_in_progress(quiz, learner):
    first = start_attempt(learner, quiz, now=NOW)
    again = start_attempt(learner, quiz, now=NOW + timedelta(minutes=5))
    assert again.pk == first.pk
    assert Attempt.objects.count() == 1


def test_the_database_refuses_a_second_attempt_in_progress(quiz, learner):
    start_attempt(learner, quiz, now=NOW)
    with pytest.raises(IntegrityError), transaction.atomic():
        Attempt.objects.create(user=learner, quiz=quiz, number=2, started_at=NOW)


def test_save_then_resume_after_reload_finds_answers_and_page(category, course, learner):
    qs = [QuestionFactory(category=category) for _ in range(4)]
    quiz = make_quiz(course, qs, questions_per_page=2)
    attempt = start_attempt(learner, quiz, now=NOW)
    assert attempt.page_count == 2
    chosen = {0: attempt.responses.get(position=0).snapshot["answers"][1]["id"]}
    result = save_answers(attempt, learner, sequence=0, answers=chosen, page=1, now=NOW)
    assert result.sequence == 1
    # A reload reads everything back from the database.
    attempt = Attempt.objects.get(pk=attempt.pk)
    assert attempt.current_page == 1
    assert attempt.responses.get(position=0).answer == chosen[0]


def test_stale_save_is_refused_and_does_not_overwrite(quiz, learner):
    attempt = start_attempt(learner, quiz, now=NOW)
    save_answers(attempt, learner, sequence=0, answers={3: "mật khẩu"}, now=NOW)
    with pytest.raises(StaleSave) as refused:
        save_answers(attempt, learner, sequence=0, answers={3: "cũ"}, now=NOW)
    assert refused.value.sequence == 1
    assert str(refused.value)
    assert attempt.responses.get(position=3).answer == "mật khẩu"


def test_the_same_save_sent_twice_is_answered_without_error(quiz, learner):
    attempt = start_attempt(learner, quiz, now=NOW)
    first = save_answers(attempt, learner, sequence=0, answers={3: "x"}, save_key="k1", now=NOW)
    again = save_answers(attempt, learner, sequence=0, answers={3: "x"}, save_key="k1", now=NOW)
    assert first.sequence == again.sequence == 1


def test_invalid_answers_are_dropped(quiz, learner):
    attempt = start_attempt(learner, quiz, now=NOW)
    save_answers(
        attempt,
        learner,
        sequence=0,
        answers={0: "not-an-id", 1: ["nope"], 5: {"x": "y"}, "bad": 1, 99: "x", 3: "  "},
        now=NOW,
    )
    assert all(r.answer is None for r in attempt.responses.all())


def test_someone_else_cannot_save_or_submit(quiz, learner, other_officer):
    attempt = start_attempt(learner, quiz, now=NOW)
    with pytest.raises(NotYourAttempt):
        save_answers(attempt, other_officer, sequence=0, answers={}, now=NOW)
    with pytest.raises(NotYourAttempt):
        submit_attempt(attempt, other_officer, now=NOW)


def test_submitting_twice_grades_once(quiz, learner):
    attempt = start_attempt(learner, quiz, now=NOW)
    save_answers(attempt, learner, sequence=0, answers=right_answers(attempt), now=NOW)
    first = submit_attempt(attempt, learner, now=NOW + timedelta(minutes=1))
    second = submit_attempt(attempt, learner, now=NOW + timedelta(minutes=2))
    assert first.submitted_at == second.submitted_at == NOW + timedelta(minutes=1)
    assert first.state == Attempt.State.FINISHED
    # The essay waits for a trainer: no total yet.
    assert first.needs_marking is True
    assert first.score is None
    assert QuizGrade.objects.get(user=learner, quiz=quiz).attempts == 1
    with pytest.raises(AttemptFinished):
        save_answers(attempt, learner, sequence=1, answers={}, now=NOW)


def test_all_right_answers_pass_and_mark_the_course_item_done(category, course, learner):
    from courses.models import ItemProgress

    qs = [
        QuestionFactory(category=category, qtype=t)
        for t in ("single_choice", "numerical", "matching")
    ]
    quiz = make_quiz(course, qs, pass_mark_percent=Decimal("60"))
    attempt = start_attempt(learner, quiz, now=NOW)
    save_answers(attempt, learner, sequence=0, answers=right_answers(attempt), now=NOW)
    attempt = submit_attempt(attempt, learner, now=NOW)
    assert attempt.score == Decimal("3.00")
    assert attempt.percent == Decimal("100.00")
    grade = QuizGrade.objects.get(user=learner, quiz=quiz)
    assert grade.passed is True
    assert ItemProgress.objects.get(user=learner, item=quiz).done_at is not None


def test_a_failed_attempt_does_not_mark_the_item_done(category, course, learner):
    from courses.models import ItemProgress

    quiz = make_quiz(course, [QuestionFactory(category=category)])
    attempt = start_attempt(learner, quiz, now=NOW)
    attempt = submit_attempt(attempt, learner, now=NOW)
    assert attempt.percent == Decimal("0.00")
    assert QuizGrade.objects.get(user=learner, quiz=quiz).passed is False
    assert not ItemProgress.objects.filter(user=learner, item=quiz, done_at__isnull=False).exists()


def test_snapshot_is_immutable_after_the_question_is_edited(category, course, learner):
    question = QuestionFactory(category=category, qtype="single_choice")
    quiz = make_quiz(course, [question])
    attempt = start_attempt(learner, quiz, now=NOW)
    right = right_answers(attempt)[0]
    save_answers(attempt, learner, sequence=0, answers={0: right}, now=NOW)
    # A trainer rewrites the question and makes another answer the right one, and publishes.
    question.text = "<p>Đã sửa</p>"
    question.save()
    QuestionAnswer.objects.filter(question=question).update(fraction=Decimal("0"))
    QuestionAnswer.objects.filter(question=question, text="Sai").update(fraction=Decimal("1"))
    question.save_revision().publish()
    attempt = submit_attempt(attempt, learner, now=NOW)
    response = attempt.responses.get()
    assert response.snapshot["text"] != "<p>Đã sửa</p>"
    assert response.mark == Decimal("1.00")
    # A new attempt sees the new version.
    quiz.attempts_allowed = 0
    quiz.save()
    second = start_attempt(learner, quiz, now=NOW + timedelta(hours=1))
    assert second.responses.get().snapshot["text"] == "<p>Đã sửa</p>"


def test_unapproved_questions_are_never_drawn(category, course, learner):
    draft = QuestionFactory(category=category, live=False)
    quiz = make_quiz(course, [draft])
    with pytest.raises(QuizNotReady):
        start_attempt(learner, quiz, now=NOW)
    sub = QuestionCategoryFactory(parent=category, name="Con")
    QuestionFactory(category=sub, live=False)
    approved = QuestionFactory(category=sub)
    quiz2 = make_quiz(course, [], random_from=[(category, 1, True)])
    attempt = start_attempt(learner, quiz2, now=NOW)
    assert attempt.responses.get().question_id == approved.pk


def test_random_slots_draw_distinct_questions_and_respect_subcategories(category, course, learner):
    sub = QuestionCategoryFactory(parent=category, name="Con")
    top = [QuestionFactory(category=category) for _ in range(3)]
    below = [QuestionFactory(category=sub) for _ in range(3)]
    fixed = top[0]
    quiz = make_quiz(course, [fixed], random_from=[(category, 2, False), (sub, 3, False)])
    attempt = start_attempt(learner, quiz, now=NOW, rng=random.Random(4))
    ids = [r.question_id for r in attempt.responses.order_by("position")]
    assert ids[0] == fixed.pk
    assert set(ids[1:3]) == {q.pk for q in top[1:]}
    assert set(ids[3:]) == {q.pk for q in below}
    assert len(set(ids)) == 6
    too_many = make_quiz(course, [], random_from=[(category, 4, False)])
    with pytest.raises(QuizNotReady):
        start_attempt(learner, too_many, now=NOW)
    with_sub = make_quiz(course, [], random_from=[(category, 6, True)])
    assert start_attempt(learner, with_sub, now=NOW).responses.count() == 6


def test_shuffling_is_recorded_in_the_snapshot(category, course, learner):
    qs = [
        QuestionFactory(
            category=category, answers=[(str(i), "1" if i == 0 else "0") for i in range(6)]
        )
        for _ in range(6)
    ]
    quiz = make_quiz(course, qs, shuffle_questions=True, shuffle_answers=True)
    attempt = start_attempt(learner, quiz, now=NOW, rng=random.Random(1))
    order = [r.question_id for r in attempt.responses.order_by("position")]
    assert sorted(order) == sorted(q.pk for q in qs)
    assert order != [q.pk for q in qs]
    texts = [[a["text"] for a in r.snapshot["answers"]] for r in attempt.responses.all()]
    assert any(t != [str(i) for i in range(6)] for t in texts)


# Deadlines --------------------------------------------------------------------------------


def test_time_limit_sets_the_deadline_and_remaining_seconds(category, course, learner):
    quiz = make_quiz(course, [QuestionFactory(category=category)], time_limit_minutes=10)
    with time_machine.travel(NOW, tick=False):
        attempt = start_attempt(learner, quiz)
        assert attempt.deadline == NOW + timedelta(minutes=10)
        assert remaining_seconds(attempt) == 600
    with time_machine.travel(NOW + timedelta(minutes=9, seconds=30), tick=False):
        assert remaining_seconds(attempt) == 30


def test_close_time_caps_the_deadline(category, course, learner):
    quiz = make_quiz(
        course,
        [QuestionFactory(category=category)],
        time_limit_minutes=60,
        close_at=NOW + timedelta(minutes=20),
    )
    attempt = start_attempt(learner, quiz, now=NOW)
    assert attempt.deadline == NOW + timedelta(minutes=20)


def test_save_within_the_grace_counts_and_after_it_is_refused(category, course, learner, settings):
    settings.QUIZ_SAVE_GRACE_SECONDS = 10
    question = QuestionFactory(category=category)
    quiz = make_quiz(course, [question], time_limit_minutes=5)
    right = None
    with time_machine.travel(NOW, tick=False):
        attempt = start_attempt(learner, quiz)
        right = right_answers(attempt)[0]
    with time_machine.travel(NOW + timedelta(minutes=5, seconds=8), tick=False):
        save_answers(attempt, learner, sequence=0, answers={0: right})
    late = NOW + timedelta(minutes=5, seconds=11)
    with time_machine.travel(late, tick=False), pytest.raises(DeadlinePassed):
        save_answers(attempt, learner, sequence=1, answers={0: None})
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED
    assert attempt.closed_by_deadline is True
    assert attempt.score == Decimal("1.00")


def test_overdue_attempt_is_closed_when_the_learner_returns(category, course, learner):
    quiz = make_quiz(course, [QuestionFactory(category=category)], time_limit_minutes=5)
    with time_machine.travel(NOW, tick=False):
        attempt = start_attempt(learner, quiz)
        save_answers(attempt, learner, sequence=0, answers=right_answers(attempt))
    with time_machine.travel(NOW + timedelta(hours=2), tick=False):
        # Coming back starts nothing new: the old attempt is graded first.
        assert close_if_overdue(attempt) is True
    attempt.refresh_from_db()
    assert attempt.closed_by_deadline and attempt.score == Decimal("1.00")


def test_background_task_and_command_close_overdue_attempts(
    category, course, learner, other_officer
):
    from quizzes.tasks import close_overdue_attempts

    enrol(other_officer, course)
    quiz = make_quiz(course, [QuestionFactory(category=category)], time_limit_minutes=5)
    with time_machine.travel(NOW, tick=False):
        first = start_attempt(learner, quiz)
        second = start_attempt(other_officer, quiz)
    with time_machine.travel(NOW + timedelta(minutes=4), tick=False):
        close_overdue_attempts.enqueue()
        assert Attempt.objects.filter(state=Attempt.State.IN_PROGRESS).count() == 2
    with time_machine.travel(NOW + timedelta(minutes=6), tick=False):
        result = close_overdue_attempts.enqueue()
        assert result.return_value == 2
        call_command("close_overdue_attempts", verbosity=0)
    for attempt in (first, second):
        attempt.refresh_from_db()
        assert attempt.state == Attempt.State.FINISHED and attempt.closed_by_deadline


# Limits, waits and opening times ----------------------------------------------------------


def test_attempts_limit(category, course, learner):
    quiz = make_quiz(course, [QuestionFactory(category=category)], attempts_allowed=2)
    for minutes in (0, 10):
        attempt = start_attempt(learner, quiz, now=NOW + timedelta(minutes=minutes))
        submit_attempt(attempt, learner, now=NOW + timedelta(minutes=minutes + 1))
    with pytest.raises(NoAttemptsLeft):
        start_attempt(learner, quiz, now=NOW + timedelta(minutes=30))
    check = check_can_start(learner, quiz, now=NOW + timedelta(minutes=30))
    assert check.allowed is False


def test_wait_between_attempts(category, course, learner):
    quiz = make_quiz(course, [QuestionFactory(category=category)], wait_between_attempts_minutes=60)
    attempt = start_attempt(learner, quiz, now=NOW)
    submit_attempt(attempt, learner, now=NOW + timedelta(minutes=5))
    with pytest.raises(MustWait) as refused:
        start_attempt(learner, quiz, now=NOW + timedelta(minutes=64))
    assert refused.value.until == NOW + timedelta(minutes=65)
    assert start_attempt(learner, quiz, now=NOW + timedelta(minutes=65)).number == 2


def test_quiz_not_open_yet_or_closed(category, course, learner):
    quiz = make_quiz(
        course,
        [QuestionFactory(category=category)],
        open_at=NOW + timedelta(days=1),
        close_at=NOW + timedelta(days=2),
    )
    with pytest.raises(QuizNotOpen):
        start_attempt(learner, quiz, now=NOW)
    with pytest.raises(QuizNotOpen):
        start_attempt(learner, quiz, now=NOW + timedelta(days=3))
    assert start_attempt(learner, quiz, now=NOW + timedelta(days=1, hours=1))


# Grading methods --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "expected"),
    [("highest", "100.00"), ("average", "50.00"), ("first", "50.00"), ("last", "0.00")],
)
def test_grading_methods(category, course, learner, method, expected):
    qs = [QuestionFactory(category=category) for _ in range(2)]
    quiz = make_quiz(course, qs, grading_method=method, pass_mark_percent=Decimal("50"))
    plans = [1, 2, 0]  # right answers per attempt: 50%, 100%, 0%
    for index, right_count in enumerate(plans):
        when = NOW + timedelta(hours=index)
        attempt = start_attempt(learner, quiz, now=when)
        answers = dict(list(right_answers(attempt).items())[:right_count])
        save_answers(attempt, learner, sequence=0, answers=answers, now=when)
        submit_attempt(attempt, learner, now=when)
    grade = QuizGrade.objects.get(user=learner, quiz=quiz)
    assert grade.percent == Decimal(expected)
    assert grade.passed is (Decimal(expected) >= 50)
    assert grade.attempts == 3


def test_quiz_grade_percent_ignores_attempts_waiting_for_marks():
    a, b = Attempt(percent=None), Attempt(percent=Decimal("80"))
    assert quiz_grade_percent("highest", [a, b]) == Decimal("80")
    assert quiz_grade_percent("first", [a, b]) is None
    assert quiz_grade_percent("average", [a]) is None
    assert quiz_grade_percent("last", []) is None


# Marking ----------------------------------------------------------------------------------


def test_essay_marking_updates_the_total_and_logs_who(category, course, learner, trainer):
    essay = QuestionFactory(category=category, qtype="essay", default_mark=Decimal("4"))
    choice = QuestionFactory(category=category)
    quiz = make_quiz(course, [choice, essay], pass_mark_percent=Decimal("50"))
    attempt = start_attempt(learner, quiz, now=NOW)
    answers = right_answers(attempt)
    save_answers(attempt, learner, sequence=0, answers=answers, now=NOW)
    attempt = submit_attempt(attempt, learner, now=NOW)
    assert attempt.needs_marking and attempt.score is None
    response = Response.objects.get(attempt=attempt, needs_marking=True)
    mark_response(response, trainer, mark=Decimal("3"), comment="Khá tốt")
    attempt.refresh_from_db()
    assert attempt.score == Decimal("4.00")
    assert attempt.percent == Decimal("80.00")
    assert not attempt.needs_marking
    assert QuizGrade.objects.get(user=learner, quiz=quiz).passed is True
    change = response.mark_changes.get()
    assert (change.changed_by, change.old_mark, change.new_mark) == (trainer, None, Decimal("3.00"))


def test_overriding_a_mark_needs_a_reason_and_is_logged(category, course, learner, trainer):
    quiz = make_quiz(course, [QuestionFactory(category=category)])
    attempt = start_attempt(learner, quiz, now=NOW)
    attempt = submit_attempt(attempt, learner, now=NOW)
    response = attempt.responses.get()
    with pytest.raises(InvalidMark):
        mark_response(response, trainer, mark=Decimal("1"))
    with pytest.raises(InvalidMark):
        mark_response(response, trainer, mark=Decimal("2"), reason="quá điểm")
    mark_response(response, trainer, mark=Decimal("0.5"), reason="Đáp án chấp nhận được")
    attempt.refresh_from_db()
    assert attempt.score == Decimal("0.50")
    change = response.mark_changes.get()
    assert change.old_mark == Decimal("0.00") and change.reason == "Đáp án chấp nhận được"


def test_marking_an_attempt_in_progress_is_refused(quiz, learner, trainer):
    attempt = start_attempt(learner, quiz, now=NOW)
    with pytest.raises(InvalidMark):
        mark_response(attempt.responses.first(), trainer, mark=Decimal("1"))


# Review options ---------------------------------------------------------------------------


def test_review_options_follow_the_quiz_settings(category, course, learner):
    quiz = make_quiz(
        course,
        [QuestionFactory(category=category)],
        review_mark="immediately",
        review_correctness="never",
        review_correct_answers="after_close",
        review_feedback="after_close",
        close_at=NOW + timedelta(days=1),
    )
    attempt = start_attempt(learner, quiz, now=NOW)
    assert not review_options(quiz, attempt, now=NOW).anything
    attempt = submit_attempt(attempt, learner, now=NOW)
    during = review_options(quiz, attempt, now=NOW)
    assert (during.mark, during.correctness, during.correct_answers, during.feedback) == (
        True,
        False,
        False,
        False,
    )
    after = review_options(quiz, attempt, now=NOW + timedelta(days=2))
    assert (after.mark, after.correctness, after.correct_answers, after.feedback) == (
        True,
        False,
        True,
        True,
    )


# Essay word limits --------------------------------------------------------------------------


@pytest.fixture
def essay_quiz(category, course):
    choice = QuestionFactory(category=category)
    essay = QuestionFactory(category=category, qtype="essay", essay_min_words=3, essay_max_words=5)
    return make_quiz(course, [choice, essay])


def _essay_position(attempt):
    return attempt.responses.get(snapshot__type="essay").position


def test_an_essay_over_its_word_limit_is_saved_but_cannot_be_submitted(essay_quiz, learner):
    attempt = start_attempt(learner, essay_quiz, now=NOW)
    position = _essay_position(attempt)
    long_answer = "một hai ba bốn năm sáu bảy"
    save_answers(attempt, learner, sequence=0, answers={position: long_answer}, now=NOW)
    # Nothing the learner wrote is lost...
    assert attempt.responses.get(position=position).answer == long_answer
    # ...but it cannot be submitted until it is within the limit, and says which question.
    with pytest.raises(WordLimitNotMet) as refused:
        submit_attempt(attempt, learner, now=NOW)
    assert refused.value.numbers == [2]
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.IN_PROGRESS
    save_answers(attempt, learner, sequence=1, answers={position: "một hai ba bốn"}, now=NOW)
    attempt = submit_attempt(attempt, learner, now=NOW)
    assert attempt.state == Attempt.State.FINISHED


def test_an_essay_under_its_minimum_cannot_be_submitted_but_a_blank_one_can(essay_quiz, learner):
    attempt = start_attempt(learner, essay_quiz, now=NOW)
    position = _essay_position(attempt)
    save_answers(attempt, learner, sequence=0, answers={position: "ngắn"}, now=NOW)
    with pytest.raises(WordLimitNotMet):
        submit_attempt(attempt, learner, now=NOW)
    save_answers(attempt, learner, sequence=1, answers={position: "   "}, now=NOW)
    attempt = submit_attempt(attempt, learner, now=NOW)
    assert attempt.state == Attempt.State.FINISHED


def test_time_up_closes_an_attempt_with_an_essay_over_its_limit(category, course, learner):
    essay = QuestionFactory(category=category, qtype="essay", essay_max_words=2)
    quiz = make_quiz(course, [essay], time_limit_minutes=10)
    attempt = start_attempt(learner, quiz, now=NOW)
    save_answers(attempt, learner, sequence=0, answers={0: "ba từ đây"}, now=NOW)
    later = NOW + timedelta(minutes=30)
    attempt = submit_attempt(attempt, learner, now=later)
    assert attempt.state == Attempt.State.FINISHED and attempt.closed_by_deadline
    assert attempt.responses.get().answer == "ba từ đây"  # the trainer marks what was written
