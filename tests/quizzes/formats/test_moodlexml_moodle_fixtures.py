"""Our Moodle XML reader against Moodle's fixtures and test inputs (EXPECTED.md §C).

Moodle's xmlformat_test calls ``import_<type>()`` on one element, before the checks Moodle
makes on saving; those inline cases are read here with ``validate=False``, the same level.
Whole-file cases go through ``moodlexml.parse`` with every check, as ``importprocess`` does.
"""

import pytest

from quizzes.formats import moodlexml
from quizzes.formats.records import (
    Category,
    EssayOptions,
    Hint,
    Question,
    QuestionType,
    TextFormat,
    plain_text,
)

from .conftest import fixture_bytes

MOODLE = TextFormat.MOODLE
HTML = TextFormat.HTML
PLAIN = TextFormat.PLAIN
MARKDOWN = TextFormat.MARKDOWN


def inline(name: str) -> Question:
    data = fixture_bytes("moodle", "inline_from_tests", "xml", f"{name}.xml")
    result = moodlexml.parse(data, validate=False)
    assert result.errors == []
    (question,) = result.questions
    return question


def fixture(name: str, **options):
    return moodlexml.parse(fixture_bytes("moodle", "xml", name), **options)


# C.1 Inline cases ---------------------------------------------------------------------------


def test_import_description():
    question = inline("test_import_description")
    assert question.type == QuestionType.DESCRIPTION
    assert (question.name, question.text, question.text_format) == (
        "A description",
        "The question text.",
        HTML,
    )
    assert question.general_feedback == "Here is some general feedback."
    assert (question.default_mark, question.penalty) == (0, 0)
    assert question.tags == ["tagDescription", "tagTest"]


def test_import_essay_20():
    question = inline("test_import_essay_20")
    assert question.type == QuestionType.ESSAY
    assert (question.text, question.text_format) == ("Write something.", MOODLE)
    assert question.general_feedback == "I hope you wrote something interesting."
    assert (question.default_mark, question.penalty) == (1, 0)
    # Moodle's null word limits and file types list are our None and "".
    assert question.essay == EssayOptions(
        response_format="editor",
        response_required=True,
        response_field_lines=15,
        min_word_limit=None,
        max_word_limit=None,
        attachments=0,
        attachments_required=0,
        max_bytes=0,
        file_types="",
        grader_info="",
        grader_info_format=MOODLE,
        response_template="",
        response_template_format=MOODLE,
    )
    assert question.tags == ["tagEssay", "tagEssay20", "tagTest"]


def test_import_essay_21():
    question = inline("test_import_essay_21")
    essay = question.essay
    assert (essay.response_format, essay.response_required, essay.response_field_lines) == (
        "monospaced",
        False,
        42,
    )
    assert (essay.attachments, essay.attachments_required) == (-1, 1)
    assert (essay.grader_info, essay.grader_info_format) == (
        "<p>Grade <b>generously</b>!</p>",
        HTML,
    )
    assert (essay.response_template, essay.response_template_format) == (
        "<p>Here is something <b>really</b> interesting.</p>",
        HTML,
    )
    assert (essay.min_word_limit, essay.max_word_limit, essay.file_types) == (None, None, "")
    assert question.tags == ["tagEssay", "tagEssay21", "tagTest"]


def test_import_essay_311():
    essay = inline("test_import_essay_311").essay
    assert (essay.response_format, essay.response_field_lines, essay.attachments) == (
        "monospaced",
        42,
        -1,
    )
    assert (essay.min_word_limit, essay.max_word_limit) == (10, 20)
    assert essay.max_bytes == 52428800
    assert essay.file_types == ".pdf,.zip.,.docx"


def test_import_match_19():
    question = inline("test_import_match_19")
    assert question.type == QuestionType.MATCHING
    assert question.name == "Matching question"
    assert (question.text, question.text_format) == (
        "Match the upper and lower case letters.",
        HTML,
    )
    assert (question.general_feedback, question.general_feedback_format) == (
        "The answer is A -> a, B -> b and C -> c.",
        HTML,
    )
    assert (question.default_mark, question.penalty) == (1, pytest.approx(0.3333333))
    assert question.shuffle_answers is False
    assert (question.correct_feedback, question.correct_feedback_format) == ("Well done.", HTML)
    assert (question.partially_correct_feedback, question.partially_correct_feedback_format) == (
        "Not entirely.",
        HTML,
    )
    assert (question.incorrect_feedback, question.incorrect_feedback_format) == (
        "Completely wrong!",
        HTML,
    )
    assert question.show_num_correct is False
    assert [(p.prompt, p.prompt_format) for p in question.pairs] == [
        ("A", HTML),
        ("B", HTML),
        ("C", HTML),
        ("", HTML),
    ]
    assert [p.answer for p in question.pairs] == ["a", "b", "c", "d"]
    assert question.hints == [
        Hint("Hint 1", HTML, show_num_correct=True, clear_wrong=False),
        Hint("", HTML, show_num_correct=True, clear_wrong=True),
    ]
    assert question.tags == ["tagMatching", "tagTest"]


