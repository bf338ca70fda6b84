"""Read-side helpers: a course's items, a learner's outline, and the context of each page.

Every helper runs a fixed number of queries, whatever the number of courses, items or
learners (tests hold them to it).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from django.core.paginator import Paginator
from django.db.models import F, Prefetch, Q, QuerySet
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject, cached_property
from wagtail.images import get_image_model
from wagtail.models import Page

from courses import permissions, site_cache
from courses.blocks import page_assets
from courses.completion import HEARTBEAT_INTERVAL_SECONDS, next_item_id, progress_percent
from courses.forms import CatalogueForm
from courses.models import CourseItemMixin, CoursePage, Enrolment, ItemProgress, LessonPage

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from django.contrib.auth.models import AnonymousUser

    from people.models import User

CATALOGUE_PAGE_SIZE = 12
COVER_FILTER = "fill-640x360"


def course_items(course: Page) -> list[Page]:
    """The published items of a course, in the trainer's order, as specific pages."""
    pages = Page.objects.child_of(course).live().defer_streamfields().specific()
    return [p for p in pages if getattr(p, "is_course_item", False)]


def is_required_item(page: Page) -> bool:
    return bool(getattr(page, "is_course_item", False) and getattr(page, "required", True))


class ItemSummary(NamedTuple):
    """What an outline needs of a course item on every view: kept apart from the items' pages,
    which only the parts of pages rendered for sharing show."""

    pk: int
    required: bool
    first_published_at: datetime | None


@dataclass
class OutlineItem:
    pk: int
    number: int
    required: bool
    done: bool = False
    opened: bool = False
    is_new: bool = False
    is_next: bool = False
    # The course's item pages by id, read when a page is first asked for.
    pages: Callable[[], dict[int, Page]] = field(default=dict, repr=False, compare=False)

    @property
    def page(self) -> Page:
        found = self.pages().get(self.pk)
        # Missing only when the cache's entries disagree (a change made behind the site's back).
        return found if found is not None else Page.objects.get(pk=self.pk).specific

    @property
    def minutes(self) -> int | None:
        return getattr(self.page, "estimated_minutes", None)

    @property
    def kind(self) -> str:
        return str(self.page.specific_class._meta.verbose_name)


@dataclass
class Outline:
    """A course's items with one learner's state of each, and where to go next."""

    course: CoursePage
    enrolment: Enrolment | None
    items: list[OutlineItem] = field(default_factory=list)

    @property
    def required_count(self) -> int:
        return sum(1 for i in self.items if i.required)

    @property
    def done_count(self) -> int:
        return sum(1 for i in self.items if i.required and i.done)

    @property
    def percent(self) -> int:
        return progress_percent(
            [i.pk for i in self.items if i.required],
            [i.pk for i in self.items if i.done],
        )

    @property
    def next_item(self) -> OutlineItem | None:
        return next((i for i in self.items if i.is_next), None)

    def find(
        self, page_id: int
    ) -> tuple[OutlineItem | None, OutlineItem | None, OutlineItem | None]:
        """(previous, this, next) around an item."""
        for index, item in enumerate(self.items):
            if item.pk == page_id:
                previous = self.items[index - 1] if index > 0 else None
                following = self.items[index + 1] if index + 1 < len(self.items) else None
                return previous, item, following
        return None, None, None


def cached_course_items(course: CoursePage) -> list[Page]:
    """``course_items``, kept with the site's structure. The search columns (a copy of each
    item's whole text) are left out of what is kept: nothing that shows these pages shows
    them (read one, and the database is asked as for a deferred field)."""
    return site_cache.remember(
        f"course-items:{course.pk}",
        lambda: [site_cache.without_search_columns(page) for page in course_items(course)],
    )


def course_item_summaries(course: CoursePage) -> list[ItemSummary]:
    """What every view of a course or its items needs of each item (``ItemSummary``), kept
    with the site's structure apart from the pages, so a view that renders no item's title or
    address never reads them."""
    return site_cache.remember(
        f"course-item-summaries:{course.pk}",
        lambda: [
            ItemSummary(page.pk, is_required_item(page), page.first_published_at)
            for page in cached_course_items(course)
        ],
    )


def items_progress(course: CoursePage, enrolment: Enrolment) -> dict[int, ItemProgress]:
    """The learner's progress in each published item of the course, by item, in one query."""
    return {
        p.item_id: p
        for p in ItemProgress.objects.filter(
            user_id=enrolment.user_id, item_id__in=[i.pk for i in course_item_summaries(course)]
        )
    }


