"""Guessing the format from a file name, and the registry of formats."""

import pytest

from quizzes.formats import FORMATS, FormatError, detect_format, get_format


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("bank.gift", "gift"),
        ("questions.gift.txt", "gift"),
        ("notes.txt", "gift"),
        ("questions.aiken.txt", "aiken"),
        ("bank.aiken", "aiken"),
        ("export.XML", "moodlexml"),
        ("Câu hỏi.xlsx", "xlsx"),
        ("exports/bank.csv", "csv"),
    ],
)
def test_detect_format_by_extension(name, key):
    assert detect_format(name) == key


def test_a_plain_txt_that_reads_as_aiken_is_aiken():
    data = b"Q?\nA) one\nB) two\nANSWER: A\n"
    assert detect_format("bank.txt", data) == "aiken"
    assert detect_format("bank.txt", b"Q?{=a ~b}") == "gift"


@pytest.mark.parametrize("name", ["bank.xls", "bank.docx", "bank"])
def test_unknown_extensions_are_refused_with_a_reason(name):
    with pytest.raises(FormatError) as caught:
        detect_format(name)
    assert ".xlsx" in caught.value.message


def test_the_registry_lists_every_format_with_a_parser_and_an_exporter():
    assert set(FORMATS) == {"gift", "moodlexml", "aiken", "xlsx", "csv"}
    for key, file_format in FORMATS.items():
        assert file_format.key == key
        assert callable(file_format.parse) and callable(file_format.export)
    assert FORMATS["xlsx"].unit == FORMATS["csv"].unit == "row"
    with pytest.raises(FormatError):
        get_format("docx")
