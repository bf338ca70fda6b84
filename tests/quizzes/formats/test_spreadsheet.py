"""Spreadsheets: our layout in XLSX and CSV, the template, and row-numbered errors."""

import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from quizzes.formats import spreadsheet
from quizzes.formats.records import Answer, Question, QuestionType, TextFormat, normalise

HEADER = "type,name,text,answer_1,weight_1,feedback_1,answer_2,weight_2,feedback_2"


def csv_result(text: str, encoding: str = "utf-8"):
    return spreadsheet.parse_csv(text.encode(encoding))


def xlsx(rows: list[list], number_formats: dict[str, str] | None = None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for coordinate, number_format in (number_formats or {}).items():
        sheet[coordinate].number_format = number_format
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_template_has_one_example_of_every_type_and_imports_cleanly(kind):
    data = spreadsheet.build_template(kind)
    parse = spreadsheet.parse_xlsx if kind == "xlsx" else spreadsheet.parse_csv
    result = parse(data)
    assert result.errors == [] and result.warnings == []
    assert [q.type for q in result.questions] == list(QuestionType)
    assert result.questions == spreadsheet.template_questions()


def test_the_xlsx_template_explains_every_column_in_the_trainers_language():
    from django.utils import translation

    with translation.override("vi"):
        workbook = load_workbook(io.BytesIO(spreadsheet.build_template("xlsx")))
    assert workbook.sheetnames[0] == "Questions"
    instructions = workbook.worksheets[1]
    columns = [row[0] for row in instructions.iter_rows(min_row=2, values_only=True)]
    assert {"category", "type", "text", "weight_1, weight_2…", "match_1, match_2…"} <= set(columns)
    assert instructions["A1"].value == "Cột"


def test_csv_with_commas_semicolons_and_a_byte_order_mark():
    rows = [
        HEADER,
        'single_choice,Q1,"Pick, one",yes,100,good,no,0,"bad, very"',
    ]
    for text in ("\n".join(rows), "\ufeff" + "\r\n".join(rows)):
        (question,) = csv_result(text).questions
        assert question.text == "Pick, one"
        assert [(a.text, a.fraction, a.feedback) for a in question.answers] == [
            ("yes", 1, "good"),
            ("no", 0, "bad, very"),
        ]
    semicolons = "\n".join(
        [HEADER.replace(",", ";"), 'single_choice;Q1;"Chọn; một";có;100;;không;0;']
    )
    (question,) = csv_result(semicolons).questions
    assert question.text == "Chọn; một"


def test_weights_with_a_decimal_comma_or_a_percent_sign():
    text = "\n".join(
        [
            "type;text;answer_1;weight_1;answer_2;weight_2;answer_3;weight_3;answer_4",
            "multiple_choice;Q;a;33,33333;b;33,33333%;c;33.33333;d",
        ]
    )
    (question,) = csv_result(text).questions
    assert [a.fraction for a in question.answers] == [0.3333333] * 3 + [0]


def test_a_newline_inside_a_quoted_cell():
    text = 'type,text\r\nessay,"Line one\r\nLine two"\r\n'
    assert csv_result(text).questions[0].text == "Line one\nLine two"


def test_a_csv_that_is_not_utf8_is_refused_with_a_hint():
    (error,) = csv_result("type,text\nessay,Café à Hà\n", "cp1258").errors
    assert "UTF-8" in error.message and error.line == 2


def test_a_missing_column_is_named_on_row_1():
    result = csv_result("type,name,answer_1\nessay,E,x\n")
    assert result.questions == []
    (error,) = result.errors
    assert error.line == 1 and "text" in error.message and "missing" in error.message


def test_row_errors_name_the_row_the_column_and_the_question():
    text = "\n".join(
        [
            HEADER,
            "essay,Fine,Write.,,,,,,",
            "quiz,Typo,Q,,,,,,",
            "single_choice,Weights,Q,a,abc,,b,0,",
            "single_choice,NoRight,Q,a,50,,b,50,",
            "true_false,TF,Q,maybe,,,,,",
        ]
    )
    result = csv_result(text)
    assert [q.name for q in result.questions] == ["Fine"]
    by_row = {e.line: e.message for e in result.errors}
    assert set(by_row) == {3, 4, 5, 6}
    assert '"Typo"' in by_row[3] and '"quiz" is not a question type' in by_row[3]
    assert '"Weights"' in by_row[4] and 'Column "weight_1": "abc"' in by_row[4]
    assert '"NoRight"' in by_row[5] and "100%" in by_row[5]
    assert '"TF"' in by_row[6] and '"maybe"' in by_row[6]


def test_matching_needs_match_columns():
    result = csv_result("type,name,text,answer_1,answer_2\nmatching,M,Q,a,b\n")
    (error,) = result.errors
    assert error.line == 2 and "match_1" in error.message


def test_true_false_written_with_one_answer():
    text = "type,text,answer_1,feedback_1\ntrue_false,Sky is blue.,đúng,Right!\n"
    (question,) = csv_result(text).questions
    assert question.correct_answer is True
    assert [(a.text, a.feedback) for a in question.answers] == [("true", "Right!"), ("false", "")]
    assert question.penalty == 1


def test_numerical_answers_with_ranges_tolerances_and_decimal_commas():
    text = "\n".join(
        [
            "type;text;answer_1;tolerance_1;answer_2;weight_2;answer_3;weight_3",
            "numerical;Pi?;3,14;0,01;3..3,3;50;*;0",
        ]
    )
    (question,) = csv_result(text).questions
    assert [(a.text, a.tolerance, a.fraction) for a in question.answers] == [
        ("3.14", 0.01, 1),
        ("3.15", 0.15, 0.5),
        ("*", None, 0),
    ]


def test_unknown_columns_are_ignored_with_a_warning():
    result = csv_result("type,text,colour\nessay,Write.,red\n")
    assert len(result.questions) == 1
    assert "colour" in result.warnings[0].message


def test_xlsx_numbers_booleans_percent_cells_and_blank_rows():
    data = xlsx(
        [
            ["Type", "Text", "Answer 1", "Weight 1", "Answer 2", "Weight 2", "Shuffle answers"],
            [],
            ["multiple_choice", "Pick", 1, 0.5, 2, 0.5, False],
            ["numerical", "How many?", 1024, None, None, None, None],
        ],
        {"D3": "0%", "F3": "0%"},
    )
    result = spreadsheet.parse_xlsx(data)
    assert result.errors == []
    choice, number = result.questions
    assert [(a.text, a.fraction) for a in choice.answers] == [("1", 0.5), ("2", 0.5)]
    assert choice.shuffle_answers is False
    assert choice.line == 3
    assert [(a.text, a.tolerance) for a in number.answers] == [("1024", 0)]


def test_xlsx_reads_the_questions_sheet_first():
    workbook = Workbook()
    workbook.active.append(["notes"])
    sheet = workbook.create_sheet("Questions")
    sheet.append(["type", "text"])
    sheet.append(["essay", "From the right sheet"])
    out = io.BytesIO()
    workbook.save(out)
    (question,) = spreadsheet.parse_xlsx(out.getvalue()).questions
    assert question.text == "From the right sheet"


@pytest.mark.parametrize(
    "data",
    [b"type,text\nessay,x\n", b"PK\x03\x04broken", b"\x00" * 100],
    ids=["csv-named-xlsx", "broken-zip", "zeros"],
)
def test_a_file_that_is_not_a_workbook(data):
    (error,) = spreadsheet.parse_xlsx(data).errors
    assert error.line == 1 and "xlsx" in error.message.lower()


def test_a_zip_that_is_not_a_workbook():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    (error,) = spreadsheet.parse_xlsx(out.getvalue()).errors
    assert "could not be read" in error.message


def test_a_zip_bomb_is_refused_before_unpacking():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/big.xml", b"0" * (spreadsheet.MAX_UNZIPPED + 1))
    (error,) = spreadsheet.parse_xlsx(out.getvalue()).errors
    assert "too much data" in error.message


FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1)", "-cmd", "'=quoted"]


