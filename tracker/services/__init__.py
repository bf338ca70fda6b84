"""Everything that changes the tracker's records goes through these functions.

Each runs in one transaction and raises a TrackerError subclass, with a message for the person,
when it refuses. Side effects (enrolments, emails) are queued once the transaction commits.
"""

from tracker.services.assigning import (
    assign_open_assignments_to,
    assign_open_assignments_to_officers,
    create_assignment,
    edit_assignment,
    enrol_pending_targets,
    enrol_targets,
    sync_open_assignments,
    withdraw_assignment,
)
from tracker.services.base import (
    AssignmentRefused,
    FeedbackRefused,
    TrackerError,
    repeat_months,
)
from tracker.services.completion import certificate_valid_months, handle_course_completion
from tracker.services.feedback import (
    active_feed_token,
    courses_awaiting_feedback,
    create_feed_token,
    feed_user,
    has_answered_feedback,
    revoke_feed_token,
    skip_feedback,
    submit_feedback,
)
from tracker.services.statuses import refresh_all_targets, refresh_targets, refresh_targets_for

__all__ = [
    "AssignmentRefused",
    "FeedbackRefused",
    "TrackerError",
    "active_feed_token",
    "assign_open_assignments_to",
    "assign_open_assignments_to_officers",
    "certificate_valid_months",
    "courses_awaiting_feedback",
    "create_assignment",
    "create_feed_token",
    "edit_assignment",
    "enrol_pending_targets",
    "enrol_targets",
    "feed_user",
    "has_answered_feedback",
    "handle_course_completion",
    "refresh_all_targets",
    "refresh_targets",
    "refresh_targets_for",
    "repeat_months",
    "revoke_feed_token",
    "skip_feedback",
    "submit_feedback",
    "sync_open_assignments",
    "withdraw_assignment",
]
