"""The tracker's records: assignments, certificates, feedback, calendar feeds, reminders."""

from progress.models.assignments import (
    Assignment,
    AssignmentLog,
    AssignmentTarget,
    TargetStatus,
)
from progress.models.calendar import CalendarFeedToken, new_feed_token
from progress.models.certificates import Certificate, CertificateState
from progress.models.feedback import RATING_FIELDS, CourseFeedback
from progress.models.figures import CourseCost, EnrolmentFigures
from progress.models.reminders import ReminderLog
from progress.models.reports import (
    ExportFormat,
    ExportJob,
    ExportLog,
    ReportSnapshot,
    SnapshotEnrolments,
    SnapshotFeedback,
    SnapshotOfficers,
    SnapshotTargets,
)

__all__ = [
    "RATING_FIELDS",
    "Assignment",
    "AssignmentLog",
    "AssignmentTarget",
    "CalendarFeedToken",
    "Certificate",
    "CertificateState",
    "CourseCost",
    "CourseFeedback",
    "EnrolmentFigures",
    "ExportFormat",
    "ExportJob",
    "ExportLog",
    "ReminderLog",
    "ReportSnapshot",
    "SnapshotEnrolments",
    "SnapshotFeedback",
    "SnapshotOfficers",
    "SnapshotTargets",
    "TargetStatus",
    "new_feed_token",
]
