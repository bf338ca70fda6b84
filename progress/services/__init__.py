"""Everything that changes the tracker's records goes through these functions.

Each runs in one transaction and raises a TrackerError subclass, with a message for the person,
when it refuses. Side effects (certificates, emails) are queued once the transaction commits.
"""

from progress.services.assignments import (
    assign_open_assignments_to,
    assign_open_assignments_to_officers,
    create_assignment,
    edit_assignment,
    enrol_pending_targets,
    enrol_targets,
    refresh_all_targets,
    refresh_targets,
    refresh_targets_for,
    repeat_months,
    sync_open_assignments,
    withdraw_assignment,
)
from progress.services.certificates import (
    certificate_valid_until,
    find_certificate,
    issue_certificate,
    issue_missing_certificates,
    issuer_name,
    revoke_certificate,
)
from progress.services.common import (
    AssignmentRefused,
    CertificateRefused,
    FeedbackRefused,
    TrackerError,
)
from progress.services.completion import handle_course_completion, on_course_completed
from progress.services.feedback import (
    active_feed_token,
    courses_awaiting_feedback,
    create_feed_token,
    feed_user,
    has_answered_feedback,
    revoke_feed_token,
    skip_feedback,
    submit_feedback,
)

__all__ = [
    "AssignmentRefused",
    "CertificateRefused",
    "FeedbackRefused",
    "TrackerError",
    "active_feed_token",
    "assign_open_assignments_to",
    "assign_open_assignments_to_officers",
    "certificate_valid_until",
    "courses_awaiting_feedback",
    "create_assignment",
    "create_feed_token",
    "edit_assignment",
    "enrol_pending_targets",
    "enrol_targets",
    "feed_user",
    "find_certificate",
    "has_answered_feedback",
    "handle_course_completion",
    "issue_certificate",
    "issue_missing_certificates",
    "issuer_name",
    "on_course_completed",
    "refresh_all_targets",
    "refresh_targets",
    "refresh_targets_for",
    "repeat_months",
    "revoke_certificate",
    "revoke_feed_token",
    "skip_feedback",
    "submit_feedback",
    "sync_open_assignments",
    "withdraw_assignment",
]
