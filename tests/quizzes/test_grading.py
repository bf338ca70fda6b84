"""Grading is a pure function of (snapshot, response): every type, edge and rounding rule."""

from decimal import Decimal

import pytest

from quizzes import grading
from quizzes.grading import grade, parse_number

D = Decimal


def choice(qtype, *answers, mark="1"):
    return {
        "type": qtype,
        "default_mark": mark,
        "answers": [
            {"id": str(i), "text": text, "fraction": fraction, "feedback": f"fb{i}"}
            for i, (text, fraction) in enumerate(answers)
        ],
    }


# Single choice ----------------------------------------------------------------------------


def test_single_choice_right_answer_earns_the_full_mark():
    q = choice("single_choice", ("Hà Nội", "1"), ("Huế", "0"))
    result = grade(q, "0")
    assert result.state == grading.CORRECT
    assert result.fraction == 1
    assert result.mark == D("1.00")
    assert result.answer_ids == ("0",)


def test_single_choice_wrong_answer_earns_nothing():
    result = grade(choice("single_choice", ("A", "1"), ("B", "0")), "1")
    assert (result.state, result.mark) == (grading.WRONG, D("0.00"))


def test_single_choice_partial_answer_earns_its_share_of_the_slot_mark():
    result = grade(choice("single_choice", ("A", "1"), ("B", "0.5")), "1", D("3"))
    assert (result.state, result.mark) == (grading.PARTIAL, D("1.50"))


def test_single_choice_negative_answer_never_goes_below_zero():
    result = grade(choice("single_choice", ("A", "1"), ("B", "-0.5")), "1")
    assert result.mark == D("0.00")
    assert result.fraction == 0


def test_single_choice_unknown_or_missing_answer_is_unanswered():
    q = choice("single_choice", ("A", "1"))
    assert grade(q, None).state == grading.UNANSWERED
    assert grade(q, "").state == grading.UNANSWERED
    assert grade(q, "nope").state == grading.UNANSWERED
    assert grade(q, None).mark == D("0.00")


# Multiple choice --------------------------------------------------------------------------

MULTI = choice(
    "multiple_choice",
    ("right 1", "0.5"),
    ("right 2", "0.5"),
    ("wrong 1", "-1"),
    ("wrong 2", "-0.3333333"),
    mark="2",
)


def test_multiple_choice_all_right_answers_earn_the_full_mark():
    result = grade(MULTI, ["0", "1"])
    assert (result.state, result.mark) == (grading.CORRECT, D("2.00"))


def test_multiple_choice_one_of_two_right_answers_is_partial_credit():
    result = grade(MULTI, ["1"])
    assert (result.state, result.fraction, result.mark) == (grading.PARTIAL, D("0.5"), D("1.00"))


def test_multiple_choice_negative_weights_subtract():
    result = grade(MULTI, ["0", "1", "3"])
    # 1 - 0.3333333 = 0.6666667 of 2 marks = 1.3333334 -> 1.33
    assert result.mark == D("1.33")
    assert result.state == grading.PARTIAL


def test_multiple_choice_total_never_goes_below_zero():
    result = grade(MULTI, ["0", "2", "3"])
    assert result.fraction == 0
    assert result.mark == D("0.00")
    assert result.state == grading.WRONG


def test_multiple_choice_choosing_everything_is_not_rewarded():
    assert grade(MULTI, ["0", "1", "2", "3"]).mark == D("0.00")


def test_multiple_choice_total_never_goes_above_the_mark():
    q = choice("multiple_choice", ("a", "1"), ("b", "1"))
    assert grade(q, ["0", "1"]).mark == D("1.00")


THIRDS = choice(
    "multiple_choice",
    ("right 1", "0.3333333"),
    ("right 2", "0.3333333"),
    ("right 3", "0.3333333"),
    ("wrong", "-1"),
    mark="3",
)


