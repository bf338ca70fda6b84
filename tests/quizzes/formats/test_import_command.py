"""``manage.py import_questions``: JSON output and exit statuses (saving is tested in
``tests/quizzes/test_import_export_integration.py``)."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from .conftest import ROOT, fixture_path


def run(*args: str) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    try:
        call_command("import_questions", *args, stdout=out, stderr=err)
    except SystemExit as exit_:
        return int(exit_.code), out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "bank.gift"
    path.write_text(
        "$CATEGORY: $course$/top/Word\n\n"
        "::Sao chép::Phím nào sao chép?{=Ctrl+C#Đúng ~Ctrl+V}\n\n"
        "::Pi::Pi?{#3.141..3.142}\n\n"
        "::TF::Trời xanh.{T}\n",
        encoding="utf-8",
    )
    return path


def test_json_output_is_exactly_questions_and_errors(good):
    status, out, _err = run(str(good), "--dry-run", "--json")
    assert status == 0
    data = json.loads(out)
    assert set(data) == {"questions", "errors"}
    assert data["errors"] == []
    choice, pi, true_false = data["questions"]
    assert set(choice) == {
        "type",
        "name",
        "text",
        "general_feedback",
        "default_mark",
        "category",
        "tags",
        "answers",
        "pairs",
    }
    assert choice["type"] == "single_choice" and choice["category"] == "Word"
    assert choice["answers"][0] == {
        "text": "Ctrl+C",
        "fraction": 1.0,
        "feedback": "Đúng",
        "tolerance": None,
    }
    assert pi["answers"] == [
        {"text": "3.1415", "fraction": 1.0, "feedback": None, "tolerance": 0.0005}
    ]
    assert [a["text"] for a in true_false["answers"]] == ["true", "false"]
    assert [a["fraction"] for a in true_false["answers"]] == [1.0, 0.0]


def test_category_option_puts_the_file_below_it(good):
    _status, out, _err = run(str(good), "--dry-run", "--json", "--category", "Tin học/Office")
    assert {q["category"] for q in json.loads(out)["questions"]} == {"Tin học/Office/Word"}


def test_errors_exit_with_status_2_and_line_numbers(tmp_path):
    path = tmp_path / "bad.gift"
    path.write_text("::Ok::Fine{T}\n\n::Bad::Pick{~%33%a ~b}\n", encoding="utf-8")
    status, out, _err = run(str(path), "--dry-run", "--json")
    assert status == 2
    data = json.loads(out)
    assert [q["name"] for q in data["questions"]] == ["Ok"]
    assert data["errors"][0]["line"] == 3 and '"Bad"' in data["errors"][0]["message"]


def test_errors_are_listed_on_stderr_without_json(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("type,name\nessay,E\n", encoding="utf-8")
    status, out, err = run(str(path), "--dry-run")
    assert status == 2
    assert "Row 1:" in err and "text" in err


def test_the_format_is_guessed_or_given(tmp_path):
    path = tmp_path / "bank.data"
    path.write_text("Q?\nA) x\nB) y\nANSWER: B\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Cannot tell the format"):
        run(str(path), "--dry-run")
    status, out, _err = run(str(path), "--dry-run", "--format", "aiken", "--json")
    assert status == 0 and len(json.loads(out)["questions"]) == 1


def test_a_missing_file_cannot_be_read():
    with pytest.raises(CommandError, match="Cannot read"):
        run("/no/such/file.gift", "--dry-run")


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.gift"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    status, out, _err = run(str(path), "--dry-run", "--json")
    assert status == 2
    (error,) = json.loads(out)["errors"]
    assert error["line"] == 1 and "20.0 MB" in error["message"]


def test_dry_run_lists_the_questions_as_learners_see_them():
    path = fixture_path("moodle", "xml", "truefalse.xml")
    status, out, _err = run(str(path), "--dry-run")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "truefalse.xml: 2 question(s), 0 error(s)."
    assert lines[2].startswith(
        "1. Moodle [Moodle logo] is an acronym for Modular Object-Oriented Dynamic Learning "
        "Education."
    )
    assert lines[-1] == "Dry run: nothing was saved."


def test_the_real_command_line_exit_status(good):
    bad = good.with_name("bad.gift")
    bad.write_text("::Hỏng::Câu hỏi {=A ~B\n", encoding="utf-8")
    statuses = []
    for path in (good, bad):
        command = [
            sys.executable,
            str(ROOT / "manage.py"),
            "import_questions",
            str(path),
            "--dry-run",
            "--json",
        ]
        completed = subprocess.run(  # noqa: S603 - our own manage.py
            command, capture_output=True, text=True, cwd=ROOT, check=False
        )
        statuses.append(completed.returncode)
        if path == good:
            assert len(json.loads(completed.stdout)["questions"]) == 3
    assert statuses == [0, 2]


@pytest.mark.parametrize("name", ["template.xlsx", "template.csv"])
def test_template_option_writes_a_template_that_imports(tmp_path, name):
    path = tmp_path / name
    status, out, _err = run("--template", str(path))
    assert status == 0 and "Template written" in out
    status, out, _err = run(str(path), "--dry-run", "--json")
    assert status == 0
    assert len(json.loads(out)["questions"]) == 8


def test_a_path_is_needed_without_template():
    with pytest.raises(CommandError, match="--template"):
        run("--dry-run")


def test_the_dry_run_names_question_types_in_words_not_internal_keys(tmp_path):
    from io import StringIO

    from django.core.management import call_command
    from django.utils import translation

    path = tmp_path / "q.gift"
    path.write_text("::Q1:: Hai cộng hai bằng bốn? {T}\n", encoding="utf-8")
    out = StringIO()
    with translation.override("vi"):
        call_command("import_questions", str(path), "--dry-run", stdout=out, stderr=StringIO())
    assert "  Đúng/sai: 1" in out.getvalue().splitlines()
    assert "true_false" not in out.getvalue()
