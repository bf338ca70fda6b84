"""Learner views of a quiz: the quiz page, the attempt, saving, the summary and the review.

They are routes of ``QuizPage`` (so sign-in and enrolment are checked by the course item
before any of them runs); each parses input, calls one service and renders.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from courses import permissions as course_permissions
from courses.models import Enrolment, LessonPage
from home.page_shell import ShellTemplate, shared_key
from people.http import AuthenticatedHttpRequest
from quizzes import grading, permissions, sessions
from quizzes.blocks import check_question_id, checkable_questions
from quizzes.models import Attempt, Question, QuizGrade, QuizPage, Response
from quizzes.page_answers import answer_from_page
from quizzes.presentation import (
    ReviewOptions,
    answer_feedback,
    marks_shown,
    question_for_display,
    response_from_post,
    review_options,
    word_limit_message,
)
from quizzes.question_types import QuestionType
from quizzes.services import attempt_engine, first_pages
from quizzes.services.marking import finished_attempts
from quizzes.services.refusals import (
    AnswerRejected,
    AttemptFinished,
    DeadlinePassed,
    NotYourAttempt,
    PageNotInAttempt,
    QuizError,
    StaleSave,
    WordLimitNotMet,
)


def _url(quiz: QuizPage, request: HttpRequest, name: str, *args: Any) -> str:
    return quiz.get_url(request) + quiz.reverse_subpage(name, args=args)


def _own_attempt(request: AuthenticatedHttpRequest, quiz: QuizPage, attempt_id: int) -> Attempt:
    """The learner's own started attempt at this quiz; anyone else's, or none, is 404."""
    try:  # the default manager leaves prepared attempts out
        attempt = Attempt.objects.get(pk=attempt_id, quiz=quiz, user_id=request.user.pk)
    except Attempt.DoesNotExist:
        raise Http404 from None
    if not permissions.can_see_attempt(request.user, attempt):
        raise Http404
    attempt.quiz = quiz
    attempt.user = request.user
    return attempt


def quiz_context(request: HttpRequest, quiz: QuizPage) -> dict[str, Any]:
    """The quiz page: settings, the learner's attempts, their grade and what they can do next."""
    user = request.user
    if not user.is_authenticated:
        return {}
    now = timezone.now()
    # The learner's attempts, read once: the one in progress, if any, and the finished ones.
    attempts = list(
        Attempt.objects.filter(
            user=user, quiz=quiz, state__in=[Attempt.State.IN_PROGRESS, Attempt.State.FINISHED]
        ).order_by("number")
    )
    current = next((a for a in attempts if a.state == Attempt.State.IN_PROGRESS), None)
    finished = [a for a in attempts if a.state == Attempt.State.FINISHED]
    if current is not None and attempt_engine.close_if_overdue(current, now=now):
        current = None
        finished = finished_attempts(user, quiz)  # it is one of them now
    rows = []
    for attempt in finished:
        options = review_options(quiz, attempt, now=now)
        rows.append(
            {
                "attempt": attempt,
                "options": options,
                "review_url": _url(quiz, request, "review", attempt.pk),
            }
        )
    check = attempt_engine.check_can_start(user, quiz, now=now) if current is None else None
    return {
        "now": now,
        "current_attempt": current,
        "current_url": _url(quiz, request, "attempt", current.pk) if current else "",
        "attempt_rows": rows,
        "start_check": check,
        "start_url": _url(quiz, request, "start"),
        "quiz_grade": QuizGrade.objects.filter(user=user, quiz=quiz).first(),
        "marks_shown": marks_shown(quiz, now=now),
        "question_count": quiz.slots.count(),
    }


@require_POST
def start(request: AuthenticatedHttpRequest, quiz: QuizPage) -> HttpResponse:
    try:
        attempt = attempt_engine.start_attempt(request.user, quiz)
    except QuizError as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(quiz.get_url(request))
    sessions.keep_through(request, attempt_engine.remaining_seconds(attempt))
    # The attempt's page is the answer itself, not a redirect to it: at an exam's opening every
    # officer starts at once, and one request each instead of two is what keeps that moment
    # short. The page carries its own address, which its script puts in the address bar, so a
    # reload asks for the attempt, not the start again (which would only resume it anyway).
    attempt.quiz = quiz
    attempt.user = request.user
    return _attempt_page(
        request, quiz, attempt, attempt.current_page, timezone.now(), template=_START_PAGE
    )


