"""The audit log of accounts: sign-in and its failures, passwords, two-factor, addresses, roles
and scopes, written to Wagtail's audit log (Reports → Site history, with filters and XLSX/CSV
download) through ``wagtail.log_actions.log``.

Every entry of that log, from any app, is also written as one JSON line to the ``kns.audit``
logger, for a SIEM to collect (``write_json_line``).
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from django.contrib.auth import get_user_model
from django.contrib.auth import signals as auth_signals
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

if TYPE_CHECKING:
    from people.models import User

logger = logging.getLogger("kns.audit")

# (action, label of the action, message shown in the log)
ACTIONS = [
    ("people.sign_in", _("Sign in"), _("Signed in")),
    ("people.sign_in_failed", _("Failed sign-in"), _("Sign-in failed")),
    ("people.sign_in_locked", _("Sign-in locked"), _("Sign-in locked after too many failures")),
    ("people.sign_out", _("Sign out"), _("Signed out")),
    ("people.password_change", _("Change password"), _("Password changed")),
    ("people.password_reset", _("Reset password"), _("Password reset")),
    ("people.mfa_enabled", _("Turn on two-factor"), _("Two-factor sign-in turned on")),
    ("people.mfa_disabled", _("Turn off two-factor"), _("Two-factor sign-in turned off")),
    ("people.mfa_reset", _("Reset two-factor"), _("Two-factor reset")),
    ("people.email_added", _("Add email address"), _("Email address added")),
    ("people.email_confirmed", _("Confirm email address"), _("Email address confirmed")),
    ("people.email_primary", _("Make email address primary"), _("Primary email address changed")),
    ("people.email_removed", _("Remove email address"), _("Email address removed")),
    ("people.roles_changed", _("Change roles"), _("Roles changed")),
    ("people.scope_granted", _("Grant scope"), _("Manager scope granted")),
    ("people.scope_removed", _("Remove scope"), _("Manager scope removed")),
    ("people.staff_import", _("Import staff"), _("Staff list imported")),
    ("people.deactivated", _("Deactivate"), _("Account deactivated")),
    ("people.access_reviewed", _("Review access"), _("Access review recorded")),
    ("people.access_review_export", _("Export access review"), _("Access review exported")),
]


def client_details(request: HttpRequest | None) -> dict[str, str]:
    """The client's address (as allauth reads it, behind TRUSTED_PROXY_COUNT proxies) and agent."""
    if request is None:
        return {}
    from allauth.account.adapter import get_adapter

    try:
        ip = get_adapter(request).get_client_ip(request)
    except Exception:
        ip = request.META.get("REMOTE_ADDR", "")
    return {"ip": ip, "user_agent": request.META.get("HTTP_USER_AGENT", "")[:300]}


def audit(
    instance: Any,
    action: str,
    *,
    user: Any = None,
    request: HttpRequest | None = None,
    data: dict[str, Any] | None = None,
) -> None:
    """One entry in the audit log: what happened to which object, who did it, from where."""
    actor = user if user is not None and getattr(user, "is_authenticated", False) else None
    log(
        instance=instance,
        action=action,
        user=actor,
        data={**client_details(request), **(data or {})},
    )


