"""The audit log's names for changes to assignments (mirrored from AssignmentLog)."""

from typing import Any

from wagtail import hooks

from tracker.models import AssignmentLog


@hooks.register("register_log_actions")
def register_assignment_log_actions(actions: Any) -> None:
    for value, label in AssignmentLog.Action.choices:
        actions.register_action(f"tracker.assignment_{value}", label, label)