def test_three_rights_weighted_a_third_each_earn_the_full_mark_and_read_as_correct():
    # 33.33333% is stored as 0.3333333 (also when written 33.33334%), so the three add up to
    # 0.9999999: a rounding short of the whole, which is the whole.
    result = grade(THIRDS, ["0", "1", "2"])
    assert (result.state, result.fraction, result.mark) == (grading.CORRECT, D("1"), D("3.00"))


def test_two_of_three_thirds_stay_partial():
    result = grade(THIRDS, ["0", "2"])
    assert (result.state, result.fraction, result.mark) == (
        grading.PARTIAL,
        D("0.6666666"),
        D("2.00"),
    )


def test_a_fraction_short_of_the_whole_by_more_than_a_rounding_is_partial():
    q = choice("multiple_choice", ("a", "0.49999"), ("b", "0.5"))
    assert grade(q, ["0", "1"]).state == grading.PARTIAL


def test_multiple_choice_nothing_chosen_is_unanswered():
    assert grade(MULTI, []).state == grading.UNANSWERED
    assert grade(MULTI, ["x"]).state == grading.UNANSWERED


def test_multiple_choice_accepts_a_single_id_as_response():
    assert grade(MULTI, "0").mark == D("1.00")


# True/false -------------------------------------------------------------------------------


def test_true_false():
    q = {
        "type": "true_false",
        "default_mark": "1",
        "answers": [
            {"id": "true", "text": "true", "fraction": "0", "feedback": ""},
            {"id": "false", "text": "false", "fraction": "1", "feedback": "Right"},
        ],
    }
    assert grade(q, "false").state == grading.CORRECT
    assert grade(q, "true").state == grading.WRONG
    assert grade(q, None).state == grading.UNANSWERED


# Short answer -----------------------------------------------------------------------------


def short(*answers, case_sensitive=False, ignore_diacritics=False):
    q = choice("short_answer", *answers)
    q["case_sensitive"] = case_sensitive
    q["ignore_diacritics"] = ignore_diacritics
    return q


def test_short_answer_is_case_insensitive_by_default_and_trims_spaces():
    q = short(("An toàn thông tin", "1"))
    assert grade(q, "  an TOÀN   thông tin ").state == grading.CORRECT


def test_short_answer_case_sensitive_when_asked():
    q = short(("PDF", "1"), case_sensitive=True)
    assert grade(q, "PDF").state == grading.CORRECT
    assert grade(q, "pdf").state == grading.WRONG


def test_short_answer_diacritics_count_unless_the_question_ignores_them():
    strict = short(("Đảng", "1"))
    assert grade(strict, "Dang").state == grading.WRONG
    assert grade(strict, "đảng").state == grading.CORRECT
    relaxed = short(("Đảng", "1"), ignore_diacritics=True)
    assert grade(relaxed, "dang").state == grading.CORRECT
    assert grade(relaxed, "Đẳng").state == grading.CORRECT


def test_short_answer_composed_and_decomposed_unicode_are_the_same():
    q = short(("Việt", "1"))
    decomposed = "Vie\u0323\u0302t"
    assert grade(q, decomposed).state == grading.CORRECT


def test_short_answer_wildcard_matches_any_run_of_characters():
    q = short(("*mật khẩu*", "1"))
    assert grade(q, "đổi mật khẩu định kỳ").state == grading.CORRECT
    assert grade(q, "mật khẩu").state == grading.CORRECT
    assert grade(q, "mã PIN").state == grading.WRONG


def test_short_answer_escaped_star_is_literal():
    q = short(("a\\*b", "1"))
    assert grade(q, "a*b").state == grading.CORRECT
    assert grade(q, "axxb").state == grading.WRONG


def test_short_answer_other_regex_characters_are_literal():
    q = short(("1+1=2 (đúng)", "1"))
    assert grade(q, "1+1=2 (đúng)").state == grading.CORRECT
    assert grade(q, "11=2 đúng").state == grading.WRONG


def test_short_answer_several_answers_with_fractions_first_match_wins():
    q = short(("phishing", "1"), ("lừa đảo*", "0.5"), ("*", "0"))
    assert grade(q, "Phishing").mark == D("1.00")
    assert grade(q, "lừa đảo qua email").mark == D("0.50")
    result = grade(q, "virus")
    assert (result.mark, result.answer_ids) == (D("0.00"), ("2",))