def build_outline(
    course: CoursePage,
    user: User | AnonymousUser,
    enrolment: Enrolment | None,
    *,
    progress: dict[int, ItemProgress] | None = None,
) -> Outline:
    """The course's items with the learner's progress (``progress``: read already, by item).
    Their pages are read when first asked for (``OutlineItem.page``)."""

    @functools.cache
    def pages() -> dict[int, Page]:
        return {page.pk: page for page in cached_course_items(course)}

    outline = Outline(course=course, enrolment=enrolment)
    if enrolment is None:
        progress = {}
    elif progress is None:
        progress = items_progress(course, enrolment)
    completed_at = enrolment.completed_at if enrolment else None
    for number, item in enumerate(course_item_summaries(course), start=1):
        state = progress.get(item.pk)
        done = bool(state and state.done_at)
        outline.items.append(
            OutlineItem(
                pk=item.pk,
                number=number,
                required=item.required,
                done=done,
                opened=bool(state and state.first_opened_at),
                is_new=bool(
                    completed_at
                    and not done
                    and item.first_published_at
                    and item.first_published_at > completed_at
                ),
                pages=pages,
            )
        )
    if enrolment is not None:
        next_id = next_item_id(
            [i.pk for i in outline.items],
            {i.pk for i in outline.items if i.done},
            enrolment.last_item_id,
            required_ids={i.pk for i in outline.items if i.required},
        )
        for outline_item in outline.items:
            outline_item.is_next = outline_item.pk == next_id
    return outline


def enrolment_for_item(user_id: int, item: Page) -> QuerySet[Enrolment]:
    """The person's enrolment in the course holding ``item``, not yet read. A course item
    knows its course from the site's structure, so this is a plain filter on the course;
    any other page is matched by its parent's path."""
    if isinstance(item, CourseItemMixin):
        try:
            course_id = item.course.pk
        except CoursePage.DoesNotExist:
            return Enrolment.objects.none()
        return Enrolment.objects.filter(user_id=user_id, course_id=course_id)
    return Enrolment.objects.filter(user_id=user_id, course__path=item.path[: -item.steplen])


def round_started_at(user: User, item: Page) -> datetime | None:
    """When the learner's current round of the course holding ``item`` started: None for a
    first round or without an enrolment. Results from before it belong to an earlier round."""
    found = enrolment_for_item(user.pk, item).values_list("cycle_started_at", flat=True)[:1]
    return next(iter(found), None)  # one enrolment per person and course


class _KeptListing(Sequence[CoursePage]):
    """A catalogue list counted and read a page at a time through the site's structure
    cache: the paginator asks for its length and one slice (``_KeptSlice``). The query is
    written only when the cache does not answer."""

    def __init__(self, courses: Callable[[], QuerySet[CoursePage]], key: str) -> None:
        self.courses = courses
        self.key = key

    def __len__(self) -> int:
        return int(site_cache.remember(f"{self.key}:count", lambda: self.courses().count()))

    @overload
    def __getitem__(self, index: int) -> CoursePage: ...
    @overload
    def __getitem__(self, index: slice) -> _KeptSlice: ...
    def __getitem__(self, index: int | slice) -> CoursePage | _KeptSlice:
        if isinstance(index, int):
            return self[index : index + 1][0]
        return _KeptSlice(self, index)


class _KeptSlice(Sequence[CoursePage]):
    """One page of a kept catalogue list. Its courses' ids are kept apart from the courses:
    a kept catalogue page needs only the ids (with the person's enrolments in them); the
    courses are read when its shared part is rendered."""

    def __init__(self, listing: _KeptListing, index: slice) -> None:
        self.listing = listing
        self.window = index
        self.name = f"{listing.key}:{index.start}:{index.stop}"

    @cached_property
    def ids(self) -> list[int]:
        return site_cache.remember(f"{self.name}:ids", lambda: [c.pk for c in self.courses])

    @cached_property
    def courses(self) -> list[CoursePage]:
        return site_cache.remember(self.name, lambda: list(self.listing.courses()[self.window]))

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> CoursePage: ...
    @overload
    def __getitem__(self, index: slice) -> list[CoursePage]: ...
    def __getitem__(self, index: int | slice) -> CoursePage | list[CoursePage]:
        return self.courses[index]

    def __iter__(self) -> Iterator[CoursePage]:
        return iter(self.courses)


