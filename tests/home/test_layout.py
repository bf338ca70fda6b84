import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories.people import ReadDelegationFactory

pytestmark = pytest.mark.django_db


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _nav_links(soup):
    nav = soup.find("nav", attrs={"aria-label": True})
    return {a["href"] for a in nav.find_all("a")}


def test_home_page_has_a_skip_link_landmarks_and_one_heading(client):
    soup = _soup(client.get("/"))
    skip = soup.find("a", class_="skip-link")
    assert skip["href"] == "#main"
    assert soup.find("main", id="main") is not None
    assert soup.find("header") is not None and soup.find("footer") is not None
    assert len(soup.find_all("h1")) == 1
    assert soup.find("meta", attrs={"name": "viewport"}) is not None


def test_anonymous_visitor_sees_courses_and_sign_in_only(client):
    soup = _soup(client.get("/"))
    assert _nav_links(soup) == {"/courses/"}
    assert soup.find("a", href=lambda h: h and h.startswith("/accounts/login/"))


def test_officer_sees_courses_and_my_learning(client, officer):
    client.force_login(officer)
    assert _nav_links(_soup(client.get("/"))) == {"/courses/", "/my/"}


def test_manager_also_sees_manage_and_the_staff_directory(client, manager):
    client.force_login(manager)
    links = {"/courses/", "/my/", "/manage/", "/people/"}
    assert _nav_links(_soup(client.get("/"))) == links


def test_an_officer_holding_a_delegation_sees_the_staff_directory(client, officer, manager):
    ReadDelegationFactory(manager=manager, delegate=officer)
    client.force_login(officer)
    assert _nav_links(_soup(client.get("/"))) == {"/courses/", "/my/", "/people/"}


def test_an_ended_delegation_takes_the_directory_link_away(client, officer, manager):
    ended = timezone.localdate() - datetime.timedelta(days=1)
    ReadDelegationFactory(
        manager=manager,
        delegate=officer,
        starts_on=ended - datetime.timedelta(days=7),
        ends_on=ended,
    )
    client.force_login(officer)
    assert _nav_links(_soup(client.get("/"))) == {"/courses/", "/my/"}


def test_the_directory_link_is_marked_current_in_the_directory(client, manager):
    client.force_login(manager)
    link = _soup(client.get("/people/")).find("nav").find("a", href="/people/")
    assert link.get_text(strip=True) == "Danh bạ cán bộ"
    assert link["aria-current"] == "page"
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    link = _soup(client.get("/")).find("nav").find("a", href="/people/")
    assert link.get_text(strip=True) == "Staff directory"
    assert not link.has_attr("aria-current")


def test_trainer_sees_the_administration_link(client, trainer):
    client.force_login(trainer)
    assert _nav_links(_soup(client.get("/"))) == {"/courses/", "/my/", "/admin/"}


def test_administrator_sees_everything(client, administrator):
    client.force_login(administrator)
    links = {"/courses/", "/my/", "/manage/", "/people/", "/admin/"}
    assert _nav_links(_soup(client.get("/"))) == links


def test_signed_in_header_shows_the_name_and_a_sign_out_form(client, officer):
    client.force_login(officer)
    soup = _soup(client.get("/"))
    assert "Nguyễn Thị Lan" in soup.find("header").get_text()
    form = soup.find("form", action="/accounts/logout/")
    assert form is not None and form["method"] == "post"


def test_every_asset_is_served_by_the_site(client):
    soup = _soup(client.get("/"))
    for tag in soup.find_all(["link", "script", "img"]):
        url = tag.get("href") or tag.get("src") or ""
        assert url.startswith("/"), url
