"""Certificates' pages: the owner's downloads (PDF, verifiable credential, baked badge), the
public check by code or by credential, and what verifiers fetch: the issuer's profile, its
public keys and the revocation status lists."""

from __future__ import annotations

import json
import time
from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_http_methods

from certificates import credentials, openbadges, permissions, services, vc_keys
from certificates.exceptions import CertificateDocumentError
from certificates.forms import VerifyCredentialForm, VerifyLookupForm
from certificates.models import Certificate, CertificateState
from home.downloads import file_download, make_inert


def _limited(request: HttpRequest) -> HttpResponse | None:
    """The public check answers CERTIFICATE_VERIFY_PER_MINUTE look-ups a minute per client
    address (as sign-in reads it, behind TRUSTED_PROXY_COUNT proxies), counted in the shared
    cache so every app process agrees; codes cannot be guessed in bulk. 0: no limit."""
    from allauth.account.adapter import get_adapter

    limit = settings.CERTIFICATE_VERIFY_PER_MINUTE
    if limit <= 0:
        return None
    try:
        address = get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        address = "unknown"
    key = f"certificates:verify:{address}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=120)
        count = 1
    if count <= limit:
        return None
    return render(request, "429.html", status=429)


@never_cache
@login_required
@require_GET
def certificate_download(request: HttpRequest, code: str) -> HttpResponseBase:
    certificate = get_object_or_404(Certificate, code=code)
    if not permissions.can_download_certificate_pdf(request.user, certificate):
        raise Http404  # never confirm that someone else's certificate exists
    if not certificate.pdf:
        raise Http404
    return file_download(
        certificate.pdf.open("rb"), f"chung-nhan-{certificate.code}.pdf", "application/pdf"
    )


def _downloadable(request: HttpRequest, code: str) -> tuple[Certificate, str]:
    certificate = get_object_or_404(Certificate.objects.select_related("course"), code=code)
    if not permissions.can_download_certificate(request.user, certificate):
        raise Http404  # never confirm that someone else's certificate exists
    try:
        credential_id = credentials.ensure_credential(certificate.pk)
    except CertificateDocumentError as exc:
        raise Http404 from exc
    if credential_id is None:  # revoked: no credential is handed out any more
        raise Http404
    token = certificate.credentials.get(pk=credential_id).token
    return certificate, token


def _attachment(content: bytes | str, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    make_inert(response)
    return response


@never_cache
@login_required
@require_GET
def credential_download(request: HttpRequest, code: str, kind: str) -> HttpResponseBase:
    """The certificate as an Open Badges 3.0 credential: JSON (the VC-JWT in its VC 2.0
    envelope), the bare VC-JWT, or a badge image (SVG or PNG) with the credential baked in."""
    certificate, token = _downloadable(request, code)
    stem = f"chung-nhan-{certificate.code}"
    if kind == "json":
        body = json.dumps(openbadges.enveloped_credential(token), ensure_ascii=False, indent=2)
        return _attachment(body, "application/json", f"{stem}.json")
    if kind == "jwt":
        return _attachment(token, "application/vc+jwt", f"{stem}.jwt")
    svg = openbadges.badge_svg(
        title=certificate.course_title,
        issuer=credentials.issuer_profile().name,
        year=f"{timezone.localtime(certificate.issued_at):%Y}",
    )
    if kind == "svg":
        return _attachment(openbadges.bake_svg(svg, token), "image/svg+xml", f"{stem}.svg")
    from certificates.badge_image import badge_png

    png = badge_png(certificate.course_title, credentials.issuer_profile().name)
    return _attachment(openbadges.bake_png(png, token), "image/png", f"{stem}.png")


# What verifiers fetch ------------------------------------------------------------------------


def _public_json(document: dict[str, Any], content_type: str = "application/json") -> HttpResponse:
    response = JsonResponse(document, content_type=content_type, json_dumps_params={"indent": 2})
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
@cache_control(max_age=300, public=True)
def issuer_profile(request: HttpRequest) -> HttpResponse:
    """The issuer's Open Badges Profile, the id every credential names as its issuer."""
    return _public_json(openbadges.issuer_profile_document(credentials.issuer_profile()))


@require_GET
@cache_control(max_age=300, public=True)
def jwks(request: HttpRequest) -> HttpResponse:
    """The public keys credentials are signed with (current and retired), as a JWK Set."""
    try:
        keys = vc_keys.published_keys()
    except CertificateDocumentError as exc:
        raise Http404 from exc
    return _public_json({"keys": keys}, "application/jwk-set+json")


@require_GET
@cache_control(max_age=300, public=True)
def did_document(request: HttpRequest) -> HttpResponse:
    """The site's did:web document listing the same keys."""
    try:
        document = vc_keys.did_document()
    except CertificateDocumentError as exc:
        raise Http404 from exc
    return _public_json(document, "application/did+json")


@require_GET
@cache_control(max_age=60, public=True)
def status_list(request: HttpRequest, number: int) -> HttpResponse:
    """Revocation status list `number` as a signed BitstringStatusListCredential (VC-JWT)."""
    first = number * openbadges.STATUS_LIST_SIZE
    if number > 10_000 or not credentials.Credential.objects.filter(pk__gte=first).exists():
        raise Http404
    try:
        token = credentials.status_list_token(number)
    except CertificateDocumentError as exc:
        raise Http404 from exc
    response = HttpResponse(token, content_type="application/vc+jwt")
    response["Access-Control-Allow-Origin"] = "*"
    return response


# The public check --------------------------------------------------------------------


@require_GET
def verify_lookup(request: HttpRequest) -> HttpResponse:
    if limited := _limited(request):
        return limited
    form = VerifyLookupForm(request.GET or None)
    if form.is_valid():
        code = "-".join(form.cleaned_data["code"].split()).upper()
        return redirect("certificates:verify", code=code.replace("/", "-") or "-")
    return render(
        request,
        "certificates/verify.html",
        {"form": form, "state": None, "credential_form": VerifyCredentialForm()},
    )


@require_http_methods(["GET", "POST"])
def verify_credential(request: HttpRequest) -> HttpResponse:
    """Tells anyone whether a pasted or uploaded verifiable credential is valid, revoked,
    expired or tampered with, by its signature and this site's status list."""
    if limited := _limited(request):
        return limited
    form = VerifyCredentialForm(request.POST or None, request.FILES or None)
    check = None
    if request.method == "POST" and form.is_valid():
        check = credentials.check_credential(form.credential_bytes())
    response = render(
        request,
        "certificates/verify_credential.html",
        {"credential_form": form, "check": check, "states": credentials.CredentialState},
        status=200,
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    """Tells anyone, without sign-in, whether a certificate is valid, revoked or expired."""
    if limited := _limited(request):
        return limited
    certificate = services.find_certificate(code)
    state = certificate.state() if certificate else "unknown"
    response = render(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "state": state,
            "states": CertificateState,
            "code": code,
            "form": VerifyLookupForm(initial={"code": code}),
            "credential_form": VerifyCredentialForm(),
        },
        status=200 if certificate else 404,
    )
    response["X-Robots-Tag"] = "noindex"
    return response