def _catalogue_courses(
    index: Page, user: User | AnonymousUser, data: dict[str, Any], query: str
) -> QuerySet[CoursePage]:
    from courses.search import search_courses

    courses = CoursePage.objects.live().descendant_of(index)
    if not user.is_authenticated:
        courses = courses.public()
    if data.get("topic"):
        courses = courses.filter(topic=data["topic"])
    if data.get("level"):
        courses = courses.filter(level=data["level"])
    courses = search_courses(courses, query) if query else courses.order_by("path")
    return courses.select_related("topic").prefetch_related(
        Prefetch(
            "cover_image", queryset=get_image_model().objects.prefetch_renditions(COVER_FILTER)
        )
    )


def catalogue_context(index: Page, request: HttpRequest) -> dict[str, Any]:
    """The catalogue's context. What only its shared part shows (the form without a query,
    the courses of a list kept unsearched) is read when that part is rendered: a kept page
    needs the ids of the courses listed and the person's enrolments in them."""
    from courses.learner_state import read_enrolments

    user = request.user
    form: CatalogueForm | SimpleLazyObject
    data: dict[str, Any] = {}
    if request.GET:
        form = CatalogueForm(request.GET)
        form.is_valid()  # invalid fields are left out of cleaned_data and shown as errors
        data = form.cleaned_data
    else:
        form = SimpleLazyObject(CatalogueForm)
    query = (data.get("q") or "").strip()
    listing: QuerySet[CoursePage] | _KeptListing
    if query:
        listing = _catalogue_courses(index, user, data, query)
    else:  # a list without a search is the same for everyone who may see it
        listing = _KeptListing(
            lambda: _catalogue_courses(index, user, data, query),
            f"catalogue:{index.pk}:{user.is_authenticated}:"
            f"{getattr(data.get('topic'), 'pk', '')}:{data.get('level') or ''}",
        )
    page_obj = Paginator(listing, CATALOGUE_PAGE_SIZE).get_page(request.GET.get("page"))
    listed = page_obj.object_list
    course_ids = listed.ids if isinstance(listed, _KeptSlice) else [c.pk for c in listed]
    enrolments = read_enrolments(user.pk, course_ids) if user.is_authenticated else {}
    return {
        "form": form,
        "query": query,
        "page_obj": page_obj,
        # What each card shows of the person: the key of the page's shared part.
        "card_states": tuple((pk, _badge(enrolments.get(pk))) for pk in course_ids),
        "cards": SimpleLazyObject(
            lambda: [{"course": c, "enrolment": enrolments.get(c.pk)} for c in listed]
        ),
        "is_filtered": bool(query or data.get("topic") or data.get("level")),
        "cover_filter": COVER_FILTER,
    }


def _badge(enrolment: Enrolment | None) -> tuple[Any, ...] | None:
    """What a catalogue card shows of an enrolment."""
    if enrolment is None:
        return None
    return (enrolment.status, enrolment.completed_at is not None, enrolment.progress_percent)


def course_context(course: CoursePage, request: HttpRequest) -> dict[str, Any]:
    from courses.learner_state import read_learner_state

    user = request.user
    enrolment: Enrolment | None = None
    progress: dict[int, ItemProgress] = {}
    if user.is_authenticated:  # the enrolment and its progress in one query
        enrolment, progress = read_learner_state(
            user.pk, course.pk, [item.pk for item in course_item_summaries(course)]
        )
    outline = build_outline(course, user, enrolment, progress=progress)
    links = site_cache.remember(
        f"prerequisites:{course.pk}",
        lambda: [
            link
            for link in course.prerequisite_links.select_related("prerequisite")
            if link.prerequisite.live
        ],
    )
    completed_ids = set()
    if links and user.is_authenticated:
        completed_ids = set(
            Enrolment.objects.filter(
                Q(completed_at__isnull=False) | Q(cycle__gt=1),  # done once, maybe due again
                user=user,
                course_id__in=[link.prerequisite_id for link in links],
            ).values_list("course_id", flat=True)
        )
    prerequisites = [
        {"course": link.prerequisite, "completed": link.prerequisite_id in completed_ids}
        for link in links
    ]
    return {
        "enrolment": enrolment,
        "outline": outline,
        "prerequisites": prerequisites,
        "missing_prerequisites": [p for p in prerequisites if not p["completed"]],
        "can_enrol": enrolment is None and permissions.can_self_enrol(user, course),
        # Shown only to those who may enrol: worked out when their part of the page is rendered.
        "enrol_url": SimpleLazyObject(
            lambda: (course.get_url(request) or "") + course.reverse_subpage("enrol")
        ),
        "cover_filter": COVER_FILTER,
    }


