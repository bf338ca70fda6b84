"""Certificates in the Wagtail admin: the list, revoking and re-issuing one, the ZIP of a unit's
certificates; and the audit log's name for a re-issue."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from certificates.admin_views import CertificateViewSet


@hooks.register("register_admin_viewset")
def register_certificates():
    return CertificateViewSet()


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action("certificates.issue", _("Issue"), _("Certificate issued"))
    actions.register_action("certificates.revoke", _("Revoke"), _("Certificate revoked"))
    actions.register_action(
        "certificates.reissue", _("Re-issue"), _("Certificate re-issued under a new name")
    )
