"""Accounts made before this release were provisioned by administrators or staff imports (public
sign-up was off): their own address counts as verified, so they can set up two-factor sign-in."""

from django.db import migrations


def verify_own_addresses(apps, schema_editor):
    User = apps.get_model("people", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    known = {
        (user_id, email.lower())
        for user_id, email in EmailAddress.objects.values_list("user_id", "email")
    }
    with_primary = set(
        EmailAddress.objects.filter(primary=True).values_list("user_id", flat=True)
    )
    for user_id, email in User.objects.values_list("pk", "email").iterator(chunk_size=1000):
        if (user_id, email.lower()) in known:
            EmailAddress.objects.filter(user_id=user_id, email__iexact=email).update(verified=True)
        else:
            EmailAddress.objects.create(
                user_id=user_id,
                email=email.lower(),
                verified=True,
                primary=user_id not in with_primary,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0006_unit_requires_two_factor"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [migrations.RunPython(verify_own_addresses, migrations.RunPython.noop)]
