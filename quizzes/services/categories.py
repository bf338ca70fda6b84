"""The question bank's tree of categories: placing a category, and finding (or making) one by its
path."""

from __future__ import annotations

from django.db import transaction

from quizzes.formats.records import split_category_path
from quizzes.models import QuestionCategory


@transaction.atomic
def place_category(category: QuestionCategory, parent: QuestionCategory | None) -> QuestionCategory:
    """Save a category at its place in the tree: under ``parent``, or at the top."""
    if category.pk is None:
        if parent is not None:
            return parent.add_child(instance=category)
        return QuestionCategory.add_root(instance=category)
    category.save()
    current = category.get_parent()
    if (current.pk if current else None) != (parent.pk if parent else None):
        if parent is not None:
            category.move(parent, pos="sorted-child")
        else:
            category.move(QuestionCategory.get_first_root_node(), pos="sorted-sibling")
        category.refresh_from_db()
    return category


def category_for_path(base: QuestionCategory | None, path: str | None) -> QuestionCategory | None:
    """The category at ``path`` ("A/B", "//" a literal slash) below ``base`` (or from the top
    when ``base`` is None), created where missing."""
    category = base
    for name in split_category_path(path or ""):
        name = name.strip()
        if not name:
            continue
        siblings = category.get_children() if category else QuestionCategory.get_root_nodes()
        found = siblings.filter(name=name).first()
        if found is None:
            found = place_category(QuestionCategory(name=name), category)
        category = found
    return category