class _StartPageShell:
    """The start's answer is kept for everyone who starts the quiz (the start's address is
    theirs alike). Its shared part depends on the quiz and on the page's shape: which page it
    is and how many questions each page holds and has answered, the same for every attempt
    just started. What is one attempt's own (its questions, addresses and time left) is
    ``{% personal %}`` in ``quizzes/attempt.html``."""

    def shell_key(self, request: HttpRequest, context: dict[str, Any]) -> tuple[Any, ...]:
        return shared_key(
            request,
            "attempt",
            context["page"].pk,
            context["page_index"],
            tuple((p["answered"], p["total"]) for p in context["pages"]),
            context["remaining_seconds"] is None,
        )


_START_PAGE = ShellTemplate("quizzes/attempt.html", _StartPageShell())


def _requested_page(value: Any, attempt: Attempt) -> int | None:
    try:
        page = int(value)
    except (TypeError, ValueError):
        return None
    return page if 0 <= page < attempt.page_count else None


def _closed_redirect(request: HttpRequest, quiz: QuizPage, attempt: Attempt) -> HttpResponse:
    if attempt.closed_by_deadline:
        messages.warning(
            request,
            _("Time is up: the attempt was closed with the answers saved before the deadline."),
        )
    return HttpResponseRedirect(_url(quiz, request, "review", attempt.pk))


def attempt(request: AuthenticatedHttpRequest, quiz: QuizPage, attempt_id: int) -> HttpResponse:
    """Show one page of an attempt with the saved answers; without scripts, the form posts here."""
    attempt = _own_attempt(request, quiz, attempt_id)
    now = timezone.now()
    if attempt.is_finished or attempt_engine.close_if_overdue(attempt, now=now):
        return _closed_redirect(request, quiz, attempt)
    if request.method == "POST":
        return _post_page(request, quiz, attempt)
    page = _requested_page(request.GET.get("page"), attempt)
    if page is None:
        page = attempt.current_page
    return _attempt_page(request, quiz, attempt, page, now)


def _attempt_page(
    request: AuthenticatedHttpRequest,
    quiz: QuizPage,
    attempt: Attempt,
    page: int,
    now: datetime,
    *,
    template: str | ShellTemplate = "quizzes/attempt.html",
) -> HttpResponse:
    """One page of the learner's own open attempt, with the saved answers."""
    kept = None
    if page == 0 and attempt.sequence == 0:  # no save yet: as the attempt was prepared
        kept = first_pages.kept(attempt.pk, translation.get_language())
    if kept is not None:
        items: list[dict[str, Any]] = []
        counts = [first_pages.PageCount(0, total) for total in kept.totals]
    else:
        # One read of every response: the page's questions and the numbers and counts of all.
        responses = list(
            Response.objects.filter(attempt=attempt)
            .order_by("position")
            .only("position", "page", "answer", "snapshot")
        )
        items, counts = first_pages.page_parts(responses, page, attempt.page_count)
    pages = [
        {
            "index": index,
            "number": index + 1,
            "current": index == page,
            "answered": count.answered,
            "total": count.total,
        }
        for index, count in enumerate(counts)
    ]
    context = {
        "page": quiz,
        "attempt": attempt,
        "items": items,
        "kept_items": kept.items_html if kept is not None else "",
        "page_index": page,
        "page_number": page + 1,
        "pages": pages,
        "is_first_page": page == 0,
        "is_last_page": page >= attempt.page_count - 1,
        "remaining_seconds": attempt_engine.remaining_seconds(attempt, now=now),
        "save_url": reverse("quizzes:save_answers", args=[attempt.pk]),
    }
    base = quiz.get_url(request)  # once for the four addresses below the quiz's own
    for name in ("attempt", "summary", "submit", "review"):
        key = "form_url" if name == "attempt" else f"{name}_url"
        context[key] = base + quiz.reverse_subpage(name, args=(attempt.pk,))
    return TemplateResponse(request, template, context)


