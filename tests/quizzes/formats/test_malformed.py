"""Malformed uploads in every format: a clear, numbered error and no questions, never a crash."""

import pytest

from quizzes.formats import FORMATS
from quizzes.formats.reading import MAX_BYTES

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


@pytest.mark.parametrize("key", sorted(FORMATS))
def test_an_empty_file(key):
    result = FORMATS[key].parse(b"")
    assert result.questions == []
    (error,) = result.errors
    assert (error.line, error.message) == (1, "The file is empty.")


@pytest.mark.parametrize("key", sorted(FORMATS))
def test_a_file_over_the_size_limit_is_refused_at_once(key):
    data = b"x" * (20 * 1024 * 1024)
    result = FORMATS[key].parse(data)
    assert result.questions == []
    (error,) = result.errors
    assert error.line == 1
    assert "20.0 MB" in error.message and f"{MAX_BYTES // (1024 * 1024)}.0 MB" in error.message


@pytest.mark.parametrize("key", ["gift", "aiken", "csv", "moodlexml"])
def test_a_binary_file_under_a_text_name(key):
    result = FORMATS[key].parse(PNG)
    assert result.questions == []
    (error,) = result.errors
    assert "not a text file" in error.message and "picture" in error.message


def test_a_word_document_named_gift_says_what_it_looks_like():
    (error,) = FORMATS["gift"].parse(b"PK\x03\x04" + bytes(200)).errors
    assert "Excel or Word" in error.message


def test_a_gift_file_of_comments_only_has_no_questions():
    (error,) = FORMATS["gift"].parse(b"\n\n// nothing here\n\n").errors
    assert error.message == "No questions were found in the file."


def test_a_spreadsheet_with_a_header_only_has_no_questions():
    (error,) = FORMATS["csv"].parse(b"type,text\n").errors
    assert error.message == "No questions were found in the file."
