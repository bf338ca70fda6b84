"""Questions the editor saved as HTML while their format still said plain text or Moodle
auto-format were shown to learners as markup: mark them, and their revisions, as HTML."""

from django.db import migrations

MARK = "data-block-key"
FORMATS = {"text": "text_format", "general_feedback": "general_feedback_format"}


def mark_editor_html(apps, schema_editor):
    Question = apps.get_model("quizzes", "Question")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for field, format_field in FORMATS.items():
        (
            Question.objects.filter(**{f"{field}__contains": MARK})
            .exclude(**{format_field: "html"})
            .update(**{format_field: "html"})
        )
    content_type = ContentType.objects.filter(app_label="quizzes", model="question").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(base_content_type=content_type).iterator():
        content = revision.content or {}
        changed = False
        for field, format_field in FORMATS.items():
            if MARK in (content.get(field) or "") and content.get(format_field) != "html":
                content[format_field] = "html"
                changed = True
        if changed:
            revision.content = content
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0005_question_validator_checks_weights_and_marks"),
        ("wagtailcore", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(mark_editor_html, migrations.RunPython.noop)]
