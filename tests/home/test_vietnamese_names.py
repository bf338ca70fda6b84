"""The page tree's root and the review workflows are named in Vietnamese, not Wagtail's English."""

import pytest
from wagtail.models import Page, Task, Workflow

pytestmark = pytest.mark.django_db


def test_the_root_page_is_named_in_vietnamese():
    assert Page.objects.get(depth=1).title == "Gốc"


def test_the_workflows_and_their_steps_are_named_in_vietnamese():
    names = set(Workflow.objects.values_list("name", flat=True))
    names |= set(Task.objects.values_list("name", flat=True))
    assert {"Duyệt trang", "Duyệt câu hỏi"} <= names
    assert not names & {"Moderators approval", "Question review"}