def test_short_answer_no_match_is_wrong_not_unanswered():
    result = grade(short(("x", "1")), "y")
    assert (result.state, result.mark, result.answer_ids) == (grading.WRONG, D("0.00"), ())


# Numerical --------------------------------------------------------------------------------


def numerical(*answers, mark="1"):
    return {
        "type": "numerical",
        "default_mark": mark,
        "answers": [
            {"id": str(i), "text": value, "tolerance": tol, "fraction": fr, "feedback": ""}
            for i, (value, tol, fr) in enumerate(answers)
        ],
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3.5", D("3.5")),
        ("3,5", D("3.5")),
        (" -2,25 ", D("-2.25")),
        ("1.234,5", D("1234.5")),
        ("1,234.5", D("1234.5")),
        ("1.000.000", D("1000000")),
        ("1,000,000", D("1000000")),
        ("1 000", D("1000")),
        ("+7", D("7")),
        (".5", D("0.5")),
        ("2e3", D("2000")),
        ("\u22124", D("-4")),
        ("abc", None),
        ("", None),
        ("NaN", None),
        ("Infinity", None),
        ("1,2,3.4.5", None),
        (None, None),
    ],
)
def test_numbers_are_read_as_people_type_them(typed, expected):
    assert parse_number(typed) == expected


def test_numerical_exact_value():
    q = numerical(("42", "0", "1"))
    assert grade(q, "42").state == grading.CORRECT
    assert grade(q, "42,0").state == grading.CORRECT
    assert grade(q, "42.01").state == grading.WRONG


def test_numerical_tolerance_edges_are_included():
    q = numerical(("3.14", "0.01", "1"))
    assert grade(q, "3.13").state == grading.CORRECT
    assert grade(q, "3,15").state == grading.CORRECT
    assert grade(q, "3.1500001").state == grading.WRONG
    assert grade(q, "3.1299999").state == grading.WRONG


def test_numerical_range_stored_as_midpoint_and_half_width():
    q = numerical(("3", "2", "1"))  # 1..5
    assert grade(q, "1").state == grading.CORRECT
    assert grade(q, "5").state == grading.CORRECT
    assert grade(q, "5,01").state == grading.WRONG
    assert grade(q, "0.99").state == grading.WRONG


def test_numerical_several_answers_with_fractions_first_match_wins():
    q = numerical(("100", "0", "1"), ("100", "10", "0.5"), ("*", "", "0"), mark="4")
    assert grade(q, "100").mark == D("4.00")
    assert grade(q, "95").mark == D("2.00")
    assert grade(q, "50").mark == D("0.00")


def test_numerical_text_that_is_not_a_number_is_wrong():
    q = numerical(("1", "0", "1"))
    assert grade(q, "một").state == grading.WRONG
    assert grade(q, "").state == grading.UNANSWERED


def test_numerical_negative_tolerance_is_treated_as_its_size():
    assert grade(numerical(("10", "-1", "1")), "9").state == grading.CORRECT


# Matching ---------------------------------------------------------------------------------

MATCHING = {
    "type": "matching",
    "default_mark": "3",
    "pairs": [
        {"id": "1", "prompt": "USB lạ", "answer": "Không cắm vào máy"},
        {"id": "2", "prompt": "Email lạ", "answer": "Báo bộ phận CNTT"},
        {"id": "3", "prompt": "Máy dùng chung", "answer": "Đăng xuất khi rời"},
    ],
    "choices": ["Đăng xuất khi rời", "Không cắm vào máy", "Báo bộ phận CNTT", "Thừa"],
}


def test_matching_all_pairs_right():
    response = {"1": "Không cắm vào máy", "2": "Báo bộ phận CNTT", "3": "Đăng xuất khi rời"}
    assert grade(MATCHING, response).mark == D("3.00")


