"""Management commands speak the site's language: Vietnamese by default (LANGUAGE_CODE), English
when English is the active language or the site's default.

Each case runs a command and checks its output (or its refusal) for a phrase of the language and
for no word of the other one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command, load_command_class
from django.utils import translation

from home.demo import DEMO_ACCOUNTS
from tests.factories.quizzes import QuestionCategoryFactory, QuestionFactory

pytestmark = pytest.mark.django_db

# Words of the English messages that no Vietnamese message uses.
ENGLISH = re.compile(
    r"\b(created|sent|wrote|written|error|done|closed|demo|accounts?|nothing|officers?|"
    r"attempts?|backup|rows|files|keys|handed|queued|there is|no job|refusing|statements?|"
    r"scores?|catalogues?|questions?|newcomers|emails|production|development|password)\b",
    re.IGNORECASE,
)
# Words of the Vietnamese messages that no English message (nor the data they show) uses.
VIETNAMESE = re.compile(
    r"Đã |Không |được|cán bộ|lượt làm bài|Tài khoản|tệp|bản ghi|kết quả|công việc|sao lưu|"
    r"dòng dữ liệu|mật khẩu|câu hỏi|cấu hình"
)


@pytest.fixture(autouse=True)
def _language_left_alone():
    """What a command sees when run from a shell: no language activated by anyone."""
    translation.deactivate()
    yield
    translation.deactivate()


@dataclass
class Run:
    out: str
    err: str


def run(name: str, *args: str, **options) -> Run:
    """The command's standard output and error, or its refusal's message as ``err``."""
    out, err = StringIO(), StringIO()
    try:
        call_command(name, *args, stdout=out, stderr=err, **options)
    except CommandError as refusal:
        err.write(str(refusal))
    return Run(out.getvalue(), err.getvalue())


def assert_vietnamese(text: str, phrase: str, *, ignore: tuple[str, ...] = ()) -> None:
    assert phrase in text, text
    for data in ignore:
        text = text.replace(data, "")
    assert ENGLISH.findall(text) == [], text


def assert_english(text: str, phrase: str, *, ignore: tuple[str, ...] = ()) -> None:
    assert phrase in text, text
    for data in ignore:
        text = text.replace(data, "")
    assert VIETNAMESE.findall(text) == [], text


# The demo loader itself is slow and tested elsewhere: these cases are about what is printed.
@pytest.fixture
def demo_without_loading(monkeypatch):
    monkeypatch.setattr("home.management.commands.seed_demo.seed_demo", lambda log: None)


def _seed_demo(tmp_path: Path, settings) -> str:
    return run("seed_demo").out


def _seed_demo_refused(tmp_path: Path, settings) -> str:
    settings.DEMO_DATA_ALLOWED = False
    return run("seed_demo").err


def _close_overdue_attempts(tmp_path: Path, settings) -> str:
    return run("close_overdue_attempts").out


def _refresh_report_snapshots(tmp_path: Path, settings) -> str:
    return run("refresh_report_snapshots", "--min-officers", "1000").out


def _send_reminders(tmp_path: Path, settings) -> str:
    return run("send_reminders").out


def _export_questions(tmp_path: Path, settings) -> str:
    category = QuestionCategoryFactory(name="Tin học")
    QuestionFactory.create_batch(2, category=category)
    return run(
        "export_questions", "--category", "Tin học", "--format", "gift", "-o", str(tmp_path / "q")
    ).out


def _export_questions_refused(tmp_path: Path, settings) -> str:
    return run("export_questions", "--category", "Mạng nội bộ", "--format", "gift", "-o", "x").err


def _create_signing_key_refused(tmp_path: Path, settings) -> str:
    settings.DEMO_DATA_ALLOWED = False
    return run("create_signing_key").err


def _unknown_scheduler_job(tmp_path: Path, settings) -> str:
    return run("run_scheduler", "--now", "no_such_job").err


def _backup(tmp_path: Path, settings) -> str:
    return run("backup", str(tmp_path / "site.tar.gz")).out


def _restore_missing_archive(tmp_path: Path, settings) -> str:
    return run("restore", str(tmp_path / "missing.tar.gz")).err


def _send_lti_scores(tmp_path: Path, settings) -> str:
    return run("send_lti_scores").out


def _send_xapi_statements(tmp_path: Path, settings) -> str:
    return run("send_xapi_statements").out


def _close_overdue_attempts_help(tmp_path: Path, settings) -> str:
    command = load_command_class("quizzes", "close_overdue_attempts")
    return command.create_parser("manage.py", "close_overdue_attempts").format_help()


# (what runs, a Vietnamese phrase, an English phrase, data the output may show in either language)
CASES: list[tuple[Callable[[Path, object], str], str, str, tuple[str, ...]]] = [
    (
        _seed_demo,
        "Tài khoản mẫu (mật khẩu dùng khi phát triển: KyNangSo@2026):",
        "Demo accounts (development password: KyNangSo@2026):",
        tuple(account.email for account in DEMO_ACCOUNTS),
    ),
    (_seed_demo_refused, "cấu hình vận hành chính thức", "(production)", ("seed_demo",)),
    (_close_overdue_attempts, "Đã đóng 0 lượt làm bài.", "0 attempts closed.", ()),
    (
        _refresh_report_snapshots,
        "Không đơn vị nào có từ 1.000 cán bộ trở lên",
        "No unit has 1,000 officers or more",
        (),
    ),
    (_send_reminders, "Cán bộ mới được giao: 0", "Newcomers added: 0", ()),
    (_export_questions, "Đã ghi 2 câu hỏi của Tin học vào", "2 questions of Tin học written", ()),
    (_export_questions_refused, "Không có danh mục", "There is no category", ()),
    (_create_signing_key_refused, "Không tạo khóa tự ký", "Refusing to make a self-signed", ()),
    (_unknown_scheduler_job, "Không có công việc nào tên", "There is no job named", ()),
    (_backup, "Đã ghi bản sao lưu vào", "Backup written to", ("site.tar.gz",)),
    (_restore_missing_archive, "Không có tệp sao lưu tại", "No backup archive at", ()),
    (_send_lti_scores, "Đã gửi 0 trên 0 kết quả.", "0 of 0 scores sent.", ()),
    (_send_xapi_statements, "Đã gửi 0 bản ghi xAPI.", "0 statements sent.", ()),
    (_close_overdue_attempts_help, "Đóng và chấm các lượt làm bài", "Close and grade quiz", ()),
]
IDS = [case[0].__name__.lstrip("_") for case in CASES]


@pytest.mark.parametrize(("command", "vietnamese", "english", "data"), CASES, ids=IDS)
def test_a_command_speaks_vietnamese_by_default(
    command, vietnamese, english, data, tmp_path, demo_without_loading, settings
):
    assert settings.LANGUAGE_CODE == "vi"
    output = command(tmp_path, settings)
    assert_vietnamese(output, vietnamese, ignore=(str(tmp_path), *data))


@pytest.mark.parametrize(("command", "vietnamese", "english", "data"), CASES, ids=IDS)
def test_a_command_speaks_english_when_english_is_active(
    command, vietnamese, english, data, tmp_path, demo_without_loading, settings
):
    with translation.override("en"):
        output = command(tmp_path, settings)
    assert_english(output, english, ignore=(str(tmp_path), *data))


def test_a_site_whose_default_language_is_english_gets_english_commands(settings):
    settings.LANGUAGE_CODE = "en"
    assert_english(run("close_overdue_attempts").out, "0 attempts closed.")


def test_the_demo_accounts_show_their_roles_in_the_language(demo_without_loading):
    vietnamese = run("seed_demo").out
    with translation.override("en"):
        english = run("seed_demo").out
    assert "Quản trị viên" in vietnamese and "Cán bộ" in vietnamese
    assert "Administrator" in english and "Officer" in english


def test_the_word_lists_catch_the_other_language():
    with pytest.raises(AssertionError):
        assert_vietnamese("Đã đóng 0 lượt làm bài. 3 attempts closed.", "Đã đóng")
    with pytest.raises(AssertionError):
        assert_english("0 attempts closed. Đã đóng 0 lượt làm bài.", "0 attempts closed.")
