from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The REST API for other systems: clients, their tokens, and endpoints over the apps'
    services."""

    name = "api"
    verbose_name = _("API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from api import receivers, schema  # noqa: F401  (schema registers its extension)
        from quizzes.models import Attempt

        post_save.connect(receivers.attempt_saved, sender=Attempt, dispatch_uid="api.attempt_saved")
