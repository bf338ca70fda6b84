"""The tracker's models, moved from progress with their tables and rows."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import tracker.models
from django.conf import settings
from django.db import migrations, models


APP = "tracker"
MODELS = ['assignment', 'assignmentlog', 'assignmenttarget', 'calendarfeedtoken', 'coursefeedback', 'reminderlog']


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
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables exist already (made by progress's migrations, same names): only
            # Django's record of which app holds the models changes.
            state_operations=[
                migrations.CreateModel(
                    name='Assignment',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('scope', models.CharField(choices=[('unit', 'The unit alone'), ('subtree', 'The unit and every unit under it'), ('officers', 'Named officers')], max_length=10, verbose_name='assigned to')),
                        ('due_on', models.DateField(verbose_name='due date')),
                        ('note', models.TextField(blank=True, max_length=2000, verbose_name='note')),
                        ('recurrence_months', models.PositiveSmallIntegerField(blank=True, help_text='Leave empty for a one-off assignment. Otherwise each officer is due again this many months after their last completion.', null=True, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(120)], verbose_name='repeat every (months)')),
                        ('certificate_valid_months', models.PositiveSmallIntegerField(blank=True, help_text='Certificates issued for this assignment expire after this many months.', null=True, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(120)], verbose_name='certificate valid for (months)')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created at')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated at')),
                        ('withdrawn_at', models.DateTimeField(blank=True, null=True, verbose_name='withdrawn at')),
                        ('withdraw_reason', models.CharField(blank=True, max_length=500, verbose_name='reason for withdrawal')),
                        ('course', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='assignments', to='courses.coursepage', verbose_name='course')),
                        ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by')),
                        ('officers', models.ManyToManyField(blank=True, related_name='named_assignments', to=settings.AUTH_USER_MODEL, verbose_name='named officers')),
                        ('unit', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='assignments', to='people.orgunit', verbose_name='unit')),
                        ('withdrawn_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='withdrawn by')),
                    ],
                    options={
                        'verbose_name': 'assignment',
                        'verbose_name_plural': 'assignments',
                        'db_table': 'progress_assignment',
                        'ordering': ['due_on', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='AssignmentLog',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('action', models.CharField(choices=[('created', 'Created'), ('edited', 'Edited'), ('withdrawn', 'Withdrawn'), ('officers_added', 'Officers added'), ('recurred', 'Due again')], max_length=20, verbose_name='action')),
                        ('at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='when')),
                        ('before', models.JSONField(blank=True, default=dict, verbose_name='before')),
                        ('after', models.JSONField(blank=True, default=dict, verbose_name='after')),
                        ('actor', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='by')),
                        ('assignment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='log', to='tracker.assignment', verbose_name='assignment')),
                    ],
                    options={
                        'verbose_name': 'assignment change',
                        'verbose_name_plural': 'assignment changes',
                        'db_table': 'progress_assignmentlog',
                        'ordering': ['-at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='AssignmentTarget',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('cycle', models.PositiveSmallIntegerField(default=1, verbose_name='cycle')),
                        ('due_on', models.DateField(verbose_name='due date')),
                        ('counts_from', models.DateTimeField(blank=True, null=True, verbose_name='completions count from')),
                        ('status', models.CharField(choices=[('not_started', 'Not started'), ('in_progress', 'In progress'), ('completed_on_time', 'Completed on time'), ('completed_late', 'Completed late'), ('overdue', 'Overdue')], default='not_started', max_length=20, verbose_name='status')),
                        ('started_at', models.DateTimeField(blank=True, null=True, verbose_name='started at')),
                        ('completed_at', models.DateTimeField(blank=True, null=True, verbose_name='completed at')),
                        ('origin', models.CharField(choices=[('assigned', 'When assigned'), ('newcomer', 'Joined an assigned unit'), ('edit', 'Added by an edit'), ('recurrence', 'Due again')], default='assigned', max_length=12, verbose_name='added')),
                        ('added_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='added at')),
                        ('superseded_at', models.DateTimeField(blank=True, null=True, verbose_name='superseded at')),
                        ('status_checked_at', models.DateTimeField(blank=True, null=True, verbose_name='status checked at')),
                        ('assignment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='targets', to='tracker.assignment', verbose_name='assignment')),
                        ('course', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='courses.coursepage', verbose_name='course')),
                        ('enrolment', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='courses.enrolment', verbose_name='enrolment')),
                        ('unit', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='people.orgunit', verbose_name='unit when assigned')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='assignment_targets', to=settings.AUTH_USER_MODEL, verbose_name='officer')),
                    ],
                    options={
                        'verbose_name': 'assigned officer',
                        'verbose_name_plural': 'assigned officers',
                        'db_table': 'progress_assignmenttarget',
                        'ordering': ['due_on', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='CalendarFeedToken',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('token', models.CharField(default=tracker.models.new_feed_token, max_length=64, unique=True, verbose_name='token')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created at')),
                        ('revoked_at', models.DateTimeField(blank=True, null=True, verbose_name='revoked at')),
                        ('last_used_at', models.DateTimeField(blank=True, null=True, verbose_name='last used at')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='calendar_tokens', to=settings.AUTH_USER_MODEL, verbose_name='person')),
                    ],
                    options={
                        'verbose_name': 'calendar feed',
                        'verbose_name_plural': 'calendar feeds',
                        'db_table': 'progress_calendarfeedtoken',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='CourseFeedback',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('usefulness', models.PositiveSmallIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)], verbose_name='useful for my work')),
                        ('clarity', models.PositiveSmallIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)], verbose_name='clear')),
                        ('time_well_spent', models.PositiveSmallIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)], verbose_name='worth the time')),
                        ('comment', models.TextField(blank=True, max_length=2000, verbose_name='comment')),
                        ('skipped', models.BooleanField(default=False, verbose_name='skipped')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='answered at')),
                        ('course', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='feedback', to='courses.coursepage', verbose_name='course')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='course_feedback', to=settings.AUTH_USER_MODEL, verbose_name='officer')),
                    ],
                    options={
                        'verbose_name': 'course feedback',
                        'verbose_name_plural': 'course feedback',
                        'db_table': 'progress_coursefeedback',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='ReminderLog',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('due_soon', 'Due within a week'), ('due_tomorrow', 'Due tomorrow'), ('overdue', 'Overdue'), ('escalated_unit', "Overdue: told the unit's managers"), ('escalated_parent', 'Overdue: told the managers above'), ('digest', 'Weekly digest')], max_length=20, verbose_name='kind')),
                        ('due_on', models.DateField(blank=True, null=True, verbose_name='about the due date')),
                        ('period', models.DateField(blank=True, null=True, verbose_name='week of')),
                        ('run', models.UUIDField(db_index=True, verbose_name='run')),
                        ('sent_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='sent at')),
                        ('recipient', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='recipient')),
                        ('target', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='reminders', to='tracker.assignmenttarget', verbose_name='assigned officer')),
                    ],
                    options={
                        'verbose_name': 'reminder',
                        'verbose_name_plural': 'reminders',
                        'db_table': 'progress_reminderlog',
                        'ordering': ['-sent_at', '-pk'],
                    },
                ),
                migrations.AddIndex(
                    model_name='assignment',
                    index=models.Index(fields=['withdrawn_at', 'due_on'], name='progress_assign_open_due'),
                ),
                migrations.AddConstraint(
                    model_name='assignment',
                    constraint=models.CheckConstraint(condition=models.Q(('scope', 'officers'), ('unit__isnull', False), _connector='OR'), name='progress_assignment_unit_scope_has_unit'),
                ),
                migrations.AddIndex(
                    model_name='assignmenttarget',
                    index=models.Index(fields=['user', 'status'], name='progress_target_user_status'),
                ),
                migrations.AddIndex(
                    model_name='assignmenttarget',
                    index=models.Index(fields=['assignment', 'status'], name='progress_target_assign_status'),
                ),
                migrations.AddIndex(
                    model_name='assignmenttarget',
                    index=models.Index(fields=['status', 'due_on'], name='progress_target_status_due'),
                ),
                migrations.AddIndex(
                    model_name='assignmenttarget',
                    index=models.Index(fields=['course', 'user'], name='progress_target_course_user'),
                ),
                migrations.AddConstraint(
                    model_name='assignmenttarget',
                    constraint=models.UniqueConstraint(fields=('assignment', 'user', 'cycle'), name='progress_target_one_per_cycle'),
                ),
                migrations.AddConstraint(
                    model_name='calendarfeedtoken',
                    constraint=models.UniqueConstraint(condition=models.Q(('revoked_at__isnull', True)), fields=('user',), name='progress_one_active_feed_per_user'),
                ),
                migrations.AddConstraint(
                    model_name='coursefeedback',
                    constraint=models.UniqueConstraint(fields=('user', 'course'), name='progress_feedback_once'),
                ),
                migrations.AddConstraint(
                    model_name='coursefeedback',
                    constraint=models.CheckConstraint(condition=models.Q(('skipped', True), models.Q(('clarity__gte', 1), ('clarity__lte', 5), ('time_well_spent__gte', 1), ('time_well_spent__lte', 5), ('usefulness__gte', 1), ('usefulness__lte', 5)), _connector='OR'), name='progress_feedback_ratings_1_to_5'),
                ),
                migrations.AddConstraint(
                    model_name='reminderlog',
                    constraint=models.UniqueConstraint(condition=models.Q(('target__isnull', False)), fields=('target', 'kind', 'recipient', 'due_on'), name='progress_reminder_once_per_due_date'),
                ),
                migrations.AddConstraint(
                    model_name='reminderlog',
                    constraint=models.UniqueConstraint(condition=models.Q(('target__isnull', True)), fields=('recipient', 'kind', 'period'), name='progress_digest_once_per_week'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_forward, content_types_backward),
    ]
