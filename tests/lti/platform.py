"""A real LTI 1.3 platform for the tests, run on a loopback port in a thread: the reference
platform implementation ``lti1p3platform`` (PyPI) does the protocol — OIDC login initiation,
signing id_tokens with its own RSA key, its JWKS, deep-linking answers checked against the
tool's keys, OAuth 2 client-credentials tokens for the tool — and this module serves it over
HTTP, with an Assignment and Grade Services line item that records the scores it receives."""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from lti1p3platform.ltiplatform import LTI1P3PlatformConfAbstract
from lti1p3platform.message_launch import LTIAdvantageMessageLaunchAbstract
from lti1p3platform.oidc_login import OIDCLoginAbstract
from lti1p3platform.registration import Registration
from lti1p3platform.request import Request

INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTITUTION_ADMIN = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"
SYSTEM_ADMIN = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"


def rsa_pem() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, public


@dataclass
class PendingLaunch:
    """What the platform will sign when the tool's login request comes back for this hint."""

    sub: str
    roles: list[str]
    course_id: int | None = None
    deep_link: bool = False
    name: str = "Trần Văn Học"
    lineitem: bool = True
    # The launch names the line items container only: the tool finds or makes its own.
    lineitems_only: bool = False
    expires_in: int = 300
    audience: str | None = None
    forged: bool = False


def auto_post(action: str, fields: dict[str, Any]) -> bytes:
    """The page a platform answers a browser with: a form that posts itself to the tool."""
    inputs = "".join(
        f'<input type="hidden" name="{escape(k)}" value="{escape(str(v))}">'
        for k, v in fields.items()
        if k in ("id_token", "state")
    )
    return (
        f'<!doctype html><form method="post" action="{escape(action)}">{inputs}'
        "<button>Continue</button></form><script>document.forms[0].submit()</script>"
    ).encode()


class _Conf(LTI1P3PlatformConfAbstract):
    def init_platform_config(self, **kwargs: Any) -> None:
        self._registration = kwargs["registration"]

    def get_registration_by_params(self, **kwargs: Any) -> Registration:
        return self._registration


class _Request(Request):
    def build_metadata(self, request: dict[str, Any]) -> Any:
        return {
            "method": "GET",
            "form_data": {},
            "get_data": request,
            "headers": {},
            "content_type": None,
            "path": "/auth",
            "json": None,
        }


class _Login(OIDCLoginAbstract):
    def set_lti_message_hint(self, **kwargs: Any) -> None:
        self._lti_message_hint = kwargs["hint"]

    def get_redirect(self, url: str) -> str:
        return url


