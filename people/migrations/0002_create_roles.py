"""Create the Officer, Trainer, Manager and Administrator groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    # Permissions are normally created after migrate; make them exist now so roles get them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    from people.roles import sync_roles

    sync_roles(apps)

    # Wagtail's starter groups would confuse people next to our roles: administrators approve
    # moderated content, so its approval task goes to them, and unused starter groups go.
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    administrators = Group.objects.get(name="Administrator")
    for task in GroupApprovalTask.objects.all():
        task.groups.add(administrators)
        task.groups.remove(*task.groups.filter(name="Moderators"))
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
