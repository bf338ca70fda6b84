"""Our GIFT reader and writer against the inputs Moodle's own tests hold inline (EXPECTED.md §A.1)
and the checks of its export tests; the fixture files are read in test_gift_moodle_files.py.

The inline cases are read with ``gift.read_question`` on the file's lines as they are, which
is what Moodle's giftformat_test does with ``readquestion``.
"""

import pytest

from quizzes.formats import gift
from quizzes.formats.records import (
    Answer,
    EssayOptions,
    Pair,
    Question,
    QuestionType,
    TextFormat,
)

from .conftest import fixture_bytes

MOODLE = TextFormat.MOODLE
HTML = TextFormat.HTML
PLAIN = TextFormat.PLAIN
MARKDOWN = TextFormat.MARKDOWN


def inline(name: str, **options) -> Question:
    """One of giftformat_test's inline inputs, read as that test reads it."""
    text = fixture_bytes("moodle", "inline_from_tests", "gift", f"{name}.gift.txt").decode()
    result = gift.read_question(text.split("\n"), **options)
    assert result.errors == []
    assert len(result.questions) == 1
    return result.questions[0]


def answers(question: Question) -> list[tuple]:
    return [
        (a.text, a.text_format, a.fraction, a.feedback, a.feedback_format) for a in question.answers
    ]


def assert_defaults(question: Question) -> None:
    assert question.default_mark == 1
    assert question.penalty == pytest.approx(0.3333333)
    assert question.general_feedback == ""
    assert question.general_feedback_format == question.text_format


# A.1 Inline test cases -------------------------------------------------------------------------


def test_import_essay():
    question = inline("test_import_essay")
    assert question.type == QuestionType.ESSAY
    assert (question.name, question.text, question.text_format) == ("Q8", "How are you?", MOODLE)
    assert question.essay == EssayOptions(
        response_format="editor",
        response_field_lines=15,
        attachments=0,
        grader_info="",
        grader_info_format=HTML,
    )
    assert_defaults(question)


def test_import_match():
    question = inline("test_import_match")
    assert question.type == QuestionType.MATCHING
    assert question.name == "Moodle activities"
    assert question.text == "Match the <b>activity</b> to the description."
    assert question.text_format == HTML
    assert question.general_feedback_format == HTML
    assert question.shuffle_answers is True
    for text, fmt in (
        (question.correct_feedback, question.correct_feedback_format),
        (question.partially_correct_feedback, question.partially_correct_feedback_format),
        (question.incorrect_feedback, question.incorrect_feedback_format),
    ):
        assert (text, fmt) == ("", HTML)
    assert [(p.prompt, p.prompt_format) for p in question.pairs] == [
        ("An activity supporting asynchronous discussions.", HTML),
        ("A teacher asks a question and specifies a choice of multiple responses.", MOODLE),
        ("A bank of record entries which participants can add to.", PLAIN),
        ("A collection of web pages that anyone can add to or edit.", MARKDOWN),
        ("", HTML),
    ]
    assert [p.answer for p in question.pairs] == ["Forum", "Choice", "Database", "Wiki", "Chat"]
    assert_defaults(question)


@pytest.mark.parametrize("numbering", ["abc", "ABCD", "123", "iii", "IIII", "none"])
def test_import_multichoice(numbering):
    question = inline("test_import_multichoice", answer_numbering=numbering)
    assert question.type == QuestionType.SINGLE_CHOICE and question.single
    assert question.name == "Q2"
    assert question.text == "What's between orange and green in the spectrum?"
    assert question.text_format == MOODLE
    assert question.shuffle_answers is True
    assert question.answer_numbering == numbering
    assert (question.correct_feedback, question.correct_feedback_format) == ("", MOODLE)
    assert (question.incorrect_feedback, question.incorrect_feedback_format) == ("", MOODLE)
    assert answers(question) == [
        ("yellow", MOODLE, 1, "right; good!", MOODLE),
        ("red", MOODLE, 0, "wrong, it's yellow", HTML),
        ("blue", PLAIN, 0, "wrong, it's yellow", MOODLE),
    ]
    assert_defaults(question)


def test_import_multichoice_multi():
    question = inline("test_import_multichoice_multi")
    assert question.type == QuestionType.MULTIPLE_CHOICE and not question.single
    assert question.name == "colours"
    assert question.text == "What's between orange and green in the spectrum?"
    assert question.answer_numbering == "abc"
    assert answers(question) == [
        ("yellow", MOODLE, 0.5, "right; good!", MOODLE),
        ("red", MOODLE, -1, "wrong", HTML),
        ("off-beige", MOODLE, 0.5, "right; good!", MOODLE),
        ("blue", PLAIN, -1, "wrong", MOODLE),
    ]


def test_import_multichoice_multi_tricky():
    question = inline("test_import_multichoice_multi_tricky")
    assert question.type == QuestionType.MULTIPLE_CHOICE
    assert question.name == "colours"
    assert answers(question) == [
        ("yellow", MOODLE, 1, "right; good!", MOODLE),
        ("red", MOODLE, -0.5, "wrong", MOODLE),
        ("blue", MOODLE, -0.5, "wrong", MOODLE),
    ]


