"""Question files into the bank and back out: the commands, the round trip through the
database for every type in every export format, embedded images, and the admin import."""

from __future__ import annotations

import base64
import dataclasses
import io
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from quizzes.formats import gift, moodlexml, spreadsheet
from quizzes.formats.records import Question as Record
from quizzes.formats.records import TextFormat
from quizzes.models import ImportLog, PendingImport, Question, QuestionCategory
from quizzes.question_types import QuestionType
from quizzes.services import question_files
from quizzes.services.categories import category_for_path
from quizzes.services.exchange import category_records, save_question_records
from tests.quizzes.formats.test_round_trips import bank

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    from django.utils import translation

    with translation.override("en"):
        yield


GOOD_GIFT = (
    "$CATEGORY: $course$/top/Word\n\n"
    "::Sao chép::Phím nào sao chép?{=Ctrl+C#Đúng ~Ctrl+V}\n\n"
    "::Pi::Pi?{#3.141..3.142}\n\n"
    "::TF::Trời xanh.{T}\n"
)
BAD_GIFT = "::Một::Câu một {=A ~B}\n\n::Hai::Câu hai {=A ~%150%B}\n\n::Ba::Câu ba {T}\n"


def run(command: str, *args: str) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    try:
        call_command(command, *args, stdout=out, stderr=err)
    except SystemExit as exit_:
        return int(exit_.code), out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def category_at(path: str) -> QuestionCategory:
    from quizzes.management.commands.export_questions import find_category

    found = find_category(path)
    assert found is not None, path
    return found


# The import command -----------------------------------------------------------------------


def test_the_import_command_saves_below_the_category_and_logs_it(tmp_path):
    path = write(tmp_path, "bank.gift", GOOD_GIFT)
    status, out, err = run("import_questions", str(path), "--category", "Tin học/Văn phòng")
    assert status == 0, err
    assert "3 question(s) imported into Tin học / Văn phòng" in out.splitlines()[-1]
    word = category_at("Tin học/Văn phòng/Word")
    assert sorted(Question.objects.filter(category=word).values_list("name", flat=True)) == [
        "Pi",
        "Sao chép",
        "TF",
    ]
    assert not Question.objects.filter(live=True).exists()  # drafts awaiting review
    log = ImportLog.objects.get()
    assert (log.user, log.file_name, log.file_format, log.imported, log.errors) == (
        None,
        "bank.gift",
        "gift",
        3,
        0,
    )
    assert log.category == category_at("Tin học/Văn phòng")


def test_importing_twice_adds_the_questions_again_without_new_categories(tmp_path):
    path = write(tmp_path, "bank.gift", GOOD_GIFT)
    assert run("import_questions", str(path), "--category", "A")[0] == 0
    assert run("import_questions", str(path), "--category", "A")[0] == 0
    assert QuestionCategory.objects.filter(name="Word").count() == 1
    assert Question.objects.count() == 6
    assert ImportLog.objects.count() == 2


def test_without_a_category_questions_naming_none_go_into_one_named_after_the_file(tmp_path):
    path = write(tmp_path, "an-toan.gift", "::Một::Câu một {=A ~B}\n")
    assert run("import_questions", str(path))[0] == 0
    assert Question.objects.get().category == category_at("an-toan")


def test_a_file_with_errors_saves_nothing_and_exits_2(tmp_path):
    path = write(tmp_path, "bad.gift", BAD_GIFT)
    status, _out, err = run("import_questions", str(path), "--category", "A")
    assert status == 2
    assert "Line 3:" in err
    assert not Question.objects.exists()
    assert not QuestionCategory.objects.exists()
    assert not ImportLog.objects.exists()


def test_dry_run_saves_nothing(tmp_path):
    path = write(tmp_path, "bank.gift", GOOD_GIFT)
    status, out, _err = run("import_questions", str(path), "--dry-run", "--category", "A")
    assert status == 0 and "nothing was saved" in out
    assert not Question.objects.exists() and not ImportLog.objects.exists()


def test_a_failure_while_saving_leaves_nothing_half_saved(tmp_path, monkeypatch):
    path = write(tmp_path, "bank.gift", GOOD_GIFT)
    calls = []
    real = Question.save_revision

    def failing(self, *args, **kwargs):
        calls.append(self.name)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Question, "save_revision", failing)
    with pytest.raises(RuntimeError):
        run("import_questions", str(path), "--category", "A")
    assert not Question.objects.exists()
    assert not QuestionCategory.objects.exists()
    assert not ImportLog.objects.exists()


