"""Catalogue search that ignores Vietnamese diacritics and case, the same on every database.

Pages keep plain (unaccented) and folded (accented, lower-case) copies of their text in
columns (``courses.text.index_form``), so a search is a handful of ``contains`` conditions on
those columns: every word of the query must be a word of the course or of one of its
published lessons (the last may be the start of one), and courses matching the query with its
diacritics exactly rank before those matching only without them.
"""

from __future__ import annotations

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When

from courses.models import LessonPage
from courses.text import index_form, search_terms


def search_courses(courses: QuerySet, query: str) -> QuerySet:
    """Filter a CoursePage queryset to ``query`` and order it by rank, then title."""
    terms = search_terms(query)
    if not terms:  # only punctuation: nothing can match
        return courses.none()
    lessons = LessonPage.objects.live().filter(path__startswith=OuterRef("path"))
    matches = Q()
    for position, term in enumerate(terms, start=1):
        # Whole words, except that the last may be the start of a word ("pivot" for PivotTable).
        word = f" {term}" if position == len(terms) else f" {term} "
        matches &= (
            Q(search_title_plain__contains=word)
            | Q(search_text_plain__contains=word)
            | Q(Exists(lessons.filter(search_text_plain__contains=word)))
        )
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
