"""Every demo question is graded as its lesson says: short answers accept what the lessons teach
people to type, and multiple-answer weights give full marks when every right answer is chosen."""

from decimal import Decimal
from pathlib import Path

import pytest

from quizzes import grading
from quizzes.formats import gift
from quizzes.question_types import QuestionType

QUIZ_DIR = Path(__file__).resolve().parents[2] / "home" / "demo_content" / "quizzes"
BANKS = sorted(QUIZ_DIR.glob("*.gift"))


def _questions(path: Path) -> dict[str, object]:
    result = gift.parse(path.read_bytes())
    assert not result.errors, result.errors
    return {question.name: question for question in result.questions}


QUESTIONS = {name: q for path in BANKS for name, q in _questions(path).items()}


def snapshot(question) -> dict:
    """The snapshot an attempt would store (as Question.to_snapshot builds it)."""
    return {
        "type": str(question.type),
        "default_mark": "1",
        "case_sensitive": question.case_sensitive,
        "ignore_diacritics": False,
        "answers": [
            {
                "id": str(index),
                "text": answer.text,
                "fraction": str(Decimal(str(answer.fraction))),
                "tolerance": str(answer.tolerance or 0),
            }
            for index, answer in enumerate(question.answers)
        ],
    }


def grade(name: str, response) -> grading.Grade:
    return grading.grade(snapshot(QUESTIONS[name]), response)


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Hàm đếm theo nhiều điều kiện", "COUNTIFS"),
        ("Hàm đếm theo nhiều điều kiện", "=countifs"),
        ("Hàm đếm theo nhiều điều kiện", '=COUNTIFS(B:B, "Chi bộ Văn phòng", F:F, "Chưa nộp")'),
        ("Kiểm tra ngày thật", "ISNUMBER"),
        ("Kiểm tra ngày thật", "=ISNUMBER(C2)"),
        ("Kiểm tra ngày thật", "=isnumber(c2)"),
        ("Kiểm tra ngày thật", "isnumber(C2)"),
        ("Đơn vị của hiệu hai tỷ lệ", "điểm phần trăm"),
        ("Đơn vị của hiệu hai tỷ lệ", "Điểm Phần Trăm"),
        ("Đơn vị của hiệu hai tỷ lệ", "điểm %"),
        ("Đơn vị của hiệu hai tỷ lệ", "diem %"),
        ("Phím tắt khóa màn hình", "l"),
        ("Phím tắt khóa màn hình", "Windows + L"),
        ("Phím tắt khóa màn hình", "win+l"),
        ("Độ mật cao nhất", "tuyệt mật"),
        ("Tiêu đề của văn bản Đảng", "Đảng Cộng sản Việt Nam"),
        ("Tên bản kê hồ sơ dự kiến lập trong năm", "Danh mục hồ sơ"),
        ("Nguyên tắc nhập liệu dùng chung", "dùng nhiều lần"),
        ("Số hiệu Luật Trí tuệ nhân tạo", "134/2025/qh15"),
        ("Nghị định thay thế Nghị định 13/2023", "356/2025/NĐ-CP"),
    ],
)
def test_what_the_lesson_teaches_to_type_is_right(name: str, typed: str) -> None:
    result = grade(name, typed)
    assert (result.state, result.mark) == (grading.CORRECT, Decimal("1.00"))


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Hàm đếm theo nhiều điều kiện", "COUNTIF"),
        ("Hàm đếm theo nhiều điều kiện", "=SUMIFS(E:E, B:B, H2)"),
        ("Kiểm tra ngày thật", "ISTEXT"),
        ("Đơn vị của hiệu hai tỷ lệ", "phần trăm"),
        ("Phím tắt khóa màn hình", "Ctrl + L"),
        ("Độ mật cao nhất", "Tối mật"),
        ("Tiêu đề của văn bản Đảng", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ],
)
def test_a_wrong_answer_is_wrong_and_still_gets_feedback(name: str, typed: str) -> None:
    result = grade(name, typed)
    assert (result.state, result.mark) == (grading.WRONG, Decimal("0.00"))
    assert result.answer_ids, "the catch-all answer's feedback is shown"


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Tỷ lệ đã nộp đảng phí", "75"),
        ("Mức tăng tương đối", "25"),
        ("Trung vị thời gian xử lý", "4,5"),
        ("Trung vị thời gian xử lý", "4.5"),
        ("Mã khôi phục còn lại", "2"),
        ("Tính hạn theo ngày làm việc", "8"),
    ],
)
def test_numerical_answers_are_read_as_people_type_them(name: str, typed: str) -> None:
    assert grade(name, typed).state == grading.CORRECT


MULTIPLE = [
    name
    for name, question in QUESTIONS.items()
    if str(question.type) == QuestionType.MULTIPLE_CHOICE
]


@pytest.mark.parametrize("name", MULTIPLE)
def test_choosing_every_right_answer_earns_full_marks(name: str) -> None:
    question = QUESTIONS[name]
    right = [str(i) for i, answer in enumerate(question.answers) if answer.fraction > 0]
    result = grade(name, right)
    assert (result.state, result.fraction, result.mark) == (
        grading.CORRECT,
        Decimal("1"),
        Decimal("1.00"),
    )
    wrong = [str(i) for i, answer in enumerate(question.answers) if answer.fraction < 0]
    assert wrong, f"{name} offers a wrong answer to choose"
    assert grade(name, right[:-1]).state == grading.PARTIAL


def test_thirds_written_as_33_33333_and_33_33334_add_up_to_the_whole() -> None:
    thirds = [
        name
        for name in MULTIPLE
        if sorted(a.fraction for a in QUESTIONS[name].answers if a.fraction > 0) == [0.3333333] * 3
    ]
    assert thirds
    for name in thirds:
        assert grade(name, [str(i) for i in range(3)]).state == grading.CORRECT