def _post_page(request: AuthenticatedHttpRequest, quiz: QuizPage, attempt: Attempt) -> HttpResponse:
    """The form of one page: save its answers, then go where the learner asked."""
    current = _requested_page(request.POST.get("page"), attempt) or 0
    target: int | None = current
    to_summary = False
    if "next" in request.POST:
        target = current + 1
        if target >= attempt.page_count:
            target, to_summary = current, True
    elif "previous" in request.POST:
        target = max(0, current - 1)
    elif "finish" in request.POST:
        to_summary = True
    elif "goto" in request.POST:
        target = _requested_page(request.POST.get("goto"), attempt)
        if target is None:
            target = current
    answers = {}
    for response in (
        Response.objects.filter(attempt=attempt, page=current)
        .order_by()
        .only("position", "snapshot")
    ):
        present, value = response_from_post(response.snapshot, request.POST, response.position)
        if present:
            answers[response.position] = value
    try:
        sequence = int(request.POST.get("sequence", ""))
    except ValueError:
        sequence = -1
    try:
        attempt_engine.save_answers(
            attempt,
            request.user,
            sequence=sequence,
            answers=answers,
            page=target,
            save_key=str(request.POST.get("save_key", ""))[:64],
            from_page=True,
        )
    except AnswerRejected as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(_url(quiz, request, "attempt", attempt.pk) + f"?page={current}")
    except StaleSave as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(_url(quiz, request, "attempt", attempt.pk) + f"?page={current}")
    except (DeadlinePassed, AttemptFinished):
        attempt.refresh_from_db()
        return _closed_redirect(request, quiz, attempt)
    if to_summary:
        return HttpResponseRedirect(_url(quiz, request, "summary", attempt.pk))
    return HttpResponseRedirect(_url(quiz, request, "attempt", attempt.pk) + f"?page={target}")


def _json_error(error: QuizError, status: int, **extra: Any) -> JsonResponse:
    return JsonResponse(
        {"ok": False, "error": error.code, "message": str(error), **extra}, status=status
    )


@require_POST
def save(request: AuthenticatedHttpRequest, quiz: QuizPage, attempt_id: int) -> HttpResponse:
    """Autosave at the quiz page's own address, as pages opened before ``save_answers``
    existed still send it."""
    _own_attempt(request, quiz, attempt_id)
    return save_answers(request, attempt_id)


@require_POST
def save_answers(request: HttpRequest, attempt_id: int) -> HttpResponse:
    """Autosave from the page's script: {sequence, save_key, page, answers: {position: value}}.

    Answers of questions not sent keep what is stored (the page sends only those that changed).
    The reply says only whether the answers are saved: never a mark or a hint. Outside the
    page tree, so that a save costs only its own queries: the attempt is the learner's
    permission (it was started from the quiz page, which checked the enrolment), and anyone
    else's attempt is not found.
    """
    user = request.user
    if not user.is_authenticated:
        return JsonResponse(
            {"ok": False, "error": "sign_in", "message": _("Sign in to save your answers.")},
            status=403,
        )
    try:
        payload = json.loads(request.body.decode("utf-8") or "{}")
        sequence = int(payload.get("sequence"))
        answers = payload.get("answers") or {}
        if not isinstance(answers, dict):
            raise ValueError
        page = payload.get("page")
        if page is not None:
            page = int(page) if not isinstance(page, bool) else -1
    except (ValueError, TypeError, AttributeError, UnicodeDecodeError, RecursionError):
        return JsonResponse(
            {"ok": False, "error": "bad_request", "message": _("The answers could not be read.")},
            status=400,
        )
    try:
        result = attempt_engine.save_answers(
            attempt_id,
            user,
            sequence=sequence,
            answers=answers,
            page=page,
            save_key=str(payload.get("save_key") or "")[:64],
            from_page=True,
        )
    except (Attempt.DoesNotExist, NotYourAttempt) as error:
        raise Http404 from error
    except (AnswerRejected, PageNotInAttempt) as error:
        return _json_error(error, 400)
    except StaleSave as error:
        return _json_error(error, 409, sequence=error.sequence)
    except (DeadlinePassed, AttemptFinished) as error:
        return _json_error(error, 410, review_url=_review_url(request, attempt_id))
    except QuizError as error:
        return _json_error(error, 403)
    return JsonResponse(
        {
            "ok": True,
            "sequence": result.sequence,
            "saved_at": result.saved_at.isoformat(),
            "remaining_seconds": result.remaining_seconds,
        }
    )


