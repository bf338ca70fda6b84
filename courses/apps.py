from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from courses import signals  # noqa: F401  (connects the receivers)
        from people.topics import register_topic_source

        def topics():
            from courses.models import Topic

            return Topic.objects.order_by("name").values_list("slug", "name")

        register_topic_source(topics)
