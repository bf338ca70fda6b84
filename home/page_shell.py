"""Pages rendered once for everyone who sees the same thing, with each person's own parts
filled in on every request.

A page with ``KeptPageMixin`` (its ``shell_key``) is rendered the first time with its
personal parts (``{% personal %}…{% endpersonal %}`` in its templates, and every CSRF token)
left as markers. The result is kept in this process under that key (which must name all that
the shared part depends on: the page, the site's structure stamp, the language, the address,
the person's navigation rights, …); later requests render only the personal parts, in the
request's own context, and put them in place. Editors' previews never come here.

Two guards keep one person's data out of another's page: the shell is kept only when the
person it was rendered for shows nowhere in it (name or email; its CSRF tokens are markers,
filled in for each request), and it lives in the process only (with the template nodes that
fill it), for at most ``SHELL_SECONDS``.
"""

from __future__ import annotations

import itertools
import logging
import re
import secrets
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from django.http import HttpRequest
from django.template import Context, Template, engines
from django.template.base import Node, NodeList
from django.template.context import make_context
from django.test.signals import template_rendered
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from home.form_tokens import get_token
from people.cache_stamps import ProcessEntries

logger = logging.getLogger(__name__)

SHELL_SECONDS = 60.0
SHELL_ENTRIES = 512
RECORDING = "_kns_shell_recording"

# Markers no page can hold by chance: a secret of this process's own.
_SECRET = secrets.token_hex(8)
_CSRF_MARK = f"kns{_SECRET}csrf"
_SLOT_PATTERN = re.compile(rf"<!--kns{_SECRET}:(\d+)-->")

_shells = ProcessEntries(SHELL_ENTRIES)
_counter = itertools.count()


def clear() -> None:
    """Forget every shell this process keeps (the tests start each case with none)."""
    _shells.clear()


class PersonalNode(Node):
    """``{% personal %}…{% endpersonal %}``: rendered for each request, never shared.

    ``{% personal learner %}`` marks a part that shows what is theirs as a learner: it is kept
    until any of that changes (``home.learner_pages``)."""

    def __init__(self, nodelist: NodeList, *, learner: bool = False) -> None:
        self.nodelist = nodelist
        self.learner = learner
        self.number = next(_counter)

    def _learner_part(self, context: Context, request: HttpRequest) -> str:
        """``{% personal learner %}``: kept for the person until anything of theirs that it
        shows changes (``home.learner_pages``)."""
        from home.learner_pages import learner_part

        def rendering(marker: str) -> tuple[str, None]:
            with context.push(csrf_token=marker):
                return str(self.nodelist.render(context)), None

        origin = getattr(self, "origin", None)
        token = getattr(self, "token", None)
        name = f"{getattr(origin, 'template_name', '')}:{getattr(token, 'position', self.number)}"
        return str(learner_part(request, name, rendering))

    def fill(self, context: Context, request: HttpRequest) -> str:
        """This part for the request (its CSRF tokens left as markers)."""
        if self.learner:
            return self._learner_part(context, request)
        return str(self.nodelist.render(context))

    def render(self, context: Context) -> str:
        recording: list[PersonalNode] | None = context.get(RECORDING)
        if recording is None:
            request = context.get("request")
            if self.learner and request is not None:
                return self._learner_part(context, request)
            return str(self.nodelist.render(context))
        recording.append(self)
        return f"<!--kns{_SECRET}:{len(recording) - 1}-->"


@contextmanager
def _bound(template: Template, context: Context) -> Iterator[Context]:
    """``context`` as a template's own rendering would have it (context processors run)."""
    with context.render_context.push_state(template), context.bind_template(template):
        context.template_name = template.name
        yield context


