"""Fill the name sort key and search text of accounts that existed before those columns."""

from django.db import migrations

from people.names import name_sort_key, search_text


def fill_keys(apps, schema_editor):
    User = apps.get_model("people", "User")
    batch = []
    for user in User.objects.only("first_name", "last_name", "email").iterator(chunk_size=1000):
        user.name_sort_key = name_sort_key(user.first_name, user.last_name)
        user.search_text = search_text(user.last_name, user.first_name, user.email)[:500]
        batch.append(user)
        if len(batch) >= 1000:
            User.objects.bulk_update(batch, ["name_sort_key", "search_text"])
            batch = []
    if batch:
        User.objects.bulk_update(batch, ["name_sort_key", "search_text"])


class Migration(migrations.Migration):
    dependencies = [("people", "0003_orgunit_officer_scopes")]

    operations = [migrations.RunPython(fill_keys, migrations.RunPython.noop)]
