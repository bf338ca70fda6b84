"""Search text normalisation: pure functions, tested without a database."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from courses.text import fold, html_to_text, index_form, plain, search_terms, stream_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An toàn thông tin", "an toan thong tin"),
        ("Đảng", "dang"),
        ("ĐẢNG ỦY", "dang uy"),
        ("Người dùng ưu tiên", "nguoi dung uu tien"),
        ("Bảo mật   dữ liệu\n", "bao mat du lieu"),
        ("Phân tích và tổng hợp", "phan tich va tong hop"),
        ("", ""),
    ],
)
def test_plain_drops_diacritics_and_case(text, expected):
    assert plain(text) == expected


def test_fold_keeps_diacritics_but_not_case():
    assert fold("  ĐẢNG Ủy ") == "đảng ủy"
    assert fold("An Toàn") == "an toàn"


def test_plain_and_fold_agree_on_decomposed_input():
    decomposed = "Đa\u0309ng"  # "Đảng" typed with a combining hook above
    assert plain(decomposed) == "dang"
    assert fold(decomposed) == "đảng"


@given(st.text())
def test_plain_is_idempotent_and_of_folded_text(text):
    assert plain(plain(text)) == plain(text)
    assert plain(fold(text)) == plain(text)


def test_html_to_text_keeps_words_apart_and_unescapes():
    assert html_to_text("<p>Một</p><p>Hai &amp; ba</p><ul><li>bốn</li></ul>") == "Một Hai & ba bốn"


def test_stream_text_reads_every_block_in_order_and_skips_flags():
    raw = [
        {"type": "heading", "value": "Mật khẩu"},
        {"type": "rich_text", "value": "<p>Dùng <b>cụm từ</b></p>"},
        {"type": "callout", "value": {"kind": "warning", "title": "Chú ý", "text": "<p>Đừng</p>"}},
        {"type": "steps", "value": {"title": "Các bước", "items": ["<p>Một</p>", "<p>Hai</p>"]}},
        {"type": "table", "value": {"caption": "Bảng", "header": ["A"], "rows": [["ô"]]}},
        {"type": "code", "value": {"language": "excel", "code": "=SUM(A1:A3)"}},
        {
            "type": "check",
            "value": {
                "question": "Hỏi?",
                "choices": [{"text": "Đáp", "correct": True, "feedback": "Đúng"}],
            },
        },
    ]
    assert stream_text(raw) == (
        "Mật khẩu Dùng cụm từ Chú ý Đừng Các bước Một Hai Bảng A ô =SUM(A1:A3) Hỏi? Đáp Đúng"
    )


def test_search_terms_are_plain_distinct_and_limited():
    assert search_terms("An toàn AN TOAN thông tin") == ["an", "toan", "thong", "tin"]
    assert len(search_terms(" ".join(f"t{i}" for i in range(20)))) == 8
    assert search_terms("   ") == []


def test_index_form_keeps_words_between_single_spaces():
    assert index_form("Dùng PivotTable (bảng tổng hợp), =SUM(A1:A3)!") == (
        " dung pivottable bang tong hop sum a1 a3 "
    )
    assert index_form("Đảng ủy", exact=True) == " đảng ủy "
    assert index_form("  ... ") == ""
