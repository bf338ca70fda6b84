"""A true/false question's statements, stored as "true" and "false", read as words everywhere a
person sees them: the review, the admin's attempt page, the marking queue and the statistics."""

from django.utils import translation

from quizzes import grading
from quizzes.question_types import true_false_word

TRUE_FALSE = {
    "type": "true_false",
    "answers": [
        {"id": 1, "text": "true", "fraction": "1"},
        {"id": 2, "text": "false", "fraction": "0"},
    ],
}


def test_the_stored_values_read_as_words_in_each_language():
    with translation.override("vi"):
        assert (true_false_word("true"), true_false_word("false")) == ("Đúng", "Sai")
    with translation.override("en"):
        assert (true_false_word("true"), true_false_word("FALSE")) == ("True", "False")


def test_other_text_is_left_alone():
    assert true_false_word("Có thể") == "Có thể"


def test_the_right_answer_and_the_learners_answer_are_words():
    with translation.override("vi"):
        assert grading.correct_response_text(TRUE_FALSE) == ["Đúng"]
        assert grading.response_text(TRUE_FALSE, "false") == ["Sai"]
        assert grading.response_text(TRUE_FALSE, None) == []
