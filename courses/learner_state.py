"""One learner's enrolment in a course and their progress in its items, read together.

Every view of a lesson or a course page needs both. Through the ORM that is two queries, each
built anew on every page view; here it is one query whose text is written once per number of
items and kept, its rows turned into the same model instances the ORM would give (the
database's own value converters applied). The catalogue reads a person's enrolments in the
courses it lists the same way.

Within a request, what was read is also kept under the person's learner stamp
(``people.learner_stamps``), which every write of their enrolments and progress replaces: in
the shared cache, so that the next lesson or course page they open on any app server reads
nothing from the database, and in the process, so that one opened there needs no round trip
either. What is kept is the rows' values; each read makes new instances of them, so a request
that changes its instances never changes another's. Without a shared cache there is no stamp
and nothing is kept."""

from __future__ import annotations

import functools
import hashlib
import weakref
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from django.core.cache import cache
from django.db import connections, router
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Model

from courses.models import Enrolment, ItemProgress
from people.cache_stamps import LOCAL_SECONDS, UNANSWERED, ProcessEntries, stamps_of_request
from people.learner_stamps import LEARNERS, learner_stamp

M = TypeVar("M", bound=Model)
Converter = Callable[[Any, Any, BaseDatabaseWrapper], Any]

# The most items a course is expected to have for its query text to be kept; beyond, the text
# is written again for each read (still one query).
KEPT_TEXTS = 128

# The learner states a process keeps (a few kilobytes each at most), each for LOCAL_SECONDS;
# the shared cache keeps each for SHARED_SECONDS.
KEPT_STATES = 4096
SHARED_SECONDS = 10 * 60
_kept = ProcessEntries(KEPT_STATES)

# A learner state's values: the enrolment's (None when not enrolled) and each progress's.
Values = tuple[tuple[Any, ...] | None, tuple[tuple[Any, ...], ...]]


def clear() -> None:
    """Forget every learner state this process keeps (the tests start each case with none)."""
    _kept.clear()


# Each connection's converters, by model: (position, column, converters) for each column that
# needs any.
_converters: weakref.WeakKeyDictionary[
    BaseDatabaseWrapper, dict[type[Model], list[tuple[int, Any, list[Converter]]]]
] = weakref.WeakKeyDictionary()


def _columns(connection: BaseDatabaseWrapper, model: type[Model], alias: str) -> str:
    quote = connection.ops.quote_name
    return ", ".join(f"{alias}.{quote(f.column)}" for f in model._meta.concrete_fields)


@functools.lru_cache(maxsize=KEPT_TEXTS)
def _query_text(db: str, item_count: int) -> str:
    """The query for a course of ``item_count`` published items on database ``db``: the
    enrolment's columns, then (joined, when there are any) those of each item's progress."""
    connection = connections[db]
    quote = connection.ops.quote_name
    enrolment = quote(Enrolment._meta.db_table)
    progress = quote(ItemProgress._meta.db_table)
    user = quote(Enrolment._meta.get_field("user").column)
    course = quote(Enrolment._meta.get_field("course").column)
    where = f"WHERE e.{user} = %s AND e.{course} = %s"
    if item_count == 0:
        columns = _columns(connection, Enrolment, "e")
        return f"SELECT {columns} FROM {enrolment} e {where}"  # noqa: S608 - our names
    progress_user = quote(ItemProgress._meta.get_field("user").column)
    progress_item = quote(ItemProgress._meta.get_field("item").column)
    places = ", ".join(["%s"] * item_count)
    columns = f"{_columns(connection, Enrolment, 'e')}, {_columns(connection, ItemProgress, 'p')}"
    return (
        f"SELECT {columns} FROM {enrolment} e LEFT JOIN {progress} p "  # noqa: S608 - our names
        f"ON p.{progress_user} = e.{user} AND p.{progress_item} IN ({places}) {where}"
    )


def _converters_for(
    connection: BaseDatabaseWrapper, model: type[Model]
) -> list[tuple[int, Any, list[Converter]]]:
    known = _converters.setdefault(connection, {})
    found = known.get(model)
    if found is None:
        found = []
        for position, field in enumerate(model._meta.concrete_fields):
            column = field.get_col(model._meta.db_table)
            own = field.get_db_converters(connection)  # type: ignore[attr-defined]
            converters = connection.ops.get_db_converters(column) + own
            if converters:
                found.append((position, column, converters))
        known[model] = found
    return found


def _converted(
    model: type[Model], connection: BaseDatabaseWrapper, values: Sequence[Any]
) -> tuple[Any, ...]:
    row = list(values)
    for position, column, converters in _converters_for(connection, model):
        value = row[position]
        for convert in converters:
            value = convert(value, column, connection)
        row[position] = value
    return tuple(row)


def _instance(model: type[M], db: str, values: Sequence[Any]) -> M:
    names = [f.attname for f in model._meta.concrete_fields]
    return model.from_db(db, names, list(values))


