"""Moodle XML beyond Moodle's fixtures: hostile files, broken files, files and categories."""

import pytest

from quizzes.formats import moodlexml
from quizzes.formats.records import (
    Answer,
    Category,
    Question,
    QuestionType,
    TextFormat,
    normalise,
)

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def errors_of(data) -> list:
    result = moodlexml.parse(data)
    assert result.questions == []
    return result.errors


def test_billion_laughs_is_refused_without_expanding_anything():
    bomb = (
        HEAD
        + '<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + ']>\n<quiz><question type="description"><name><text>&i;</text></name></question></quiz>'
    )
    (error,) = errors_of(bomb.encode())
    assert "document type" in error.message


def test_external_entities_are_refused():
    xxe = (
        HEAD + '<!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        '<quiz><question type="description"><name><text>&x;</text></name></question></quiz>'
    )
    (error,) = errors_of(xxe)
    assert "document type" in error.message


def test_a_broken_file_names_its_line():
    (error,) = errors_of(HEAD + "<quiz>\n<question type='essay'>\n<name><text>x</name>\n</quiz>")
    assert error.line == 4
    assert error.message.startswith("The file is not well-formed XML")


def test_an_undefined_entity_is_a_line_numbered_error():
    (error,) = errors_of(HEAD + "<quiz>\n<x>&nbsp;</x></quiz>")
    assert error.line == 3


def test_another_root_element_is_not_a_moodle_file():
    (error,) = errors_of(HEAD + "<html><body/></html>")
    assert "<html>" in error.message and "<quiz>" in error.message


def test_a_question_without_name_is_reported_and_the_rest_imports():
    xml = (
        HEAD + "<quiz>\n"
        '<question type="essay"><questiontext><text>No name</text></questiontext></question>\n'
        '<question type="essay"><name><text></text></name>'
        "<questiontext><text>Empty name is made from the text</text></questiontext></question>\n"
        "</quiz>"
    )
    result = moodlexml.parse(xml)
    assert [q.name for q in result.questions] == ["Empty name is made from the text"]
    (error,) = result.errors
    assert error.line == 3 and "<name>" in error.message


def test_bad_numbers_are_named():
    xml = (
        HEAD + '<quiz>\n<question type="shortanswer"><name><text>S</text></name>'
        "<questiontext><text>Q</text></questiontext>\n"
        '<answer fraction="lots"><text>a</text></answer></question></quiz>'
    )
    (error,) = errors_of(xml)
    assert (error.line, '"S"' in error.message, '"lots"' in error.message) == (4, True, True)


def test_bad_base64_is_named():
    xml = (
        HEAD + '<quiz><question type="description"><name><text>D</text></name>'
        '<questiontext><text>T</text><file name="a.png">!!!</file></questiontext>'
        "</question></quiz>"
    )
    (error,) = errors_of(xml)
    assert '"a.png"' in error.message


def test_unknown_formats_are_html_and_old_wiki_is_auto_format():
    xml = (
        HEAD + '<quiz><question type="description"><name><text>D</text></name>'
        '<questiontext format="fancy"><text>T</text></questiontext>'
        '<generalfeedback format="wiki_like"><text>G</text></generalfeedback>'
        "</question></quiz>"
    )
    (question,) = moodlexml.parse(xml).questions
    assert (question.text_format, question.general_feedback_format) == (
        TextFormat.HTML,
        TextFormat.MOODLE,
    )


def test_old_true_false_files_in_another_language_are_read_in_order_with_a_warning():
    xml = (
        HEAD + '<quiz><question type="truefalse"><name><text>TF</text></name>'
        "<questiontext><text>Q</text></questiontext>"
        '<answer fraction="0"><text>Đúng</text></answer>'
        '<answer fraction="100"><text>Sai</text></answer></question></quiz>'
    )
    result = moodlexml.parse(xml)
    assert result.questions[0].correct_answer is False
    assert "true" in result.warnings[0].message


def test_numerical_units_are_left_out_with_a_warning():
    xml = (
        HEAD + '<quiz><question type="numerical"><name><text>N</text></name>'
        "<questiontext><text>Q</text></questiontext>"
        '<answer fraction="100"><text>5</text><tolerance>0</tolerance></answer>'
        "<units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit></units>"
        "</question></quiz>"
    )
    result = moodlexml.parse(xml)
    assert len(result.questions) == 1
    assert "units" in result.warnings[0].message


def test_old_penalties_are_read_as_a_third():
    xml = (
        HEAD + '<quiz><question type="essay"><name><text>E</text></name>'
        "<questiontext><text>Q</text></questiontext><penalty>0.333</penalty></question></quiz>"
    )
    assert moodlexml.parse(xml).questions[0].penalty == 0.3333333


def test_export_puts_each_file_in_the_texts_that_use_it():
    question = normalise(
        Question(
            QuestionType.SINGLE_CHOICE,
            "Files",
            '<img src="@@PLUGINFILE@@/a.png">',
            text_format=TextFormat.HTML,
            answers=[
                Answer('<img src="@@PLUGINFILE@@/img/b.png">', 1, text_format=TextFormat.HTML),
                Answer("no", 0, 'see <img src="@@PLUGINFILE@@/a.png">', TextFormat.HTML),
            ],
            files={"a.png": b"\x89PNG-a", "img/b.png": b"\x89PNG-b", "unused.txt": b"x"},
        )
    )
    exported = moodlexml.export([question])
    assert exported.count('name="a.png" path="/"') == 2
    assert exported.count('name="b.png" path="/img/"') == 1
    assert exported.count('name="unused.txt"') == 1
    (back,) = moodlexml.parse(exported).questions
    assert back == question


def test_export_writes_categories_with_their_description_even_when_empty():
    categories = [
        Category("Tin học", "Mô tả", TextFormat.HTML, "th"),
        Category("Tin học/Trống", "", TextFormat.MOODLE, None),
    ]
    question = normalise(
        Question(QuestionType.ESSAY, "E", "Viết.", category="Tin học", text_format=TextFormat.HTML)
    )
    result = moodlexml.parse(moodlexml.export([question], categories))
    assert result.categories == categories
    assert result.questions == [question]


@pytest.mark.parametrize("data", [b"", b"   \n", "   "])
def test_empty_files(data):
    (error,) = errors_of(data)
    assert error.message == "The file is empty."
