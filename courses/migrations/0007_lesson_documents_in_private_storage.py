import config.storage
from django.db import migrations


def move_documents(apps, schema_editor):
    """Documents uploaded before they were private move out of the public media folder."""
    document = apps.get_model("wagtaildocs", "Document")
    names = list(document.objects.exclude(file="").values_list("file", flat=True))
    config.storage.move_to_private(names)


class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0006_scorm_packages_and_lessons"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.RunPython(move_documents, migrations.RunPython.noop),
    ]
