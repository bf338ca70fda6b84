"""GIFT as trainers write it: every feature the issue lists, and every way it goes wrong."""

import pytest

from quizzes.formats import gift
from quizzes.formats.records import QuestionType, TextFormat


def one(text: str, **options):
    result = gift.parse(text, **options)
    assert result.errors == [], result.errors
    (question,) = result.questions
    return question


def refused(text: str):
    result = gift.parse(text)
    assert result.questions == []
    assert result.errors
    return result.errors


def test_title_comments_id_and_tags():
    question = one(
        "// A comment [id:Q-7] about [tag:tin học] and [tag:word]\n"
        "::Phím tắt::Phím nào sao chép?{=Ctrl+C ~Ctrl+V}"
    )
    assert question.name == "Phím tắt"
    assert question.idnumber == "Q-7"
    assert question.tags == ["tin học", "word"]


def test_a_comment_in_the_middle_of_a_question_is_dropped():
    question = one("Pick one{\n=yes\n// not an answer\n~no\n}")
    assert [a.text for a in question.answers] == ["yes", "no"]


def test_a_double_slash_inside_a_line_is_text():
    assert one("See http://example.org {}").text == "See http://example.org"


def test_category_lines_nest_and_apply_to_the_following_questions():
    result = gift.parse(
        "$CATEGORY: $course$/top/Tin học/Word\n\nQ1{T}\n\n"
        "$CATEGORY: Tin học/Excel//Calc\n\nQ2{F}\n\n$CATEGORY: $course$/top\n\nQ3{T}\n"
    )
    assert [(q.name, q.category) for q in result.questions] == [
        ("Q1", "Tin học/Word"),
        ("Q2", "Tin học/Excel//Calc"),
        ("Q3", None),
    ]
    assert [c.path for c in result.categories] == [
        "Tin học",
        "Tin học/Word",
        "Tin học/Excel//Calc",
    ]
    assert result.categories[2].name == "Excel/Calc"


def test_single_choice_with_feedback_and_weights():
    question = one("Q{=a#right ~%50%b#half ~%-100%c#wrong ~d}")
    assert question.type == QuestionType.SINGLE_CHOICE
    assert [(a.text, a.fraction, a.feedback) for a in question.answers] == [
        ("a", 1, "right"),
        ("b", 0.5, "half"),
        ("c", -1, "wrong"),
        ("d", 0, ""),
    ]


def test_multiple_choice_with_weights():
    question = one("Q{~%50%a ~%50%b ~%-100%c}")
    assert question.type == QuestionType.MULTIPLE_CHOICE
    assert [a.fraction for a in question.answers] == [0.5, 0.5, -1]


def test_thirds_and_sixths_are_matched_to_moodles_grades():
    question = one("Q{~%33.33333%a ~%33.33333%b ~%33.33333%c ~d}")
    assert [a.fraction for a in question.answers[:3]] == [0.3333333] * 3


def test_equals_with_100_percent_in_a_choice_is_a_right_answer():
    question = one("Q{=%100%a ~b}")
    assert [(a.text, a.fraction) for a in question.answers] == [("a", 1), ("b", 0)]


@pytest.mark.parametrize(
    ("block", "key", "true_feedback", "false_feedback"),
    [
        ("{T}", True, "", ""),
        ("{TRUE}", True, "", ""),
        ("{F}", False, "", ""),
        ("{FALSE}", False, "", ""),
        ("{TRUE#no#yes}", True, "yes", "no"),
        ("{FALSE#no#yes}", False, "no", "yes"),
        ("{T##yes####general}", True, "yes", ""),
    ],
)
def test_true_false(block, key, true_feedback, false_feedback):
    question = one(f"Statement.{block}")
    assert question.type == QuestionType.TRUE_FALSE
    assert question.correct_answer is key
    true, false = question.answers
    assert (true.text, true.feedback) == ("true", true_feedback)
    assert (false.text, false.feedback) == ("false", false_feedback)
    assert question.penalty == 1


def test_lowercase_true_is_a_short_answer_as_in_moodle():
    question = one("Statement.{true}")
    assert question.type == QuestionType.SHORT_ANSWER
    assert [(a.text, a.fraction) for a in question.answers] == [("true", 1)]


def test_short_answer_with_several_weighted_answers():
    question = one("Capital?{=Hà Nội =%50%Ha Noi#no accents =%0%*#no}")
    assert question.type == QuestionType.SHORT_ANSWER
    assert [(a.text, a.fraction, a.feedback) for a in question.answers] == [
        ("Hà Nội", 1, ""),
        ("Ha Noi", 0.5, "no accents"),
        ("*", 0, "no"),
    ]
    assert question.case_sensitive is False


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("{#3:0.5}", [("3", 0.5, 1)]),
        ("{#1..5}", [("3", 2, 1)]),
        ("{#-5..-1}", [("-3", 2, 1)]),
        ("{#1822}", [("1822", 0, 1)]),
        ("{#1.5e3:10}", [("1.5e3", 10, 1)]),
        ("{#=3:0 =%50%3:1#close ~#far}", [("3", 0, 1), ("3", 1, 0.5), ("*", None, 0)]),
    ],
)
def test_numerical(block, expected):
    question = one(f"How many?{block}")
    assert question.type == QuestionType.NUMERICAL
    assert [(a.text, a.tolerance, a.fraction) for a in question.answers] == expected


