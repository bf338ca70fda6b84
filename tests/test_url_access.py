"""Every URL of the project is either public on purpose or refuses an anonymous visitor, and
every object URL refuses a signed-in person who neither owns nor manages the object.

How it works
------------
* ``url_patterns()`` walks the root resolver and builds one concrete path per pattern (converters
  and regex groups get sample values, checked by resolving the path back to the same view).
* ``PUBLIC`` lists the pages anyone may open, each with the reason. Every other pattern must
  send an anonymous visitor to sign in (302 to the login page), or answer 403, 404 or 405.
  A 405 to GET is followed by a POST, which must be refused too.
* The Wagtail admin (``/admin/``) is checked like everything else for anonymous visitors: its
  own sign-in, password-reset, icon and script-translation URLs are in ``PUBLIC_ADMIN``. Who
  may use which admin screen is Wagtail's permission policies' business; each app tests its
  admin screens with the personas (e.g. tests/people/test_admin.py), so admin URLs are left out
  of the object table below by rule, not by accident.
* django-allauth's pages are checked too; the ones that are part of signing in are public.
* ``OBJECT_URLS`` is the table of URLs that show or change one object. Each row says how to
  build the URL of an object that belongs to (or is managed by) some personas, which personas
  may open it and which must be refused (403 or 404, never the object). Apps add their rows
  here; ``test_every_object_url_is_in_the_table`` fails for a URL of people, courses, quizzes
  or progress that takes an identifier and is in neither ``OBJECT_URLS`` nor ``NOT_OBJECT``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import RegexPattern, RoutePattern

LOGIN_PATHS = ("/accounts/login/", "/admin/login/")

# Pages anyone may open, by URL name, with the reason.
PUBLIC: dict[str, str] = {
    "healthz": "health check of every part (database, cache, worker, storage) for monitoring",
    "livez": "liveness check for load balancers (touches nothing)",
    "set_language": "the language switch works before signing in",
    "wagtail_serve": "the page tree: Wagtail applies each page's privacy settings itself",
    "wagtaildocs_serve": "documents: Wagtail applies each collection's privacy settings itself",
    "wagtaildocs_authenticate_with_password": "Wagtail's password form for private documents",
    "wagtailcore_authenticate_with_password": "Wagtail's password form for private pages",
    "wagtailcore_login": "Wagtail's front-end sign-in redirect for private pages",
    "media": "uploaded images and videos used in public pages (SERVE_MEDIA)",
    # django-allauth: signing in, out and recovering an account happen before signing in.
    "account_login": "sign-in",
    "account_logout": "sign-out",
    "account_inactive": "tells a deactivated person why they cannot sign in",
    "account_signup": "sign-up page (closed unless SIGNUP_OPEN)",
    "account_reset_password": "forgotten password",
    "account_reset_password_done": "forgotten password",
    "account_reset_password_from_key": "the link in the password/invitation email",
    "account_reset_password_from_key_done": "the link in the password/invitation email",
    "account_email_verification_sent": "shown right after sign-up",
    "account_confirm_login_code": "part of signing in (login by code)",
    "mfa_authenticate": "the two-factor step of signing in",
    # Other apps add public pages here (e.g. the certificate check at /verify/<code>/).
    "certificates:verify": (
        "the public certificate check: anyone holding a certificate may check it"
    ),
    "certificates:verify_lookup": "the public certificate check: the form to type a code",
    "certificates:verify_credential": "the public check of a pasted or uploaded credential",
    "certificates:issuer_profile": "the issuer's Open Badges profile, named in every credential",
    "certificates:status_list": "the revocation status lists verifiers fetch (bits only)",
    "certificates:jwks": "the public keys credentials are signed with",
    "certificates:did_document": "the site's did:web document with the same public keys",
    "api:token": "the OAuth 2.0 token endpoint: API clients prove their secret there",
    "api:schema": "the OpenAPI document of the API (no data)",
    "api:docs": "the API reference page (no data)",
    "lti:login": "LTI 1.3 login initiation: another platform's user arrives here before signing in",
    "lti:launch": "LTI 1.3 launch: the platform's signed id_token is what signs the person in",
    "lti:jwks": "the LTI tool's public keys, fetched by platforms",
    "lti:configuration": "the LTI tool's configuration for platforms' administrators (no data)",
    "lti:register": "LTI Dynamic Registration: the platform opens it; the signed one-time link "
    "an administrator made is what allows it",
}

# The Wagtail admin's own pages for signing in and recovering a password.
PUBLIC_ADMIN: dict[str, str] = {
    "wagtailadmin_login": "admin sign-in (redirects to the site's sign-in)",
    "wagtailadmin_logout": "admin sign-out",
    "wagtailadmin_sprite": "the admin's icon sprite, shown on its sign-in page",
    "wagtailadmin_javascript_catalog": "the admin's translations for its scripts",
    "wagtailadmin_password_reset": "admin password reset (switched off, answers 404)",
    "wagtailadmin_password_reset_done": "admin password reset",
    "wagtailadmin_password_reset_confirm": "admin password reset",
    "wagtailadmin_password_reset_complete": "admin password reset",
}

# Sample values for converters and regex groups, tried in order until the path resolves back.
SAMPLES = ["1", "x", "1-x", str(uuid.UUID(int=1)), "x/y", "x.pdf", "x/", "", "json"]


@dataclass
class Route:
    route: str  # the pattern as written, for messages
    name: str  # namespaced URL name, or "media" / the route for unnamed patterns
    path: str  # a concrete path that resolves to this pattern
    module: str  # the module of the view
    has_identifier: bool


def _route_paths(route: str) -> list[str]:
    if "<" not in route:
        return [route]
    return [re.sub(r"<(?:[^>:]+:)?[^>]+>", sample, route) for sample in SAMPLES]


def _regex_paths(regex: str) -> list[str]:
    body = regex.lstrip("^").rstrip("$").replace("\\/", "/").replace("\\.", ".")
    paths = []
    for sample in SAMPLES:
        text = body
        # Replace innermost groups first, so nested groups collapse to one sample.
        previous = None
        while previous != text:
            previous = text
            text = re.sub(r"\((?:\?P<\w+>|\?:)?[^()]*\)[*?+]?", sample, text, count=1)
        paths.append(text)
    return paths


def _segment_paths(pattern) -> list[str]:
    if isinstance(pattern, RoutePattern):
        return _route_paths(str(pattern))
    if isinstance(pattern, RegexPattern):
        return _regex_paths(pattern.regex.pattern)
    return [str(pattern)]


def _has_identifier(patterns) -> bool:
    for pattern in patterns:
        if isinstance(pattern, RoutePattern) and "<" in str(pattern):
            return True
        if isinstance(pattern, RegexPattern) and "(" in pattern.regex.pattern:
            return True
    return False


def _walk(resolvers, chain, namespace):
    for entry in resolvers:
        if isinstance(entry, URLResolver):
            ns = ":".join(n for n in (namespace, entry.namespace) if n) or None
            yield from _walk(entry.url_patterns, [*chain, entry.pattern], ns)
        elif isinstance(entry, URLPattern):
            yield [*chain, entry.pattern], entry, namespace


def url_patterns() -> list[Route]:
    routes = []
    for chain, entry, namespace in _walk(get_resolver().url_patterns, [], None):
        written = "".join(str(p) for p in chain)
        if entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
        else:
            name = "media" if "media" in written else written
        callback = entry.callback
        module = getattr(callback, "__module__", "") or ""
        view_class = getattr(callback, "view_class", None)
        if view_class is not None:
            module = view_class.__module__
        candidates = [""]
        for pattern in chain:
            candidates = [c + s for c in candidates for s in _segment_paths(pattern)]
        path = next(
            (
                "/" + candidate
                for candidate in candidates
                if _resolves_to("/" + candidate, entry.callback)
            ),
            None,
        )
        routes.append(
            Route(
                route=written,
                name=name,
                path=path or "",
                module=module,
                has_identifier=_has_identifier(chain),
            )
        )
    return routes


def _resolves_to(path: str, callback) -> bool:
    try:
        return resolve(path).func == callback
    except Resolver404:
        return False


ROUTES = url_patterns()


# Patterns replaced on purpose by an earlier one at the same address (never reached).
SHADOWED: dict[str, str] = {
    "admin/login/": "Wagtail's own sign-in form; people.signin.admin_login answers there",
}


def test_every_pattern_gets_a_concrete_path():
    missing = [route.route for route in ROUTES if not route.path and route.route not in SHADOWED]
    assert missing == [], "add a sample value to SAMPLES so these patterns can be built"


def _is_refusal(response) -> bool:
    if response.status_code in (301, 302):
        location = response["Location"]
        return any(location.startswith(p) or f"//testserver{p}" in location for p in LOGIN_PATHS)
    return response.status_code in (401, 403, 404, 405)


def _private_routes():
    return [
        route
        for route in ROUTES
        if route.path and route.name not in PUBLIC and route.name not in PUBLIC_ADMIN
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("route", _private_routes(), ids=lambda r: r.name)
def test_private_pages_refuse_an_anonymous_visitor(client, route):
    response = client.get(route.path)
    assert _is_refusal(response), f"GET {route.path} answered {response.status_code}"
    if response.status_code == 405:
        response = client.post(route.path)
        assert _is_refusal(response), f"POST {route.path} answered {response.status_code}"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "route",
    [r for r in ROUTES if r.path and (r.name in PUBLIC or r.name in PUBLIC_ADMIN)],
    ids=lambda r: r.name,
)
def test_public_pages_do_not_fail_for_an_anonymous_visitor(client, route):
    assert client.get(route.path).status_code < 500


def test_every_public_entry_names_a_real_pattern():
    names = {route.name for route in ROUTES}
    assert set(PUBLIC) - names - {"media"} == set()
    assert set(PUBLIC_ADMIN) <= names


# Object URLs --------------------------------------------------------------------------------


@dataclass
class ObjectURL:
    """A URL showing or changing one object, and who may reach it.

    build(get) returns the URL of the object; get(name) returns a pytest fixture by name
    (a persona such as "officer", or any fixture), so rows can create their object inline.
    """

    name: str
    build: Callable[[Callable[[str], object]], str]
    allowed: set[str]
    refused: set[str]
    method: str = "get"
    data: dict = field(default_factory=dict)
    content_type: str = ""  # e.g. "application/json" for views that read JSON

    def request(self, client, url):
        extra = {"content_type": self.content_type} if self.content_type else {}
        return getattr(client, self.method)(url, self.data, **extra)


def _officer_url(get, persona):
    from django.urls import reverse

    return reverse("people:officer", args=[get(persona).officer.pk])


def _delegation_revoke_url(get):
    from django.urls import reverse

    from tests.factories.people import ReadDelegationFactory

    delegation = ReadDelegationFactory(manager=get("manager"), delegate=get("officer"))
    return reverse("people:delegation_revoke", args=[delegation.pk])


def _certificate_url(get, persona):
    from django.urls import reverse

    from tests.factories.certificates import CertificateFactory

    return reverse("certificates:certificate", args=[CertificateFactory(user=get(persona)).code])


def _credential_url(get, persona):
    from django.urls import reverse

    from tests.factories.certificates import CertificateFactory

    get("signing_settings")
    code = CertificateFactory(user=get(persona)).code
    return reverse("certificates:credential", args=[code, "json"])


def _feedback_url(get):
    from django.urls import reverse

    from courses.models import Enrolment
    from tests.factories.certificates import CertificateFactory

    enrolment = CertificateFactory(user=get("officer")).enrolment
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=enrolment.enrolled_at)
    return reverse("tracker:feedback", args=[enrolment.course_id])


def _assignment_url(get, name):
    from django.urls import reverse

    from tests.factories.tracker import AssignmentFactory
    from tracker.models import Assignment

    get("officer")
    assignment = AssignmentFactory(
        unit=get("org").province_a, scope=Assignment.Scope.SUBTREE, created_by=get("manager")
    )
    return reverse(name, args=[assignment.pk])


def _report_unit_url(get, name, unit):
    from django.urls import reverse

    get("officer")
    return reverse(name, args=[getattr(get("org"), unit).pk])


def _report_officer_url(get, persona):
    from django.urls import reverse

    return reverse("reports:manage_officer", args=[get(persona).officer.pk])


def _report_course_url(get, unit=None):
    from django.urls import reverse

    from tests.factories.courses import CoursePageFactory

    get("officer")
    url = reverse("reports:manage_course", args=[CoursePageFactory().pk])
    return f"{url}?unit={getattr(get('org'), unit).pk}" if unit else url


def _export_job_url(get, name):
    from django.urls import reverse

    from tests.factories.reports import ExportJobFactory

    return reverse(name, args=[ExportJobFactory(user=get("manager")).token])


def _lesson_check_url(get):
    from django.urls import reverse

    from courses import services
    from tests.factories.courses import CoursePageFactory, LessonPageFactory
    from tests.factories.quizzes import QuestionFactory

    course = CoursePageFactory()
    question = QuestionFactory(qtype="true_false")
    check = {"type": "question_check", "value": {"question": question.pk}, "id": "kiem-tra"}
    lesson = LessonPageFactory(parent=course, body=[check])
    services.enrol(get("officer"), course)
    return reverse("quizzes:lesson_check", args=[lesson.pk, "kiem-tra"])


def _attempt_save_url(get):
    from django.urls import reverse

    from quizzes.services.attempt_engine import start_attempt
    from tests.factories.quizzes import QuestionFactory, enrol, make_course, make_quiz

    course = make_course()
    quiz = make_quiz(course, [QuestionFactory(qtype="true_false")])
    enrol(get("officer"), course)
    attempt = start_attempt(get("officer"), quiz)
    return reverse("quizzes:save_answers", args=[attempt.pk])


OBJECT_URLS: list[ObjectURL] = [
    ObjectURL(
        "people:officer",
        lambda get: _officer_url(get, "officer"),
        allowed={"officer", "manager", "administrator"},
        refused={"other_officer", "other_manager", "trainer", "outsider"},
    ),
    ObjectURL(
        "people:officer",
        lambda get: _officer_url(get, "other_officer"),
        allowed={"other_officer", "other_manager", "administrator"},
        refused={"officer", "manager", "trainer", "outsider"},
    ),
    ObjectURL(
        "people:delegation_revoke",
        _delegation_revoke_url,
        allowed={"manager", "administrator"},
        refused={"officer", "other_manager", "other_officer", "trainer", "outsider"},
        method="post",
    ),
    # courses, quizzes, tracker, certificates and reports add their rows here.
    ObjectURL(
        "quizzes:lesson_check",
        _lesson_check_url,
        allowed={"officer", "trainer", "administrator"},
        refused={"other_officer", "manager", "other_manager", "outsider"},
        method="post",
        data={"answer": "true"},
        content_type="application/json",
    ),
    ObjectURL(
        "quizzes:save_answers",
        _attempt_save_url,
        allowed={"officer"},
        refused={
            "other_officer",
            "trainer",
            "manager",
            "other_manager",
            "administrator",
            "outsider",
        },
        method="post",
        data={"sequence": 0, "answers": {}},
        content_type="application/json",
    ),
    ObjectURL(
        "certificates:credential",
        lambda get: _credential_url(get, "officer"),
        allowed={"officer", "manager", "administrator"},
        refused={"other_officer", "other_manager", "trainer", "outsider"},
    ),
    ObjectURL(
        "certificates:certificate",
        lambda get: _certificate_url(get, "officer"),
        allowed={"officer", "manager", "administrator"},
        refused={"other_officer", "other_manager", "trainer", "outsider"},
    ),
    ObjectURL(
        "tracker:feedback",
        _feedback_url,
        allowed={"officer"},
        refused={"other_officer", "manager", "other_manager", "trainer", "outsider"},
    ),
    *(
        ObjectURL(
            name,
            lambda get, name=name: _assignment_url(get, name),
            allowed={"manager", "administrator"},
            refused={"officer", "other_officer", "other_manager", "trainer", "outsider"},
        )
        for name in (
            "tracker:assignment",
            "tracker:assignment_edit",
            "tracker:assignment_withdraw",
        )
    ),
    # Manager dashboards and reports: a unit, its officers, one officer, exports.
    *(
        ObjectURL(
            name,
            lambda get, name=name, unit=unit: _report_unit_url(get, name, unit),
            allowed={manager, "administrator"},
            refused={
                "officer",
                "other_officer",
                "trainer",
                "outsider",
                "other_manager" if manager == "manager" else "manager",
            },
        )
        for name in ("reports:manage_unit", "reports:manage_unit_officers")
        for unit, manager in (("province_a", "manager"), ("district_b1", "other_manager"))
    ),
    ObjectURL(
        "reports:manage_officer",
        lambda get: _report_officer_url(get, "officer"),
        allowed={"manager", "administrator"},
        refused={"officer", "other_officer", "other_manager", "trainer", "outsider"},
    ),
    ObjectURL(
        "reports:manage_officer",
        lambda get: _report_officer_url(get, "other_officer"),
        allowed={"other_manager", "administrator"},
        refused={"officer", "other_officer", "manager", "trainer", "outsider"},
    ),
    ObjectURL(
        "reports:manage_course",
        _report_course_url,
        allowed={"manager", "other_manager", "trainer", "administrator"},
        refused={"officer", "other_officer", "outsider"},
    ),
    ObjectURL(
        "reports:manage_course",
        lambda get: _report_course_url(get, "province_b"),
        allowed={"other_manager", "trainer", "administrator"},
        refused={"manager", "officer", "other_officer", "outsider"},
    ),
    *(
        ObjectURL(
            name,
            lambda get, name=name: _export_job_url(get, name),
            allowed={"manager"},
            refused={
                "officer",
                "other_officer",
                "other_manager",
                "trainer",
                "administrator",
                "outsider",
            },
        )
        for name in ("reports:export_job", "reports:export_job_status", "reports:export_download")
    ),
]

# URLs of those apps that take a parameter which is not an object someone owns, with the reason.
NOT_OBJECT: dict[str, str] = {
    "people:directory_export": "the parameter is the file format (csv or xlsx)",
    "tracker:calendar_token": "the parameter is the action (new or revoke) on one's own feed",
    "tracker:calendar_feed": "the parameter is a secret token, the feed's only credential "
    "(tests/tracker/test_calendar_feed.py)",
    "certificates:verify": "the public certificate check by its code",
    "certificates:status_list": "the parameter is the number of a public status list",
    **{
        f"scorm_content:{name}": "the parameter is a signed link naming one learner, lesson and "
        "package, the only credential of the package-content address, which answers only on its "
        "own host (tests/courses/test_scorm_lessons.py)"
        for name in ("stage", "launch", "commit", "file")
    },
    "reports:feedback_course": "a course's feedback summary, by role; managers see only their "
    "units' answers (tests/tracker/test_feedback.py)",
}

OBJECT_APPS = ("people", "courses", "quizzes", "progress")


def test_every_object_url_is_in_the_table():
    """Front-end object URLs only: admin views are guarded by Wagtail's permission policies,
    and each app tests its own admin screens with the personas (e.g. tests/people/test_admin.py).
    """
    listed = {row.name for row in OBJECT_URLS} | set(NOT_OBJECT)
    unlisted = [
        route.name
        for route in ROUTES
        if route.has_identifier
        and route.module.split(".")[0] in OBJECT_APPS
        and not route.path.startswith("/admin/")
        and route.name not in listed
    ]
    assert unlisted == [], (
        "add a row to OBJECT_URLS (who may open it, who must be refused) or to NOT_OBJECT"
    )


def _cases():
    for row in OBJECT_URLS:
        for persona in sorted(row.allowed):
            yield pytest.param(row, persona, True, id=f"{row.name}-{persona}-allowed")
        for persona in sorted(row.refused):
            yield pytest.param(row, persona, False, id=f"{row.name}-{persona}-refused")


@pytest.mark.django_db
@pytest.mark.parametrize(("row", "persona", "allowed"), list(_cases()))
def test_object_urls_are_reached_only_by_owners_and_managers(
    client, request, row, persona, allowed
):
    url = row.build(request.getfixturevalue)
    client.force_login(request.getfixturevalue(persona))
    response = row.request(client, url)
    if allowed:
        assert response.status_code in (200, 302), f"{persona} could not reach {url}"
        if response.status_code == 302:
            assert not any(response["Location"].startswith(p) for p in LOGIN_PATHS)
    else:
        assert response.status_code in (403, 404), f"{persona} reached {url}"


@pytest.mark.django_db
@pytest.mark.parametrize("row", OBJECT_URLS, ids=lambda r: r.name)
def test_object_urls_refuse_an_anonymous_visitor(client, request, row):
    url = row.build(request.getfixturevalue)
    response = row.request(client, url)
    assert _is_refusal(response) and response.status_code != 405
