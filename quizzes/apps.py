from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.signals import page_published, published

        from courses.signals import cycle_started
        from quizzes import receivers, sessions  # noqa: F401 - sessions' receiver
        from quizzes.models import Question, QuizPage

        cycle_started.connect(
            receivers.course_round_started, dispatch_uid="quizzes.course_round_started"
        )
        page_published.connect(
            receivers.quiz_published, sender=QuizPage, dispatch_uid="quizzes.quiz_published"
        )
        published.connect(
            receivers.question_published,
            sender=Question,
            dispatch_uid="quizzes.question_published",
        )
