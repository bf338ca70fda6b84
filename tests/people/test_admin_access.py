import pytest
from django.contrib.auth.models import Group

from people.roles import ADMINISTRATOR, MANAGER, OFFICER, ROLE_NAMES, TRAINER

pytestmark = pytest.mark.django_db


def test_the_four_roles_exist_after_migrate():
    assert set(ROLE_NAMES) <= set(Group.objects.values_list("name", flat=True))


def test_wagtail_starter_groups_are_gone():
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_an_officer_who_opens_the_admin_is_refused(client, officer):
    client.force_login(officer)
    response = client.get("/admin/")
    assert response.status_code == 403


def test_a_manager_is_refused_by_the_admin(client, manager):
    client.force_login(manager)
    assert client.get("/admin/").status_code == 403


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_trainer_reaches_the_wagtail_admin_and_can_edit_pages(client, trainer):
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200
    assert trainer.has_perm("wagtailadmin.access_admin")
    assert not trainer.has_perm("people.change_user")


def test_a_trainer_cannot_publish_without_review(trainer):
    from wagtail.models import Page

    home = Page.objects.get(depth=2)
    perms = home.permissions_for_user(trainer)
    assert perms.can_edit()
    assert not perms.can_publish()


def test_an_administrator_can_do_everything_without_being_superuser(client, administrator):
    from wagtail.models import Page

    assert not administrator.is_superuser
    client.force_login(administrator)
    assert client.get("/admin/users/").status_code == 200
    assert Page.objects.get(depth=2).permissions_for_user(administrator).can_publish()
    assert administrator.has_perm("people.change_user")


def test_administrators_approve_moderated_content():
    from wagtail.models import GroupApprovalTask

    for task in GroupApprovalTask.objects.all():
        assert set(task.groups.values_list("name", flat=True)) == {ADMINISTRATOR}


@pytest.mark.parametrize("role", [OFFICER, MANAGER])
def test_roles_without_admin_access(role, django_user_model):
    from tests.factories import UserFactory

    user = UserFactory(roles=[role])
    assert not user.has_perm("wagtailadmin.access_admin")


def test_trainer_role_has_admin_access():
    from tests.factories import UserFactory

    assert UserFactory(roles=[TRAINER]).has_perm("wagtailadmin.access_admin")
