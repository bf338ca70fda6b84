from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        _make_admin_exports_inert()


def _make_admin_exports_inert() -> None:
    """The Wagtail admin's own XLSX and CSV exports (site history, the audit log; page and form
    listings) pass every value through the same helper as ours, so none holds a live formula."""
    from typing import Any

    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    from home.spreadsheets import inert

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "inert", False):
        return

    def preprocess_field_value(self: Any, field: str, value: Any, export_format: str) -> Any:
        return inert(original(self, field, value, export_format))

    preprocess_field_value.inert = True  # type: ignore[attr-defined]
    setattr(SpreadsheetExportMixin, "preprocess_field_value", preprocess_field_value)  # noqa: B010