def _read_values(db: str, user_id: int, course_id: int, item_ids: tuple[int, ...]) -> Values:
    connection = connections[db]
    with connection.cursor() as cursor:
        cursor.execute(_query_text(db, len(item_ids)), [*item_ids, user_id, course_id])
        rows = cursor.fetchall()
    if not rows:
        return None, ()
    width = len(Enrolment._meta.concrete_fields)
    enrolment = _converted(Enrolment, connection, rows[0][:width])
    progress = tuple(
        _converted(ItemProgress, connection, row[width:])
        for row in rows
        if len(row) > width and row[width] is not None  # a joined progress row
    )
    return enrolment, progress


def _keys(
    db: str, user_id: int, course_id: int, ids: tuple[int, ...], stamp: str
) -> tuple[tuple[Any, ...], str]:
    """The keys of a learner state in the process and in the shared cache."""
    key = (db, user_id, course_id, ids, stamp, LEARNERS.current())
    digest = hashlib.sha256(repr(key).encode()).hexdigest()[:32]
    return key, f"learner-state:{user_id}:{course_id}:{digest}"


def keep_learner_state(user_id: int, course_id: int, item_ids: Sequence[int]) -> None:
    """Read the person's state in the course and keep it under their current learner stamp,
    without looking for it first.

    Called when a change of that state (an item opened or done) has just committed: the
    commit left a new stamp, under which nothing is kept yet. The learner's next page or form
    in the course (the course page after a lesson, a quiz started at its opening after its
    page was opened to wait) would make this very read; made now, it is made while the
    learner reads the page, not while they wait for the next one, and on exam day before the
    opening rather than in its burst. Outside a request, or without a shared cache, nothing
    is kept and nothing read."""
    if stamps_of_request() is None or LEARNERS.current() == UNANSWERED:
        return  # the stamp the commit left went nowhere, however the request names it
    stamp = learner_stamp(user_id)
    if stamp is None:
        return
    db = router.db_for_read(Enrolment)
    ids = tuple(item_ids)
    key, shared = _keys(db, user_id, course_id, ids, stamp)
    values = _read_values(db, user_id, course_id, ids)
    cache.set(shared, values, SHARED_SECONDS)
    _kept.put(key, values, LOCAL_SECONDS)


def read_learner_state(
    user_id: int, course_id: int, item_ids: Sequence[int], *, share: bool = True
) -> tuple[Enrolment | None, dict[int, ItemProgress]]:
    """The person's enrolment in the course (None when not enrolled) and their progress in
    each of ``item_ids`` that has any, by item, in one query, or none when it is kept under
    their current learner stamp. Without an enrolment the progress is empty, whatever rows
    there are. ``share=False`` when the caller is about to change the learner's state (a
    form posted): what is read is then not written to the shared cache, where the change
    would retire it at once."""
    db = router.db_for_read(Enrolment)
    ids = tuple(item_ids)
    stamp = learner_stamp(user_id) if stamps_of_request() is not None else None
    if stamp is None:  # outside a request, or no shared cache: read
        values = _read_values(db, user_id, course_id, ids)
    else:
        key, shared = _keys(db, user_id, course_id, ids, stamp)
        values = _kept.get(key)
        if values is None:
            values = cache.get(shared)
            if values is None:
                values = _read_values(db, user_id, course_id, ids)
                if share:
                    cache.set(shared, values, SHARED_SECONDS)
            _kept.put(key, values, LOCAL_SECONDS)
    enrolment_values, progress_values = values
    if enrolment_values is None:
        return None, {}
    progress: dict[int, ItemProgress] = {}
    for row in progress_values:
        item = _instance(ItemProgress, db, row)
        progress[item.item_id] = item
    return _instance(Enrolment, db, enrolment_values), progress


@functools.lru_cache(maxsize=KEPT_TEXTS)
def _enrolments_text(db: str, course_count: int) -> str:
    """The query for a person's enrolments in ``course_count`` courses on database ``db``."""
    connection = connections[db]
    quote = connection.ops.quote_name
    enrolment = quote(Enrolment._meta.db_table)
    user = quote(Enrolment._meta.get_field("user").column)
    course = quote(Enrolment._meta.get_field("course").column)
    places = ", ".join(["%s"] * course_count)
    columns = _columns(connection, Enrolment, "e")
    return (
        f"SELECT {columns} FROM {enrolment} e "  # noqa: S608 - our names
        f"WHERE e.{user} = %s AND e.{course} IN ({places})"
    )


def read_enrolments(user_id: int, course_ids: Sequence[int]) -> dict[int, Enrolment]:
    """The person's enrolments in these courses, by course: the ORM's instances, from one
    query whose text is kept (the catalogue reads them on every view)."""
    ids = list(course_ids)
    if not ids:
        return {}
    db = router.db_for_read(Enrolment)
    connection = connections[db]
    with connection.cursor() as cursor:
        cursor.execute(_enrolments_text(db, len(ids)), [user_id, *ids])
        rows = cursor.fetchall()
    found = (_instance(Enrolment, db, _converted(Enrolment, connection, row)) for row in rows)
    return {enrolment.course_id: enrolment for enrolment in found}