class _Launch(LTIAdvantageMessageLaunchAbstract):
    def render_launch_form(self, launch_data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        return launch_data


class TestPlatform:
    """The platform as the tests drive it: ``login_url`` starts a launch as a browser would."""

    def __init__(
        self,
        tool_base: str,
        client_id: str = "kns-tool",
        deployment_id: str = "dep-1",
        *,
        port: int = 0,
        browser: bool = False,
    ):
        # browser: answer with auto-submitting HTML forms, for a person trying it (demo.py).
        self.browser = browser
        self.private_key, self.public_key = rsa_pem()
        self.client_id = client_id
        self.deployment_id = deployment_id
        self.tool_base = tool_base.rstrip("/")
        self.pending: dict[str, PendingLaunch] = {}
        self.scores: list[dict[str, Any]] = []
        self.lineitems: list[dict[str, Any]] = []
        self.deep_link_items: list[list[dict[str, Any]]] = []
        self.token_requests = 0
        self.registration_token = "reg-token-" + uuid.uuid4().hex
        self.tool_registrations: list[dict[str, Any]] = []
        self.refuse_scores = False
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.tool_keyset: dict[str, Any] | None = None
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # What an administrator copies into the tool's registration form.
    @property
    def issuer(self) -> str:
        return self.url

    @property
    def auth_login_url(self) -> str:
        return f"{self.url}/auth"

    @property
    def token_url(self) -> str:
        return f"{self.url}/token"

    @property
    def keyset_url(self) -> str:
        return f"{self.url}/jwks"

    def start(self) -> TestPlatform:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def registration(self, *, client_id: str | None = None) -> Registration:
        registration = (
            Registration()
            .set_iss(self.issuer)
            .set_client_id(client_id or self.client_id)
            .set_deployment_id(self.deployment_id)
            .set_oidc_login_url(f"{self.tool_base}/lti/login/")
            .set_launch_url(f"{self.tool_base}/lti/launch/")
            .set_deeplink_launch_url(f"{self.tool_base}/lti/launch/")
            .set_platform_public_key(self.public_key)
            .set_platform_private_key(self.private_key)
        )
        if self.tool_keyset is not None:
            registration.set_tool_key_set(self.tool_keyset)
        else:  # fetched from the tool's JWKS address when first needed
            registration.set_tool_key_set_url(f"{self.tool_base}/lti/jwks.json")
        return registration

    def conf(self, **kwargs: Any) -> _Conf:
        return _Conf(registration=self.registration(**kwargs))

    def login_url(self, launch: PendingLaunch) -> str:
        """The third-party initiated login the platform sends the browser to."""
        hint = uuid.uuid4().hex
        self.pending[hint] = launch
        login = _Login(None, self.conf())
        login.set_lti_message_hint(hint=hint)
        return login.prepare_preflight_url(launch.sub)

    # The platform's side of the browser's return from the tool's login --------------------
    def authorise(self, params: dict[str, str]) -> dict[str, Any]:
        pending = self.pending[params["lti_message_hint"]]
        if params.get("login_hint") != pending.sub:
            raise ValueError("login_hint does not match the user")
        message = _Launch(_Request(params), self.conf())
        message.set_id_token_expiration(pending.expires_in)
        message.set_user_data(pending.sub, pending.roles, full_name=pending.name)
        message.set_launch_context_claim("course-section-7", context_title="Lớp bồi dưỡng 2027")
        if pending.deep_link:
            message.set_dl(f"{self.url}/deep-link-return", title="Chọn khóa học")
        else:
            message.set_resource_link_claim(f"link-{pending.course_id}")
            if pending.course_id is not None:
                message.set_custom_parameters_claim({"course_id": str(pending.course_id)})
            if pending.lineitems_only:
                message.set_ags(
                    lineitems_url=f"{self.url}/lineitems",
                    lineitem_url=None,
                    allow_creating_lineitems=True,
                )
            elif pending.lineitem:
                message.set_ags(
                    lineitems_url=f"{self.url}/lineitems",
                    lineitem_url=f"{self.url}/lineitems/{pending.course_id}",
                    allow_creating_lineitems=False,
                )
        if pending.audience:
            message.set_extra_claims({"aud": pending.audience, "azp": pending.audience})
        data = message.lti_launch()
        if pending.forged:
            # Same claims and key id, signed by someone else's key.
            rogue, _public = rsa_pem()
            header = jwt.get_unverified_header(data["id_token"])
            claims = jwt.decode(data["id_token"], options={"verify_signature": False})
            data["id_token"] = jwt.encode(claims, rogue, algorithm="RS256", headers=header)
        return data

    # LTI Dynamic Registration, the platform's side (LTI-DR 1.0) ------------------------------
    def openid_configuration(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": self.auth_login_url,
            "token_endpoint": self.token_url,
            "jwks_uri": self.keyset_url,
            "registration_endpoint": f"{self.url}/register",
            "scopes_supported": ["openid", SCORE_SCOPE],
            "response_types_supported": ["id_token"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "https://purl.imsglobal.org/spec/lti-platform-configuration": {
                "product_family_code": "kns-test-platform",
                "version": "1.0",
                "messages_supported": [
                    {"type": "LtiResourceLinkRequest"},
                    {"type": "LtiDeepLinkingRequest"},
                ],
            },
        }

    def register_tool(self, tool: dict[str, Any]) -> dict[str, Any]:
        """Accept the tool: give it a client id and a deployment, as a platform does."""
        self.tool_registrations.append(tool)
        self.client_id = f"dr-{uuid.uuid4().hex[:8]}"
        self.deployment_id = "dr-deployment-1"
        tool_spec = "https://purl.imsglobal.org/spec/lti-tool-configuration"
        return {
            **tool,
            "client_id": self.client_id,
            tool_spec: {**tool[tool_spec], "deployment_id": self.deployment_id},
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: Any, content_type: str = "application/json"):
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _authorised(self, scope: str = SCORE_SCOPE) -> bool:
                token = self.headers.get("Authorization", "").removeprefix("Bearer ")
                try:
                    return bool(platform.conf().validate_token(token, [scope]))
                except Exception:
                    return False

            def _body(self) -> bytes:
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def do_GET(self) -> None:
                url = urlsplit(self.path)
                if url.path == "/lineitems":
                    if not self._authorised():
                        self._send(401, {"error": "invalid token"})
                        return
                    self._send(
                        200, platform.lineitems, "application/vnd.ims.lis.v2.lineitemcontainer+json"
                    )
                elif url.path == "/.well-known/openid-configuration":
                    self._send(200, platform.openid_configuration())
                elif url.path == "/jwks":
                    self._send(200, platform.conf().get_jwks())
                elif url.path == "/auth":
                    try:
                        data = platform.authorise(dict(parse_qsl(url.query)))
                    except Exception as error:  # the tool's request was wrong
                        self._send(400, {"error": str(error)})
                        return
                    if platform.browser:
                        self._send(200, auto_post(data["launch_url"], data), "text/html")
                    else:
                        self._send(200, data)
                elif platform.browser and url.path in ("/", "/start", "/scores"):
                    from tests.lti.demo import browser_page

                    status, html, location = browser_page(platform, url.path, url.query)
                    self.send_response(status)
                    if location:
                        self.send_header("Location", location)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.end_headers()
                    self.wfile.write(html.encode())
                else:
                    self._send(404, {"error": "not found"})

            def do_POST(self) -> None:
                url = urlsplit(self.path)
                body = self._body()
                if url.path == "/token":
                    platform.token_requests += 1
                    form = dict(parse_qsl(body.decode()))
                    try:
                        self._send(200, platform.conf().get_access_token(form))
                    except Exception as error:
                        self._send(400, {"error": "invalid_client", "detail": str(error)})
                elif url.path == "/lineitems":
                    if not self._authorised(LINEITEM_SCOPE):
                        self._send(401, {"error": "invalid token"})
                        return
                    item = json.loads(body)
                    item["id"] = f"{platform.url}/lineitems/made-{len(platform.lineitems) + 1}"
                    platform.lineitems.append(item)
                    self._send(201, item, "application/vnd.ims.lis.v2.lineitem+json")
                elif url.path.startswith("/lineitems/") and url.path.endswith("/scores"):
                    if not self._authorised():
                        self._send(401, {"error": "invalid token"})
                    elif platform.refuse_scores:
                        self._send(503, {"error": "gradebook closed"})
                    else:
                        score = json.loads(body)
                        score["lineitem"] = url.path.removesuffix("/scores")
                        score["content_type"] = self.headers.get("Content-Type")
                        platform.scores.append(score)
                        self._send(200, {})
                elif url.path == "/register":
                    if self.headers.get("Authorization") != f"Bearer {platform.registration_token}":
                        self._send(401, {"error": "invalid registration token"})
                        return
                    self._send(200, platform.register_tool(json.loads(body)))
                elif url.path == "/deep-link-return":
                    form = dict(parse_qsl(body.decode()))
                    try:
                        items = platform.conf().validate_deeplinking_resp(form)
                    except Exception as error:
                        self._send(400, {"error": str(error)})
                        return
                    platform.deep_link_items.append(items)
                    if platform.browser:
                        from tests.lti.demo import placed_page

                        self._send(200, placed_page(items).encode(), "text/html; charset=utf-8")
                    else:
                        self._send(200, {"items": items})
                else:
                    self._send(404, {"error": "not found"})

        return Handler