def test_matching_with_a_distractor():
    question = one("Match.{=Word -> văn bản =Excel -> bảng tính = -> trình chiếu}")
    assert question.type == QuestionType.MATCHING
    assert [(p.prompt, p.answer) for p in question.pairs] == [
        ("Word", "văn bản"),
        ("Excel", "bảng tính"),
        ("", "trình chiếu"),
    ]


def test_essay_with_and_without_general_feedback():
    assert one("Write.{}").type == QuestionType.ESSAY
    essay = one("Write.{####Look at the rubric.}")
    assert (essay.type, essay.general_feedback) == (QuestionType.ESSAY, "Look at the rubric.")


def test_description_has_no_mark():
    question = one("::Intro::The next questions are about Word.")
    assert (question.type, question.default_mark) == (QuestionType.DESCRIPTION, 0)


def test_missing_word_question():
    question = one("Hà Nội là {=thủ đô ~thành phố} của Việt Nam.")
    assert question.text == "Hà Nội là _____ của Việt Nam."


def test_general_feedback_after_the_last_four_hashes():
    question = one("Q{=a#fb ~b####General ## text}")
    assert question.general_feedback == "General ## text"


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("a \\~ b \\= c \\# d \\{ e \\} f \\: g{}", "a ~ b = c # d { e } f : g"),
        ("line one\\nline two{}", "line one\nline two"),
        ("back\\\\slash{}", "back\\slash"),
        ("not an escape: \\ 2 \\x{}", "not an escape: \\ 2 \\x"),
        ("literal &&058; stays{}", "literal &&058; stays"),
    ],
)
def test_escapes(source, text):
    assert one(source).text == text


def test_escaped_characters_do_not_split_answers():
    question = one("Q{=a \\~ b\\=c\\#d ~e}")
    assert [a.text for a in question.answers] == ["a ~ b=c#d", "e"]


@pytest.mark.parametrize("tag", ["html", "moodle", "plain", "markdown"])
def test_text_formats(tag):
    question = one(f"[{tag}]Text{{=a#[html]fb ~[plain]b}}")
    assert question.text_format == TextFormat(tag)
    assert question.answers[0].text_format == TextFormat(tag)
    assert question.answers[0].feedback_format == TextFormat.HTML
    assert question.answers[1].text_format == TextFormat.PLAIN


def test_an_unknown_format_tag_stays_in_the_text():
    question = one("[HTML]Text{}")
    assert (question.text, question.text_format) == ("[HTML]Text", TextFormat.MOODLE)


def test_multi_line_questions_and_many_blank_lines():
    result = gift.parse("\n\n\nFirst\nline{\n=a\n~b\n}\n\n\n\n\nSecond{T}\n\n\n")
    assert [q.text for q in result.questions] == ["First\nline", "Second"]
    assert [q.line for q in result.questions] == [4, 13]


@pytest.mark.parametrize(
    "data",
    [
        b"Q1{T}\r\n\r\nQ2{F}\r\n",
        b"Q1{T}\r\rQ2{F}\r",
        b"\xef\xbb\xbfQ1{T}\n\nQ2{F}\n",
        b"Q1{T}\n\r\nQ2{F}",
    ],
    ids=["crlf", "cr", "bom", "mixed"],
)
def test_line_endings_and_byte_order_mark(data):
    result = gift.parse(data)
    assert result.errors == []
    assert [q.text for q in result.questions] == ["Q1", "Q2"]


def test_a_line_of_spaces_and_tabs_separates_questions():
    result = gift.parse("Q1{T}\n \t \nQ2{F}")
    assert len(result.questions) == 2


def test_site_defaults_for_shuffling_and_numbering():
    question = one("Q{=a ~b}", shuffle_answers=False, answer_numbering="ABCD")
    assert (question.shuffle_answers, question.answer_numbering) == (False, "ABCD")


def test_blank_choices_without_weight_are_dropped_as_moodle_drops_them():
    """The real-world pattern {~=some~a few} gives an empty first choice."""
    question = one("I have {~=some~a few} apples.")
    assert [(a.text, a.fraction) for a in question.answers] == [("some", 1), ("a few", 0)]


# Errors, each with its line and the question's name --------------------------------------------


def test_unclosed_brace():
    result = gift.parse("::A::ok{T}\n\n::Broken::Question {\n=a\n~b\n")
    assert [q.name for q in result.questions] == ["A"]
    (error,) = result.errors
    assert error.line == 3
    assert '"Broken"' in error.message and '"{" is never closed' in error.message


def test_closing_brace_without_opening():
    (error,) = refused("::Broken::Question\n=a\n}\n")
    assert (error.line, '"}" has no "{"' in error.message) == (3, True)


