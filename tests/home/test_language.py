import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def test_vietnamese_is_shown_even_when_the_browser_asks_for_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Chuyển đến nội dung chính" in html


def test_the_language_switch_shows_english_and_remembers_it(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html


def test_switching_back_to_vietnamese(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    client.post("/i18n/setlang/", {"language": "vi", "next": "/"})
    assert '<html lang="vi">' in client.get("/").content.decode()


def test_an_unknown_language_is_ignored(client):
    client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    assert '<html lang="vi">' in client.get("/").content.decode()


def test_the_switch_saves_the_choice_on_the_signed_in_profile(client, officer):
    client.force_login(officer)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    officer.refresh_from_db()
    assert officer.language == "en"


def test_the_profile_language_follows_the_person_to_a_new_browser(client, officer):
    officer.language = "en"
    officer.save()
    client.force_login(officer)
    assert '<html lang="en">' in client.get("/").content.decode()


def test_the_switch_does_not_redirect_to_another_site(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_dates_and_numbers_follow_the_chosen_language():
    import datetime

    from django.template import Context, Template
    from django.utils import translation

    template = Template("{% load humanize %}{{ d|date:'DATE_FORMAT' }} | {{ n|floatformat:'1g' }}")
    context = Context({"d": datetime.date(2026, 11, 22), "n": 1234.5})
    with translation.override("vi"):
        assert template.render(context) == "ngày 22 tháng 11 năm 2026 | 1.234,5"
    with translation.override("en"):
        assert template.render(context) == "22 November 2026 | 1,234.5"
