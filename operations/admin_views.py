"""Background tasks in the Wagtail admin, for administrators: every task with its state
(queued, running, failed with its error, finished), and a retry button on failed ones.
Registered in wagtail_hooks.py; works with the database task backend."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_POST
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from operations.services import TaskNotRetryable, retry_task
from people.permissions import is_administrator

STATUS_LABELS = {
    "READY": pgettext_lazy("task", "Queued"),
    "RUNNING": pgettext_lazy("task", "Running"),
    "FAILED": pgettext_lazy("task", "Failed"),
    "SUCCESSFUL": pgettext_lazy("task", "Finished"),
}


def status_label(result: DBTaskResult) -> str:
    return str(STATUS_LABELS.get(result.status, result.status))


class AdministratorsOnly(BasePermissionPolicy):
    """Administrators may look at tasks (and retry failed ones); nobody adds, edits or deletes
    them here."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action == "view" and is_administrator(user)

    def user_has_any_permission(self, user: Any, actions: Any) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions: Any, include_superusers: bool = True) -> Any:
        from django.contrib.auth import get_user_model

        return get_user_model().objects.none()


class TaskResultIndexView(IndexView):
    page_title = gettext_lazy("Background tasks")
    default_ordering = "-enqueued_at"

    def get_base_queryset(self) -> Any:
        return DBTaskResult.objects.order_by("-enqueued_at")

    @property
    def columns(self) -> list[Column]:
        return [
            self._get_title_column_class(TitleColumn)(
                "task_path",
                label=pgettext_lazy("background task", "Task"),
                accessor=lambda r: r.task_path.rsplit(".", 1)[-1],
                get_url=self.get_inspect_url,
            ),
            Column("status", label=gettext_lazy("State"), accessor=status_label),
            Column("queue_name", label=gettext_lazy("Queue")),
            Column("enqueued_at", label=gettext_lazy("Queued at"), sort_key="enqueued_at"),
            Column("finished_at", label=gettext_lazy("Finished at"), sort_key="finished_at"),
            Column(
                "exception_class_path",
                label=pgettext_lazy("background task", "Error"),
                accessor=lambda r: r.exception_class_path.rsplit(".", 1)[-1],
            ),
        ]


class TaskResultInspectView(InspectView):
    template_name = "operations/task_result_inspect.html"
    page_title = gettext_lazy("Background task")

    def get_field_label(self, field_name: str, field: Any) -> str:
        if field_name in FIELD_LABELS:
            return str(FIELD_LABELS[field_name])
        return super().get_field_label(field_name, field)

    def get_status_display_value(self) -> str:
        return status_label(self.object)

    def get_traceback_display_value(self) -> Any:
        if not self.object.traceback:
            return "-"
        return format_html("<pre class='task-traceback'>{}</pre>", self.object.traceback)

    def get_page_subtitle(self) -> str:
        return self.object.task_path

    def get_field_display_value(self, field_name: str, field: Any) -> Any:
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime.datetime):
            return date_format(timezone.localtime(value), "DATETIME_FORMAT")
        if value in (None, "", [], {}):
            return "-"
        return value

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        if self.object.status == "FAILED":
            context["retry_url"] = reverse("operations_tasks:retry", args=[self.object.pk])
        return context


FIELD_LABELS = {
    "task_path": pgettext_lazy("background task", "Task"),
    "status": gettext_lazy("State"),
    "queue_name": gettext_lazy("Queue"),
    "args_kwargs": gettext_lazy("Arguments"),
    "enqueued_at": gettext_lazy("Queued at"),
    "started_at": pgettext_lazy("background task", "Started at"),
    "finished_at": gettext_lazy("Finished at"),
    "worker_ids": gettext_lazy("Workers"),
    "return_value": gettext_lazy("Result"),
    "exception_class_path": pgettext_lazy("background task", "Error"),
    "traceback": gettext_lazy("Error details"),
}


@require_POST
def retry_view(request: HttpRequest, pk: str) -> HttpResponse:
    if not is_administrator(request.user):
        raise PermissionDenied
    try:
        result = retry_task(pk, request.user)
    except TaskNotRetryable:
        messages.error(request, _("Only a failed task can be retried."))
        return redirect("operations_tasks:index")
    messages.success(request, _("The task is queued again."))
    return redirect("operations_tasks:inspect", result.pk)


class TaskResultViewSet(ModelViewSet):
    model = DBTaskResult
    name = "tasks"
    url_prefix = "background-tasks"
    url_namespace = "operations_tasks"
    icon = "cogs"
    menu_label = gettext_lazy("Background tasks")
    add_to_settings_menu = True
    menu_order = 900
    index_view_class = TaskResultIndexView
    inspect_view_class = TaskResultInspectView
    inspect_view_enabled = True
    inspect_view_fields = list(FIELD_LABELS)
    list_filter = ["status", "queue_name"]
    # Nobody edits tasks here (the permission policy refuses it); Wagtail wants a form anyway.
    form_fields = ["queue_name"]

    def get_urlpatterns(self) -> list[Any]:
        return [
            *super().get_urlpatterns(),
            path("<str:pk>/retry/", retry_view, name="retry"),
        ]