def test_matching_gives_partial_credit_per_pair():
    result = grade(MATCHING, {"1": "Không cắm vào máy", "2": "Thừa"})
    assert (result.state, result.mark) == (grading.PARTIAL, D("1.00"))


def test_matching_rounds_thirds_to_two_decimals():
    result = grade({**MATCHING, "default_mark": "1"}, {"1": "Không cắm vào máy"})
    assert result.mark == D("0.33")
    result = grade(
        {**MATCHING, "default_mark": "1"}, {"1": "Không cắm vào máy", "2": "Báo bộ phận CNTT"}
    )
    assert result.mark == D("0.67")


def test_matching_all_wrong_and_unanswered():
    assert grade(MATCHING, {"1": "Thừa"}).state == grading.WRONG
    assert grade(MATCHING, {}).state == grading.UNANSWERED
    assert grade(MATCHING, "garbage").mark == D("0.00")


# Essay and description --------------------------------------------------------------------


def test_essay_waits_for_a_trainer():
    q = {"type": "essay", "default_mark": "5", "essay": {"max_words": 10}}
    result = grade(q, "Một câu trả lời.")
    assert (result.state, result.fraction, result.mark) == (grading.NEEDS_MARKING, None, None)
    assert grade(q, "   ").state == grading.UNANSWERED


def test_description_carries_no_mark():
    result = grade({"type": "description", "text": "Đọc kỹ"}, None)
    assert (result.state, result.mark) == (grading.NOT_MARKED, None)


# Rounding and misc ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0.125", "0.13"), ("0.124", "0.12"), ("1.005", "1.01"), ("2", "2.00"), ("0.3333333", "0.33")],
)
def test_marks_round_half_up_to_two_decimals(value, expected):
    assert grading.round_mark(D(value)) == D(expected)


def test_slot_mark_overrides_default_mark():
    q = choice("single_choice", ("A", "0.3333333"), ("B", "1"), mark="1")
    assert grade(q, "0", D("10")).mark == D("3.33")
    assert grade(q, "0", "0.5").mark == D("0.17")


def test_unknown_type_grades_zero_without_crashing():
    assert grade({"type": "cloze", "default_mark": "1"}, "x").mark == D("0.00")


def test_bad_fraction_value_is_treated_as_zero():
    q = choice("single_choice", ("A", "not-a-number"))
    assert grade(q, "0").mark == D("0.00")


def test_correct_response_text_lists_the_best_answers():
    q = choice("single_choice", ("A", "1"), ("B", "0"))
    assert grading.correct_response_text(q) == ["A"]
    assert grading.correct_response_text(MULTI) == ["right 1", "right 2"]
    assert grading.correct_response_text(numerical(("3", "2", "1"))) == ["3 ± 2"]
    assert grading.correct_response_text(MATCHING)[0] == "USB lạ → Không cắm vào máy"
    assert grading.correct_response_text({"type": "essay"}) == []


def test_word_count():
    assert grading.word_count("  một  hai\nba ") == 3
    assert grading.word_count("") == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("   ", None),
        ("một hai", ("under", 2, 3)),
        ("một hai ba", None),
        ("một  hai\nba bốn năm", None),
        ("một hai ba bốn năm sáu", ("over", 6, 5)),
    ],
)
def test_essay_word_limits_count_words_and_ignore_blank_answers(text, expected):
    essay = {"type": "essay", "essay": {"min_words": 3, "max_words": 5}}
    problem = grading.essay_word_problem(essay, text)
    assert (problem and (problem.kind, problem.words, problem.limit)) == expected


def test_an_essay_without_limits_has_no_word_problem():
    assert grading.essay_word_problem({"type": "essay", "essay": {}}, "chữ " * 5000) is None


def test_numerical_right_answers_are_written_as_the_reader_writes_numbers():
    from django.utils import translation

    with translation.override("vi"):
        assert grading.correct_response_text(numerical(("75", "0.5", "1"))) == ["75 ± 0,5"]
    with translation.override("en"):
        assert grading.correct_response_text(numerical(("75", "0.5", "1"))) == ["75 ± 0.5"]
