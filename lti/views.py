"""The LTI 1.3 tool's endpoints: OIDC login initiation, the launch, the deep-linking chooser,
the tool's public keys and its configuration. Thin: pylti1p3 checks the messages, the services
decide who signs in; any message that does not check out gets a clear page, never a 500."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

import requests
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods
from pylti1p3.contrib.django import DjangoMessageLaunch, DjangoOIDCLogin
from pylti1p3.contrib.django.launch_data_storage.cache import DjangoCacheDataStorage
from pylti1p3.deep_link import DeepLink
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.exception import LtiException, OIDCException

from courses.models import CoursePage
from courses.services import CourseError
from lti import keys
from lti.config import tool_configuration
from lti.services import (
    AccountInactive,
    LaunchRefused,
    StaffAccountRefused,
    account_for_launch,
    enrol_from_launch,
    remember_grade_link,
)
from lti.tool_config import DatabaseToolConf, registration_for

logger = logging.getLogger(__name__)

MESSAGE_TYPE = "https://purl.imsglobal.org/spec/lti/claim/message_type"
DEPLOYMENT = "https://purl.imsglobal.org/spec/lti/claim/deployment_id"
CUSTOM = "https://purl.imsglobal.org/spec/lti/claim/custom"
TARGET_LINK = "https://purl.imsglobal.org/spec/lti/claim/target_link_uri"
DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
DEEP_LINK_SESSION_KEY = "lti_deep_link"
# A nonce is honoured once; it is remembered a little longer than an id_token may live.
NONCE_SECONDS = 60 * 60
CHECK_ERRORS = (
    LtiException,
    OIDCException,
    requests.RequestException,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
)


def _refusal(request: HttpRequest, message: str, *, status: int = 400) -> HttpResponse:
    return render(request, "lti/launch_refused.html", {"message": message}, status=status)


def _launch_url(request: HttpRequest) -> str:
    return request.build_absolute_uri(reverse("lti:launch"))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def oidc_login(request: HttpRequest) -> HttpResponse:
    """Third-party initiated login: the platform sends the browser here; we send it back to the
    platform's authorisation endpoint with a fresh state and nonce."""
    try:
        login_request = DjangoOIDCLogin(
            request,
            DatabaseToolConf(),  # type: ignore[arg-type]
            launch_data_storage=DjangoCacheDataStorage(),
        )
        return login_request.redirect(_launch_url(request))
    except CHECK_ERRORS as error:
        logger.info("LTI login refused: %s", error)
        return _refusal(
            request,
            _(
                "This platform is not registered here, or its login request is incomplete. "
                "Ask an administrator to check the LTI registration."
            ),
        )


def _course_from_launch(claims: dict[str, Any]) -> CoursePage | None:
    custom = claims.get(CUSTOM) or {}
    course_id = str(custom.get("course_id", "")) if isinstance(custom, dict) else ""
    if not course_id:
        query = urlsplit(str(claims.get(TARGET_LINK, ""))).query
        for part in query.split("&"):
            name, _sep, value = part.partition("=")
            if name == "course":
                course_id = value
    if not _is_id(course_id):
        return None
    return CoursePage.objects.live().public().filter(pk=int(course_id)).first()


def _is_id(value: str) -> bool:
    """Digits that fit a database id (a longer number would make the database refuse)."""
    return value.isdigit() and len(value) <= 9


def _first_use_of_nonce(claims: dict[str, Any]) -> bool:
    nonce = str(claims.get("nonce", ""))
    return bool(nonce) and cache.add(f"lti:nonce:{claims.get('iss')}:{nonce}", 1, NONCE_SECONDS)


@csrf_exempt
@require_http_methods(["POST"])
def launch(request: HttpRequest) -> HttpResponse:
    """The platform's signed launch: checked (state, signature, expiry, issuer, audience,
    deployment, nonce), then the platform's user is signed in and sent to the course."""
    tool_conf = DatabaseToolConf()
    message = DjangoMessageLaunch(request, tool_conf, launch_data_storage=DjangoCacheDataStorage())
    try:
        message.validate()
        claims: dict[str, Any] = dict(message.get_launch_data())
    except CHECK_ERRORS as error:
        logger.info("LTI launch refused: %s", error)
        return _refusal(
            request,
            _(
                "This launch could not be checked: it may have expired, been used already, or "
                "not come from a registered platform. Open the activity again from your "
                "learning platform."
            ),
        )
    if not _first_use_of_nonce(claims):
        return _refusal(
            request,
            _("This launch has been used already. Open the activity again from your platform."),
        )
    platform = tool_conf.platform(str(claims["iss"]), message.get_client_id())
    if platform is None:  # pragma: no cover - the registration was checked above
        return _refusal(request, _("This platform is not registered here."))
    subject = str(claims.get("sub") or "")
    if not subject or len(subject) > 255:  # LTI 1.3 §5.1.2: at most 255 characters
        return _refusal(request, _("The platform did not say who you are."))
    try:
        user = account_for_launch(platform, subject, claims)
    except StaffAccountRefused:
        return _refusal(
            request,
            _(
                "The account linked to you has staff rights here, so it cannot be opened from "
                "another platform. Sign in on this site with your password and second factor."
            ),
            status=403,
        )
    except AccountInactive:
        return _refusal(request, _("Your account here has been deactivated."), status=403)
    except LaunchRefused:  # pragma: no cover - every refusal is named above
        return _refusal(request, _("This launch was refused."), status=403)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")

    if claims.get(MESSAGE_TYPE) == "LtiDeepLinkingRequest":
        request.session[DEEP_LINK_SESSION_KEY] = {
            "platform": platform.pk,
            "deployment_id": str(claims.get(DEPLOYMENT, "")),
            "settings": claims.get(DEEP_LINKING) or {},
        }
        return redirect("lti:deep_link")

    course = _course_from_launch(claims)
    if course is None:
        return _refusal(
            request,
            _(
                "This link does not name a published course of this site. Ask the teacher to "
                "choose the course again."
            ),
            status=404,
        )
    try:
        enrol_from_launch(user, course)
    except CourseError:  # pragma: no cover - the course was found live just above
        return _refusal(request, _("This course is not open at the moment."), status=404)
    remember_grade_link(platform, user, course, claims)
    return redirect(course.url)


