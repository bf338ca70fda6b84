import pytest

from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrolmentFactory,
    ItemProgressFactory,
    LessonPageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory",
    [TopicFactory, CoursePageFactory, LessonPageFactory, EnrolmentFactory, ItemProgressFactory],
)
def test_each_course_factory_builds_a_valid_object(factory):
    factory().full_clean()


def test_the_catalogue_factory_builds_the_page_at_courses():
    index = CourseIndexPageFactory()
    index.full_clean()
    assert index.url == "/courses/"


def test_an_item_progress_belongs_to_its_enrolment():
    progress = ItemProgressFactory()
    assert progress.user == progress.enrolment.user
    assert progress.item.get_parent().pk == progress.enrolment.course.pk