def test_import_multichoice_19():
    question = inline("test_import_multichoice_19")
    assert question.type == QuestionType.MULTIPLE_CHOICE
    assert (question.text, question.text_format) == ("Which are the even numbers?", HTML)
    assert (question.default_mark, question.penalty) == (2, pytest.approx(0.3333333))
    assert question.shuffle_answers is False
    assert (question.correct_feedback, question.correct_feedback_format) == (
        "<p>Your answer is correct.</p>",
        HTML,
    )
    assert question.partially_correct_feedback == "<p>Your answer is partially correct.</p>"
    assert question.incorrect_feedback == "<p>Your answer is incorrect.</p>"
    assert question.show_num_correct is True
    assert [(a.text, a.text_format, a.fraction) for a in question.answers] == [
        ("1", HTML, 0),
        ("2", HTML, 1),
        ("3", HTML, 0),
        ("4", HTML, 1),
    ]
    assert {(a.feedback, a.feedback_format) for a in question.answers} == {("", HTML)}
    assert question.hints == [Hint("Hint 1.", HTML), Hint("Hint 2.", HTML)]


def test_import_multichoice_19_is_refused_on_saving_as_moodle_would():
    """Its positive weights add up to 200%: Moodle's multichoice type refuses that on save."""
    data = fixture_bytes("moodle", "inline_from_tests", "xml", "test_import_multichoice_19.xml")
    result = moodlexml.parse(data)
    assert result.questions == []
    (error,) = result.errors
    assert "Multiple choice question" in error.message and "200%" in error.message


def test_import_numerical_19():
    question = inline("test_import_numerical_19")
    assert question.text == "What is the answer?"
    assert question.penalty == pytest.approx(0.1)
    assert question.general_feedback == (
        "General feedback: Think Hitch-hikers guide to the Galaxy."
    )
    assert [a.text for a in question.answers] == ["42", "13", "*"]
    assert [a.fraction for a in question.answers] == [1, 0, 0]
    assert [a.tolerance for a in question.answers] == [0.001, 1, None]
    assert [(a.feedback, a.feedback_format) for a in question.answers] == [
        ("Well done!", HTML),
        ("What were you thinking?!", HTML),
        ("Completely wrong.", HTML),
    ]


def test_import_shortanswer_19():
    question = inline("test_import_shortanswer_19")
    assert question.text == "Fill in the gap in this sequence: Alpha, ________, Gamma."
    assert question.general_feedback == "The answer is Beta."
    assert question.case_sensitive is False
    assert [(a.text, a.fraction) for a in question.answers] == [("Beta", 1), ("*", 0)]
    assert [(a.feedback, a.feedback_format) for a in question.answers] == [
        ("Well done!", HTML),
        ("Doh!", HTML),
    ]


def test_import_truefalse_19():
    question = inline("test_import_truefalse_19")
    assert question.name == "True false question"
    assert question.text == "The answer is true."
    assert question.penalty == 1
    assert question.general_feedback == "General feedback: You should have chosen true."
    assert question.correct_answer is True
    true, false = question.answers
    assert (true.feedback, true.feedback_format) == ("Well done!", HTML)
    assert (false.feedback, false.feedback_format) == ("Doh!", HTML)


def test_import_truefalse_with_idnumber():
    question = inline("test_import_truefalse_with_idnumber")
    assert question.idnumber == "TestIdNum1"
    assert question.correct_answer is True


def test_import_multianswer_is_reported_as_not_supported():
    """Deliberate difference: we do not import Cloze questions; the error names it."""
    data = fixture_bytes("moodle", "inline_from_tests", "xml", "test_import_multianswer.xml")
    result = moodlexml.parse(data)
    assert result.questions == []
    (error,) = result.errors
    assert error.line == 3
    assert "Simple multianswer" in error.message and "not supported" in error.message


def test_import_hints_with_and_without_parts():
    data = fixture_bytes("moodle", "inline_from_tests", "xml", "test_import_hints_snippet.xml")
    question = moodlexml.parse_document(data)
    hints = moodlexml.read_hints(question, HTML)
    assert [(h.text, h.text_format) for h in hints] == [
        ("This is the first hint", HTML),
        ("This is the second hint", HTML),
    ]
    assert [h.clear_wrong for h in hints] == [True, False]
    assert [h.show_num_correct for h in hints] == [False, True]