def test_a_blank_line_inside_braces_names_both_halves():
    errors = refused("::Split::Which?{\n\n=a\n~b\n}\n")
    assert [e.line for e in errors] == [1, 5]
    assert "blank line" in errors[0].message


def test_a_second_answer_block_is_refused():
    (error,) = refused("::Two::A {=x ~y} and B {=z ~w}.")
    assert '"Two"' in error.message and "second" in error.message


def test_an_answer_without_text():
    (error,) = refused("::Empty::Pick{=%50% ~%50%b ~c}")
    assert error.line == 1
    assert '"Empty"' in error.message


def test_an_empty_short_answer_is_refused():
    (error,) = refused("::Empty::Type it{=}")
    assert '"Empty": answer 1 has no text' in error.message


def test_weight_over_100_percent():
    (error,) = refused("::Heavy::Pick{~%150%a ~b}")
    assert '"Heavy"' in error.message and "150%" in error.message
    assert "more than 100%" in error.message


def test_weight_not_in_moodles_list():
    (error,) = refused("::Odd::Pick{~%33%a ~%33%b ~%34%c}")
    assert '"Odd"' in error.message and "33%, 33%, 34%" in error.message
    assert "33.33333" in error.message  # the list of what is allowed


@pytest.mark.parametrize("weight", ["%33,3%", "% 50%", "%50 %", "%5x0%"])
def test_a_badly_written_weight(weight):
    (error,) = refused(f"::W::Pick{{~{weight}a ~b}}")
    assert '"W"' in error.message and weight in error.message


def test_a_weight_after_equals_in_a_choice():
    (error,) = refused("::W::Pick{=%50%a ~b}")
    assert '"=" marks a correct answer' in error.message


def test_single_choice_without_a_right_answer():
    (error,) = refused("::None::Pick{~%50%a ~%50%b =}")
    assert '"None"' in error.message


def test_multiple_choice_that_does_not_add_up():
    (error,) = refused("::Sum::Pick{~%50%a ~%25%b ~c}")
    assert "add up to 75%" in error.message


def test_short_answer_without_full_marks():
    (error,) = refused("::Half::Type{=%50%a}")
    assert "worth 100%" in error.message and "50%" in error.message


@pytest.mark.parametrize("block", ["{#abc}", "{#3:x}", "{#1..z}", "{#3,14}"])
def test_numbers_that_are_not_numbers(block):
    (error,) = refused(f"::N::How many?{block}")
    assert '"N"' in error.message and "not a number" in error.message


def test_numerical_without_answers():
    (error,) = refused("::N::How many?{#}")
    assert "at least one answer" in error.message


def test_matching_pair_without_arrow():
    (error,) = refused("::M::Match{=a -> 1 =b 2}")
    assert '"b 2" has no "->"' in error.message


def test_matching_needs_two_items():
    (error,) = refused("::M::Match{=a -> 1 = -> 2}")
    assert "at least 2 items" in error.message


def test_choice_with_one_answer():
    (error,) = refused("::One::Pick{~only}")
    assert "at least 2 answers" in error.message


def test_cloze_is_not_supported_but_the_rest_imports():
    result = gift.parse("::C::Capital {1:SHORTANSWER:=Paris}\n\n::Ok::Fine{T}")
    assert [q.name for q in result.questions] == ["Ok"]
    (error,) = result.errors
    assert '"C"' in error.message and "Cloze" in error.message


def test_errors_do_not_stop_the_rest_of_the_file():
    result = gift.parse("::A::ok{T}\n\n::B::bad{~%7%x ~y}\n\n::C::ok{F}")
    assert [q.name for q in result.questions] == ["A", "C"]
    assert [e.line for e in result.errors] == [3]


def test_too_many_answers_are_refused():
    (error,) = refused("::Big::Pick{" + "~a" * 600 + "}")
    assert "more than 500 answers" in error.message


def test_validation_can_be_left_to_later():
    result = gift.parse("::Sum::Pick{~%50%a ~%25%b ~c}", validate=False)
    assert result.errors == [] and len(result.questions) == 1


# Export details -------------------------------------------------------------------------------


def test_export_protects_texts_that_look_like_syntax():
    from quizzes.formats.records import Answer, Question, normalise

    question = normalise(
        Question(
            QuestionType.SINGLE_CHOICE,
            "Tricky: [id:x] ::",
            "[html] is text here",
            answers=[Answer("%50% of it", 1), Answer("[plain]", 0), Answer("a#b=c~d{e}f\\", 0)],
        )
    )
    exported = gift.export([question])
    (back,) = gift.parse(exported).questions
    assert back == gift.round_trip_form(question)


def test_export_refuses_what_gift_cannot_say():
    from quizzes.formats.records import Answer, FormatError, Question

    question = Question(QuestionType.SHORT_ANSWER, "Arrow", "Q", answers=[Answer("a->b", 1)])
    with pytest.raises(FormatError, match='"Arrow"'):
        gift.export([question])
