"""Export then import gives the same questions, for every type in every export format."""

import pytest

from quizzes.formats import FORMATS, aiken, gift, moodlexml, spreadsheet
from quizzes.formats.records import (
    Answer,
    Category,
    EssayOptions,
    Hint,
    Pair,
    Question,
    QuestionType,
    TextFormat,
    normalise,
)

HTML = TextFormat.HTML


def bank() -> list[Question]:
    """One rich question of every type, spread over two nested categories."""
    common = {"general_feedback": "Xem lại <b>bài 2</b>.", "tags": ["tin học", "cơ bản"]}
    return [
        normalise(q)
        for q in [
            Question(
                QuestionType.SINGLE_CHOICE,
                "Sao chép",
                "Phím nào <b>sao chép</b>?",
                text_format=HTML,
                category="Tin học",
                idnumber="TH-1",
                answers=[
                    Answer("Ctrl+C", 1, "Đúng", HTML, HTML),
                    Answer("Ctrl+V", 0, "Đó là dán", text_format=HTML, feedback_format=HTML),
                    Answer("Ctrl+X", -0.5, "", text_format=HTML, feedback_format=HTML),
                ],
                **common,
            ),
            Question(
                QuestionType.MULTIPLE_CHOICE,
                "Mật khẩu mạnh",
                "Điều gì làm mật khẩu mạnh hơn?",
                category="Tin học/An toàn",
                answers=[
                    Answer("Dài", 0.5, text_format=TextFormat.MOODLE),
                    Answer("Có ký hiệu # = ~ { } :", 0.5, text_format=TextFormat.MOODLE),
                    Answer("Ngày sinh", -1, "Dễ đoán", text_format=TextFormat.MOODLE),
                ],
                **common,
            ),
            Question(
                QuestionType.TRUE_FALSE,
                "Lừa đảo",
                "Ngân hàng có thể hỏi mật khẩu qua email.",
                category="Tin học/An toàn",
                penalty=1,
                answers=[Answer("true", 0, "Không bao giờ."), Answer("false", 1, "Đúng vậy.")],
                **common,
            ),
            Question(
                QuestionType.SHORT_ANSWER,
                "Đuôi tệp",
                "Tệp Word có đuôi gì?",
                category="Tin học",
                answers=[Answer("docx", 1, "Tốt"), Answer("doc", 0.5), Answer("*", 0, "Sai")],
                **common,
            ),
            Question(
                QuestionType.NUMERICAL,
                "Kilobyte",
                "Một megabyte có bao nhiêu kilobyte?",
                answers=[
                    Answer("1024", 1, "Chính xác", tolerance=0),
                    Answer("1000", 0.5, tolerance=0.5),
                    Answer("*", 0, "Sai"),
                ],
                **common,
            ),
            Question(
                QuestionType.MATCHING,
                "Ứng dụng",
                "Ghép công việc với phần mềm.",
                pairs=[Pair("Soạn thư", "Word"), Pair("Lập bảng", "Excel"), Pair("", "Paint")],
                **common,
            ),
            Question(QuestionType.ESSAY, "Bảo mật", "Bạn bảo vệ máy tính thế nào?", **common),
            Question(
                QuestionType.DESCRIPTION, "Giới thiệu", "Các câu sau nói về Office.", tags=["x"]
            ),
        ]
    ]


def rich(question: Question) -> Question:
    """What only Moodle XML carries: marks, options, hints, files, essay settings."""
    question.default_mark = 2.5 if question.type != QuestionType.DESCRIPTION else 0
    question.penalty = 0.1
    question.shuffle_answers = False
    question.answer_numbering = "ABCD"
    question.case_sensitive = question.type == QuestionType.SHORT_ANSWER
    question.ignore_diacritics = question.type == QuestionType.SHORT_ANSWER
    question.correct_feedback = "Giỏi!"
    question.show_num_correct = True
    question.hints = [Hint("Gợi ý 1", HTML, True, False)]
    question.files = {"hinh.png": b"\x89PNG\r\n", "tai-lieu/huong-dan.pdf": b"%PDF-1.4"}
    question.text += ' <img src="@@PLUGINFILE@@/hinh.png" alt="hình">'
    if question.type == QuestionType.ESSAY:
        question.essay = EssayOptions("plain", False, 5, 50, 300, 1, 1, 1024, ".pdf", "Chấm kỹ.")
    return normalise(question)


CATEGORIES = [
    Category("Tin học", "Kỹ năng tin học", HTML, "th"),
    Category("Tin học/An toàn", "", TextFormat.MOODLE, None),
    Category("Tin học/Trống", "Chưa có câu hỏi", TextFormat.PLAIN, "empty"),
]


def test_moodle_xml_keeps_everything():
    questions = [rich(q) for q in bank()]
    result = moodlexml.parse(moodlexml.export(questions, CATEGORIES))
    assert result.errors == []
    assert result.questions == questions
    assert result.categories == CATEGORIES


def test_gift_keeps_what_gift_can_say():
    questions = [rich(q) for q in bank()]
    result = gift.parse(gift.export(questions, CATEGORIES))
    assert result.errors == []
    assert result.questions == [gift.round_trip_form(q) for q in questions]
    assert [c.path for c in result.categories] == [c.path for c in CATEGORIES]


@pytest.mark.parametrize("key", ["xlsx", "csv"])
def test_spreadsheets_keep_what_a_row_can_say(key):
    questions = [rich(q) for q in bank()]
    file_format = FORMATS[key]
    result = file_format.parse(file_format.export(questions, CATEGORIES))
    assert result.errors == []
    assert result.questions == [spreadsheet.round_trip_form(q) for q in questions]
    # Marks, penalties, shuffling, numbering and case live in their own columns.
    assert [q.default_mark for q in result.questions] == [q.default_mark for q in questions]
    assert [q.case_sensitive for q in result.questions] == [q.case_sensitive for q in questions]
    assert [q.ignore_diacritics for q in result.questions] == [
        q.ignore_diacritics for q in questions
    ]


@pytest.mark.parametrize("key", ["gift", "moodlexml", "xlsx", "csv"])
def test_every_type_survives_every_format_exactly_when_the_format_can_say_it(key):
    """A question written with only what the format carries comes back identical."""
    projections = {
        "gift": gift.round_trip_form,
        "moodlexml": lambda q: q,
        "xlsx": spreadsheet.round_trip_form,
        "csv": spreadsheet.round_trip_form,
    }
    questions = [projections[key](q) for q in bank()]
    file_format = FORMATS[key]
    result = file_format.parse(file_format.export(questions, []))
    assert result.errors == []
    assert result.questions == questions
    assert {q.type for q in result.questions} == set(QuestionType)


def test_aiken_keeps_single_choice_questions():
    question = bank()[0]
    (back,) = aiken.parse(aiken.export(bank())).questions
    assert back == aiken.round_trip_form(question)
    assert [a.fraction for a in back.answers] == [1, 0, 0]


@pytest.mark.parametrize("key", ["gift", "moodlexml", "aiken", "xlsx", "csv"])
def test_registry_exports_bytes_that_its_parser_reads(key):
    file_format = FORMATS[key]
    data = file_format.export(bank(), CATEGORIES)
    assert isinstance(data, bytes)
    assert file_format.parse(data).errors == []
