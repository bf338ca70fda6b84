from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InteropConfig(AppConfig):
    name = "interop"
    verbose_name = _("Interoperability")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from interop.xapi import receivers  # noqa: F401  (connects the receivers)
