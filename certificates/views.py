"""Certificates' pages: the owner's download and the public check anyone may use by code."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from certificates import permissions, services
from certificates.forms import VerifyLookupForm
from certificates.models import Certificate, CertificateState


@never_cache
@login_required
@require_GET
def certificate_download(request: HttpRequest, code: str) -> HttpResponseBase:
    certificate = get_object_or_404(Certificate, code=code)
    if not permissions.can_download_certificate(request.user, certificate):
        raise Http404  # never confirm that someone else's certificate exists
    response = FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"chung-nhan-{certificate.code}.pdf",
    )
    return response


# The public check --------------------------------------------------------------------


@require_GET
def verify_lookup(request: HttpRequest) -> HttpResponse:
    form = VerifyLookupForm(request.GET or None)
    if form.is_valid():
        code = "-".join(form.cleaned_data["code"].split()).upper()
        return redirect("certificates:verify", code=code.replace("/", "-") or "-")
    return render(request, "certificates/verify.html", {"form": form, "state": None})


@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    """Tells anyone, without sign-in, whether a certificate is valid, revoked or expired."""
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
        },
        status=200 if certificate else 404,
    )
    response["X-Robots-Tag"] = "noindex"
    return response
