"""Name the page tree's root and the review workflows in Vietnamese, the language of the content:
Wagtail creates them as "Root" and "Moderators approval", which showed in English on Vietnamese
screens. Only the names Wagtail and the project gave are changed, so an administrator's own
renaming stays. Idempotent."""

from django.db import migrations

RENAMES = {
    "Root": "Gốc",
    "Moderators approval": "Duyệt trang",
    "Question review": "Duyệt câu hỏi",
    "Approval by another trainer or an administrator": (
        "Một giảng viên khác hoặc quản trị viên duyệt"
    ),
}


def rename(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Page.objects.filter(depth=1, title="Root").update(
        title=RENAMES["Root"], draft_title=RENAMES["Root"]
    )
    for old, new in RENAMES.items():
        Workflow.objects.filter(name=old).update(name=new)
        Task.objects.filter(name=old).update(name=new)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_homepage"),
        ("quizzes", "0002_question_review_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