def _review_url(request: HttpRequest, attempt_id: int) -> str:
    """Where a closed attempt is reviewed (only asked when a save is refused)."""
    attempt = Attempt.objects.select_related("quiz").get(pk=attempt_id)
    return _url(attempt.quiz, request, "review", attempt_id)


def summary(request: AuthenticatedHttpRequest, quiz: QuizPage, attempt_id: int) -> HttpResponse:
    attempt = _own_attempt(request, quiz, attempt_id)
    if attempt.is_finished or attempt_engine.close_if_overdue(attempt):
        return _closed_redirect(request, quiz, attempt)
    rows = []
    responses = list(
        Response.objects.filter(attempt=attempt)
        .order_by("position")
        .only("position", "page", "answer", "snapshot")
    )
    problems = attempt_engine.word_limit_problems(responses)
    number = 0
    for response in responses:
        if response.snapshot.get("type") == QuestionType.DESCRIPTION:
            continue
        number += 1
        problem = problems.get(number)
        rows.append(
            {
                "number": number,
                "page": response.page,
                "answered": response.answer not in (None, "", [], {}),
                "word_problem": word_limit_message(problem) if problem else "",
                "url": _url(quiz, request, "attempt", attempt.pk) + f"?page={response.page}",
            }
        )
    context = {
        "page": quiz,
        "attempt": attempt,
        "rows": rows,
        "unanswered": sum(1 for r in rows if not r["answered"]),
        "word_problems": len(problems),
        "submit_url": _url(quiz, request, "submit", attempt.pk),
        "back_url": _url(quiz, request, "attempt", attempt.pk),
        "remaining_seconds": attempt_engine.remaining_seconds(attempt),
    }
    return TemplateResponse(request, "quizzes/summary.html", context)


@require_POST
def submit(request: AuthenticatedHttpRequest, quiz: QuizPage, attempt_id: int) -> HttpResponse:
    try:  # the learner's own attempt, found and locked in one read; anyone else's is 404
        attempt_engine.submit_own_attempt(
            attempt_id, quiz, request.user, enrolment=getattr(request, "course_enrolment", None)
        )
    except Attempt.DoesNotExist:
        raise Http404 from None
    except WordLimitNotMet as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(_url(quiz, request, "summary", attempt_id))
    except QuizError as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(quiz.get_url(request))
    return HttpResponseRedirect(_url(quiz, request, "review", attempt_id))


def review_item(response: Response, number: int | None, options: ReviewOptions) -> dict[str, Any]:
    """One question of the review, showing only what the review options allow."""
    snapshot = response.snapshot
    item = question_for_display(
        snapshot, number=number, response=response.answer, position=response.position
    )
    item["state"] = response.state if options.correctness else ""
    item["mark"] = response.mark if options.mark else None
    item["max_mark"] = response.max_mark
    item["show_mark"] = options.mark and snapshot.get("type") != QuestionType.DESCRIPTION
    item["needs_marking"] = response.needs_marking
    feedback = []
    if options.feedback:
        feedback = answer_feedback(
            snapshot, grading.grade(snapshot, response.answer, response.max_mark)
        )
        item["general_feedback"] = snapshot.get("general_feedback", "")
        item["comment"] = response.comment
    item["feedback"] = feedback
    item["correct"] = grading.correct_response_text(snapshot) if options.correct_answers else []
    if snapshot.get("type") == QuestionType.MATCHING:
        item["matching_answers"] = [
            {"prompt": p["text"], "value": p["value"]} for p in item.get("prompts", [])
        ]
    return item


