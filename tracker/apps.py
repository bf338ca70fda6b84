from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class TrackerConfig(AppConfig):
    """Assignments and their status, reminders, /my/, the calendar feed, satisfaction feedback."""

    name = "tracker"
    verbose_name = _("Assignments and tracking")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from certificates.signals import certificate_validity
        from courses.signals import course_completed
        from people.models import Officer
        from people.signals import officers_placed
        from tracker import learner_receivers, receivers

        course_completed.connect(
            receivers.course_completed, dispatch_uid="tracker.course_completed"
        )
        post_save.connect(
            receivers.officer_saved, sender=Officer, dispatch_uid="tracker.officer_saved"
        )
        officers_placed.connect(receivers.officers_placed, dispatch_uid="tracker.officers_placed")
        certificate_validity.connect(
            receivers.certificate_validity, dispatch_uid="tracker.certificate_validity"
        )
        learner_receivers.connect()
