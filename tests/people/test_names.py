"""Vietnamese collation keys and diacritic-free search text: pure functions."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from people.names import (
    name_sort_key,
    search_terms,
    search_text,
    split_full_name,
    strip_diacritics,
)


def _sorted(names):
    """Sort full names written in Vietnamese order by their stored key."""
    return sorted(names, key=lambda full: name_sort_key(*split_full_name(full)))


def test_people_are_sorted_by_given_name_first():
    names = ["Nguyễn Văn Bình", "Trần Thị An", "Lê Hoàng Cường"]
    assert _sorted(names) == ["Trần Thị An", "Nguyễn Văn Bình", "Lê Hoàng Cường"]


def test_same_given_name_is_sorted_by_family_then_middle_name():
    names = ["Trần Văn An", "Nguyễn Văn An", "Nguyễn Thị An", "Lê An"]
    assert _sorted(names) == ["Lê An", "Nguyễn Thị An", "Nguyễn Văn An", "Trần Văn An"]


def test_d_with_stroke_comes_after_d():
    names = ["Phạm Đức", "Trần Dũng", "Lê Dương", "Võ Em", "Hồ Đào"]
    assert _sorted(names) == ["Trần Dũng", "Lê Dương", "Hồ Đào", "Phạm Đức", "Võ Em"]


def test_vowels_with_marks_follow_the_vietnamese_alphabet():
    # a < ă < â, e < ê, o < ô < ơ, u < ư: each marked vowel is a letter of its own.
    given_names = ["Ưng", "Uyên", "Ơn", "Ôn", "On", "Ân", "Ăn", "An", "Ên", "En", "Vân"]
    ordered = sorted(given_names, key=name_sort_key)
    assert ordered == ["An", "Ăn", "Ân", "En", "Ên", "On", "Ôn", "Ơn", "Uyên", "Ưng", "Vân"]


def test_tones_only_count_when_the_letters_are_equal():
    # Level, grave, hook, tilde, acute, dot below.
    given_names = ["Mạ", "Má", "Mã", "Mả", "Mà", "Ma"]
    assert sorted(given_names, key=name_sort_key) == ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]
    # ...and a later letter beats an earlier tone.
    assert sorted(["Mán", "Mang"], key=name_sort_key) == ["Mán", "Mang"]


def test_a_shorter_name_sorts_before_a_longer_one_it_begins():
    assert sorted(["Anh", "An"], key=name_sort_key) == ["An", "Anh"]
    assert _sorted(["Nguyễn Văn An", "Nguyễn An"]) == ["Nguyễn An", "Nguyễn Văn An"]


def test_case_and_unicode_form_do_not_change_the_key():
    import unicodedata

    composed = unicodedata.normalize("NFC", "Nguyễn Thị Ánh")
    decomposed = unicodedata.normalize("NFD", "NGUYỄN THỊ ÁNH")
    assert name_sort_key(*split_full_name(composed)) == name_sort_key(*split_full_name(decomposed))


def test_key_is_plain_ascii_digits_so_every_database_orders_it_alike():
    key = name_sort_key("Ưng", "Đặng Thị")
    assert key.isdigit() and key.isascii()


def test_a_shuffled_class_list_sorts_back_to_the_expected_order():
    expected = [
        "Trần Thị An",
        "Nguyễn Văn Bình",
        "Vũ Thị Dung",
        "Lê Văn Đạt",
        "Đỗ Thu Hà",
        "Phạm Thị Hà",
        "Hoàng Minh Ước",
        "Bùi Thị Yến",
    ]
    shuffled = expected[:]
    random.Random(3).shuffle(shuffled)
    assert _sorted(shuffled) == expected


@given(st.text(max_size=60), st.text(max_size=60))
def test_any_text_gives_a_bounded_digit_key(given_name, rest):
    key = name_sort_key(given_name, rest)
    assert len(key) <= 255
    assert key == "" or key.isdigit()


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Đặng Thu Hà", "dang thu ha"),
        ("NGUYỄN  THỊ   LAN", "nguyen thi lan"),
        ("Ưng Hoàng Phúc", "ung hoang phuc"),
    ],
)
def test_search_text_has_no_diacritics(text, plain):
    assert search_text(text) == plain
    assert strip_diacritics(text).split() == plain.split()


def test_search_terms_split_a_query_into_plain_words():
    assert search_terms("  Nguyễn   lan ") == ["nguyen", "lan"]


def test_split_full_name_takes_the_last_word_as_given_name():
    assert split_full_name("Nguyễn Thị Lan") == ("Lan", "Nguyễn Thị")
    assert split_full_name("Lan") == ("Lan", "")
    assert split_full_name("  ") == ("", "")


def test_diacritics_fold_away_with_case_kept_when_asked():
    assert strip_diacritics("Đặng Thu Hà") == "dang thu ha"
    assert strip_diacritics("Đặng Thu Hà", lower=False) == "Dang Thu Ha"
    # Letters whose mark is part of the letter fold too, in either case.
    assert strip_diacritics("Øre Łódź Ðoàn", lower=False) == "Ore Lodz Doan"


@given(st.text(max_size=40))
def test_course_search_folds_text_as_names_do(text):
    from courses.text import plain

    assert plain(text) == " ".join(strip_diacritics(text).split())


def test_short_answers_fold_diacritics_and_keep_case_when_it_counts():
    from quizzes.grading import normalise_text

    options = {"ignore_diacritics": True}
    assert normalise_text(" Đảng  Ủy ", case_sensitive=True, **options) == "Dang Uy"
    assert normalise_text(" Đảng  Ủy ", case_sensitive=False, **options) == "dang uy"
