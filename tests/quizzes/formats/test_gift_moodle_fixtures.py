"""Our GIFT reader against Moodle's own fixtures and test inputs (EXPECTED.md §A).

The inline cases are read with ``gift.read_question`` on the file's lines as they are, which
is what Moodle's giftformat_test does with ``readquestion``; whole files go through
``gift.parse``, which trims every line first as Moodle's file import does.
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


# A.2 questions.gift.txt ----------------------------------------------------------------------


@pytest.fixture
def questions_gift():
    result = gift.parse(fixture_bytes("moodle", "gift", "questions.gift.txt"))
    assert result.errors == []
    return result.questions


def test_questions_gift_imports_nine_questions(questions_gift):
    """[B] "Importing 9 questions from file"; the bank then lists colours."""
    assert [(q.name, q.type) for q in questions_gift] == [
        ("Q8", QuestionType.ESSAY),
        ("Moodle activities", QuestionType.MATCHING),
        ("Q2", QuestionType.SINGLE_CHOICE),
        ("colours", QuestionType.MULTIPLE_CHOICE),
        ("Q5", QuestionType.NUMERICAL),
        ("Shortanswer", QuestionType.SHORT_ANSWER),
        ("Q1", QuestionType.TRUE_FALSE),
        ("2-08 TSL", QuestionType.TRUE_FALSE),
        ("2-08 TSL", QuestionType.TRUE_FALSE),
    ]
    assert questions_gift[2].text == "What's between orange and green in the spectrum?"


def test_questions_gift_blocks_match_the_inline_cases(questions_gift):
    essay, match, single, multi, numerical, short, tf, tf_t, tf_true = questions_gift
    assert essay == inline("test_import_essay")
    assert match == inline("test_import_match")
    assert single == inline("test_import_multichoice")
    assert multi == inline("test_import_multichoice_multi")
    assert short == inline("test_import_shortanswer")
    assert tf_t == inline("test_import_truefalse_true_answer1")
    assert tf_true == inline("test_import_truefalse_true_answer2")
    assert numerical.answers == inline("test_import_numerical").answers
    assert tf.answers == inline("test_import_truefalse").answers
    assert tf.penalty == 1


def test_questions_gift_stray_text_after_the_braces_makes_missing_word_questions(questions_gift):
    """[D] The '";' after "}" in blocks 5 and 7."""
    numerical, true_false = questions_gift[4], questions_gift[6]
    assert numerical.text == 'What is a number from 1 to 5? _____";'
    assert true_false.text == '42 is the Absolute Answer to everything._____";'
    assert true_false.general_feedback == (
        "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    )
    assert true_false.general_feedback_format == MOODLE


def test_questions_gift_exports_to_a_file_of_moodles_size(questions_gift):
    """[B] Imported into a course's default category and exported again: 1500–1800 bytes."""
    for question in questions_gift:
        question.category = "Default for C1"
    exported = gift.export(questions_gift).encode()
    assert 1500 <= len(exported) <= 1800
    assert [q.name for q in gift.parse(exported).questions] == [q.name for q in questions_gift]


# A.3 questions_in_category.gift.txt ---------------------------------------------------------


def test_questions_in_category():
    result = gift.parse(fixture_bytes("moodle", "gift", "questions_in_category.gift.txt"))
    assert result.errors == []
    assert [c.path for c in result.categories] == ["Default for New Features"]
    match, greeting, user, acronym = result.questions
    assert {q.category for q in result.questions} == {"Default for New Features"}

    assert (match.name, match.type, match.text_format) == (
        "Moodle activities",
        QuestionType.MATCHING,
        HTML,
    )
    assert match.text == "Match the activity to the description."
    assert [(p.answer, p.prompt_format) for p in match.pairs] == [
        ("Forum", HTML),
        ("Choice", HTML),
        ("Database", HTML),
        ("Wiki", HTML),
        ("Chat", HTML),
    ]
    assert match.pairs[-1].prompt == ""

    assert (greeting.name, greeting.type, greeting.text_format) == (
        "Greeting",
        QuestionType.SINGLE_CHOICE,
        HTML,
    )
    assert greeting.text == (
        '<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:'
        "</a><br /><br />What language is being spoken?"
    )
    assert [(a.text, a.fraction) for a in greeting.answers] == [
        ("English", 0),
        ("French", 1),
        ("German", 0),
        ("Spanish", 0),
    ]
    assert [a.feedback for a in greeting.answers][:2] == ["Sorry, listen again.", "Yes, well done!"]
    assert {a.feedback_format for a in greeting.answers} == {HTML}

    assert (user.name, user.type, user.text_format) == (
        "Moodle user",
        QuestionType.SHORT_ANSWER,
        HTML,
    )
    assert [(a.text, a.fraction, a.feedback) for a in user.answers] == [("Moodler", 1, "")]

    assert (acronym.name, acronym.type, acronym.text_format) == (
        "Moodle acronym",
        QuestionType.TRUE_FALSE,
        HTML,
    )
    assert acronym.correct_answer is True
    assert acronym.text == (
        'Moodle is an acronym for <span style="font-style: italic;">Modular Object-Oriented '
        "Dynamic Learning Environment</span>."
    )


