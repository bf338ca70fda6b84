import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from people.roles import sync_roles

TEST_PASSWORD = "Mật-khẩu-thử-2026"


class UserFactory(factory.django.DjangoModelFactory):
    """A person with a Vietnamese name; pass roles=[...] to put them in role groups."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"can.bo{n}@example.org")
    last_name = factory.Iterator(["Nguyễn Văn", "Trần Thị", "Lê Hoàng", "Phạm Minh", "Đặng Thu"])
    first_name = factory.Iterator(["An", "Bình", "Đức", "Hà", "Ưng"])
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create or not extracted:
            if create:
                self.save()
            return
        if Group.objects.filter(name__in=extracted).count() != len(set(extracted)):
            sync_roles()
        self.groups.add(*Group.objects.filter(name__in=extracted))
        self.save()
