"""Aiken, against Moodle's fixtures (EXPECTED.md §B) and the cases SPEC.md §3 describes."""

import pytest

from quizzes.formats import aiken
from quizzes.formats.records import Answer, Question, QuestionType, TextFormat

from .conftest import fixture_bytes


def test_aiken_errors_fixture():
    """[T] Exactly 3 questions, and the errors on the lines Moodle names."""
    result = aiken.parse(fixture_bytes("moodle", "aiken", "aiken_errors.txt"))
    assert [q.name for q in result.questions] == [
        "A good question",
        "A second good question",
        "A third good question with HTML chars such as > < &",
    ]
    good, second, third = result.questions
    assert [(a.text, a.fraction) for a in good.answers] == [("Correct", 1), ("Incorrect", 0)]
    assert [(a.text, a.fraction) for a in second.answers] == [
        ("Incorrect (No space)", 0),
        ("Correct (No space)", 1),
    ]
    assert [(a.text, a.fraction) for a in third.answers] == [
        ("Correct (&lt; &gt; &amp;)", 1),
        ("Incorrect (&lt; &gt; &amp;)", 0),
    ]
    errors = [(e.line, e.message) for e in result.errors]
    assert errors[0][0] == 3
    assert '"A question with too few answers" must have at least 2 answers' in errors[0][1]
    assert errors[1][0] == 5 and errors[1][1].startswith("Question not started")
    assert errors[2][0] == 7 and errors[2][1].startswith("Question not started")
    assert errors[3][0] == 18
    assert '"A question started but not finished" is not completed before the next' in errors[3][1]
    assert len(errors) == 4
    # [D] every question: single-answer choice, HTML, empty HTML feedback
    for question in result.questions:
        assert question.type == QuestionType.SINGLE_CHOICE
        assert question.text_format == TextFormat.HTML
        assert {(a.feedback, a.feedback_format) for a in question.answers} == {
            ("", TextFormat.HTML)
        }


def test_questions_aiken_fixture():
    """[B] Importing 2 questions; [D] their texts and answers."""
    result = aiken.parse(fixture_bytes("moodle", "aiken", "questions.aiken.txt"))
    assert result.errors == []
    first, second = result.questions
    assert first.text == "The Moodle project was started by:"
    assert [(a.text, a.fraction) for a in first.answers] == [
        ("Petr Skoda", 0),
        ("Martin Dougiamas", 1),
        ("Eloy Lafuente", 0),
        ("Tim Hunt", 0),
    ]
    assert second.text == (
        "Moodle's abilities include handling user input that includes "
        '&lt;html class="cool"&gt; &amp; images:'
    )
    assert [(a.text, a.fraction) for a in second.answers] == [("True", 1), ("False", 0)]
    # The tag-like text is stripped from the name (whitespace collapsed: our names are one line).
    assert second.name == "Moodle's abilities include handling user input that includes & images:"


def test_export_writes_only_single_answer_choices():
    """[T] qformat_aiken_export_test: only the single-answer choice question is written."""
    questions = [
        Question(QuestionType.SHORT_ANSWER, "sa", "Name a fruit", answers=[Answer("apple", 1)]),
        Question(QuestionType.ESSAY, "essay", "Write"),
        Question(QuestionType.NUMERICAL, "num", "Two?", answers=[Answer("2", 1, tolerance=0)]),
        Question(
            QuestionType.SINGLE_CHOICE,
            "one_of_four",
            "<p>Which is the oddest</p>\n<p>number?</p>",
            text_format=TextFormat.HTML,
            answers=[Answer("One", 1), Answer("Two"), Answer("Three"), Answer("Four")],
        ),
        Question(
            QuestionType.MULTIPLE_CHOICE,
            "two_of_four",
            "Which are even?",
            answers=[Answer("One"), Answer("Two", 0.5), Answer("Three"), Answer("Four", 0.5)],
        ),
    ]
    assert aiken.export(questions) == (
        "Which is the oddest number?\nA) One\nB) Two\nC) Three\nD) Four\nANSWER: A\n"
    )


@pytest.mark.parametrize("line", ["A)Text", "A) Text", "A.Text", "A. Text", "A)\tText"], ids=repr)
def test_choice_labels_with_or_without_a_space(line):
    result = aiken.parse(f"Question?\n{line}\nB) Other\nANSWER: A\n")
    assert result.errors == []
    assert result.questions[0].answers[0].text == "Text"


def test_crlf_cr_and_bom_are_read():
    for data in (
        "\ufeffQ?\r\nA) x\r\nB) y\r\nANSWER: B\r\n".encode(),
        b"Q?\rA) x\rB) y\rANSWER: B\r",
    ):
        result = aiken.parse(data)
        assert result.errors == []
        assert [a.fraction for a in result.questions[0].answers] == [0, 1]


def test_lowercase_answer_line_is_an_error_naming_the_question():
    result = aiken.parse("Capital of France?\nA) Paris\nB) Rome\nAnswer: A\n")
    assert result.questions == []
    (error,) = result.errors
    assert error.line == 4
    assert '"Capital of France?"' in error.message and "capital letters" in error.message


def test_answer_letter_without_choice_is_an_error():
    result = aiken.parse("Q?\nA) x\nB) y\nANSWER: E\n")
    assert result.questions == []
    (error,) = result.errors
    assert (error.line, '"ANSWER: E"' in error.message, "A to B" in error.message) == (
        4,
        True,
        True,
    )


def test_unfinished_question_at_the_end_is_an_error():
    result = aiken.parse("Q?\nA) x\nB) y\n")
    assert result.questions == []
    (error,) = result.errors
    assert error.line == 1 and "no ANSWER line" in error.message


def test_round_trip_through_aiken():
    question = Question(
        QuestionType.SINGLE_CHOICE,
        "q",
        "Is 1 < 2 & 3 > 2?",
        text_format=TextFormat.PLAIN,
        answers=[Answer("Yes", 1), Answer("No <never>")],
    )
    (back,) = aiken.parse(aiken.export([question])).questions
    assert back == aiken.round_trip_form(question)
    assert back.text == "Is 1 &lt; 2 &amp; 3 &gt; 2?"