def test_a_question_without_hints_has_none():
    assert inline("test_import_truefalse_19").hints == []


def test_import_files_as_draft():
    question = inline("test_import_truefalse_wih_files")
    assert question.files == {"myfolder/moodle.txt": b"Moodle"}
    assert len(question.files["myfolder/moodle.txt"]) == 6
    assert '<a href="@@PLUGINFILE@@/myfolder/moodle.txt">' in question.text


def test_a_file_without_path_goes_to_the_root():
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><quiz><question type="description">'
        '<name><text>D</text></name><questiontext format="html"><text>T</text>'
        '<file name="a.txt" encoding="base64">TW9vZGxl</file></questiontext></question></quiz>'
    )
    (question,) = moodlexml.parse(xml).questions
    assert question.files == {"a.txt": b"Moodle"}


# xml_escape: how texts are written and read back ----------------------------------------------


@pytest.mark.parametrize(
    ("value", "wrapped"),
    [
        ("café", False),
        ("日本", False),
        ("<p>frog</p>", True),
        ("Nasty <![CDATA[ and ]]> text", True),
    ],
)
def test_texts_are_written_as_moodle_writes_them_and_read_back(value, wrapped):
    question = Question(QuestionType.DESCRIPTION, "N", value, text_format=HTML, default_mark=0)
    exported = moodlexml.export([question])
    assert ("<![CDATA[" in exported) is wrapped
    if "]]>" in value:
        assert "]]]]><![CDATA[>" in exported
    (back,) = moodlexml.parse(exported).questions
    assert back.text == value


# Export checks --------------------------------------------------------------------------------


@pytest.mark.parametrize("qtype", [QuestionType.ESSAY, QuestionType.DESCRIPTION])
def test_export_writes_elements_in_moodles_order(qtype):
    question = Question(qtype, "E", "Write.", text_format=HTML, essay=EssayOptions(), penalty=0)
    exported = moodlexml.export([question])
    order = [
        "<name>",
        "<questiontext",
        "<generalfeedback",
        "<defaultgrade>",
        "<penalty>",
        "<hidden>",
        "<idnumber>",
    ]
    if qtype == QuestionType.ESSAY:
        order.append("<responseformat>")
    positions = [exported.index(tag) for tag in order]
    assert positions == sorted(positions)


def test_export_matching_and_multichoice_details():
    matching = inline("test_import_match_19")
    exported = moodlexml.export([matching])
    assert '<question type="matching">' in exported
    assert "<shuffleanswers>false</shuffleanswers>" in exported
    assert '<subquestion format="html">' in exported
    choice = Question(
        QuestionType.SINGLE_CHOICE,
        "C",
        "Pick",
        answers=[
            *inline("test_import_multichoice_19").answers[:1],
            *inline("test_import_multichoice_19").answers[1:2],
        ],
        show_standard_instruction=False,
    )
    exported = moodlexml.export([choice])
    assert exported.index("<answernumbering>") < exported.index("<showstandardinstruction>0")


def test_export_numerical_wildcard_tolerance_is_zero():
    exported = moodlexml.export([inline("test_import_numerical_19")])
    assert exported.count("<tolerance>0</tolerance>") == 1


# C.2 Fixture files ----------------------------------------------------------------------------


def test_truefalse_fixture():
    """[B] Two questions, named (False) and (True); [T] the preview lines."""
    result = fixture("truefalse.xml")
    assert result.errors == []
    false, true = result.questions
    assert (false.name, true.name) == ("Moodle acronym (False)", "Moodle acronym (True)")
    assert [
        f"{n}. {plain_text(q.text, q.text_format)}" for n, q in enumerate(result.questions, 1)
    ] == [
        "1. Moodle [Moodle logo] is an acronym for Modular Object-Oriented Dynamic Learning "
        "Education.",
        "2. Moodle [Moodle logo] is an acronym for Modular Object-Oriented Dynamic Learning "
        "Environment.",
    ]
    exported = moodlexml.export(result.questions)
    assert "Moodle acronym (False)" in exported and "Moodle acronym (True)" in exported
    # [D] details
    assert {q.category for q in result.questions} == {"Default for testhead/TrueFalse"}
    for question in result.questions:
        assert (question.text_format, question.penalty, question.default_mark) == (HTML, 1, 1)
        assert set(question.files) >= {"logo.jpg", "infos.jpg", "thumbup.jpg", "thumbdown.jpg"}
        assert question.files["logo.jpg"].startswith(b"\xff\xd8\xff")
        assert "Moodle\xa0<img" in question.text
    assert (false.correct_answer, true.correct_answer) == (False, True)


