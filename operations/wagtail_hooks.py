"""Operations in the Wagtail admin: the background task list and its retry action."""

from typing import Any

from django.utils.translation import gettext_lazy
from django_tasks_db.models import DBTaskResult
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from operations.admin_views import AdministratorsOnly, TaskResultViewSet

register_permission_policy(DBTaskResult, AdministratorsOnly(DBTaskResult))


@hooks.register("register_admin_viewset")
def register_task_results() -> TaskResultViewSet:
    return TaskResultViewSet()


@hooks.register("register_log_actions")
def register_retry_action(actions: Any) -> None:
    actions.register_action(
        "operations.retry_task", gettext_lazy("Retry task"), gettext_lazy("Task retried")
    )