@login_required
@require_http_methods(["GET", "POST"])
def deep_link(request: HttpRequest) -> HttpResponse:
    """The catalogue of published courses, for the platform's teacher to choose one; the choice
    goes back to the platform as a signed LtiResourceLink content item."""
    pending = request.session.get(DEEP_LINK_SESSION_KEY)
    if not pending:
        raise Http404("No deep-linking request is waiting.")
    courses = CoursePage.objects.live().public().order_by("title")
    if request.method == "GET":
        return render(request, "lti/deep_link.html", {"courses": courses})
    chosen = request.POST.get("course", "")
    course = courses.filter(pk=int(chosen)).first() if _is_id(chosen) else None
    if course is None:
        return render(
            request,
            "lti/deep_link.html",
            {"courses": courses, "error": _("Choose one of the courses in the list.")},
            status=400,
        )
    from lti.models import Platform

    platform = Platform.objects.filter(pk=pending["platform"], is_active=True).first()
    settings_claim = pending["settings"]
    return_url = str(settings_claim.get("deep_link_return_url", ""))
    if platform is None or not return_url.startswith(("https://", "http://")):
        return _refusal(request, _("The platform's request can no longer be answered."))
    resource = (
        DeepLinkResource()
        .set_url(_launch_url(request))
        .set_title(course.title)
        .set_custom_params({"course_id": str(course.pk)})
    )
    token = DeepLink(
        registration_for(platform), pending["deployment_id"], settings_claim
    ).get_response_jwt([resource])
    del request.session[DEEP_LINK_SESSION_KEY]
    response = render(
        request,
        "lti/deep_link_return.html",
        {"return_url": return_url, "jwt": token, "course": course},
    )
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(return_url))
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; object-src 'none'; base-uri 'self'; "
        f"form-action 'self' {origin}; frame-ancestors 'none'"
    )
    return response


@require_GET
def jwks(request: HttpRequest) -> JsonResponse:
    """The tool's public keys, for platforms to check what the tool signs."""
    return JsonResponse(keys.jwks())


@require_GET
def configuration(request: HttpRequest) -> JsonResponse:
    """What a platform's administrator pastes into the platform, as JSON."""
    return JsonResponse(tool_configuration(request))


def _frameable_by(response: HttpResponse, url: str) -> HttpResponse:
    """Platforms open the registration page in a frame or a window of their own."""
    parts = urlsplit(url)
    ancestors = f"{parts.scheme}://{parts.netloc}" if parts.netloc else "'none'"
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        f"frame-ancestors {ancestors}"
    )
    response.xframe_options_exempt = True
    return response


@require_GET
def register(request: HttpRequest, link: str) -> HttpResponse:
    """LTI Dynamic Registration, opened by the platform with the link an administrator made."""
    from lti.registration import RegistrationRefused, ToolRegistration, link_id

    openid_configuration = str(request.GET.get("openid_configuration", ""))
    try:
        registration = ToolRegistration(request, link_id(link))
        platform = registration.register()
    except RegistrationRefused as error:
        logger.info("LTI dynamic registration refused: %s", error)
        message = _(
            "This registration link cannot be used: it may have expired or been used already, "
            "or the platform's configuration could not be read. Ask an administrator of this "
            "site for a new link."
        )
        response = render(request, "lti/launch_refused.html", {"message": message}, status=400)
        return _frameable_by(response, openid_configuration)
    except (LtiException, requests.RequestException, ValueError, KeyError, AssertionError) as e:
        logger.info("LTI dynamic registration failed: %s", e)
        message = _(
            "The platform did not accept the registration. Try again from the platform, or "
            "register it by hand in the administration."
        )
        response = render(request, "lti/launch_refused.html", {"message": message}, status=400)
        return _frameable_by(response, openid_configuration)
    response = render(request, "lti/registered.html", {"platform": platform})
    return _frameable_by(response, openid_configuration)
