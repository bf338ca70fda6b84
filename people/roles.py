"""The four roles, kept as Django groups with matching Wagtail admin permissions.

``sync_roles`` is idempotent: the data migration calls it with historical models and
every ``migrate`` calls it again, so permissions of models added later reach the roles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.apps import apps as global_apps
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from people.models import User

OFFICER = "Officer"
TRAINER = "Trainer"
MANAGER = "Manager"
ADMINISTRATOR = "Administrator"

ROLE_NAMES = [OFFICER, TRAINER, MANAGER, ADMINISTRATOR]
ROLE_LABELS = {
    OFFICER: _("Officer"),
    TRAINER: _("Trainer"),
    MANAGER: _("Manager"),
    ADMINISTRATOR: _("Administrator"),
}

# Apps whose content trainers write: every model permission of these apps goes to trainers,
# except the models listed in TRAINER_EXCLUDED_MODELS (learners' records).
TRAINER_CONTENT_APPS = ["courses", "quizzes"]
TRAINER_EXCLUDED_MODELS: set[str] = {
    "enrolment",
    "enrolmentcycle",
    "itemprogress",
    "coursesettings",
    "scormtrack",
}
TRAINER_EXTRA_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "taggit.add_tag",
    "taggit.change_tag",
]
TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
ADMIN_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bypass_workflow_page",
    "lock_page",
    "unlock_page",
]
TRAINER_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
ADMIN_COLLECTION_PERMISSIONS = [
    *TRAINER_COLLECTION_PERMISSIONS,
    "wagtailimages.delete_image",
    "wagtaildocs.delete_document",
    "wagtailcore.add_collection",
    "wagtailcore.change_collection",
    "wagtailcore.delete_collection",
]
# Manager permissions on their units' data come from scopes (people issue), not from the admin.
MANAGER_PERMISSIONS: list[str] = []


def _perms(permission_model: Any, codenames: Iterable[str]) -> list[Any]:
    found = []
    for dotted in codenames:
        app_label, codename = dotted.split(".", 1)
        perm = permission_model.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if perm is not None:
            found.append(perm)
    return found


def sync_roles(apps: Any = global_apps) -> None:
    """Create the role groups if missing and give each the permissions it should have."""
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    groups = {name: group_model.objects.get_or_create(name=name)[0] for name in ROLE_NAMES}

    trainer_perms = list(
        permission_model.objects.filter(content_type__app_label__in=TRAINER_CONTENT_APPS).exclude(
            content_type__model__in=TRAINER_EXCLUDED_MODELS
        )
    )
    trainer_perms += _perms(permission_model, TRAINER_EXTRA_PERMISSIONS)
    groups[TRAINER].permissions.add(*trainer_perms)
    groups[MANAGER].permissions.add(*_perms(permission_model, MANAGER_PERMISSIONS))
    groups[ADMINISTRATOR].permissions.add(*permission_model.objects.all())

    try:
        page_model = apps.get_model("wagtailcore", "Page")
        collection_model = apps.get_model("wagtailcore", "Collection")
        page_perm_model = apps.get_model("wagtailcore", "GroupPagePermission")
        collection_perm_model = apps.get_model("wagtailcore", "GroupCollectionPermission")
    except LookupError:
        return
    root_page = page_model.objects.filter(depth=1).first()
    if root_page is not None:
        for group, codenames in (
            (groups[TRAINER], TRAINER_PAGE_PERMISSIONS),
            (groups[ADMINISTRATOR], ADMIN_PAGE_PERMISSIONS),
        ):
            for perm in _perms(permission_model, [f"wagtailcore.{c}" for c in codenames]):
                page_perm_model.objects.get_or_create(group=group, page=root_page, permission=perm)
    root_collection = collection_model.objects.filter(depth=1).first()
    if root_collection is not None:
        for group, codenames in (
            (groups[TRAINER], TRAINER_COLLECTION_PERMISSIONS),
            (groups[ADMINISTRATOR], ADMIN_COLLECTION_PERMISSIONS),
        ):
            for perm in _perms(permission_model, codenames):
                collection_perm_model.objects.get_or_create(
                    group=group, collection=root_collection, permission=perm
                )


def sync_roles_after_migrate(sender: Any, **kwargs: Any) -> None:
    """post_migrate receiver: run once, after the last app has migrated and has permissions."""
    with_models = [a for a in global_apps.get_app_configs() if a.models_module is not None]
    if not with_models or sender.label != with_models[-1].label:
        return
    using_apps = kwargs.get("apps") or global_apps
    try:
        using_apps.get_model("people", "User")
    except LookupError:
        return
    sync_roles(using_apps)


def role_names(user: User | AnonymousUser) -> list[str]:
    """The role names a user holds, in the order of ROLE_NAMES."""
    if not user.is_authenticated:
        return []
    held = {g.name for g in user.groups.all()}
    return [name for name in ROLE_NAMES if name in held]