def review(request: AuthenticatedHttpRequest, quiz: QuizPage, attempt_id: int) -> HttpResponse:
    attempt = _own_attempt(request, quiz, attempt_id)
    if not attempt.is_finished and not attempt_engine.close_if_overdue(attempt):
        return HttpResponseRedirect(_url(quiz, request, "attempt", attempt.pk))
    attempt.refresh_from_db()
    attempt.quiz = quiz
    options = review_options(quiz, attempt)
    items = []
    if options.anything:
        number = 0
        for response in Response.objects.filter(attempt=attempt).order_by("position"):
            if response.snapshot.get("type") != QuestionType.DESCRIPTION:
                number += 1
                items.append(review_item(response, number, options))
            else:
                items.append(review_item(response, None, options))
    grade = QuizGrade.objects.filter(user=request.user, quiz=quiz).first()
    context = {
        "page": quiz,
        "attempt": attempt,
        "options": options,
        "items": items,
        "quiz_grade": grade,
        "quiz_url": quiz.get_url(request),
    }
    return TemplateResponse(request, "quizzes/review.html", context)


# "Check your understanding" in lessons ---------------------------------------------------------


# What a learner is told about an answer to a lesson's check.
CHECK_OUTCOMES = {
    grading.CORRECT: gettext_lazy("Right."),
    grading.PARTIAL: gettext_lazy("Partly right."),
    grading.WRONG: gettext_lazy("Not quite."),
}


def _check_refusal(status: int, error: str, message: str) -> JsonResponse:
    return JsonResponse({"ok": False, "error": error, "message": message}, status=status)


def _check_question(request: HttpRequest, lesson: LessonPage, block_id: str) -> Question | None:
    """The approved question of a lesson's check, if this person may try it; else None."""
    question_id = check_question_id(lesson.body, block_id)
    if question_id is None and course_permissions.can_edit_page(request.user, lesson):
        # Editors try the checks of a saved draft in the preview.
        draft = lesson.get_latest_revision_as_object()
        question_id = check_question_id(draft.body, block_id)
    if question_id is None:
        return None
    return checkable_questions().filter(pk=question_id).first()


@require_POST
def lesson_check(request: HttpRequest, lesson_id: int, block_id: str) -> JsonResponse:
    """Grade an answer to a lesson's bank question for instant feedback; nothing is recorded.

    The request is JSON, ``{"answer": …}`` shaped as grading expects for the question's type.
    The reply gives the outcome (correct, partial or wrong), the feedback of the answers given
    and the question's general feedback; never the right answer.
    """
    user = request.user
    if not user.is_authenticated:
        return _check_refusal(403, "sign_in", _("Sign in to check your answer."))
    lesson = LessonPage.objects.filter(pk=lesson_id).first()
    not_found = _check_refusal(404, "not_found", _("This question is not available."))
    if lesson is None or not lesson.course.live:
        return not_found
    if not lesson.live and not course_permissions.can_edit_page(user, lesson):
        return not_found
    enrolment = Enrolment.objects.filter(user=user, course=lesson.course).first()
    if not course_permissions.can_open_item(user, lesson, enrolment) or not all(
        restriction.accept_request(request) for restriction in lesson.get_view_restrictions()
    ):
        return _check_refusal(403, "forbidden", _("Enrol in this course to check your answer."))
    question = _check_question(request, lesson, block_id)
    if question is None:
        return not_found
    snapshot = question.to_snapshot()
    try:
        payload = json.loads(request.body.decode("utf-8"))
        if not isinstance(payload, dict):
            raise ValueError
        value = payload.get("answer")
        if snapshot.get("type") == QuestionType.MULTIPLE_CHOICE and not isinstance(
            value, (list, type(None))
        ):
            raise ValueError(value)
        # The lesson names options by their place, as the attempt page does.
        answer = answer_from_page(snapshot, value, number=1)
    except AnswerRejected as error:
        return _check_refusal(400, "bad_request", str(error))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _check_refusal(400, "bad_request", _("The answer could not be read."))
    grade = grading.grade(snapshot, answer)
    if grade.state not in CHECK_OUTCOMES:
        return _check_refusal(400, "unanswered", _("Choose or type an answer first."))
    return JsonResponse(
        {
            "ok": True,
            "state": grade.state,
            "message": str(CHECK_OUTCOMES[grade.state]),
            "feedback": answer_feedback(snapshot, grade),
            "general_feedback": snapshot.get("general_feedback", ""),
        }
    )
