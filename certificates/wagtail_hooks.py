"""Certificates in the Wagtail admin: the list, and revoking one with a reason."""

from wagtail import hooks

from certificates.admin_views import CertificateViewSet


@hooks.register("register_admin_viewset")
def register_certificates():
    return CertificateViewSet()