def test_multichoice_fixture():
    result = fixture("multichoice.xml")
    assert result.errors == []
    (question,) = result.questions
    assert question.name == "Greeting"
    assert "What language is being spoken?" in question.text
    assert question.category == "Default for testhead/Multichoice"
    assert question.type == QuestionType.SINGLE_CHOICE
    assert (question.shuffle_answers, question.answer_numbering) == (True, "abc")
    assert question.penalty == pytest.approx(0.1)
    assert [a.fraction for a in question.answers] == [0, 1, 0, 0]
    assert {a.text_format for a in question.answers} == {HTML}
    for answer, flag in zip(
        question.answers, ("flag-uk", "flag-france", "flag-german", "flag-denmark"), strict=True
    ):
        assert f"@@PLUGINFILE@@/{flag}.jpg" in answer.text
    assert [a.feedback for a in question.answers][:2] == [
        "<p>Sorry, listen again.</p>",
        "<p>Yes, well done!</p>",
    ]
    assert question.files["bonjour.mp3"][:3] == b"ID3"


def test_multianswer_fixture_is_reported_as_not_supported():
    """[B] Moodle imports "cloze with images"; we do not support Cloze and say so."""
    result = fixture("multianswer.xml")
    assert result.questions == []
    (error,) = result.errors
    assert "cloze with images" in error.message and "not supported" in error.message


def test_sample_questions_with_old_image_tag():
    """[B] Moodle imports both; the Cloze one is ours to refuse, the other imports."""
    result = fixture("sample_questions_with_old_image_tag.xml")
    (error,) = result.errors
    assert "cloze question with image" in error.message
    (mcq,) = result.questions
    assert mcq.name == "mcq with image"
    assert mcq.text.endswith(' <img src="@@PLUGINFILE@@/moodle.png" />')
    assert mcq.files["moodle.png"].startswith(b"\x89PNG")
    assert mcq.shuffle_answers is True  # the first of two <shuffleanswers> wins
    assert [(a.text, a.fraction) for a in mcq.answers] == [
        ("wrong answer", 0),
        ("another wrong answer", 0),
        ("right answer", 1),
    ]
    assert mcq.penalty == pytest.approx(0.1)


@pytest.mark.parametrize("name", ["category_with_description.xml", "deprecated_category.xml"])
def test_import_category(name):
    result = fixture(name)
    assert result.errors == []
    assert result.categories == [
        Category("Alpha", "This is Alpha category for test", MOODLE, "alpha-idnumber")
    ]
    assert result.categories[0].parent is None
    (question,) = result.questions
    assert (question.name, question.type, question.category) == (
        "Alpha Question",
        QuestionType.TRUE_FALSE,
        "Alpha",
    )


def test_import_nested_categories():
    result = fixture("nested_categories.xml")
    assert result.categories == [
        Category("Delta", "This is Delta category for test", PLAIN, None),
        Category("Delta/Epsilon", "This is Epsilon category for test", MARKDOWN, None),
        Category("Delta/Epsilon/Zeta", "This is Zeta category for test", MOODLE, None),
    ]
    assert [c.parent for c in result.categories] == [None, "Delta", "Delta/Epsilon"]
    assert [(q.name, q.category) for q in result.questions] == [
        ("Zeta Question", "Delta/Epsilon/Zeta")
    ]


def test_import_nested_categories_with_questions():
    result = fixture("nested_categories_with_questions.xml")
    assert result.errors == []
    assert [(c.path, c.info_format) for c in result.categories] == [
        ("Iota", PLAIN),
        ("Iota/Kappa", MARKDOWN),
        ("Iota/Kappa/Lambda", MOODLE),
        ("Iota/Mu", MOODLE),
    ]
    assert [(q.name, q.category) for q in result.questions] == [
        ("Iota Question", "Iota"),
        ("Kappa Essay Question", "Iota/Kappa"),
        ("Kappa Question", "Iota/Kappa"),
        ("Lambda Question", "Iota/Kappa/Lambda"),
        ("Mu Question", "Iota/Mu"),
    ]


def test_nested_categories_with_questions_is_also_the_export_of_that_tree():
    result = fixture("nested_categories_with_questions.xml")
    again = moodlexml.parse(moodlexml.export(result.questions, result.categories))
    assert again.questions == result.questions
    assert again.categories == result.categories


