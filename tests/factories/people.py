import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from people.roles import sync_roles
from people.services.accounts import mark_addresses_verified

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
        if create:
            # Accounts are provisioned by administrators, who vouch for the address.
            mark_addresses_verified([self.pk])
        if not create or not extracted:
            if create:
                self.save()
            return
        if Group.objects.filter(name__in=extracted).count() != len(set(extracted)):
            sync_roles()
        self.groups.add(*Group.objects.filter(name__in=extracted))
        self.save()


class OrgUnitFactory(factory.django.DjangoModelFactory):
    """A unit of the tree; pass parent=<unit> for a child, none for a top-level unit."""

    class Meta:
        model = "people.OrgUnit"
        django_get_or_create = ("code",)

    name = factory.Sequence(lambda n: f"Đơn vị {n}")
    code = factory.Sequence(lambda n: f"DV{n:04d}")
    kind = "department"
    active = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        from people.models import OrgUnit

        existing = OrgUnit.objects.filter(code=kwargs.get("code", "").upper()).first()
        if existing is not None:
            return existing
        unit = model_class(**kwargs)
        if parent is None:
            return model_class.add_root(instance=unit)
        return OrgUnit.objects.get(pk=parent.pk).add_child(instance=unit)

    @classmethod
    def _get_or_create(cls, model_class, *args, **kwargs):
        return cls._create(model_class, *args, **kwargs)


class OfficerFactory(factory.django.DjangoModelFactory):
    """An officer record with its account; pass user=<user> to attach one that exists."""

    class Meta:
        model = "people.Officer"
        django_get_or_create = ("user",)

    user = factory.SubFactory(UserFactory, roles=["Officer"])
    employee_code = factory.Sequence(lambda n: f"CB{n:05d}")
    unit = factory.SubFactory(OrgUnitFactory)
    position = "Chuyên viên"
    active = True


class ManagerScopeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "people.ManagerScope"
        django_get_or_create = ("user", "unit")

    user = factory.SubFactory(UserFactory, roles=["Manager"])
    unit = factory.SubFactory(OrgUnitFactory)


class ReadDelegationFactory(factory.django.DjangoModelFactory):
    """A delegation in force from today for thirty days."""

    class Meta:
        model = "people.ReadDelegation"

    manager = factory.SubFactory(UserFactory, roles=["Manager"])
    delegate = factory.SubFactory(UserFactory, roles=["Officer"])
    starts_on = factory.LazyFunction(timezone.localdate)
    ends_on = factory.LazyAttribute(lambda d: d.starts_on + datetime.timedelta(days=30))
    created_by = factory.SelfAttribute("manager")


class TrainerTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "people.TrainerTopic"

    trainer = factory.SubFactory(UserFactory, roles=["Trainer"])
    topic = factory.Sequence(lambda n: f"chu-de-{n}")


class OrgTree:
    """The small organisation every persona lives in.

    central (TW) ─┬─ province_a (TA) ─┬─ district_a1 (TA-H1)
                  │                   └─ district_a2 (TA-H2)
                  ├─ province_b (TB) ─── district_b1 (TB-H1)
                  └─ department (TW-VP)
    """

    def __init__(self):
        self.central = OrgUnitFactory(name="Văn phòng Trung ương", code="TW", kind="central")
        self.province_a = OrgUnitFactory(
            name="Văn phòng Tỉnh ủy A", code="TA", kind="provincial", parent=self.central
        )
        self.district_a1 = OrgUnitFactory(
            name="Văn phòng Huyện ủy A1", code="TA-H1", kind="district", parent=self.province_a
        )
        self.district_a2 = OrgUnitFactory(
            name="Văn phòng Huyện ủy A2", code="TA-H2", kind="district", parent=self.province_a
        )
        self.province_b = OrgUnitFactory(
            name="Văn phòng Tỉnh ủy B", code="TB", kind="provincial", parent=self.central
        )
        self.district_b1 = OrgUnitFactory(
            name="Văn phòng Huyện ủy B1", code="TB-H1", kind="district", parent=self.province_b
        )
        self.department = OrgUnitFactory(
            name="Phòng Tổng hợp", code="TW-VP", kind="department", parent=self.central
        )
        for name in (
            "central",
            "province_a",
            "district_a1",
            "district_a2",
            "province_b",
            "district_b1",
            "department",
        ):
            getattr(self, name).refresh_from_db()