def test_import_numerical():
    question = inline("test_import_numerical")
    assert question.type == QuestionType.NUMERICAL
    assert (question.name, question.text) == ("Q5", "What is a number from 1 to 5?")
    assert [a.text for a in question.answers] == ["3", "*"]
    assert [a.fraction for a in question.answers] == [1, 0]
    # Moodle's '' tolerance of the wildcard is our null.
    assert [a.tolerance for a in question.answers] == [2, None]
    assert [(a.feedback, a.feedback_format) for a in question.answers] == [
        ("", MOODLE),
        ("Completely wrong", MOODLE),
    ]
    assert_defaults(question)


def test_import_shortanswer():
    question = inline("test_import_shortanswer")
    assert question.type == QuestionType.SHORT_ANSWER
    assert (question.name, question.text) == ("Shortanswer", "Which is the best animal?")
    assert [a.text for a in question.answers] == ["Frog", "Cat", "*"]
    assert [a.fraction for a in question.answers] == [1, 0.5, 0]
    assert [(a.feedback, a.feedback_format) for a in question.answers] == [
        ("Good!", MOODLE),
        ("What is it with Moodlers and cats?", MOODLE),
        ("Completely wrong", MOODLE),
    ]
    assert_defaults(question)


def test_import_shortanswer_with_general_feedback():
    question = inline("test_import_shortanswer_with_general_feedback")
    assert [a.text for a in question.answers] == ["Frog", "Cat", "*"]
    assert question.general_feedback == "Here is some general feedback!"
    assert question.general_feedback_format == HTML


def test_import_truefalse():
    question = inline("test_import_truefalse")
    assert question.type == QuestionType.TRUE_FALSE
    assert question.name == "Q1"
    assert question.text == "42 is the Absolute Answer to everything."
    assert question.penalty == 1
    assert question.correct_answer is False
    true, false = question.answers
    assert (true.text, true.feedback, true.feedback_format) == (
        "true",
        "42 is the Ultimate Answer.",
        MOODLE,
    )
    assert (false.text, false.feedback, false.feedback_format) == (
        "false",
        "You gave the right answer.",
        MOODLE,
    )


@pytest.mark.parametrize(
    "name", ["test_import_truefalse_true_answer1", "test_import_truefalse_true_answer2"]
)
def test_import_truefalse_true_answers(name):
    question = inline(name)
    assert (question.name, question.text) == ("2-08 TSL", "TSL is blablabla.")
    assert question.penalty == 1
    assert question.correct_answer is True
    assert [a.feedback for a in question.answers] == ["", ""]


def test_import_backslash():
    question = inline("test_import_backslash")
    assert question.type == QuestionType.ESSAY
    assert question.name == "double backslash"
    assert question.text == "A \\ B \\\\ C"


def test_import_pre_content():
    question = inline("test_import_pre_content")
    assert (question.type, question.name, question.text_format) == (
        QuestionType.ESSAY,
        "Q001",
        HTML,
    )
    assert question.text == (
        "<p>What would running the test method print?</p>\n"
        "<pre>\n"
        "    public void test() {\n"
        "        method1();\n"
        "        method2();\n"
        "        method3();\n"
        "    }\n"
        "</pre>"
    )


def test_import_pre_content_from_a_file_loses_the_indentation_as_in_moodle():
    """[D] A file import trims every line first."""
    data = fixture_bytes("moodle", "inline_from_tests", "gift", "test_import_pre_content.gift.txt")
    (question,) = gift.parse(data).questions
    assert "\npublic void test() {\nmethod1();" in question.text


def test_import_question_with_tags():
    question = inline("test_import_question_with_tags")
    assert question.type == QuestionType.ESSAY
    assert (question.name, question.text) == ("Question name", "How are you?")
    assert question.tags == ["tag", "other-tag"]
    assert question.idnumber == "myid"


@pytest.mark.parametrize(
    ("comment", "idnumber", "tags"),
    [
        ("", "", []),
        ("// A basic comment.", "", []),
        ("// A comment with [id:frog] <-- an idnumber.", "frog", []),
        ("// Look tags: [tag:frog] [tag:toad].", "", ["frog", "toad"]),
        ("// [tag:add] [tag:basic] [id:four]", "four", ["add", "basic"]),
        (
            "// [tag:  basic] Here is  \n// a [id:   four   ] que[tag:add   ]stion.",
            "four",
            ["basic", "add"],
        ),
        ("// Ceci n'est pas une [tag:\n\\ frog].", "", []),
        ("// [id:i\\]d].", "i]d", []),
        ("// [tag:t\\]ag].", "", ["t]ag"]),
    ],
)
def test_extract_idnumber_and_tags_from_comment(comment, idnumber, tags):
    assert gift.extract_idnumber_and_tags(comment) == (idnumber, tags)


