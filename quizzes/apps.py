from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from courses.signals import cycle_started
        from quizzes import receivers

        cycle_started.connect(
            receivers.course_round_started, dispatch_uid="quizzes.course_round_started"
        )
