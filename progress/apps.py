from django.apps import AppConfig


class ProgressConfig(AppConfig):
    """Kept only for the migration path of databases made before the split into ``tracker``,
    ``certificates`` and ``reports``: the tables those apps use were created by this app's
    migrations (and keep their ``progress_`` names); its last migration hands the models over.
    It holds no code and no models."""

    name = "progress"
    default_auto_field = "django.db.models.BigAutoField"
