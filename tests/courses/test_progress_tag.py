"""The progress bar written in Python is, to the byte, what its template used to render, in
both languages, with numbers localised and translations that do not fit their values."""

from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import translation

from courses import services
from courses.queries import build_outline
from courses.templatetags.courses_tags import course_progress

pytestmark = pytest.mark.django_db

# What courses/includes/progress.html held before the bar was written in Python.
TEMPLATE = (
    '{% load i18n %}<div class="course-progress">\n'
    '  <label for="progress-{{ outline.course.pk }}">{% blocktranslate trimmed with '
    "done=outline.done_count total=outline.required_count %}{{ done }} of {{ total }} required "
    "items done{% endblocktranslate %}</label>\n"
    '  <progress id="progress-{{ outline.course.pk }}" max="100" value="{{ outline.percent }}" '
    "data-course-progress>{{ outline.percent }}%</progress>\n"
    '  <span class="progress-percent" data-course-percent>{{ outline.percent }}%</span>\n'
    "</div>\n"
)


def _by_template(outline):
    return Template(TEMPLATE).render(Context({"outline": outline}))


def _outline(pk, done, total, percent):
    return SimpleNamespace(
        course=SimpleNamespace(pk=pk), done_count=done, required_count=total, percent=percent
    )


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_learners_bar_is_what_the_template_rendered(enrolled_officer, course, lessons, language):
    services.mark_item_done(enrolled_officer, lessons[0])
    outline = build_outline(course, enrolled_officer, course.enrolments.get())
    with translation.override(language):
        html = course_progress(outline)
        assert html == _by_template(outline)
    assert "25%" in html and f'id="progress-{course.pk}"' in html


@pytest.mark.parametrize("grouped", [True, False])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_large_numbers_are_grouped_as_the_template_groups_them(settings, language, grouped):
    settings.USE_THOUSAND_SEPARATOR = grouped
    outline = _outline(12345, 1200, 2400, 50)
    with translation.override(language):
        assert course_progress(outline) == _by_template(outline)
        assert ('id="progress-12345"' in course_progress(outline)) is not grouped


def test_the_page_shows_the_same_bar(client, enrolled_officer, course, lessons):
    services.mark_item_done(enrolled_officer, lessons[0])
    client.force_login(enrolled_officer)
    enrolment = course.enrolments.get()
    with translation.override("vi"):
        expected = _by_template(build_outline(course, enrolled_officer, enrolment))
    assert expected in client.get(lessons[1].url).content.decode()
    assert expected in client.get(course.url).content.decode()


def test_a_translation_that_does_not_fit_falls_back_to_the_original(monkeypatch):
    from courses.templatetags import courses_tags

    monkeypatch.setattr(courses_tags, "gettext", lambda text: "%(missing)s")
    html = course_progress(_outline(3, 1, 4, 25))
    assert '<label for="progress-3">1 of 4 required items done</label>' in html