def test_import_old_format():
    result = fixture("old_format_file.xml")
    assert result.categories == [Category("Pi", "", MOODLE), Category("Pi/Rho", "", MOODLE)]
    assert [(q.name, q.category) for q in result.questions] == [
        ("Pi Question", "Pi"),
        ("Rho Question", "Pi/Rho"),
    ]


def test_import_categories_in_reverse_order():
    result = fixture("categories_reverse_order.xml")
    assert result.categories == [
        Category("Sigma", "This is Sigma category for test", HTML),
        Category("Sigma/Tau", "This is Tau category for test", HTML),
    ]
    tau, sigma = result.questions
    assert (tau.name, tau.type, tau.category) == ("Tau Question", QuestionType.ESSAY, "Sigma/Tau")
    assert (sigma.name, sigma.category) == ("Sigma Question", "Sigma")
    assert [(a.text, a.fraction) for a in sigma.answers] == [("yes", 1), ("no", 0), ("may be", 0)]


def test_export_category_fixture_imports():
    """[D] 1 category and 1 question; the empty <idnumber> is no ID number."""
    result = fixture("export_category.xml")
    assert result.categories == [
        Category("Alpha", "This is Alpha category for test", MOODLE, "alpha-idnumber")
    ]
    (question,) = result.questions
    assert question.idnumber is None


def test_export_category_matches_moodles_layout():
    result = fixture("export_category.xml")
    exported = moodlexml.export(result.questions, result.categories)
    assert '<info format="moodle_auto_format">' in exported
    assert "<idnumber>alpha-idnumber</idnumber>" in exported
    assert moodlexml.parse(exported).questions == result.questions


def test_html_chars_in_idnumbers():
    result = fixture("html_chars_in_idnumbers.xml")
    assert result.categories[0].idnumber == "The inequalities < & >"
    assert result.questions[0].idnumber == "T & F"
    exported = moodlexml.export(result.questions, result.categories)
    assert "<idnumber>The inequalities &lt; &amp; &gt;</idnumber>" in exported
    assert "<idnumber>T &amp; F</idnumber>" in exported
    again = moodlexml.parse(exported)
    assert again.categories == result.categories
    assert again.questions == result.questions


def test_error_invalid_grades():
    """[T] The question with 33% is refused with its cleaned name and the value."""
    result = fixture("error_invalid_grades.xml")
    assert result.questions == []
    (error,) = result.errors
    assert 'Question "Question with invalid grades : x > 1 & x < 2"' in error.message
    assert "33%" in error.message
    assert "33.33333%" not in error.message.split("allows")[0]
    assert "-50%" not in error.message.split("allows")[0]


def test_error_invalid_fraction_sum():
    """[T] Q1 adds up to 200, Q2 to 60, Q4 has no 100% answer; Q3 is valid."""
    result = fixture("error_invalid_fraction_sum.xml")
    assert [q.name for q in result.questions] == ["XML import: valid percentage answer weights"]
    first, second, fourth = result.errors
    assert "too much" in first.message and "add up to 200%" in first.message
    assert "too much" in second.message and "add up to 60%" in second.message
    assert "with single answer" in fourth.message and "worth 50%" in fourth.message
    assert first.line < second.line < fourth.line


def test_broken_cloze_questions():
    """[T] No question is imported (ours: each is reported as not supported)."""
    result = fixture("broken_cloze_questions.xml")
    assert result.questions == []
    assert len(result.errors) == 5
    assert all("not supported" in error.message for error in result.errors)
    assert [error.line for error in result.errors] == [4, 20, 36, 52, 68]


def test_an_unknown_question_type_is_reported_and_the_rest_imports():
    """[T] partial_invalid_export.xml, recreated: "xmltypeunsupported"."""
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'
        '<question type="unknownquestiontype"><name><text>Odd</text></name></question>\n'
        '<question type="truefalse"><name><text>TF</text></name>'
        "<questiontext><text>Sky is blue.</text></questiontext>"
        '<answer fraction="100"><text>true</text></answer>'
        '<answer fraction="0"><text>false</text></answer></question>\n</quiz>\n'
    )
    result = moodlexml.parse(xml)
    assert [q.name for q in result.questions] == ["TF"]
    (error,) = result.errors
    assert error.line == 3
    assert '"Odd"' in error.message and "unknownquestiontype" in error.message


def test_a_file_without_questions_is_an_error():
    """[T] export_without_question.xml, recreated: "noquestionsinfile"."""
    result = moodlexml.parse('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n</quiz>\n')
    assert result.questions == []
    assert [e.message for e in result.errors] == ["No questions were found in the file."]
