"""The record shape that --json prints, and the helpers every format shares."""

import pytest

from quizzes.formats.records import (
    Answer,
    Category,
    Pair,
    ParseError,
    ParseResult,
    Question,
    QuestionType,
    category_from_moodle_path,
    clean_name,
    default_name,
    join_category_path,
    normalise,
    plain_text,
    split_category_path,
)


def test_to_json_has_exactly_the_issues_shape():
    question = normalise(
        Question(
            QuestionType.NUMERICAL,
            "N",
            "How many?",
            category="A/B",
            answers=[Answer("3", 1, "Yes", tolerance=0.5), Answer("*", 0)],
        )
    )
    assert question.to_json() == {
        "type": "numerical",
        "name": "N",
        "text": "How many?",
        "general_feedback": None,
        "default_mark": 1.0,
        "category": "A/B",
        "tags": [],
        "answers": [
            {"text": "3", "fraction": 1.0, "feedback": "Yes", "tolerance": 0.5},
            {"text": "*", "fraction": 0.0, "feedback": None, "tolerance": None},
        ],
        "pairs": [],
    }
    result = ParseResult([question], [ParseError(4, "Bad.")])
    assert result.to_json() == {
        "questions": [question.to_json()],
        "errors": [{"line": 4, "message": "Bad."}],
    }


def test_to_json_of_true_false_and_matching():
    true_false = normalise(
        Question(
            QuestionType.TRUE_FALSE,
            "TF",
            "Sky is blue.",
            answers=[Answer("true", 1, "Right"), Answer("false", 0)],
        )
    )
    assert true_false.to_json()["answers"] == [
        {"text": "true", "fraction": 1.0, "feedback": "Right", "tolerance": None},
        {"text": "false", "fraction": 0.0, "feedback": None, "tolerance": None},
    ]
    matching = normalise(
        Question(QuestionType.MATCHING, "M", "Match", pairs=[Pair("a", "1"), Pair("", "2")])
    )
    assert matching.to_json()["pairs"] == [
        {"prompt": "a", "answer": "1"},
        {"prompt": "", "answer": "2"},
    ]
    assert matching.to_json()["answers"] == []


def test_normalise_resets_what_a_type_does_not_use():
    question = normalise(
        Question(
            QuestionType.ESSAY,
            "  E  <b>x</b> ",
            " text\r\n ",
            answers=[Answer("a", 1)],
            pairs=[Pair("a", "b")],
            case_sensitive=True,
            hints=[],
            tags=[" a ", "a", "", "<b>"],
        )
    )
    assert (question.name, question.text) == ("E x", "text")
    assert (question.answers, question.pairs, question.case_sensitive) == ([], [], False)
    assert question.essay is not None
    assert question.tags == ["a", "b"]


@pytest.mark.parametrize(
    ("path", "names"),
    [("A/B", ["A", "B"]), ("A//B/C", ["A/B", "C"]), ("Tin học", ["Tin học"])],
)
def test_category_paths(path, names):
    assert split_category_path(path) == names
    assert join_category_path(names) == path


@pytest.mark.parametrize(
    ("moodle", "ours"),
    [
        ("$course$/top/A/B", "A/B"),
        ("$module$/Delta", "Delta"),
        ("$course$/top", None),
        ("top/A", "A"),
        ("  $system$ / A <b>x / B ", "A x/B"),
    ],
)
def test_moodle_category_paths(moodle, ours):
    assert category_from_moodle_path(moodle) == ours


def test_category_parent_and_name():
    category = Category("A/B//C")
    assert (category.name, category.parent) == ("B/C", "A")


def test_names_are_cleaned_as_moodle_cleans_them():
    assert clean_name("Question with <strong>invalid</strong> : x > 1 & x < 2") == (
        "Question with invalid : x > 1 & x < 2"
    )
    long = "word " * 40
    assert default_name(long, "fallback").endswith("...")
    assert len(default_name(long, "fallback")) <= 80
    assert default_name("<p></p>", "fallback") == "fallback"


def test_plain_text_previews():
    assert plain_text('<p>A&amp;B <img src="x" alt="logo"> C</p>') == "A&B [logo] C"
    assert plain_text("a\n  b", "plain") == "a b"
