from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """The managers' dashboards, snapshots, exports and the course and feedback reports."""

    name = "reports"
    verbose_name = _("Training reports")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from courses.signals import course_completed
        from reports import receivers

        course_completed.connect(
            receivers.course_completed, dispatch_uid="reports.course_completed"
        )
