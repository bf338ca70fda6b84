import config.storage
import reports.models
from django.db import migrations, models


def move_files(apps, schema_editor):
    """Files made before they were private move out of the public media folder."""
    model = apps.get_model("reports", "ExportJob")
    names = list(model.objects.exclude(file="").values_list("file", flat=True))
    config.storage.move_to_private(names)


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0002_exportjob_progress'),
    ]

    operations = [
        migrations.AlterField(
            model_name='exportjob',
            name='file',
            field=models.FileField(blank=True, max_length=255, storage=config.storage.private_storage, upload_to=reports.models.export_upload_to, verbose_name='file'),
        ),
        migrations.RunPython(move_files, migrations.RunPython.noop),
    ]
