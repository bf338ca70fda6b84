"""The reports' models, moved from progress with their tables and rows."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import reports.models
import uuid
from decimal import Decimal
from django.conf import settings
from django.db import migrations, models


APP = "reports"
MODELS = ['coursecost', 'enrolmentfigures', 'exportlog', 'exportjob', 'reportsnapshot', 'snapshotofficers', 'snapshottargets', 'snapshotenrolments', 'snapshotfeedback']


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
        ('people', '0005_pending_staff_import'),
        ('tracker', '0001_moved_from_progress'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables exist already (made by progress's migrations, same names): only
            # Django's record of which app holds the models changes.
            state_operations=[
                migrations.CreateModel(
                    name='CourseCost',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('cost_per_learner', models.DecimalField(decimal_places=0, max_digits=14, validators=[django.core.validators.MinValueValidator(Decimal('0'))], verbose_name='cost per learner (VND)')),
                        ('note', models.CharField(blank=True, max_length=300, verbose_name='note')),
                        ('updated_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='updated at')),
                        ('course', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='cost', to='courses.coursepage', verbose_name='course')),
                        ('updated_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='updated by')),
                    ],
                    options={
                        'verbose_name': 'course cost',
                        'verbose_name_plural': 'course costs',
                        'db_table': 'progress_coursecost',
                    },
                ),
                migrations.CreateModel(
                    name='ExportLog',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('view', models.CharField(max_length=40, verbose_name='view')),
                        ('table', models.CharField(blank=True, max_length=40, verbose_name='table')),
                        ('scope_label', models.CharField(blank=True, max_length=300, verbose_name='scope')),
                        ('filters', models.JSONField(blank=True, default=dict, verbose_name='filters')),
                        ('format', models.CharField(choices=[('xlsx', 'Excel workbook (XLSX)'), ('csv', 'CSV (UTF-8)'), ('pdf', 'PDF summary')], max_length=4, verbose_name='format')),
                        ('rows', models.PositiveIntegerField(blank=True, null=True, verbose_name='rows')),
                        ('background', models.BooleanField(default=False, verbose_name='in the background')),
                        ('at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='when')),
                        ('unit', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='people.orgunit', verbose_name='unit')),
                        ('user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='by')),
                    ],
                    options={
                        'verbose_name': 'export',
                        'verbose_name_plural': 'exports',
                        'db_table': 'progress_exportlog',
                        'ordering': ['-at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='ExportJob',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('token', models.UUIDField(default=uuid.uuid4, editable=False, unique=True, verbose_name='token')),
                        ('request', models.JSONField(default=dict, verbose_name='request')),
                        ('title', models.CharField(max_length=300, verbose_name='title')),
                        ('status', models.CharField(choices=[('pending', 'Waiting'), ('running', 'Being made'), ('done', 'Ready'), ('failed', 'Failed')], default='pending', max_length=10, verbose_name='status')),
                        ('file', models.FileField(blank=True, max_length=255, upload_to=reports.models.export_upload_to, verbose_name='file')),
                        ('filename', models.CharField(blank=True, max_length=200, verbose_name='file name')),
                        ('rows', models.PositiveIntegerField(blank=True, null=True, verbose_name='rows')),
                        ('error', models.CharField(blank=True, max_length=500, verbose_name='error')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='requested at')),
                        ('started_at', models.DateTimeField(blank=True, null=True, verbose_name='started at')),
                        ('finished_at', models.DateTimeField(blank=True, null=True, verbose_name='finished at')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='report_exports', to=settings.AUTH_USER_MODEL, verbose_name='requested by')),
                        ('log', models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='job', to='reports.exportlog', verbose_name='log entry')),
                    ],
                    options={
                        'verbose_name': 'background export',
                        'verbose_name_plural': 'background exports',
                        'db_table': 'progress_exportjob',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='ReportSnapshot',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('status', models.CharField(choices=[('building', 'Being taken'), ('ready', 'Ready'), ('failed', 'Failed')], default='building', max_length=10, verbose_name='status')),
                        ('started_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='started at')),
                        ('taken_at', models.DateTimeField(blank=True, null=True, verbose_name='taken at')),
                        ('seconds', models.FloatField(blank=True, null=True, verbose_name='seconds taken')),
                        ('officers', models.PositiveIntegerField(default=0, verbose_name='officers')),
                        ('error', models.CharField(blank=True, max_length=500, verbose_name='error')),
                        ('unit', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='report_snapshots', to='people.orgunit', verbose_name='unit')),
                    ],
                    options={
                        'verbose_name': 'report snapshot',
                        'verbose_name_plural': 'report snapshots',
                        'db_table': 'progress_reportsnapshot',
                        'ordering': ['-started_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='SnapshotEnrolments',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('month', models.DateField(blank=True, null=True, verbose_name='month completed')),
                        ('total', models.BooleanField(default=False, verbose_name='all months')),
                        ('enrolled', models.PositiveIntegerField(default=0, verbose_name='enrolled')),
                        ('completed', models.PositiveIntegerField(default=0, verbose_name='completed')),
                        ('mark_sum', models.FloatField(default=0, verbose_name='sum of best marks')),
                        ('mark_count', models.PositiveIntegerField(default=0, verbose_name='best marks')),
                        ('seconds_sum', models.BigIntegerField(default=0, verbose_name='seconds spent')),
                        ('marks_0', models.PositiveIntegerField(default=0)),
                        ('marks_1', models.PositiveIntegerField(default=0)),
                        ('marks_2', models.PositiveIntegerField(default=0)),
                        ('marks_3', models.PositiveIntegerField(default=0)),
                        ('marks_4', models.PositiveIntegerField(default=0)),
                        ('marks_5', models.PositiveIntegerField(default=0)),
                        ('marks_6', models.PositiveIntegerField(default=0)),
                        ('marks_7', models.PositiveIntegerField(default=0)),
                        ('marks_8', models.PositiveIntegerField(default=0)),
                        ('marks_9', models.PositiveIntegerField(default=0)),
                        ('course', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='courses.coursepage', verbose_name='course')),
                        ('snapshot', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='reports.reportsnapshot', verbose_name='snapshot')),
                        ('unit', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='people.orgunit', verbose_name='unit')),
                    ],
                    options={
                        'verbose_name': 'snapshot enrolments',
                        'verbose_name_plural': 'snapshot enrolments',
                        'db_table': 'progress_snapshotenrolments',
                    },
                ),
                migrations.CreateModel(
                    name='SnapshotFeedback',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('month', models.DateField(blank=True, null=True, verbose_name='month')),
                        ('total', models.BooleanField(default=False, verbose_name='all months')),
                        ('rating_sum', models.FloatField(default=0, verbose_name='sum of ratings')),
                        ('rating_count', models.PositiveIntegerField(default=0, verbose_name='answers')),
                        ('course', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='courses.coursepage', verbose_name='course')),
                        ('snapshot', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='reports.reportsnapshot', verbose_name='snapshot')),
                        ('unit', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='people.orgunit', verbose_name='unit')),
                    ],
                    options={
                        'verbose_name': 'snapshot feedback',
                        'verbose_name_plural': 'snapshot feedback',
                        'db_table': 'progress_snapshotfeedback',
                    },
                ),
                migrations.CreateModel(
                    name='SnapshotOfficers',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('officers', models.PositiveIntegerField(default=0, verbose_name='officers')),
                        ('snapshot', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='reports.reportsnapshot', verbose_name='snapshot')),
                        ('unit', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='people.orgunit', verbose_name='unit')),
                    ],
                    options={
                        'verbose_name': 'snapshot officers',
                        'verbose_name_plural': 'snapshot officers',
                        'db_table': 'progress_snapshotofficers',
                    },
                ),
                migrations.CreateModel(
                    name='SnapshotTargets',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('due_on', models.DateField(verbose_name='due date')),
                        ('assigned', models.PositiveIntegerField(default=0, verbose_name='assigned')),
                        ('completed', models.PositiveIntegerField(default=0, verbose_name='completed')),
                        ('on_time', models.PositiveIntegerField(default=0, verbose_name='completed on time')),
                        ('assignment', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='tracker.assignment', verbose_name='assignment')),
                        ('course', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='courses.coursepage', verbose_name='course')),
                        ('snapshot', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='reports.reportsnapshot', verbose_name='snapshot')),
                        ('unit', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='people.orgunit', verbose_name='unit')),
                    ],
                    options={
                        'verbose_name': 'snapshot assignments',
                        'verbose_name_plural': 'snapshot assignments',
                        'db_table': 'progress_snapshottargets',
                    },
                ),
                migrations.CreateModel(
                    name='EnrolmentFigures',
                    fields=[
                        ('enrolment', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='figures', serialize=False, to='courses.enrolment', verbose_name='enrolment')),
                        ('lesson_seconds', models.PositiveIntegerField(default=0, verbose_name='seconds on lessons')),
                        ('quiz_seconds', models.PositiveIntegerField(default=0, verbose_name='seconds on quiz attempts')),
                        ('total_seconds', models.PositiveIntegerField(default=0, verbose_name='seconds in all')),
                        ('best_mark', models.DecimalField(blank=True, decimal_places=2, max_digits=5, null=True, verbose_name='best mark (%)')),
                        ('attempts', models.PositiveIntegerField(default=0, verbose_name='finished attempts')),
                        ('refreshed_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='refreshed at')),
                        ('course', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='courses.coursepage', verbose_name='course')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='learner')),
                    ],
                    options={
                        'verbose_name': 'enrolment figures',
                        'verbose_name_plural': 'enrolment figures',
                        'db_table': 'progress_enrolmentfigures',
                        'indexes': [models.Index(fields=['course', 'user'], name='progress_figures_course_user')],
                    },
                ),
                migrations.AddIndex(
                    model_name='exportlog',
                    index=models.Index(fields=['user', 'at'], name='progress_exportlog_user_at'),
                ),
                migrations.AddIndex(
                    model_name='exportlog',
                    index=models.Index(fields=['at'], name='progress_exportlog_at'),
                ),
                migrations.AddIndex(
                    model_name='exportjob',
                    index=models.Index(fields=['user', 'created_at'], name='progress_exportjob_user'),
                ),
                migrations.AddIndex(
                    model_name='reportsnapshot',
                    index=models.Index(fields=['unit', 'status', 'taken_at'], name='progress_snapshot_unit'),
                ),
                migrations.AddIndex(
                    model_name='snapshotenrolments',
                    index=models.Index(fields=['snapshot', 'unit'], name='progress_snapenrol_unit'),
                ),
                migrations.AddIndex(
                    model_name='snapshotfeedback',
                    index=models.Index(fields=['snapshot', 'unit'], name='progress_snapfeed_unit'),
                ),
                migrations.AddIndex(
                    model_name='snapshottargets',
                    index=models.Index(fields=['snapshot', 'unit'], name='progress_snaptarget_unit'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_forward, content_types_backward),
    ]
