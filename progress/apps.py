from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    name = "progress"
    verbose_name = _("Progress and reports")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from courses.signals import course_completed
        from people.models import Officer
        from people.signals import officers_placed
        from progress import receivers

        course_completed.connect(
            receivers.course_completed, dispatch_uid="progress.course_completed"
        )
        post_save.connect(
            receivers.officer_saved, sender=Officer, dispatch_uid="progress.officer_saved"
        )
        officers_placed.connect(receivers.officers_placed, dispatch_uid="progress.officers_placed")
