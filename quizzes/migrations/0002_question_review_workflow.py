"""Questions go through review: a trainer submits, a second trainer or an administrator approves."""

from django.db import migrations

WORKFLOW_NAME = "Question review"
TASK_NAME = "Approval by another trainer or an administrator"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    PeerApprovalTask = apps.get_model("quizzes", "PeerApprovalTask")

    question_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model="question")
    if WorkflowContentType.objects.filter(content_type=question_type).exists():
        return
    task_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model="peerapprovaltask")
    task = PeerApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = PeerApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    groups = [Group.objects.get_or_create(name=name)[0] for name in ("Trainer", "Administrator")]
    task.groups.add(*groups)
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(content_type=question_type, workflow=workflow)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_initial"),
        ("people", "0002_create_roles"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