def write_json_line(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    """post_save of Wagtail's log entries: the same entry as one JSON line for a SIEM."""
    if not created:
        return
    record = {
        "timestamp": instance.timestamp.isoformat() if instance.timestamp else None,
        "action": instance.action,
        "object_type": instance.content_type.model if instance.content_type_id else None,
        "object_id": str(getattr(instance, "object_id", "") or getattr(instance, "page_id", "")),
        "object": instance.label,
        "user_id": instance.user_id,
        "data": instance.data,
    }
    logger.info(json.dumps(record, ensure_ascii=False, default=str, sort_keys=True))


def _user_by_login(login: str) -> User | None:
    if not login:
        return None
    return get_user_model().objects.filter(email__iexact=login.strip()).first()


def on_logged_in(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    audit(user, "people.sign_in", user=user, request=request)


def on_logged_out(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit(user, "people.sign_out", user=user, request=request)


def on_login_failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kw: Any):
    login = credentials.get("email") or credentials.get("username") or ""
    user = _user_by_login(login)
    details = {**client_details(request), "login": login[:254]}
    if user is not None:
        log(instance=user, action="people.sign_in_failed", user=None, data=details)
    else:
        logger.info(json.dumps({"action": "people.sign_in_failed", "data": details}))


def log_lockout(request: HttpRequest | None, login: str) -> None:
    """The limit of failed sign-ins was reached for this account or address."""
    user = _user_by_login(login)
    details = {**client_details(request), "login": login[:254]}
    if user is not None:
        log(instance=user, action="people.sign_in_locked", user=None, data=details)
    else:
        logger.info(json.dumps({"action": "people.sign_in_locked", "data": details}))


def on_password_changed(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    audit(user, "people.password_change", user=user, request=request)


def on_password_reset(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    audit(user, "people.password_reset", user=user, request=request)


def on_email(action: str):
    def receiver(sender: Any, request: HttpRequest, **kwargs: Any) -> None:
        address = kwargs.get("email_address") or kwargs.get("to_email_address")
        if address is None:
            return
        user = kwargs.get("user") or address.user
        actor = request.user if request is not None else None
        audit(user, action, user=actor, request=request, data={"email": address.email})

    return receiver


def on_authenticator(action: str):
    def receiver(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
        authenticator = kwargs.get("authenticator")
        kind = getattr(authenticator, "type", "")
        if kind == "recovery_codes" and action != "people.mfa_disabled":
            return  # the codes come with the app; regenerating them is not a change of state
        audit(user, action, user=request.user, request=request, data={"type": kind})

    return receiver


def on_groups_changed(sender: Any, instance: Any, action: str, pk_set: Any, **kwargs: Any):
    """Roles are groups: record the roles before and after each change."""
    if action not in {
        "pre_add",
        "pre_remove",
        "pre_clear",
        "post_add",
        "post_remove",
        "post_clear",
    }:
        return
    if not isinstance(instance, get_user_model()):
        return
    names = sorted(instance.groups.values_list("name", flat=True))
    if action.startswith("pre_"):
        setattr(instance, "_roles_before", names)  # noqa: B010  (not a field of User)
        return
    before = getattr(instance, "_roles_before", None)
    if before is None or before == names:
        return
    from wagtail.log_actions import get_active_log_context

    context = get_active_log_context()
    log(
        instance=instance,
        action="people.roles_changed",
        user=context.user if context else None,
        data={"before": before, "after": names},
    )


def on_scope_saved(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    if created:
        log(
            instance=instance.user,
            action="people.scope_granted",
            user=instance.granted_by,
            data={"unit": instance.unit.label, "unit_id": instance.unit_id},
        )


def on_scope_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    from wagtail.log_actions import get_active_log_context

    context = get_active_log_context()
    log(
        instance=instance.user,
        action="people.scope_removed",
        user=context.user if context else None,
        data={"unit": instance.unit.label, "unit_id": instance.unit_id},
    )


def connect() -> None:
    from people.models import ManagerScope, User

    auth_signals.user_logged_in.connect(on_logged_in, dispatch_uid="kns.audit.in")
    auth_signals.user_logged_out.connect(on_logged_out, dispatch_uid="kns.audit.out")
    auth_signals.user_login_failed.connect(on_login_failed, dispatch_uid="kns.audit.failed")
    account_signals.password_changed.connect(on_password_changed, dispatch_uid="kns.audit.pw")
    account_signals.password_set.connect(on_password_changed, dispatch_uid="kns.audit.pwset")
    account_signals.password_reset.connect(on_password_reset, dispatch_uid="kns.audit.pwreset")
    for signal, action in (
        (account_signals.email_added, "people.email_added"),
        (account_signals.email_confirmed, "people.email_confirmed"),
        (account_signals.email_changed, "people.email_primary"),
        (account_signals.email_removed, "people.email_removed"),
    ):
        signal.connect(on_email(action), dispatch_uid=f"kns.audit.{action}", weak=False)
    for signal, action in (
        (mfa_signals.authenticator_added, "people.mfa_enabled"),
        (mfa_signals.authenticator_removed, "people.mfa_disabled"),
    ):
        signal.connect(on_authenticator(action), dispatch_uid=f"kns.audit.{action}", weak=False)
    m2m_changed.connect(
        on_groups_changed, sender=User.groups.through, dispatch_uid="kns.audit.groups"
    )
    post_save.connect(on_scope_saved, sender=ManagerScope, dispatch_uid="kns.audit.scope")
    post_delete.connect(on_scope_deleted, sender=ManagerScope, dispatch_uid="kns.audit.unscope")
    for model in (ModelLogEntry, PageLogEntry):
        post_save.connect(write_json_line, sender=model, dispatch_uid=f"kns.audit.json.{model}")
