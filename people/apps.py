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

        from django.db.models.signals import post_delete, post_save

        from people import signed_in
        from people.models import User

        post_save.connect(signed_in.account_changed, sender=User, dispatch_uid="people.saved")
        post_delete.connect(signed_in.account_changed, sender=User, dispatch_uid="people.gone")

        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="people.sync_roles")

        from people import audit

        audit.connect()
        _name_groups_by_their_role_label()


def _name_groups_by_their_role_label() -> None:
    """Wherever a group or a permission is printed (forms' checkboxes, page titles, workflow
    tasks), show it in the reader's language; the stored names stay the English keys the code
    and Django look them up by."""
    from django.contrib.auth.models import Group, Permission

    from people.admin_views.role_groups import role_label
    from people.permission_labels import permission_str

    Group.__str__ = role_label  # type: ignore[assignment,method-assign]
    Permission.__str__ = permission_str  # type: ignore[assignment,method-assign]
