from django import template
from django.contrib.auth.models import Permission

from people.permission_labels import permission_label as label_of

register = template.Library()


@register.filter
def permission_label(permission: Permission) -> str:
    return label_of(permission)
