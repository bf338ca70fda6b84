import certificates.models
import config.storage
from django.db import migrations, models


def move_files(apps, schema_editor):
    """Files made before they were private move out of the public media folder."""
    model = apps.get_model("certificates", "Certificate")
    names = list(model.objects.exclude(pdf="").values_list("pdf", flat=True))
    config.storage.move_to_private(names)


class Migration(migrations.Migration):

    dependencies = [
        ('certificates', '0002_credentials_and_changed_at'),
    ]

    operations = [
        migrations.AlterField(
            model_name='certificate',
            name='pdf',
            field=models.FileField(max_length=255, storage=config.storage.private_storage, upload_to=certificates.models.certificate_upload_to, verbose_name='PDF'),
        ),
        migrations.RunPython(move_files, migrations.RunPython.noop),
    ]
