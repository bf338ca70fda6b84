"""Writing transactions on SQLite queue on a file lock (config/sqlite/base.py): a second writer
waits for the first and begins as soon as it ends, whether it committed or rolled back."""

import fcntl
import os
import threading
import time

import pytest
from django.db import OperationalError, connections

from config.sqlite.base import DatabaseWrapper

pytestmark = [
    pytest.mark.skipif(
        connections["default"].vendor != "sqlite", reason="the SQLite backend's own behaviour"
    ),
    pytest.mark.django_db,  # lets these tests open connections of their own
]


def _connection(path, **options):
    default = connections["default"].settings_dict
    settings = {**default, "NAME": str(path), "OPTIONS": {**default["OPTIONS"], **options}}
    connection = DatabaseWrapper(settings, alias="writers")
    connection.ensure_connection()
    return connection


def _begin(connection):
    connection.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)


def _end(connection, how):
    getattr(connection, how)()
    connection.set_autocommit(True)


def _is_locked(path):
    descriptor = os.open(f"{path}-writelock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)
    return False


@pytest.mark.parametrize("how", ["commit", "rollback"])
def test_a_second_writer_begins_only_when_the_first_ends(tmp_path, how):
    path = tmp_path / "site.sqlite3"
    first = _connection(path)
    first.cursor().execute("CREATE TABLE answers (value TEXT)")
    events = []
    second_began = threading.Event()

    def second_writer():
        second = _connection(path)
        _begin(second)
        events.append("second begins")
        second.cursor().execute("INSERT INTO answers VALUES ('second')")
        _end(second, "commit")
        second.close()
        second_began.set()

    _begin(first)
    assert _is_locked(path)
    first.cursor().execute("INSERT INTO answers VALUES ('first')")
    thread = threading.Thread(target=second_writer)
    thread.start()
    assert not second_began.wait(0.3), "the second writer waits while the first is open"
    events.append(f"first {how}s")
    _end(first, how)
    thread.join(10)
    assert events == [f"first {how}s", "second begins"]
    assert not _is_locked(path), "the lock is given back when the writers are done"
    rows = [row[0] for row in first.cursor().execute("SELECT value FROM answers").fetchall()]
    assert rows == (["first", "second"] if how == "commit" else ["second"])
    first.close()


def test_closing_a_connection_in_a_transaction_gives_the_lock_back(tmp_path):
    path = tmp_path / "site.sqlite3"
    connection = _connection(path)
    _begin(connection)
    assert _is_locked(path)
    connection.close()
    assert not _is_locked(path)


def test_a_database_in_memory_takes_no_lock(tmp_path):
    connection = _connection(":memory:")
    _begin(connection)
    _end(connection, "commit")
    connection.close()
    assert not list(tmp_path.iterdir())


def test_a_write_outside_a_transaction_waits_its_turn_too(tmp_path):
    path = tmp_path / "site.sqlite3"
    setup = _connection(path)
    setup.cursor().execute("CREATE TABLE answers (value TEXT)")
    setup.close()
    events = []
    done = threading.Event()

    def single_write():
        second = _connection(path)
        second.cursor().execute("SELECT count(*) FROM answers")  # reading never waits
        events.append("second read")
        second.cursor().execute("INSERT INTO answers VALUES ('second')")  # its own transaction
        events.append("second wrote")
        second.close()
        done.set()

    # Another writer holds the queue's lock (SQLite's own lock is free: without the queue the
    # statement would go through at once).
    holder = os.open(f"{path}-writelock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(holder, fcntl.LOCK_EX)
    thread = threading.Thread(target=single_write)
    thread.start()
    assert not done.wait(0.3)
    assert events == ["second read"]
    events.append("the other writer is done")
    fcntl.flock(holder, fcntl.LOCK_UN)
    os.close(holder)
    thread.join(10)
    assert events == ["second read", "the other writer is done", "second wrote"]
    assert not _is_locked(path)


def test_a_writer_waits_no_longer_than_the_busy_timeout_then_sqlite_decides(tmp_path):
    path = tmp_path / "site.sqlite3"
    first = _connection(path)
    first.cursor().execute("CREATE TABLE answers (value TEXT)")
    _begin(first)
    first.cursor().execute("INSERT INTO answers VALUES ('first')")
    outcome = []

    def impatient_writer():
        second = _connection(path, timeout=0.2)
        try:
            _begin(second)  # the lock is not given within 0.2 s; SQLite then refuses at once
        except OperationalError as error:
            outcome.append(str(error))
        finally:
            second.close()

    thread = threading.Thread(target=impatient_writer)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "a writer never waits for ever"
    assert outcome and "locked" in outcome[0]
    _end(first, "commit")
    # The impatient writer's helper gets the lock now and lets it go at once.
    for _pause in range(200):
        if not _is_locked(path):
            break
        time.sleep(0.01)
    assert not _is_locked(path)
    first.close()
