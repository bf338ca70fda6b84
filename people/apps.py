from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = _("People and organisation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from people import rights_cache
        from people.roles import sync_roles_after_migrate

        rights_cache.connect()

        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="people.sync_roles")

        from people import audit

        audit.connect()
