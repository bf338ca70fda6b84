"""A manager of one province never sees the other province's officers, whatever page they open."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories.people import ReadDelegationFactory

pytestmark = pytest.mark.django_db


def _pages(officer_b):
    directory = reverse("people:directory")
    return [
        directory,
        directory + "?status=all",
        directory + "?q=hung",
        directory + "?q=officer.b",
        directory + "?q=CB-B1",
        directory + "?role=Officer&status=all",
        directory + "?page=2",
        reverse("people:directory_export", args=["csv"]) + "?status=all",
        reverse("people:directory_export", args=["xlsx"]) + "?status=all",
        reverse("people:officer", args=[officer_b.officer.pk]),
        reverse("people:delegations"),
        reverse("profile"),
    ]


def _assert_no_trace(client, other_officer, other_manager):
    for url in _pages(other_officer):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        body = response.content
        if "xlsx" in url:  # compressed: look at the cells
            workbook = load_workbook(io.BytesIO(body), read_only=True)
            cells = [c.value for row in workbook.worksheets[0].iter_rows() for c in row]
            assert len(cells) > 8, "the export holds the manager's own officers"
            body = " ".join(str(c) for c in cells).encode()
        for secret in (
            other_officer.email,
            other_officer.get_full_name(),
            other_manager.email,
            "CB-B1-001",
            "Văn phòng Huyện ủy B1",
        ):
            assert secret.encode() not in body, f"{secret} leaked on {url}"


def test_a_manager_sees_no_trace_of_another_province(
    client, manager, officer, other_officer, other_manager
):
    client.force_login(manager)
    _assert_no_trace(client, other_officer, other_manager)


def test_a_delegate_of_that_manager_sees_no_trace_either(
    client, manager, officer, other_officer, other_manager
):
    ReadDelegationFactory(manager=manager, delegate=officer)
    client.force_login(officer)
    _assert_no_trace(client, other_officer, other_manager)
