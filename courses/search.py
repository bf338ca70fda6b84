"""Catalogue search that ignores Vietnamese diacritics and case, the same on every database.

Pages keep plain (unaccented) and folded (accented, lower-case) copies of their text in
columns, so a search is a handful of ``contains`` conditions on those columns: every word of
the query must appear in the course or one of its published lessons, and courses matching the
query with its diacritics exactly rank before those matching only without them.
"""

from __future__ import annotations

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When

from courses.models import LessonPage
from courses.text import fold, plain, search_terms


def search_courses(courses: QuerySet, query: str) -> QuerySet:
    """Filter a CoursePage queryset to ``query`` and order it by rank, then title."""
    terms = search_terms(query)
    if not terms:
        return courses
    lessons = LessonPage.objects.live().filter(path__startswith=OuterRef("path"))
    matches = Q()
    for term in terms:
        matches &= (
            Q(search_title_plain__contains=term)
            | Q(search_text_plain__contains=term)
            | Q(Exists(lessons.filter(search_text_plain__contains=term)))
        )
    phrase_exact, phrase_plain = fold(query), plain(query)
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