def lesson_context(lesson: LessonPage, request: HttpRequest) -> dict[str, Any]:
    enrolment: Enrolment | None = getattr(request, "course_enrolment", None)
    course = lesson.course
    outline = build_outline(
        course, request.user, enrolment, progress=getattr(request, "course_progress", None)
    )
    previous, current, following = outline.find(lesson.pk)
    done = bool(current and current.done)
    catalogue_path = course.path[: -course.steplen]

    # Only the page's shared part shows these: worked out when it is rendered, so a kept page,
    # which renders its personal parts alone, never asks.
    @functools.cache
    def base() -> str:
        return lesson.get_url(request) or ""

    def address(route: str) -> Any:
        return SimpleLazyObject(lambda: base() + lesson.reverse_subpage(route) if base() else "")

    assets = functools.cache(lambda: page_assets(lesson.body))
    return {
        "course": course,
        # The breadcrumb's catalogue, kept with the structure (no query per page view), read
        # only when the page's shared part is rendered.
        "catalogue": SimpleLazyObject(
            lambda: site_cache.remember(
                f"page-at:{catalogue_path}", lambda: Page.objects.get(path=catalogue_path)
            )
        ),
        "enrolment": enrolment,
        "outline": outline,
        "current": current,
        "previous_item": previous,
        "next_item": following,
        "is_done": done,
        "can_track": enrolment is not None and lesson.pk is not None,
        "auto_done": bool(course.complete_on_scroll_end and enrolment is not None and not done),
        "done_url": address("done"),
        "heartbeat_url": address("heartbeat"),
        "heartbeat_seconds": HEARTBEAT_INTERVAL_SECONDS,
        "page_scripts": SimpleLazyObject(lambda: assets()[0]),
        "page_styles": SimpleLazyObject(lambda: assets()[1]),
    }


@dataclass
class ContinueLearning:
    enrolment: Enrolment
    outline: Outline

    @property
    def course(self) -> CoursePage:
        return self.enrolment.course

    @property
    def next_item(self) -> OutlineItem | None:
        return self.outline.next_item


def unfinished_enrolments(user: User) -> QuerySet[Enrolment]:
    """The learner's courses in progress, most recently active first: the one list the home
    page and /my/ both read."""
    return (
        Enrolment.objects.filter(user=user, completed_at__isnull=True, course__live=True)
        .select_related("course")
        .order_by(F("last_activity_at").desc(nulls_last=True), "-enrolled_at")
    )


def in_progress_order(enrolments: Iterable[Enrolment]) -> list[Enrolment]:
    """Of enrolments already fetched (with their courses), those ``unfinished_enrolments``
    gives, in its order, without another query."""
    unfinished = [e for e in enrolments if e.completed_at is None and e.course.live]
    unfinished.sort(key=lambda e: e.enrolled_at, reverse=True)
    active = [e for e in unfinished if e.last_activity_at is not None]
    # Stable sort: enrolments active at the same moment keep the newest enrolment first.
    active.sort(key=lambda e: e.last_activity_at or e.enrolled_at, reverse=True)
    return active + [e for e in unfinished if e.last_activity_at is None]


def continue_learning(
    user: User | AnonymousUser, *, listed_elsewhere: Collection[int] = ()
) -> ContinueLearning | None:
    """The learner's most recently active unfinished course, with the item to continue at.

    Courses in ``listed_elsewhere`` (assigned work not started, which /my/ lists as such)
    are offered only once started."""
    if not user.is_authenticated:
        return None
    # A query (of course ids) is taken in as a subquery: one round trip, not two.
    elsewhere = (
        listed_elsewhere if isinstance(listed_elsewhere, QuerySet) else list(listed_elsewhere)
    )
    enrolment = (
        unfinished_enrolments(user)
        .exclude(course_id__in=elsewhere, started_at__isnull=True)
        .first()
    )
    if enrolment is None:
        return None
    return ContinueLearning(enrolment, build_outline(enrolment.course, user, enrolment))