def _fill(
    template: Template,
    parts: list[str],
    nodes: list[PersonalNode],
    context: dict[str, Any] | None,
    request: HttpRequest,
) -> SafeString:
    bound = make_context(context, request)
    bound["csrf_token"] = _CSRF_MARK  # each token is put in below, in every part alike
    with _bound(template, bound):
        # What a full rendering tells its listeners (the test client keeps the context).
        template_rendered.send(sender=template, template=template, context=bound)
        pieces = [node.fill(bound, request) for node in nodes]
    out: list[str] = []
    for index, part in enumerate(parts):
        out.append(part)
        if index < len(pieces):
            out.append(pieces[index])
    html = "".join(out).replace(_CSRF_MARK, get_token(request))
    return mark_safe(html)  # noqa: S308 - rendered by the templates themselves


def _leaks(html: str, request: HttpRequest) -> bool:
    """Whether the shared part shows anything of the person it was rendered for."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    own = [getattr(user, "email", ""), user.get_full_name()]
    return any(value and value in html for value in own)


def shared_key(request: HttpRequest, *parts: Hashable) -> tuple[Hashable, ...]:
    """A shell's key: ``parts`` (what the page itself depends on) with what every page's layout
    does: the site's structure and settings, the language, the host and address (with its
    query), whether the person is signed in and which navigation entries they see."""
    from courses.site_cache import version
    from home.context_processors import navigation

    user = getattr(request, "user", None)
    return (
        version(),
        get_language(),
        request.get_host(),
        request.get_full_path(),
        bool(user is not None and user.is_authenticated),
        tuple(sorted(navigation(request)["nav"].items())),
        *parts,
    )


class ShellKeyed(Protocol):
    """What names a kept page's shared part: its key for this request and context, or None
    to render it in full."""

    def shell_key(
        self, request: HttpRequest, context: dict[str, Any]
    ) -> tuple[Any, ...] | None: ...


class KeptPageMixin:
    """A Wagtail page whose shared part is kept. ``shell_parts`` names what that part depends
    on besides the page and its layout (see ``shared_key``), or None to render it in full."""

    pk: Any

    def get_template(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        return ShellTemplate(super().get_template(request, *args, **kwargs), self)  # type: ignore[misc]

    def shell_parts(self, request: HttpRequest, context: dict[str, Any]) -> tuple[Any, ...] | None:
        return ()

    def shell_key(self, request: HttpRequest, context: dict[str, Any]) -> tuple[Any, ...] | None:
        if getattr(request, "is_preview", False):  # an editor's draft: never kept
            return None
        parts = self.shell_parts(request, context)
        return None if parts is None else shared_key(request, self.pk, *parts)


class ShellTemplate:
    """A page's template that keeps its shared part under the page's ``shell_key`` (a Wagtail
    page with ``KeptPageMixin``, or any view's own ``ShellKeyed``)."""

    def __init__(self, template_name: str, page: ShellKeyed) -> None:
        self.template_name = template_name
        self.page = page

    def _django_template(self) -> Any:
        return engines["django"].get_template(self.template_name)

    def render(
        self, context: dict[str, Any] | None = None, request: HttpRequest | None = None
    ) -> SafeString:
        wrapper = self._django_template()
        key = None if request is None else self.page.shell_key(request, context or {})
        if key is None or request is None:
            return wrapper.render(context, request)
        template: Template = wrapper.template
        full_key = (self.template_name, key)
        found = _shells.get(full_key)
        if found is not None:
            kept_parts, kept_nodes = found
            return _fill(template, kept_parts, kept_nodes, context, request)
        nodes: list[PersonalNode] = []
        bound = make_context(context, request)
        bound[RECORDING] = nodes
        bound["csrf_token"] = _CSRF_MARK
        html = str(template.render(bound))
        pieces = _SLOT_PATTERN.split(html)
        parts = pieces[::2]
        order = [int(number) for number in pieces[1::2]]
        if sorted(order) != list(range(len(nodes))) or _leaks(html, request):
            logger.debug("page %s not kept: its shared part is personal", self.template_name)
            return wrapper.render(context, request)
        in_order = [nodes[number] for number in order]
        _shells.put(full_key, (parts, in_order), SHELL_SECONDS)
        return _fill(template, parts, in_order, context, request)
