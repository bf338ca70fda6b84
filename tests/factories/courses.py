"""Factories for courses: topics, the catalogue, courses, lessons and enrolments."""

import io
import zipfile
from pathlib import Path

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    ItemProgress,
    LessonPage,
    ScormLessonPage,
    Topic,
)
from courses.text import plain
from tests.factories.people import UserFactory


def lesson_body(text="Nội dung bài học.", *extra):
    """A small lesson body in the raw (block_type, value) shape the demo content uses."""
    return [
        {"type": "heading", "value": "Mở đầu"},
        {"type": "rich_text", "value": f"<p>{text}</p>"},
        *({"type": t, "value": v} for t, v in extra),
    ]


def home_page():
    return Site.objects.get(is_default_site=True).root_page


def catalogue():
    """The catalogue at /courses/, created once per test database state."""
    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPageFactory()
    return index


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Chủ đề số {n}")
    slug = factory.LazyAttribute(lambda o: slugify(plain(o.name)))


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Khóa học"
    slug = "courses"
    parent = factory.LazyFunction(home_page)


class CoursePageFactory(wagtail_factories.PageFactory):
    """A published course in the catalogue (pass ``parent`` for another catalogue)."""

    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Khóa học thử {n}")
    slug = factory.LazyAttribute(lambda o: slugify(plain(o.title)))
    summary = "Một khóa học ngắn để thử nghiệm."
    topic = factory.SubFactory(TopicFactory)
    level = "basic"
    estimated_minutes = 60
    live = True
    first_published_at = factory.LazyFunction(timezone.now)
    parent = factory.LazyFunction(catalogue)


class LessonPageFactory(wagtail_factories.PageFactory):
    """A published lesson; pass ``parent=course``."""

    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Bài học {n}")
    slug = factory.LazyAttribute(lambda o: slugify(plain(o.title)))
    estimated_minutes = 10
    required = True
    body = factory.LazyFunction(lesson_body)
    live = True
    first_published_at = factory.LazyFunction(timezone.now)
    parent = factory.SubFactory(CoursePageFactory)


class EnrolmentFactory(factory.django.DjangoModelFactory):
    """An enrolment made directly; tests of behaviour enrol through courses.services."""

    class Meta:
        model = Enrolment

    user = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory)


class ItemProgressFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ItemProgress

    enrolment = factory.SubFactory(EnrolmentFactory)
    user = factory.SelfAttribute("enrolment.user")
    item = factory.SubFactory(LessonPageFactory, parent=factory.SelfAttribute("..enrolment.course"))
    first_opened_at = factory.LazyFunction(timezone.now)


# SCORM ------------------------------------------------------------------------------------

SCORM_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "scorm"
GOLF_12 = "RuntimeBasicCalls_SCORM12"
GOLF_2004 = "RuntimeBasicCalls_SCORM20043rdEdition"


def scorm_zip(folder=GOLF_12, *, extra=None, skip=()):
    """A package zip built in memory from a sample package folder in tests/fixtures/scorm/.

    ``extra`` maps member names to bytes added (or replacing a file); ``skip`` leaves files out.
    """
    root = SCORM_FIXTURES / folder
    buffer = io.BytesIO()
    extra = dict(extra or {})
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(root.rglob("*")):
            name = path.relative_to(root).as_posix()
            if path.is_file() and name not in skip and name not in extra:
                archive.write(path, name)
        for name, data in extra.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def scorm_package(folder=GOLF_12, **kwargs):
    """A package stored through the upload service, as the admin stores one."""
    from courses.scorm.archive import create_package

    return create_package(scorm_zip(folder), title=kwargs.pop("title", ""), user=None, **kwargs)


class ScormLessonPageFactory(wagtail_factories.PageFactory):
    """A published SCORM lesson playing the SCORM 1.2 golf sample; pass ``parent=course``."""

    class Meta:
        model = ScormLessonPage

    title = factory.Sequence(lambda n: f"Bài học SCORM {n}")
    slug = factory.LazyAttribute(lambda o: slugify(plain(o.title)))
    package = factory.LazyFunction(scorm_package)
    live = True
    first_published_at = factory.LazyFunction(timezone.now)
    parent = factory.SubFactory(CoursePageFactory)