def test_texts_that_look_like_formulas_stay_text_in_xlsx():
    question = normalise(
        Question(
            QuestionType.SINGLE_CHOICE,
            "F",
            FORMULAS[0],
            answers=[Answer(text, 1 if i == 0 else 0) for i, text in enumerate(FORMULAS)],
        )
    )
    data = spreadsheet.export_xlsx([question])
    sheet = load_workbook(io.BytesIO(data)).active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    (back,) = spreadsheet.parse_xlsx(data).questions
    assert back == spreadsheet.round_trip_form(question)


def test_texts_that_look_like_formulas_are_quoted_in_csv_and_read_back():
    question = normalise(
        Question(
            QuestionType.SINGLE_CHOICE,
            "F",
            FORMULAS[0],
            answers=[Answer(text, 1 if i == 0 else 0) for i, text in enumerate(FORMULAS)],
        )
    )
    exported = spreadsheet.export_csv([question])
    assert "'=HYPERLINK" in exported and ",-5," not in exported
    (back,) = spreadsheet.parse_csv(exported).questions
    assert back == spreadsheet.round_trip_form(question)


def test_negative_numbers_stay_numbers_and_text_starting_with_minus_is_quoted_in_csv():
    question = normalise(
        Question(
            QuestionType.MULTIPLE_CHOICE,
            "N",
            "Q",
            answers=[Answer("-5", 1), Answer("a", -1)],
            text_format=TextFormat.PLAIN,
        )
    )
    exported = spreadsheet.export_csv([question])
    assert ",'-5,100," in exported and ",-100," in exported
    (back,) = spreadsheet.parse_csv(exported).questions
    assert back.answers[0].text == "-5"


def test_a_text_too_long_for_a_cell_is_refused_on_export():
    from quizzes.formats.records import FormatError

    question = Question(QuestionType.ESSAY, "Long", "x" * 40000)
    with pytest.raises(FormatError, match='"Long"'):
        spreadsheet.export_xlsx([question])