# Export checks (giftformat_test::test_export_*) ------------------------------------------------


def test_export_essay():
    essay = Question(QuestionType.ESSAY, "Q8", "How are you?", essay=EssayOptions())
    # Moodle writes the question's id where we write 0: records have no id.
    assert gift.export([essay]) == "// question: 0  name: Q8\n::Q8::How are you?{}\n\n"


def test_export_multichoice():
    question = Question(
        QuestionType.SINGLE_CHOICE,
        "Q8",
        "What's between orange and green in the spectrum?",
        answers=[
            Answer("yellow", 1, "right; good!", text_format=MOODLE),
            Answer("red", 0, "wrong, it's yellow", text_format=MOODLE, feedback_format=HTML),
            Answer("blue", 0, "wrong, it's yellow", text_format=PLAIN),
        ],
    )
    assert gift.export([question]) == (
        "// question: 0  name: Q8\n"
        "::Q8::What's between orange and green in the spectrum?{\n"
        "\t=yellow#right; good!\n"
        "\t~red#[html]wrong, it's yellow\n"
        "\t~[plain]blue#wrong, it's yellow\n"
        "}\n\n"
    )


def test_export_multichoice_multi():
    question = Question(
        QuestionType.MULTIPLE_CHOICE,
        "Q8",
        "What's between orange and green in the spectrum?",
        answers=[
            Answer("yellow", 1, "right; good!", text_format=MOODLE),
            Answer("red", -0.5, "wrong", text_format=MOODLE),
            Answer("blue", -0.5, "wrong", text_format=MOODLE),
        ],
    )
    lines = gift.export([question]).splitlines()
    assert lines[2:5] == ["\t~%100%yellow#right; good!", "\t~%-50%red#wrong", "\t~%-50%blue#wrong"]


def test_export_numerical():
    question = Question(
        QuestionType.NUMERICAL,
        "Q5",
        "What is a number from 1 to 5?",
        answers=[Answer("3", 1, tolerance=2), Answer("*", 0, "Completely wrong")],
    )
    assert "{#\n\t=%100%3:2#\n\t~#Completely wrong\n}" in gift.export([question])


def test_export_shortanswer():
    question = Question(
        QuestionType.SHORT_ANSWER,
        "Shortanswer",
        "Which is the best animal?",
        general_feedback="Here is some general feedback!",
        general_feedback_format=HTML,
        answers=[
            Answer("Frog", 1, "Good!"),
            Answer("Cat", 0.5, "What is it with Moodlers and cats?"),
            Answer("*", 0, "Completely wrong"),
        ],
    )
    lines = gift.export([question]).splitlines()
    assert lines[2:6] == [
        "\t=%100%Frog#Good!",
        "\t=%50%Cat#What is it with Moodlers and cats?",
        "\t=%0%*#Completely wrong",
        "\t####[html]Here is some general feedback!",
    ]


def test_export_truefalse():
    question = Question(
        QuestionType.TRUE_FALSE,
        "Q1",
        "42 is the Absolute Answer to everything.",
        answers=[
            Answer("true", 1, "You gave the right answer."),
            Answer("false", 0, "42 is the Ultimate Answer.", feedback_format=HTML),
        ],
    )
    assert "{TRUE#[html]42 is the Ultimate Answer.#You gave the right answer.}" in gift.export(
        [question]
    )


def test_export_match_escapes_equals_inside_html():
    question = Question(
        QuestionType.MATCHING,
        "Moodle activities",
        "Match the <b>activity</b> to the description.",
        text_format=HTML,
        pairs=[
            Pair(
                '<div class="frog">An activity supporting asynchronous discussions.</div>',
                "Forum",
                HTML,
            ),
            Pair("A teacher asks a question.", "Choice", HTML),
        ],
    )
    assert (
        '\t=<div class\\="frog">An activity supporting asynchronous discussions.</div> -> Forum'
        in gift.export([question]).splitlines()
    )


def test_export_backslash():
    essay = Question(QuestionType.ESSAY, "double backslash", "A \\ B \\\\ C")
    assert "::double backslash::A \\\\ B \\\\\\\\ C{}" in gift.export([essay])


def test_export_tags_and_idnumber():
    question = Question(
        QuestionType.TRUE_FALSE,
        "True/false question",
        "The answer is true.",
        text_format=HTML,
        general_feedback="You should have selected true.",
        general_feedback_format=HTML,
        idnumber="myid",
        tags=["tag1", "tag2"],
        answers=[
            Answer("true", 1, "This is the right answer.", feedback_format=HTML),
            Answer("false", 0, "This is the wrong answer.", feedback_format=HTML),
        ],
    )
    assert gift.export([question]).splitlines()[1:3] == [
        "// [id:myid] [tag:tag1] [tag:tag2]",
        "::True/false question::[html]The answer is true.{TRUE#This is the wrong answer."
        "#This is the right answer.####You should have selected true.}",
    ]
