"""Catalogue search for Vietnamese that respects what people type, the same on every database.

Pages keep plain (unaccented) and folded (accented, lower-case) copies of their text in
columns (``courses.text.index_form``), so a search is a handful of ``contains`` conditions on
those columns. Every word of the query must be a word of the course or of one of its
published lessons, from its start: whole words, except that the last may be the start of one.

A query typed without diacritics ignores them ("dang" finds "Đảng" and "đang"). A query typed
with diacritics means its words as written: "mật khẩu" finds "mật khẩu", never "mất … khâu".
Only when no course has the words as written does it fall back to matching them without
diacritics, so a slip of the keyboard still finds something.
"""

from __future__ import annotations

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When

from courses.models import LessonPage
from courses.text import index_form, search_terms


def _every_word(terms: list[str], form: str, lessons: QuerySet) -> Q:
    """Each term is a word (the last may be the start of one) of the course or a lesson."""
    matches = Q()
    for position, term in enumerate(terms, start=1):
        word = f" {term}" if position == len(terms) else f" {term} "
        matches &= (
            Q(**{f"search_title_{form}__contains": word})
            | Q(**{f"search_text_{form}__contains": word})
            | Q(Exists(lessons.filter(**{f"search_text_{form}__contains": word})))
        )
    return matches


def search_courses(courses: QuerySet, query: str) -> QuerySet:
    """Filter a CoursePage queryset to ``query`` and order it by rank, then title."""
    terms = search_terms(query)
    if not terms:  # only punctuation: nothing can match
        return courses.none()
    lessons = LessonPage.objects.live().filter(path__startswith=OuterRef("path"))
    matches = _every_word(terms, "plain", lessons)
    typed = search_terms(query, exact=True)
    if typed != terms:  # the query has diacritics: as written, unless nothing has them so
        as_written = _every_word(typed, "exact", lessons)
        if courses.filter(as_written).exists():
            matches = as_written
    phrase_exact = index_form(query, exact=True).rstrip()
    phrase_plain = index_form(query).rstrip()
    rank = Case(
        When(search_title_exact__contains=phrase_exact, then=Value(0)),
        When(search_text_exact__contains=phrase_exact, then=Value(1)),
        When(Exists(lessons.filter(search_text_exact__contains=phrase_exact)), then=Value(2)),
        When(search_title_plain__contains=phrase_plain, then=Value(3)),
        When(search_text_plain__contains=phrase_plain, then=Value(4)),
        default=Value(5),
        output_field=IntegerField(),
    )
    return courses.filter(matches).annotate(search_rank=rank).order_by("search_rank", "title")
