"""Every lesson block renders, validates what trainers enter, and keeps files to learners."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from config.storage import media_storage
from courses import services
from courses.blocks import CheckBlock, TableBlock, VideoBlock
from courses.models import CourseSettings
from tests.factories.courses import LessonPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def files_on_disk(settings, tmp_path):
    """Documents are served from disk, so these tests keep files in a temporary folder."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage(
            "django.core.files.storage.FileSystemStorage", {"location": settings.MEDIA_ROOT}
        ),
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private")},
        },
    }


def _document(name, content=b"%PDF-1.4 demo"):
    return get_document_model().objects.create(title=name, file=ContentFile(content, name=name))


@pytest.fixture
def image():
    return get_image_model().objects.create(title="Sơ đồ", file=get_test_image_file())


@pytest.fixture
def rich_lesson(course, image):
    pdf = _document("huong-dan.pdf")
    video = _document("bai-giang.mp4", b"\x00\x00\x00\x18ftypmp42")
    captions = _document("phu-de.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nXin chao\n")
    body = [
        ("heading", "Mật khẩu mạnh"),
        ("rich_text", "<p>Một <b>cụm mật khẩu</b> dài.</p>"),
        ("image", {"image": image.pk, "alt": "Sơ đồ hai bước", "caption": "Hình 1"}),
        (
            "video",
            {
                "title": "Bài giảng",
                "video": video.pk,
                "captions": captions.pk,
                "embed_url": "",
                "transcript": "<p>Lời thoại</p>",
            },
        ),
        ("document", {"document": pdf.pk, "title": "Tải hướng dẫn"}),
        ("callout", {"kind": "warning", "title": "Chú ý", "text": "<p>Không chia sẻ.</p>"}),
        ("steps", {"title": "Cách làm", "items": ["<p>Mở cài đặt</p>", "<p>Bật 2FA</p>"]}),
        (
            "table",
            {
                "caption": "So sánh",
                "header": ["Cách", "An toàn"],
                "rows": [["Mật khẩu", "Thấp"], ["2FA", "Cao"]],
            },
        ),
        ("code", {"language": "Excel", "code": '=SUMIFS(C:C; A:A; "Hà Nội")'}),
        (
            "check",
            {
                "question": "Nên dùng gì?",
                "choices": [
                    {"text": "Mật khẩu ngắn", "correct": False, "feedback": "Dễ đoán."},
                    {"text": "Cụm mật khẩu", "correct": True, "feedback": "Đúng vậy."},
                ],
            },
        ),
    ]
    lesson = LessonPageFactory(
        parent=course,
        title="Bài đầy đủ",
        slug="bai-day-du",
        body=[{"type": t, "value": v} for t, v in body],
    )
    return lesson, {"pdf": pdf, "video": video, "captions": captions}


def test_every_block_renders_accessibly(client, officer, course, rich_lesson):
    lesson, files = rich_lesson
    services.enrol(officer, course)
    client.force_login(officer)
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    body = soup.select_one(".lesson-body")
    assert len(soup.find_all("h1")) == 1
    assert body.find("h2").get_text() == "Mật khẩu mạnh"
    assert body.find("b").get_text() == "cụm mật khẩu"
    assert body.find("img")["alt"] == "Sơ đồ hai bước"
    video = body.find("video")
    assert video.has_attr("controls") and video["src"] == files["video"].url
    assert video.find("track")["src"] == files["captions"].url
    assert body.find("a", string="Tải hướng dẫn")["href"] == files["pdf"].url
    assert "callout-warning" in body.find("aside")["class"]
    assert [li.get_text(strip=True) for li in body.select("ol.steps li")] == [
        "Mở cài đặt",
        "Bật 2FA",
    ]
    assert [th.get_text() for th in body.select("thead th")] == ["Cách", "An toàn"]
    assert body.find("caption").get_text() == "So sánh"
    assert "SUMIFS" in body.find("pre").get_text()
    check = body.find("fieldset", class_="check")
    radios = check.find_all("input", type="radio")
    assert [r["data-correct"] for r in radios] == ["false", "true"]
    for radio in radios:  # every answer has a label
        assert check.find("label", attrs={"for": radio["id"]})


def test_a_lesson_document_downloads_only_for_people_who_may_open_the_lesson(
    client, officer, other_officer, trainer, course, rich_lesson
):
    _lesson, files = rich_lesson
    url = files["pdf"].url
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(other_officer)
    assert client.get(url).status_code == 403
    services.enrol(officer, course)
    client.force_login(officer)
    assert client.get(url).status_code == 200
    client.force_login(trainer)
    assert client.get(url).status_code == 200


def test_a_document_used_in_no_lesson_is_served_as_usual(client):
    document = _document("cong-khai.pdf")
    assert client.get(document.url).status_code == 200


def test_a_check_needs_a_correct_answer():
    block = CheckBlock()
    value = block.to_python(
        {"question": "?", "choices": [{"text": "a", "correct": False}, {"text": "b"}]}
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_a_table_row_may_not_be_wider_than_its_header():
    block = TableBlock()
    value = block.to_python({"caption": "", "header": ["A"], "rows": [["1", "2"]]})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_video_needs_exactly_one_source_and_the_right_files():
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "x"}))
    pdf = _document("khong-phai-video.pdf")
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"video": pdf.pk}))
    video = _document("ok.webm")
    assert block.clean(block.to_python({"video": video.pk}))["video"] == video


def test_video_embeds_are_refused_unless_the_host_is_allowed(client, officer, course):
    block = VideoBlock()
    url = "https://www.youtube-nocookie.com/embed/abc"
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"embed_url": url}))
    settings = CourseSettings.load()
    settings.embed_hosts = "www.youtube-nocookie.com\n"
    settings.save()
    assert block.clean(block.to_python({"embed_url": url}))["embed_url"] == url
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"embed_url": "http://www.youtube-nocookie.com/embed/abc"}))

    lesson = LessonPageFactory(
        parent=course,
        slug="video",
        body=[{"type": "video", "value": {"embed_url": url, "title": "Phim"}}],
    )
    services.enrol(officer, course)
    client.force_login(officer)
    response = client.get(lesson.url)
    assert "frame-src https://www.youtube-nocookie.com" in response["Content-Security-Policy"]
    assert BeautifulSoup(response.content, "html.parser").find("iframe")["src"] == url
    settings.embed_hosts = ""
    settings.save()
    response = client.get(lesson.url)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("iframe") is None
    assert soup.find("a", href=url)
    assert "frame-src" not in response["Content-Security-Policy"]
