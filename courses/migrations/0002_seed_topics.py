"""Create the three starting topics; trainers add more. Idempotent, keyed by slug."""

from django.db import migrations

TOPICS = [
    (
        "Kỹ năng dữ liệu",
        "ky-nang-du-lieu",
        "Bảng tính, dữ liệu dùng chung, nhập một lần dùng nhiều lần.",
    ),
    (
        "An toàn thông tin",
        "an-toan-thong-tin",
        "Mật khẩu, xác thực hai yếu tố, thư lừa đảo, tài liệu mật.",
    ),
    (
        "Phân tích và tổng hợp",
        "phan-tich-va-tong-hop",
        "Đọc báo cáo có phê phán, tóm tắt, viết đề xuất một trang.",
    ),
]


def seed_topics(apps, schema_editor):
    Topic = apps.get_model("courses", "Topic")
    for name, slug, description in TOPICS:
        if not Topic.objects.filter(slug=slug).exists() and not Topic.objects.filter(name=name).exists():
            Topic.objects.create(name=name, slug=slug, description=description)


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial")]

    operations = [migrations.RunPython(seed_topics, migrations.RunPython.noop)]
