"""The outgoing-data page: administrators only; it says what goes out and the switch works."""

import pytest

from interop.models import InteropSettings

pytestmark = pytest.mark.django_db

URL = "/admin/outgoing-data/"


def test_an_administrator_reads_what_goes_out(client, administrator, settings):
    settings.XAPI_ENDPOINT = "https://lrs.example.vn/xAPI"
    row = InteropSettings.load()
    row.xapi_legal_basis = "Quyết định số 12/QĐ-VP"
    row.save()
    client.force_login(administrator)
    html = client.get(URL).content.decode()
    assert "lrs.example.vn" in html
    assert "Quyết định số 12/QĐ-VP" in html


@pytest.mark.parametrize("persona", ["trainer", "manager", "officer"])
def test_others_are_refused(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    response = client.get(URL)
    assert response.status_code in (302, 403)


def test_the_switch_is_saved_from_the_settings_form(client, administrator):
    client.force_login(administrator)
    row = InteropSettings.load()
    response = client.post(
        f"/admin/settings/interop/interopsettings/{row.pk}/", {"xapi_legal_basis": "Thỏa thuận"}
    )
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.xapi_enabled is False  # the box was left unticked
    assert row.xapi_legal_basis == "Thỏa thuận"
