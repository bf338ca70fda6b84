"""Trainer topic limits follow the catalogue's topics: chosen from a list, and kept when a
topic's slug changes."""

import pytest
from django.urls import reverse

from courses import permissions
from people.models import TrainerTopic
from tests.factories.courses import TopicFactory
from tests.factories.people import TrainerTopicFactory

pytestmark = pytest.mark.django_db


def test_renaming_a_topic_slug_keeps_the_trainers_limited_to_it(trainer, course, topic):
    other = TopicFactory(name="Văn phòng số", slug="van-phong-so")
    TrainerTopicFactory(trainer=trainer, topic=topic.slug)
    TrainerTopicFactory(trainer=trainer, topic=other.slug)
    topic.slug = "an-toan-thong-tin-moi"
    topic.save()
    assert set(TrainerTopic.objects.values_list("topic", flat=True)) == {
        "an-toan-thong-tin-moi",
        "van-phong-so",
    }
    topic.refresh_from_db()
    assert permissions.can_put_course_in(trainer, topic)


def test_the_trainer_topic_form_offers_the_catalogues_topics(client, administrator, topic):
    TopicFactory(name="Văn phòng số", slug="van-phong-so")
    client.force_login(administrator)
    html = client.get(reverse("trainer-topics:add")).content.decode()
    assert f'<option value="{topic.slug}">{topic.name}</option>' in html
    assert '<option value="van-phong-so">Văn phòng số</option>' in html
    response = client.post(reverse("trainer-topics:add"), {"trainer": "", "topic": "khong-co"})
    assert response.status_code == 200
    assert not TrainerTopic.objects.exists()
    assert "khong-co" in response.content.decode()  # named in the "not one of the choices" error
