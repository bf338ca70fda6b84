"""Permissions as people read them, in their language.

Django stores each permission's name once, in English ("Can add course"); the group screens
show the name worded from the model's translated name instead."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# The permissions Django and Wagtail make for every model, by the first word of their codename.
MODEL_ACTIONS = {
    "add": _("Can add %(model)s"),
    "change": _("Can change %(model)s"),
    "delete": _("Can delete %(model)s"),
    "view": _("Can view %(model)s"),
    "publish": _("Can publish %(model)s"),
    "lock": _("Can lock %(model)s"),
    "unlock": _("Can unlock %(model)s"),
    "choose": _("Can choose %(model)s"),
}


def permission_label(permission: Permission) -> str:
    """ "Có thể thêm khóa học" for add_coursepage; a custom permission's own translated name."""
    action, _sep, model_name = permission.codename.partition("_")
    model = permission.content_type.model_class()
    if action in MODEL_ACTIONS and model is not None and model._meta.model_name == model_name:
        return str(MODEL_ACTIONS[action]) % {"model": model._meta.verbose_name}
    return gettext(permission.name)


def permission_str(permission: Permission) -> str:
    """What a permission's checkbox says. The label names the model already; the app's name is
    left out, as some packages give it only in English."""
    return permission_label(permission)
