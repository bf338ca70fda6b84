"""Our GIFT reader against Moodle's fixture files (EXPECTED.md §A.2 to §A.5): questions.gift.txt,
questions_in_category.gift.txt, a file that is not UTF-8, and examples.txt. Whole files go through
``gift.parse``, which trims every line first as Moodle's file import does."""

import pytest

from quizzes.formats import gift
from quizzes.formats.records import Question, QuestionType

from .conftest import fixture_bytes
from .test_gift_moodle_fixtures import HTML, MARKDOWN, MOODLE, inline

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
