"""The national unit tree and the courses of the scale data (bench/scale.py): 63 provinces with
their districts and grassroots units, central departments, and published courses."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import Max, Model

from reports.bulk import RowWriter

Log = Callable[[str], None]

SCALE_PREFIX = "QG"  # every unit code of the scale tree starts with it
PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
    "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
    "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình",
    "Hồ Chí Minh", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn",
    "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
    "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
    "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
    "Yên Bái",
]  # fmt: skip
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]  # fmt: skip
MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Ngọc", "Đức", "Thanh", "Hữu", "Xuân", "Hoài"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Lan", "Mai", "Nam",
         "Oanh", "Phúc", "Quang", "Sơn", "Thảo", "Uyên", "Ưng", "Vân", "Yến", "Khánh",
         "Tâm"]  # fmt: skip
COURSE_WORDS = [
    "An toàn thông tin", "Bảng tính nâng cao", "Dữ liệu dùng chung", "Chữ ký số",
    "Văn bản điện tử", "Họp trực tuyến", "Phân tích số liệu", "Viết đề xuất một trang",
    "Lưu trữ điện tử", "Thư điện tử công vụ", "Bảo mật tài liệu mật", "Dịch vụ công trực tuyến",
    "Trí tuệ nhân tạo trong công việc", "Báo cáo số", "Quản lý hồ sơ", "Kỹ năng tìm kiếm",
]  # fmt: skip
EXTRA_TOPICS = [("Chuyển đổi số", "chuyen-doi-so"), ("Văn phòng điện tử", "van-phong-dien-tu")]

DISTRICTS_PER_PROVINCE = 11  # 63 × 11 = 693 districts
GRASSROOTS_PER_DISTRICT = 4
CENTRAL_DEPARTMENTS = 8
ENROLMENTS_PER_OFFICER = 15
NATIONAL_ASSIGNMENTS = ((-60, 0), (-10, 1), (25, 2))  # (due in days, course index)
OFFICER_CHUNK = 4000
INACTIVE_PERCENT = 3


class ScaleDataExists(Exception):
    """The scale tree is already in this database."""


def _next_id(model: type[Model]) -> int:
    return (model._default_manager.aggregate(top=Max("pk"))["top"] or 0) + 1


def _reset_sequences(models: Iterable[type[Model]]) -> None:
    if connection.vendor != "postgresql":
        return
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


# The tree ------------------------------------------------------------------------------------


@dataclass
class UnitSpec:
    pk: int
    path: str
    kind: str
    province: int  # index of the province, -1 for the central office
    weight: float


def _build_tree(log: Log) -> list[UnitSpec]:
    from people.models import OrgUnit

    if OrgUnit.objects.filter(code=SCALE_PREFIX).exists():
        raise ScaleDataExists(f"a unit coded {SCALE_PREFIX} exists: scale data is already here")
    last_root = OrgUnit.get_last_root_node()
    root_number = 1 if last_root is None else int(last_root.path[: OrgUnit.steplen], 36) + 1
    next_pk = _next_id(OrgUnit)
    rows: list[tuple[Any, ...]] = []
    specs: list[UnitSpec] = []

    def add(
        parent: str | None,
        number: int,
        code: str,
        name: str,
        kind: str,
        province: int,
        weight: float,
        numchild: int,
    ) -> str:
        nonlocal next_pk
        depth = 1 if parent is None else len(parent) // OrgUnit.steplen + 1
        path = OrgUnit._get_path(parent, depth, number)
        rows.append((next_pk, path, depth, numchild, name, code, kind, True, False))
        specs.append(UnitSpec(next_pk, path, kind, province, weight))
        next_pk += 1
        return path

    central_children = CENTRAL_DEPARTMENTS + len(PROVINCES)
    root = add(
        None,
        root_number,
        SCALE_PREFIX,
        "Văn phòng Trung ương (quy mô quốc gia)",
        OrgUnit.Kind.CENTRAL,
        -1,
        0.4,
        central_children,
    )
    for d in range(CENTRAL_DEPARTMENTS):
        add(
            root,
            d + 1,
            f"{SCALE_PREFIX}-V{d + 1:02d}",
            f"Vụ {d + 1}",
            OrgUnit.Kind.DEPARTMENT,
            -1,
            0.2,
            0,
        )
    for p, province_name in enumerate(PROVINCES):
        province_code = f"{SCALE_PREFIX}-T{p + 1:02d}"
        province = add(
            root,
            CENTRAL_DEPARTMENTS + p + 1,
            province_code,
            f"Văn phòng Tỉnh ủy {province_name}",
            OrgUnit.Kind.PROVINCIAL,
            p,
            13.0 / len(PROVINCES),
            DISTRICTS_PER_PROVINCE,
        )
        for d in range(DISTRICTS_PER_PROVINCE):
            district_code = f"{province_code}-H{d + 1:02d}"
            district = add(
                province,
                d + 1,
                district_code,
                f"Văn phòng Huyện ủy {province_name} {d + 1}",
                OrgUnit.Kind.DISTRICT,
                p,
                35.0 / (len(PROVINCES) * DISTRICTS_PER_PROVINCE),
                GRASSROOTS_PER_DISTRICT,
            )
            for g in range(GRASSROOTS_PER_DISTRICT):
                add(
                    district,
                    g + 1,
                    f"{district_code}-X{g + 1:02d}",
                    f"Đảng ủy xã {g + 1}, {province_name} {d + 1}",
                    OrgUnit.Kind.GRASSROOTS,
                    p,
                    50.0 / (len(PROVINCES) * DISTRICTS_PER_PROVINCE * GRASSROOTS_PER_DISTRICT),
                    0,
                )
    RowWriter(
        OrgUnit,
        ["id", "path", "depth", "numchild", "name", "code", "kind", "active", "mfa_required"],
    ).write(rows)
    log(f"  {len(specs):,} units")
    return specs


# Courses -------------------------------------------------------------------------------------


def _build_courses(count: int, log: Log) -> list[Any]:
    from courses.demo import ensure_catalogue, ensure_topics
    from courses.models import CoursePage, Topic

    index = ensure_catalogue(log=lambda _m: None)
    topics = list(ensure_topics(log=lambda _m: None).values())
    for name, slug in EXTRA_TOPICS:
        topic = Topic.objects.filter(slug=slug).first() or Topic.objects.create(
            name=name, slug=slug
        )
        topics.append(topic)
    rng = random.Random(7)
    courses = []
    existing = set(CoursePage.objects.child_of(index).values_list("slug", flat=True))
    for n in range(count):
        slug = f"quy-mo-{n + 1:02d}"
        title = f"{COURSE_WORDS[n % len(COURSE_WORDS)]} ({n + 1})"
        if slug in existing:
            courses.append(CoursePage.objects.child_of(index).get(slug=slug))
            continue
        course = CoursePage(
            title=title,
            slug=slug,
            summary=f"Khóa học {title} cho cán bộ các cấp.",
            topic=topics[n % len(topics)],
            estimated_minutes=rng.choice([30, 45, 60, 90, 120, 180]),
            live=True,
        )
        index.add_child(instance=course)
        courses.append(course)
    log(f"  {len(courses)} courses")
    return courses


# People, enrolments, targets -----------------------------------------------------------------
