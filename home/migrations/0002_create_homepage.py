"""Replace Wagtail's placeholder page with the site's home page. Idempotent."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    siblings = Page.objects.filter(depth=2).count()
    homepage = HomePage.objects.create(
        title="Kỹ Năng Số",
        draft_title="Kỹ Năng Số",
        slug="home",
        content_type=content_type,
        path=f"{root.path}{siblings + 1:04d}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale_id=root.locale_id,
        intro=(
            "Nền tảng bồi dưỡng kỹ năng số cho cán bộ văn phòng cấp ủy: dữ liệu, "
            "an toàn thông tin, phân tích và tổng hợp."
        ),
    )
    Page.objects.filter(pk=root.pk).update(numchild=siblings + 1)
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(hostname="localhost", root_page_id=homepage.pk, is_default_site=True)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
