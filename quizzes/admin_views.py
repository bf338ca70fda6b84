"""Trainers' views in the Wagtail admin: the essay marking queue, changing a mark, a quiz's
attempts and its item statistics (with CSV export), and importing and exporting question files."""

from __future__ import annotations

import csv
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from config.csv_flavours import PLAIN_CSV, CsvFlavour, excel_flavour
from home import spreadsheets
from home.downloads import make_inert
from people.http import AuthenticatedHttpRequest
from quizzes import grading, permissions
from quizzes.formats import FORMATS, FormatError
from quizzes.formats.reading import MAX_BYTES
from quizzes.formats.records import clean_category
from quizzes.forms import ExportForm, ImportConfirmForm, ImportUploadForm, MarkForm
from quizzes.models import Attempt, QuizPage, Response
from quizzes.models.bank import ReviewStatus
from quizzes.presentation import question_for_display
from quizzes.question_types import PICKED_TYPES, QuestionType, true_false_word
from quizzes.services import question_files
from quizzes.services.categories import category_for_path
from quizzes.services.marking import mark_response
from quizzes.services.refusals import QuizError
from quizzes.statistics import AttemptMarks, ItemMark, quiz_statistics, rounded


class TrainerView(WagtailAdminTemplateMixin, TemplateView):
    permission_check = staticmethod(permissions.can_mark)

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not self.permission_check(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class MarkingQueueView(TrainerView):
    """Essay answers waiting for a trainer, oldest first."""

    template_name = "quizzes/admin/marking_queue.html"
    page_title = gettext_lazy("Answers to mark")
    header_icon = "edit"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        queryset = (
            Response.objects.filter(needs_marking=True, attempt__state=Attempt.State.FINISHED)
            .select_related("attempt__user", "attempt__quiz")
            .order_by("attempt__submitted_at", "position")
        )
        paginator = Paginator(queryset, 50)
        context["responses"] = paginator.get_page(self.request.GET.get("p"))
        return context


class MarkResponseView(TrainerView):
    """Mark one answer, or change a mark already given (with a reason, logged)."""

    template_name = "quizzes/admin/mark_response.html"
    page_title = gettext_lazy("Mark an answer")
    header_icon = "edit"

    def get_response(self) -> Response:
        return get_object_or_404(
            Response.objects.select_related("attempt__user", "attempt__quiz"), pk=self.kwargs["pk"]
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        response = kwargs.get("response_obj") or self.get_response()
        snapshot = response.snapshot
        context.update(
            {
                "response_obj": response,
                "item": question_for_display(
                    snapshot, number=None, response=response.answer, position=response.position
                ),
                "correct": grading.correct_response_text(snapshot),
                "grader_info": (snapshot.get("essay") or {}).get("grader_info", ""),
                "words": grading.word_count(response.answer)
                if isinstance(response.answer, str)
                else None,
                "max_words": (snapshot.get("essay") or {}).get("max_words"),
                "form": kwargs.get("form")
                or MarkForm(initial={"mark": response.mark, "comment": response.comment}),
                "changes": response.mark_changes.select_related("changed_by"),
                "attempt_url": reverse("quizzes_admin:attempt", args=[response.attempt_id]),
            }
        )
        return context

    def post(self, request: AuthenticatedHttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = self.get_response()
        form = MarkForm(request.POST)
        if form.is_valid():
            try:
                mark_response(
                    response,
                    request.user,
                    mark=form.cleaned_data["mark"],
                    comment=form.cleaned_data["comment"],
                    reason=form.cleaned_data["reason"],
                )
            except QuizError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The mark is saved."))
                next_url = request.POST.get("next") or reverse("quizzes_admin:marking")
                if not next_url.startswith("/admin/"):
                    next_url = reverse("quizzes_admin:marking")
                return redirect(next_url)
        return self.render_to_response(self.get_context_data(response_obj=response, form=form))


class QuizListView(TrainerView):
    """Every quiz with its attempt counts, linking to attempts and statistics."""

    template_name = "quizzes/admin/quiz_list.html"
    page_title = gettext_lazy("Quiz results")
    header_icon = "list-ul"
    permission_check = staticmethod(permissions.can_view_statistics)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        from django.db.models import Count, Q

        from courses.models import CoursePage

        context = super().get_context_data(**kwargs)
        quizzes = list(
            QuizPage.objects.annotate(
                finished=Count("attempts", filter=Q(attempts__state=Attempt.State.FINISHED)),
                to_mark=Count("attempts", filter=Q(attempts__needs_marking=True)),
            ).order_by("path")
        )
        steplen = QuizPage.steplen
        courses = CoursePage.objects.filter(path__in={q.path[:-steplen] for q in quizzes})
        titles = {course.path: course.title for course in courses}
        context["quizzes"] = [
            {"quiz": quiz, "course": titles.get(quiz.path[:-steplen], "")} for quiz in quizzes
        ]
        return context


class QuizAttemptsView(TrainerView):
    template_name = "quizzes/admin/quiz_attempts.html"
    permission_check = staticmethod(permissions.can_view_statistics)
    header_icon = "list-ul"

    def get_page_title(self) -> str:
        return _("Attempts")

    def get_page_subtitle(self) -> str:
        return self.quiz.title

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        self.quiz = get_object_or_404(QuizPage, pk=kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        attempts = (
            Attempt.objects.filter(quiz=self.quiz).select_related("user").order_by("-started_at")
        )
        context["quiz"] = self.quiz
        context["attempts"] = Paginator(attempts, 100).get_page(self.request.GET.get("p"))
        return context


class AttemptDetailView(TrainerView):
    template_name = "quizzes/admin/attempt_detail.html"
    permission_check = staticmethod(permissions.can_view_statistics)
    header_icon = "doc-full"

    def get_page_title(self) -> str:
        return _("Attempt %(number)s by %(name)s") % {
            "number": self.attempt.number,
            "name": self.attempt.user.get_full_name(),
        }

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        self.attempt = get_object_or_404(
            Attempt.objects.select_related("user", "quiz"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["attempt"] = self.attempt
        rows = []
        for response in self.attempt.responses.order_by("position"):
            given = grading.response_text(response.snapshot, response.answer)
            rows.append({"response": response, "given": given})
        context["rows"] = rows
        context["can_mark"] = permissions.can_mark(self.request.user)
        return context


def statistics_for(quiz: QuizPage) -> dict[str, Any]:
    """Read the finished, fully marked attempts of a quiz and compute its item statistics."""
    attempts = list(
        Attempt.objects.filter(quiz=quiz, state=Attempt.State.FINISHED, score__isnull=False).only(
            "pk", "score", "max_score"
        )
    )
    by_attempt: dict[int, list[Response]] = {a.pk: [] for a in attempts}
    names: dict[str, str] = {}
    types: dict[str, str] = {}
    answer_texts: dict[str, dict[str, str]] = {}
    for response in Response.objects.filter(attempt_id__in=by_attempt).order_by(
        "attempt_id", "position"
    ):
        by_attempt[response.attempt_id].append(response)
    rows = []
    for attempt in attempts:
        marks: list[ItemMark] = []
        for response in by_attempt[attempt.pk]:
            snapshot = response.snapshot
            if snapshot.get("type") == QuestionType.DESCRIPTION:
                continue
            key = str(snapshot.get("question_id") or f"position-{response.position}")
            names.setdefault(key, str(snapshot.get("name", "")))
            types.setdefault(key, str(snapshot.get("type", "")))
            chosen: tuple[str, ...] = ()
            if snapshot.get("type") in PICKED_TYPES:
                texts = answer_texts.setdefault(key, {})
                for answer in snapshot.get("answers") or []:
                    text = str(answer.get("text", ""))
                    if snapshot.get("type") == QuestionType.TRUE_FALSE:
                        text = true_false_word(text)
                    texts.setdefault(str(answer.get("id")), text)
                value = response.answer
                chosen = tuple(
                    str(v) for v in (value if isinstance(value, list) else [value]) if v is not None
                )
            marks.append(ItemMark(key, float(response.mark or 0), float(response.max_mark), chosen))
        rows.append(AttemptMarks(float(attempt.score or 0), float(attempt.max_score), tuple(marks)))
    stats = quiz_statistics(rows)
    items = []
    for item in stats.items:
        texts = answer_texts.get(item.question_key, {})
        frequencies = [
            {
                "text": text,
                "count": item.answer_counts.get(answer_id, 0),
                "percent": rounded(100 * item.answer_counts.get(answer_id, 0) / item.attempts)
                if item.attempts
                else None,
            }
            for answer_id, text in texts.items()
        ]
        items.append(
            {
                "key": item.question_key,
                "name": names.get(item.question_key, ""),
                "type": types.get(item.question_key, ""),
                "attempts": item.attempts,
                "average": rounded(item.average_mark),
                "max_mark": rounded(item.max_mark),
                "facility": rounded(item.facility),
                "discrimination": rounded(item.discrimination),
                "frequencies": frequencies,
            }
        )
    return {
        "attempts": stats.attempts,
        "average": rounded(stats.average_percent),
        "median": rounded(stats.median_percent),
        "items": items,
    }


class QuizStatisticsView(TrainerView):
    template_name = "quizzes/admin/statistics.html"
    permission_check = staticmethod(permissions.can_view_statistics)
    header_icon = "table"

    def get_page_title(self) -> str:
        return _("Statistics")

    def get_page_subtitle(self) -> str:
        return self.quiz.title

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        self.quiz = get_object_or_404(QuizPage, pk=kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        stats = statistics_for(self.quiz)
        if request.GET.get("format") == "csv":
            excel = request.GET.get("csv") == "excel"
            flavour = excel_flavour(translation.get_language() or "") if excel else PLAIN_CSV
            return statistics_csv(self.quiz, stats, flavour)
        return self.render_to_response(self.get_context_data(stats=stats, quiz=self.quiz))


def statistics_csv(
    quiz: QuizPage, stats: dict[str, Any], flavour: CsvFlavour = PLAIN_CSV
) -> HttpResponse:
    def _csv_number(value: Any) -> str:
        if value is None:
            return ""
        return str(Decimal(str(value)).quantize(Decimal("0.01"))).replace(".", flavour.decimal)

    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="quiz-{quiz.pk}-statistics.csv"'
    make_inert(response)
    response.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
    writer = csv.writer(response, delimiter=flavour.delimiter)
    writer.writerow([_("Quiz"), _plain(quiz.title)])
    writer.writerow([_("Attempts"), stats["attempts"]])
    writer.writerow([_("Average grade (%)"), _csv_number(stats["average"])])
    writer.writerow([_("Median grade (%)"), _csv_number(stats["median"])])
    writer.writerow([])
    writer.writerow(
        [
            _("Question"),
            _("Type"),
            _("Attempts"),
            _("Average mark"),
            _("Maximum mark"),
            _("Facility index (%)"),
            _("Discrimination index (%)"),
            _("Answer"),
            _("Times chosen"),
            _("Chosen (%)"),
        ]
    )
    for item in stats["items"]:
        base = [
            _plain(item["name"]),
            item["type"],
            item["attempts"],
            _csv_number(item["average"]),
            _csv_number(item["max_mark"]),
            _csv_number(item["facility"]),
            _csv_number(item["discrimination"]),
        ]
        if not item["frequencies"]:
            writer.writerow([*base, "", "", ""])
        for frequency in item["frequencies"]:
            writer.writerow(
                [
                    *base,
                    _plain(frequency["text"]),
                    frequency["count"],
                    _csv_number(frequency["percent"]),
                ]
            )
    return response


def _plain(text: str) -> str:
    """Text for a spreadsheet cell: no tags, and never read as a formula."""
    from django.utils.html import strip_tags

    text = strip_tags(str(text)).strip()
    return str(spreadsheets.inert(text))


# Question files ---------------------------------------------------------------------------


def imported_list_url(outcome: question_files.ImportOutcome) -> str:
    """The question list showing the questions just imported: drafts in their category."""
    query = {"review_status": str(ReviewStatus.DRAFT)}
    common = outcome.common_category
    if common is not None:
        query["category"] = str(common.pk)
    return reverse("wagtailsnippets_quizzes_question:list") + "?" + urlencode(query)


class ImportQuestionsView(TrainerView):
    """Upload a question file, preview it as learners will see it, then import it."""

    template_name = "quizzes/admin/import_questions.html"
    page_title = gettext_lazy("Import questions")
    header_icon = "download"
    permission_check = staticmethod(permissions.can_import_questions)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.render_to_response(self.get_context_data(upload_form=ImportUploadForm()))

    def post(self, request: AuthenticatedHttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if "token" in request.POST:
            return self.confirm(request)
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(upload_form=form))
        upload = form.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            form.add_error("file", _("The file is larger than 10 MB."))
            return self.render_to_response(self.get_context_data(upload_form=form))
        data = upload.read()
        try:
            key = question_files.guess_format(upload.name, data, form.cleaned_data["file_format"])
        except FormatError as error:
            form.add_error("file_format", error.message)
            return self.render_to_response(self.get_context_data(upload_form=form))
        token = question_files.keep_upload(request.user, upload.name, key, data)
        read = question_files.read_file(data, upload.name, key)
        confirm = ImportConfirmForm(initial={"token": token})
        return self.render_to_response(self.preview_context(read, confirm))

    def confirm(self, request: AuthenticatedHttpRequest) -> HttpResponse:
        kept = question_files.kept_upload(request.user, request.POST.get("token", ""))
        if kept is None:
            raise Http404(_("This upload is no longer available: upload the file again."))
        read = question_files.read_file(bytes(kept.data), kept.file_name, kept.file_format)
        form = ImportConfirmForm(request.POST)
        if form.is_valid():
            try:
                with transaction.atomic():
                    category = form.cleaned_data["category"]
                    new_path = clean_category(form.cleaned_data["new_category"])
                    if new_path:
                        category = category_for_path(category, new_path)
                    outcome = question_files.import_file(
                        read,
                        category=category,
                        user=request.user,
                        only_valid=form.cleaned_data["only_valid"],
                    )
                    kept.delete()
            except question_files.ImportRefused as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, outcome.summary())
                return redirect(imported_list_url(outcome))
        return self.render_to_response(self.preview_context(read, form))

    def preview_context(
        self, read: question_files.ReadFile, form: ImportConfirmForm
    ) -> dict[str, Any]:
        labels = dict(QuestionType.choices)
        return self.get_context_data(
            read=read,
            confirm_form=form,
            counts=[(labels.get(key, key), count) for key, count in read.counts.items()],
            items=question_files.preview_items(read),
            unit_label=_("Row") if read.unit == "row" else _("Line"),
            format_label=FORMATS[read.format_key].label,
        )


class ExportQuestionsView(TrainerView):
    """Download a category with its subcategories as GIFT, Moodle XML or XLSX."""

    template_name = "quizzes/admin/export_questions.html"
    page_title = gettext_lazy("Export questions")
    header_icon = "upload"
    permission_check = staticmethod(permissions.can_export_questions)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if "file_format" not in request.GET:
            form = ExportForm(initial={"category": request.GET.get("category")})
            return self.render_to_response(self.get_context_data(form=form))
        form = ExportForm(request.GET)
        if form.is_valid():
            category = form.cleaned_data["category"]
            key = form.cleaned_data["file_format"]
            try:
                data = question_files.export_category(category, key)
            except FormatError as error:
                form.add_error(None, error.message)
            else:
                response = HttpResponse(data, content_type=FORMATS[key].media_type)
                name = question_files.export_file_name(category, key)
                response["Content-Disposition"] = f'attachment; filename="{name}"'
                return make_inert(response)
        return self.render_to_response(self.get_context_data(form=form))
