"""The demo officer finds the overdue assignment first on /my/, completes the course, downloads
the signed certificate and opens its verification page."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from certificates.keys import create_signing_key_pair
from certificates.models import Certificate
from certificates.signing import verify_pdf_signature
from courses import services as course_services
from courses.models import CoursePage, LessonPage
from courses.queries import course_items
from home.demo import DEMO_PASSWORD
from people.models import User
from tracker.models import TargetStatus

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

OVERDUE_COURSE = "an-toan-thong-tin"


@pytest.fixture
def signing_cert(settings, tmp_path):
    """A throwaway signing pair in the settings; returns the certificate to trust."""
    key, cert = tmp_path / "signing.key", tmp_path / "signing.crt"
    create_signing_key_pair(key_path=key, cert_path=cert, common_name="Kỹ Năng Số (thử)")
    settings.CERTIFICATE_SIGNING_KEY = str(key)
    settings.CERTIFICATE_SIGNING_CERT = str(cert)
    settings.CERTIFICATE_SIGNING_PASSPHRASE = ""
    return cert


def sign_in(page):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill("officer@example.org")
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/")


def test_the_demo_officer_completes_the_overdue_course_and_checks_the_certificate(
    page, signing_cert, demo, tmp_path
):
    officer = User.objects.get(email="officer@example.org")
    course = CoursePage.objects.get(slug=OVERDUE_COURSE)
    items = course_items(course)
    last_lesson = [item for item in items if isinstance(item.specific, LessonPage)][-1]
    # Everything but the last lesson is done already (the quiz passed), so one click finishes.
    for item in items:
        if item.pk != last_lesson.pk:
            course_services.mark_item_done(officer, item)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    sign_in(page)
    page.get_by_role("link", name="Học tập của tôi").first.click()
    page.wait_for_url("**/my/")
    assigned = page.locator("[data-section=assigned] [data-assigned]")
    assert assigned.count() >= 2
    first = assigned.first
    assert first.get_attribute("data-assigned") == OVERDUE_COURSE
    assert "Quá hạn" in first.inner_text()

    first.get_by_role("link", name=course.title).click()
    page.wait_for_url(f"**{course.url}")
    continue_link = page.locator("main [data-continue]")
    assert last_lesson.title in continue_link.inner_text()
    continue_link.click()
    page.wait_for_url(f"**{last_lesson.url}")
    page.get_by_role("button", name="Đánh dấu đã học xong").click()
    page.wait_for_load_state()

    page.goto("/my/")
    row = page.locator("[data-section=completed] tr", has_text=course.title)
    link = row.locator("[data-certificate]")
    code = link.get_attribute("data-certificate")
    with page.expect_download() as download_info:
        link.click()
    pdf = tmp_path / "certificate.pdf"
    download_info.value.save_as(pdf)
    # pyHanko runs its own event loop, so it is checked away from Playwright's.
    with ThreadPoolExecutor(max_workers=1) as pool:
        check = pool.submit(
            verify_pdf_signature, pdf.read_bytes(), trust_cert_path=signing_cert
        ).result()
    assert check.ok, check.problem

    row.get_by_role("link", name="Kiểm tra").click()
    page.wait_for_url(f"**/verify/{code}/")
    result = page.locator("[data-state]")
    assert result.get_attribute("data-state") == "valid"
    assert "Giấy chứng nhận này còn hiệu lực" in result.inner_text()
    assert "Nguyễn Thị Lan" in result.inner_text()
    assert course.title in result.inner_text()

    certificate = Certificate.objects.get(code=code)
    assert certificate.user == officer
    target = officer.assignment_targets.get(course=course, cycle=1)
    assert target.status == TargetStatus.COMPLETED_LATE
    assert errors == []
