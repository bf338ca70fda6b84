"""Certificates, moved from progress with their table and rows."""

import certificates.models
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


APP = "certificates"
MODELS = ['certificate']


def _move_content_types(apps, from_label, to_label, models):
    """Keep permissions (and so the roles' grants) and admin log entries attached: the content
    types of the moved models change app label, unless the new ones already exist."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in models:
        if ContentType.objects.filter(app_label=to_label, model=model).exists():
            continue
        ContentType.objects.filter(app_label=from_label, model=model).update(app_label=to_label)


def content_types_forward(apps, schema_editor):
    _move_content_types(apps, "progress", APP, MODELS)


def content_types_backward(apps, schema_editor):
    _move_content_types(apps, APP, "progress", MODELS)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('progress', '0004_reminders_per_due_date'),
        ('courses', '0004_lesson_question_check'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables exist already (made by progress's migrations, same names): only
            # Django's record of which app holds the models changes.
            state_operations=[
                migrations.CreateModel(
                    name='Certificate',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(max_length=20, unique=True, verbose_name='verification code')),
                        ('full_name', models.CharField(max_length=300, verbose_name='name as printed')),
                        ('unit_name', models.CharField(blank=True, max_length=300, verbose_name='unit as printed')),
                        ('course_title', models.CharField(max_length=255, verbose_name='course as printed')),
                        ('mark', models.DecimalField(blank=True, decimal_places=2, max_digits=5, null=True, verbose_name='mark')),
                        ('mark_out_of', models.PositiveSmallIntegerField(default=10, verbose_name='mark out of')),
                        ('completed_at', models.DateTimeField(verbose_name='completed at')),
                        ('issued_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='issued at')),
                        ('valid_until', models.DateField(blank=True, null=True, verbose_name='valid until')),
                        ('pdf', models.FileField(max_length=255, upload_to=certificates.models.certificate_upload_to, verbose_name='PDF')),
                        ('pdf_sha256', models.CharField(blank=True, max_length=64, verbose_name='PDF SHA-256')),
                        ('revoked_at', models.DateTimeField(blank=True, null=True, verbose_name='revoked at')),
                        ('revoke_reason', models.CharField(blank=True, max_length=500, verbose_name='reason for revocation')),
                        ('course', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='courses.coursepage', verbose_name='course')),
                        ('enrolment', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='courses.enrolment', verbose_name='enrolment')),
                        ('revoked_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='revoked by')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='certificates', to=settings.AUTH_USER_MODEL, verbose_name='officer')),
                    ],
                    options={
                        'verbose_name': 'certificate',
                        'verbose_name_plural': 'certificates',
                        'db_table': 'progress_certificate',
                        'ordering': ['-issued_at', '-pk'],
                        'indexes': [models.Index(fields=['user', 'issued_at'], name='progress_cert_user_issued')],
                        'constraints': [models.UniqueConstraint(fields=('enrolment', 'completed_at'), name='progress_certificate_per_completion')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_forward, content_types_backward),
    ]
