"""What every page request looks up and only an editor changes: the site of a host name, the
page at an address, whether any page is restricted. Kept in the cache (Redis in production,
shared by every app server) under a version that any change of a page, a site or a view
restriction replaces, so no entry outlives the structure it describes."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404, HttpRequest
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from people.cache_stamps import CacheStamp

if TYPE_CHECKING:
    from wagtail.query import PageQuerySet
    from wagtail.url_routing import RouteResult

T = TypeVar("T")
PageT = TypeVar("PageT", bound=Page)

# Entries also expire, so a change made behind the signals' back (a raw SQL fix) heals itself.
STRUCTURE = CacheStamp("site-structure", timeout_seconds=15 * 60)
TIMEOUT_SECONDS = STRUCTURE.timeout_seconds


def version() -> str:
    return STRUCTURE.current()


def structure_changed(**kwargs: Any) -> None:
    STRUCTURE.renew()


@receiver(post_save)
@receiver(post_delete)
def _model_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    if isinstance(instance, (BaseGenericSetting, BaseSiteSetting)):
        # Settings are created with their defaults on first read: that changes no answer.
        if not kwargs.get("created"):
            structure_changed()
    elif isinstance(instance, (Page, Site, PageViewRestriction, *_shown_with_pages())):
        structure_changed()


def _shown_with_pages() -> tuple[type, ...]:
    """What kept pages carry with them: a course's topic, its cover image and renditions."""
    from wagtail.images import get_image_model

    from courses.models import Topic

    image = get_image_model()
    return (Topic, image, image.get_rendition_model())


for _signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
    _signal.connect(structure_changed, dispatch_uid=f"site-structure-{id(_signal)}")


def find_site(request: HttpRequest) -> Site | None:
    """Wagtail's site for the request, with its root page, from the cache when known."""
    # The raw host and port Wagtail itself matches on, hashed: they come from the client.
    where = _digest(f"{request._get_raw_host()}:{request.get_port()}")  # type: ignore[attr-defined]
    site = STRUCTURE.peek(f"site:{where}")
    if site is None:
        site = Site._find_for_request(request)
        if site is None:
            return None
        # Its own type, fetched now, so the cached site carries it (and no generic copy).
        site.root_page = site.root_page.specific
        STRUCTURE.store(f"site:{where}", site)
    return site


def site_root_paths() -> list[Any]:
    """Wagtail's ``Site.get_site_root_paths()``, kept with the rest of the structure."""
    return remember("site-root-paths", lambda: list(Site.get_site_root_paths()))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def remember(name: str, compute: Callable[[], T]) -> T:
    """``compute()``, kept until the site's structure or settings change (or a while)."""
    return STRUCTURE.remember(name, compute)


def pages_are_restricted() -> bool:
    return remember("restricted", PageViewRestriction.objects.exists)


class CachedViewRestrictionsMixin:
    """Asks the database for a page's view restrictions only when some page has one."""

    def get_view_restrictions(self) -> Any:
        if not pages_are_restricted():
            # Already evaluated: Wagtail's check on every page view iterates it without
            # building a query that can only be empty.
            none = PageViewRestriction.objects.none()
            none._result_cache = []
            return none
        return super().get_view_restrictions()  # type: ignore[misc]


def route(root: Page, request: HttpRequest, path_components: list[str]) -> RouteResult:
    """Wagtail's routing from ``root`` in one query instead of two per level: the deepest page
    whose address is a prefix of the path routes what remains (a routable page's own views);
    an address routed before comes from the cache and costs a single query for the page."""
    # Numbers in an address are mostly a routable page's own (an attempt's id): the address
    # is kept with them left out, so every attempt of a quiz shares one entry. A page whose
    # slug is a number could share it with a sibling: the page found must own the address.
    shape = "/".join("#" if part.isdigit() else part for part in path_components)
    name = f"route:{root.pk}:{_digest(shape)}"
    found = STRUCTURE.peek(name)
    if found is not None and not _owns(root, found, path_components):
        found = None
    known = found is not None
    if found is None:
        prefixes = [
            root.url_path + "/".join(path_components[:n]) + "/"
            for n in range(1, len(path_components) + 1)
        ]
        deepest: PageQuerySet = Page.objects.filter(
            url_path__in=prefixes, path__startswith=root.path
        ).order_by("-depth")
        row = deepest.values_list("pk", "content_type_id", "depth").first()
        if row is None:
            raise Http404
        found = row
    pk, content_type_id, depth = found
    page = specific_page(pk, content_type_id)
    if page is None:
        raise Http404
    result = page.route(request, path_components[depth - root.depth :])
    if not known:
        STRUCTURE.store(name, found)  # only addresses that resolved
    return result


def _owns(root: Page, found: tuple[int, int, int], path_components: list[str]) -> bool:
    """Whether the page routed before is the one at the start of this address."""
    pk, content_type_id, depth = found
    levels = depth - root.depth
    if not 0 < levels <= len(path_components):
        return False
    page = specific_page(pk, content_type_id)
    expected = root.url_path + "/".join(path_components[:levels]) + "/"
    return page is not None and page.url_path == expected


def specific_page(pk: int, content_type_id: int) -> Page | None:
    """The page ``pk`` as its own type, kept with the rest of the structure (each caller gets
    a copy of its own)."""
    page: Page | None = STRUCTURE.peek(f"page:{pk}")
    if page is None:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            return None
        page = model._default_manager.filter(pk=pk).first()
        if page is not None:
            STRUCTURE.store(f"page:{pk}", for_keeping(page))
    return page


def for_keeping(page: PageT) -> PageT:
    """``page`` as the structure cache keeps it: without its search columns, nor what the page
    says only its kept shared part shows (``left_out_when_kept``, e.g. a lesson's body), which
    is then read from the database, as a deferred field is, only when that part is rendered."""
    page = without_search_columns(page)
    left_out = getattr(page, "left_out_when_kept", None)
    for name in left_out() if left_out is not None else ():
        page.__dict__.pop(page._meta.get_field(name).attname, None)
    return page


def without_search_columns(page: PageT) -> PageT:
    """``page`` without its search columns (a copy of its whole text, which no page view
    shows), so what is kept and copied for each request is lighter; read anyway, a column
    comes from the database as a deferred field does."""
    for column in page._meta.concrete_fields:
        if column.name.startswith("search_"):
            page.__dict__.pop(column.attname, None)
    return page
