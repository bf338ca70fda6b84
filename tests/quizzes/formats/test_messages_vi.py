"""Errors reach the trainer in their language: the Vietnamese catalogue covers the formats."""

import pytest
from django.utils import translation

from quizzes.formats import FORMATS, aiken, gift, moodlexml, spreadsheet


@pytest.fixture
def vietnamese():
    with translation.override("vi"):
        yield


CASES = [
    (gift.parse, "::Hỏng::Câu hỏi {\n=a\n"),
    (gift.parse, "::Nặng::Chọn{~%150%a ~b}"),
    (gift.parse, "::Lẻ::Chọn{~%33%a ~%33%b ~%34%c}"),
    (gift.parse, "::Số::Bao nhiêu?{#abc}"),
    (aiken.parse, "Câu hỏi?\nA) Một\nANSWER: A\n"),
    (moodlexml.parse, "<quiz><question type='cloze'><name><text>C</text></name></question></quiz>"),
    (spreadsheet.parse_csv, "type,name\nessay,E\n"),
    (FORMATS["gift"].parse, b""),
]


@pytest.mark.parametrize(("parse", "data"), CASES)
def test_errors_are_in_vietnamese(vietnamese, parse, data):
    result = parse(data)
    assert result.errors
    with translation.override("en"):
        english = [e.message for e in parse(data).errors]
    for error, original in zip(result.errors, english, strict=True):
        assert error.message != original, f"not translated: {original}"


def test_a_vietnamese_message_keeps_the_name_and_value(vietnamese):
    (error,) = gift.parse("::Nặng::Chọn{~%150%a ~b}").errors
    assert '"Nặng"' in error.message and "150%" in error.message