# A.4 A file that is not UTF-8 -------------------------------------------------------------------


def test_a_windows_1252_file_is_refused_as_moodle_refuses_it():
    result = gift.parse("::Café::Où est le café ?{T}".encode("cp1252"))
    assert result.questions == []
    (error,) = result.errors
    assert error.line == 1
    assert error.message == (
        "The file you selected does not use UTF-8 character encoding. "
        "GIFT format files must use UTF-8."
    )


# A.5 examples.txt -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def examples():
    from django.utils import translation

    with translation.override("en"):
        result = gift.parse(fixture_bytes("moodle", "gift", "examples.txt"))
    assert result.errors == []
    return result.questions


def choices(question: Question) -> list[tuple[str, float]]:
    return [(a.text, a.fraction) for a in question.answers]


def test_examples_count_and_types(examples):
    assert len(examples) == 43
    kinds = [q.type for q in examples]
    assert kinds.count(QuestionType.SINGLE_CHOICE) + kinds.count(QuestionType.MULTIPLE_CHOICE) == 18
    assert kinds.count(QuestionType.MULTIPLE_CHOICE) == 2
    assert kinds.count(QuestionType.SHORT_ANSWER) == 9
    assert kinds.count(QuestionType.NUMERICAL) == 8
    assert kinds.count(QuestionType.TRUE_FALSE) == 5
    assert kinds.count(QuestionType.MATCHING) == 3


def test_examples_multiple_choice(examples):
    for number in (1, 6, 34):
        question = examples[number - 1]
        assert question.name == "Who's buried in Grant's tomb?"
        assert choices(question) == [("Grant", 0), ("Jefferson", 0), ("no one", 1)]
    for number in (2, 7, 35):
        question = examples[number - 1]
        assert question.text == "Grant is _____ in Grant's tomb."
        assert choices(question) == [("buried", 0), ("entombed", 1), ("living", 0)]
    assert examples[7].text == (
        "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November."
    )
    assert choices(examples[7]) == [("second", 0), ("third", 0), ("fourth", 1)]
    assert choices(examples[8]) == [("India", 0), ("China", 1), ("Korea", 0), ("Egypt", 0)]
    assert examples[21].name == "Thanksgiving Date"
    assert examples[21].text == (
        "The American holiday of Thanksgiving is\ncelebrated on the _____ Thursday of November."
    )
    assert [(a.text, a.fraction, a.feedback) for a in examples[22].answers] == [
        ("wrong answer", 0, "feedback comment on the wrong answer"),
        ("another wrong answer", 0, "feedback comment on this wrong answer"),
        ("right answer", 1, "Very good!"),
    ]
    assert choices(examples[26]) == [
        ("wrong answer", 0),
        ("half credit answer", 0.5),
        ("full credit answer", 1),
    ]
    hometown = examples[27]
    assert (hometown.name, hometown.text) == ("Jesus' hometown", "Jesus Christ was from _____.")
    assert choices(hometown) == [
        ("Jerusalem", 0),
        ("Bethlehem", 0.25),
        ("Galilee", 0.5),
        ("Nazareth", 1),
    ]
    assert all(a.feedback for a in hometown.answers)
    assert examples[29].type == QuestionType.MULTIPLE_CHOICE
    assert choices(examples[29]) == [
        ("No one", 0),
        ("Grant", 0.5),
        ("Grant's wife", 0.5),
        ("Grant's father", 0),
    ]
    assert examples[30].type == QuestionType.MULTIPLE_CHOICE
    assert choices(examples[30]) == [
        ("No one", -0.5),
        ("Grant", 0.5),
        ("Grant's wife", 0.5),
        ("Grant's father", -0.5),
    ]
    assert choices(examples[31]) == [("= 2 + 2", 0), ("= 2 + 3", 1), ("= 2 + 4", 0)]
    tomb = examples[39]
    assert (tomb.name, tomb.text) == ("Grant's Tomb", "Grant is _____ in Grant's tomb.")
    assert choices(tomb) == [("buried", 0), ("entombed", 1), ("living", 0)]
    assert all(a.feedback for a in tomb.answers)
    assert [(a.text, a.fraction, a.feedback) for a in examples[40].answers] == [
        ("wrong answer", 0, "comment on wrong answer"),
        ("half credit answer", 0.5, "comment on answer"),
        ("full credit answer", 1, "well done!"),
    ]