# Embedded images --------------------------------------------------------------------------


def png_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (3, 2), "red").save(buffer, "PNG")
    return buffer.getvalue()


def test_embedded_images_become_wagtail_images_in_the_question_text(tmp_path):
    from wagtail.images import get_image_model

    data = base64.b64encode(png_bytes()).decode()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Ảnh</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Màu đỏ? <img src="@@PLUGINFILE@@/do%20tuoi.png" alt="ô đỏ"></p>]]></text>
      <file name="do tuoi.png" path="/" encoding="base64">{data}</file>
    </questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
"""
    path = write(tmp_path, "anh.xml", xml)
    status, out, err = run("import_questions", str(path), "--category", "Ảnh")
    assert status == 0, err
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (3, 2)
    question = Question.objects.get()
    assert f'<embed embedtype="image" id="{image.pk}"' in question.text
    assert 'alt="ô đỏ"' in question.text
    assert "@@PLUGINFILE@@" not in question.text
    assert "<img" in question.to_snapshot()["text"]
    assert ImportLog.objects.get().images == 1
    assert "1 image(s)" in out


# The export command and round trips through the database -----------------------------------


def stored_records(category: QuestionCategory) -> list[Record]:
    records, _categories = category_records(category)
    return records


def without_category(record: Record) -> Record:
    """A record to compare: without its category path (imported below another category), and
    without the format of an empty combined feedback, which the bank does not keep."""
    empty = {
        f"{name}_format": TextFormat.HTML
        for name in ("correct_feedback", "partially_correct_feedback", "incorrect_feedback")
        if not getattr(record, name)
    }
    return dataclasses.replace(record, category=None, **empty)


ROUND_TRIP = {
    "moodlexml": ("bank.xml", lambda record: record),
    "gift": ("bank.gift", gift.round_trip_form),
    "xlsx": ("bank.xlsx", spreadsheet.round_trip_form),
}


@pytest.mark.parametrize("key", sorted(ROUND_TRIP))
def test_export_then_import_gives_back_the_same_questions(tmp_path, key):
    name, round_trip_form = ROUND_TRIP[key]
    source = category_for_path(None, "Nguồn")
    save_question_records(bank(), source, None)
    before = stored_records(source)
    assert {str(record.type) for record in before} == {str(t) for t in QuestionType}

    output = tmp_path / name
    status, out, _err = run(
        "export_questions", "--category", "Nguồn", "--format", key, "-o", str(output)
    )
    assert status == 0 and f"{len(before)} questions of Nguồn written to" in out
    status, _out, err = run("import_questions", str(output), "--category", "Về")
    assert status == 0, err

    after = stored_records(category_at("Về/Nguồn"))
    assert [r.category for r in after] == [f"Về/{r.category}" for r in before]
    expected = [without_category(round_trip_form(record)) for record in before]
    assert [without_category(record) for record in after] == expected


def test_moodle_xml_export_reads_back_to_every_stored_field():
    source = category_for_path(None, "Nguồn")
    save_question_records(bank(), source, None)
    data = question_files.export_category(source, "moodlexml")
    parsed = moodlexml.parse(data)
    assert parsed.errors == []
    assert parsed.questions == stored_records(source)


def test_export_of_an_unknown_category_is_refused(tmp_path):
    with pytest.raises(CommandError, match="Không có|no category"):
        run("export_questions", "--category", "Không có", "--format", "gift", "-o", "x.gift")


def test_export_reads_a_category_in_a_fixed_number_of_queries(django_assert_max_num_queries):
    source = category_for_path(None, "Nguồn")
    save_question_records(bank() * 3, source, None)
    source.refresh_from_db()
    with django_assert_max_num_queries(8):
        question_files.export_category(source, "gift")


# The admin import and export --------------------------------------------------------------

IMPORT_URL = "/admin/quizzes/import/"
EXPORT_URL = "/admin/quizzes/export/"


def upload(client, name: str, text: str, **extra: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {"file": SimpleUploadedFile(name, text.encode("utf-8")), **extra}
    return client.post(IMPORT_URL, data)


def token_of(response) -> str:
    return response.context["confirm_form"].initial["token"]


@pytest.mark.parametrize("persona", ["officer", "manager", "outsider"])
def test_people_who_cannot_add_questions_cannot_reach_import_or_export(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    for url in (IMPORT_URL, EXPORT_URL):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "/login/" in response["Location"] or response["Location"] == "/admin/"
    response = upload(client, "bank.gift", GOOD_GIFT)
    assert response.status_code in (302, 403)
    assert not PendingImport.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client):
    for url in (IMPORT_URL, EXPORT_URL):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]


def test_a_trainer_sees_the_import_and_export_pages_and_menu(client, trainer):
    client.force_login(trainer)
    response = client.get(IMPORT_URL)
    assert response.status_code == 200
    assert 'type="file"' in response.content.decode()
    assert client.get(EXPORT_URL).status_code == 200
    assert IMPORT_URL in client.get("/admin/").content.decode()


def test_the_preview_shows_counts_questions_and_errors_with_lines_and_saves_nothing(
    client, trainer
):
    client.force_login(trainer)
    response = upload(client, "bad.gift", BAD_GIFT)
    assert response.status_code == 200
    page = response.content.decode()
    # The admin speaks the trainer's language: read the words from the context.
    assert f"{response.context['unit_label']} 3: " in page and "150%" in page
    assert "Câu một" in page and "Câu ba" in page  # rendered as learners see them
    assert [(str(label), count) for label, count in response.context["counts"]] == [
        (str(QuestionType.SINGLE_CHOICE.label), 1),
        (str(QuestionType.TRUE_FALSE.label), 1),
    ]
    assert 'name="only_valid"' in page
    assert not Question.objects.exists() and not ImportLog.objects.exists()


def test_nothing_is_imported_while_errors_remain(client, trainer):
    client.force_login(trainer)
    token = token_of(upload(client, "bad.gift", BAD_GIFT))
    response = client.post(IMPORT_URL, {"token": token, "new_category": "Kho"})
    assert response.status_code == 200
    assert response.context["confirm_form"].non_field_errors()
    assert not Question.objects.exists() and not ImportLog.objects.exists()


def test_import_only_the_valid_questions_saves_just_those_and_logs_it(client, trainer):
    client.force_login(trainer)
    token = token_of(upload(client, "bad.gift", BAD_GIFT))
    response = client.post(
        IMPORT_URL, {"token": token, "new_category": "Kho/Đợt 1", "only_valid": "on"}
    )
    assert response.status_code == 302
    assert sorted(Question.objects.values_list("name", flat=True)) == ["Ba", "Một"]
    assert set(Question.objects.values_list("created_by", flat=True)) == {trainer.pk}
    log = ImportLog.objects.get()
    assert (log.user, log.file_name, log.imported, log.skipped, log.errors) == (
        trainer,
        "bad.gift",
        2,
        1,
        1,
    )
    assert log.category == category_at("Kho/Đợt 1")
    assert not PendingImport.objects.exists()


def test_a_clean_file_imports_into_the_chosen_category(client, trainer):
    client.force_login(trainer)
    target = category_for_path(None, "Tin học")
    token = token_of(upload(client, "bank.txt", GOOD_GIFT, file_format="gift"))
    response = client.post(IMPORT_URL, {"token": token, "category": target.pk})
    assert response.status_code == 302
    assert Question.objects.filter(category=category_at("Tin học/Word")).count() == 3
    assert ImportLog.objects.get().category == target


def test_another_users_upload_cannot_be_imported(client, trainer, administrator):
    client.force_login(trainer)
    token = token_of(upload(client, "bank.gift", GOOD_GIFT))
    client.force_login(administrator)
    response = client.post(IMPORT_URL, {"token": token, "new_category": "Kho"})
    assert response.status_code == 404
    assert not Question.objects.exists()
    assert PendingImport.objects.get().user == trainer


def test_a_file_of_unknown_kind_is_refused_with_a_message(client, trainer):
    client.force_login(trainer)
    response = upload(client, "bank.pdf", "%PDF-1.4")
    assert response.status_code == 200
    assert response.context["upload_form"].errors["file_format"]
    assert "bank.pdf" in response.content.decode()
    assert not PendingImport.objects.exists()


def test_the_admin_export_downloads_a_category_in_each_format(client, trainer):
    client.force_login(trainer)
    source = category_for_path(None, "Nguồn")
    save_question_records(bank(), source, None)
    for key, parse in (
        ("gift", gift.parse),
        ("moodlexml", moodlexml.parse),
        ("xlsx", spreadsheet.parse_xlsx),
    ):
        response = client.get(EXPORT_URL, {"category": source.pk, "file_format": key})
        assert response.status_code == 200, key
        assert "attachment" in response["Content-Disposition"]
        parsed = parse(response.content)
        assert parsed.errors == [] and len(parsed.questions) == len(bank()), key
