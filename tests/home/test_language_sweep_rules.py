"""The browser language sweep's rules catch what they must and leave Vietnamese alone."""

from tests.e2e.language_sweep import findings, pattern_of, same_site_links


def test_english_words_and_raw_values_are_found_on_a_vietnamese_page():
    text = "Lưu thay đổi Save · Đáp án: ['38', '39'] · Hoạt động True · {'a': 1} · Root"
    assert set(findings(text, "vi")) >= {"Save", "['", "True", "{'", "Root"}


def test_vietnamese_pages_and_emails_pass():
    text = "Kỹ Năng Số · Trang sau · Câu hỏi Đúng/sai · an.nguyen@example.org · 66,7%"
    assert findings(text, "vi") == []


def test_an_english_page_may_not_show_vietnamese_interface_words():
    assert findings("Next page · Trang sau", "en") == ["Trang sau"]
    assert findings("Question type: True/false", "en") == []


def test_one_page_of_each_kind_is_visited():
    assert pattern_of("/manage/units/12/officers/") == pattern_of("/manage/units/7/officers/")
    assert pattern_of("/courses/a/b/") == pattern_of("/courses/c/d/") != pattern_of("/courses/a/")


def test_leaving_downloading_and_changing_links_are_not_followed():
    base = "http://testserver/"
    links = [
        "/accounts/logout/",
        "/manage/exports/1/download/",
        "/admin/pages/3/delete/",
        "https://example.org/",
        "#main",
        "/manage/",
    ]
    assert same_site_links(base, links) == ["/manage/"]