def test_examples_gift_control_characters(examples):
    question = examples[32]
    assert question.name == "GIFT Control Characters"
    assert question.type == QuestionType.SINGLE_CHOICE
    assert [(a.text, a.fraction) for a in question.answers] == [
        ("~", 0),
        ("=", 0),
        ("#", 0),
        ("{", 0),
        ("}", 0),
        ("\\", 1),
    ]
    for answer in question.answers[:5]:
        assert answer.feedback == f"{answer.text} is a control character."
    feedback = question.answers[5].feedback
    assert feedback.startswith("Correct! \\ (backslash) is not a control character. BUT,")
    assert len(feedback.split("\n")) == 4


def test_examples_true_false(examples):
    for number in (3, 36, 12):
        assert examples[number - 1].correct_answer is False
    assert examples[12].correct_answer is True
    wrong = examples[25]
    assert wrong.correct_answer is False
    true, false = wrong.answers
    assert true.feedback == "No one is buried in Grant's tomb."
    assert false.feedback == ""


def test_examples_short_answers(examples):
    for number in (4, 10, 37):
        assert choices(examples[number - 1]) == [("no one", 1), ("nobody", 1)]
    assert examples[10].text == "Two plus two equals _____."
    assert choices(examples[10]) == [("four", 1), ("4", 1)]
    kanji = examples[20]
    assert kanji.name == "Kanji Origins"
    assert kanji.text == "Japanese characters originally\ncame from what country?"
    assert choices(kanji) == [("China", 1)]
    assert [a.feedback for a in examples[23].answers] == ["excellent answer!"] * 2
    markdown = examples[24]
    assert (markdown.text, markdown.text_format) == ("Who's buried in **Grant's tomb**?", MARKDOWN)
    assert {a.feedback_format for a in markdown.answers} == {MARKDOWN}
    assert examples[28].text == "Jesus Christ was from"
    assert choices(examples[28]) == [("Nazareth", 1), ("Nazereth", 0.75), ("Bethlehem", 0.25)]
    assert examples[41].name == "Jesus' hometown (Short answer ex.)"
    assert examples[41].text == "Jesus Christ was from _____."


def numbers(question: Question) -> list[tuple[str, float | None, float]]:
    return [(a.text, a.tolerance, a.fraction) for a in question.answers]


def test_examples_numerical(examples):
    assert numbers(examples[4]) == [("1822", 1, 1)]
    assert numbers(examples[37]) == [("1822", 5, 1)]
    assert numbers(examples[15]) == [("1822", 0, 1)]
    assert numbers(examples[16]) == [("3.1415", 0.0005, 1)]
    assert examples[16].text.endswith("? _____.")
    assert numbers(examples[17]) == [("3.1415", pytest.approx(0.0005), 1)]
    assert examples[17].text.endswith("? _____.")
    assert numbers(examples[18]) == [("1822", 0, 1), ("1822", 2, 0.5)]
    assert numbers(examples[19]) == [("4", 0, 1)]
    last = examples[42]
    assert last.name == "Numerical example"
    assert numbers(last) == [("1822", 0, 1), ("1822", 2, 0.5)]
    assert [a.feedback for a in last.answers] == [
        "Correct! 100% credit",
        "He was born in 1822.\nYou get 50% credit for being close.",
    ]


def test_examples_matching(examples):
    assert [(p.prompt, p.answer) for p in examples[13].pairs] == [
        (f"subquestion{n}", f"subanswer{n}") for n in (1, 2, 3)
    ]
    assert [(p.prompt, p.answer) for p in examples[14].pairs] == [
        ("Canada", "Ottawa"),
        ("Italy", "Rome"),
        ("Japan", "Tokyo"),
        ("India", "New Delhi"),
    ]
    assert [(p.prompt, p.answer) for p in examples[38].pairs] == [
        ("Canada", "Ottawa"),
        ("Italy", "Rome"),
        ("Japan", "Tokyo"),
    ]
    assert "\ncapitals." in examples[38].text
