"""The demo courses (home/demo_content/courses.py and course_*.py) and their GIFT question banks
are well formed, long enough, and ask what the lessons teach."""

from __future__ import annotations

import ast
import html
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from home.demo_content.courses import COURSES

CONTENT_DIR = Path(__file__).resolve().parents[2] / "home" / "demo_content"
QUIZ_DIR = CONTENT_DIR / "quizzes"

ALLOWED_BLOCKS = {"heading", "rich_text", "callout", "steps", "table", "code", "check"}
COUNTED_BLOCKS = {"heading", "rich_text", "callout", "steps", "table"}
ALLOWED_TAGS = {"p", "ul", "ol", "li", "strong", "em", "a"}
INLINE_TAGS = {"p", "strong", "em", "a"}
# Field limits of courses.blocks and CoursePage, which the demo loader saves into.
MAX_HEADING = MAX_BLOCK_TITLE = 160
MAX_CAPTION, MAX_COLUMN_HEADING, MAX_CELL = 250, 120, 500
MAX_LANGUAGE, MAX_QUESTION, MAX_CHOICE, MAX_FEEDBACK = 40, 500, 300, 500
MAX_SUMMARY, MAX_OBJECTIVE, MAX_TITLE = 1000, 300, 255
TOPICS = {
    "Kỹ năng dữ liệu",
    "An toàn thông tin",
    "Phân tích và tổng hợp",
    "Văn bản và hồ sơ điện tử",
    "Chuyển đổi số trong văn phòng",
}
FIRST_COURSES = {"ky-nang-du-lieu", "an-toan-thong-tin", "phan-tich-va-tong-hop"}
NEW_COURSES = [course for course in COURSES if course["slug"] not in FIRST_COURSES]
LEVELS = {"basic", "intermediate", "advanced"}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
TAG = re.compile(r"<(/?)([a-zA-Z0-9]+)([^>]*)>")
MIN_WORDS = 600
NEW_COURSE_MIN_WORDS, NEW_COURSE_MIN_LESSONS = 800, 5
# The bank question a demo lesson asks for instant feedback (quizzes/demo.py); not in the quiz.
LESSON_CHECK_QUESTION = "Trước khi rời máy tính dùng chung"

LESSONS = [(course, lesson) for course in COURSES for lesson in course["lessons"]]
LESSON_IDS = [f"{course['slug']}/{lesson['slug']}" for course, lesson in LESSONS]


def plain_text(value: str) -> str:
    return html.unescape(TAG.sub(" ", value))


def block_texts(block_type: str, value) -> list[str]:
    """The human-readable text of a block, as counted towards the lesson length."""
    if block_type in ("heading", "rich_text"):
        return [value]
    if block_type == "callout":
        return [value["title"], value["text"]]
    if block_type == "steps":
        return [value["title"], *value["items"]]
    if block_type == "table":
        return [
            value["caption"],
            *value["header"],
            *(cell for row in value["rows"] for cell in row),
        ]
    return []


def lesson_words(lesson: dict) -> int:
    return sum(
        len(plain_text(text).split())
        for block_type, value in lesson["body"]
        if block_type in COUNTED_BLOCKS
        for text in block_texts(block_type, value)
    )


def assert_simple_html(fragment: str, allowed: set[str] = ALLOWED_TAGS) -> None:
    assert fragment.strip(), "empty HTML"
    for closing, name, attributes in TAG.findall(fragment):
        assert name in allowed, f"tag <{name}> is not allowed: {fragment[:80]}"
        if name == "a" and not closing:
            assert re.fullmatch(r'\s+href="[^"]+"', attributes), f"<a{attributes}>"
        else:
            assert not attributes.strip(), f"<{name}{attributes}> must not have attributes"


def assert_block_shape(block_type: str, value) -> None:
    if block_type == "heading":
        assert isinstance(value, str) and value.strip() and "<" not in value
        assert len(value) <= MAX_HEADING
    elif block_type == "rich_text":
        assert_simple_html(value)
    elif block_type == "callout":
        assert set(value) == {"kind", "title", "text"}
        assert value["kind"] in {"note", "tip", "warning"}
        assert value["title"].strip() and len(value["title"]) <= MAX_BLOCK_TITLE
        assert_simple_html(value["text"])
    elif block_type == "steps":
        assert set(value) == {"title", "items"}
        assert value["title"].strip() and len(value["title"]) <= MAX_BLOCK_TITLE
        assert len(value["items"]) >= 2
        for item in value["items"]:
            assert_simple_html(item, allowed=INLINE_TAGS)
    elif block_type == "table":
        assert set(value) == {"caption", "header", "rows"}
        assert value["caption"].strip() and len(value["caption"]) <= MAX_CAPTION and value["rows"]
        for row in value["rows"]:
            assert len(row) == len(value["header"]), f"row width differs: {row}"
        assert all(len(heading) <= MAX_COLUMN_HEADING for heading in value["header"])
        for cell in [*value["header"], *(cell for row in value["rows"] for cell in row)]:
            assert isinstance(cell, str) and cell.strip() and "<" not in cell and "&gt;" not in cell
            assert len(cell) <= MAX_CELL
    elif block_type == "code":
        assert set(value) == {"language", "code"}
        assert value["language"].strip() and len(value["language"]) <= MAX_LANGUAGE
        assert value["code"].strip()
    elif block_type == "check":
        assert set(value) == {"question", "choices"}
        assert value["question"].strip() and len(value["question"]) <= MAX_QUESTION
        assert len(value["choices"]) >= 2
        for choice in value["choices"]:
            assert set(choice) == {"text", "correct", "feedback"}
            assert isinstance(choice["correct"], bool)
            assert choice["text"].strip() and len(choice["text"]) <= MAX_CHOICE
            assert choice["feedback"].strip() and len(choice["feedback"]) <= MAX_FEEDBACK
        assert any(choice["correct"] for choice in value["choices"])


def test_the_eight_courses_cover_the_five_topics() -> None:
    assert len(COURSES) == 8
    assert {course["slug"] for course in COURSES} >= FIRST_COURSES
    assert {course["topic"] for course in COURSES} == TOPICS
    slugs = [course["slug"] for course in COURSES]
    assert len(set(slugs)) == len(slugs)


@pytest.mark.parametrize("course", NEW_COURSES, ids=[course["slug"] for course in NEW_COURSES])
def test_a_new_course_has_five_lessons_of_800_words_and_metadata_for_the_manager(
    course: dict,
) -> None:
    assert len(course["lessons"]) >= NEW_COURSE_MIN_LESSONS
    assert all(lesson_words(lesson) >= NEW_COURSE_MIN_WORDS for lesson in course["lessons"])
    assert course["level"] in LEVELS and course["topic"] in TOPICS
    assert course["estimated_minutes"] > 0 and len(course["objectives"]) >= 4


@pytest.mark.parametrize("course", COURSES, ids=[course["slug"] for course in COURSES])
def test_course_has_every_field_and_at_least_four_lessons(course: dict) -> None:
    assert list(course) == [
        "slug",
        "title",
        "topic",
        "level",
        "summary",
        "objectives",
        "estimated_minutes",
        "issues_certificate",
        "lessons",
    ]
    assert SLUG.fullmatch(course["slug"])
    assert course["title"].strip() and len(course["title"]) <= MAX_TITLE
    assert course["summary"].strip() and len(course["summary"]) <= MAX_SUMMARY
    assert course["topic"] in TOPICS and course["level"] in LEVELS
    assert course["objectives"]
    assert all(0 < len(objective.strip()) <= MAX_OBJECTIVE for objective in course["objectives"])
    assert course["issues_certificate"] is True
    assert len(course["lessons"]) >= 4
    lesson_minutes = sum(lesson["estimated_minutes"] for lesson in course["lessons"])
    assert course["estimated_minutes"] == lesson_minutes
    lesson_slugs = [lesson["slug"] for lesson in course["lessons"]]
    assert len(set(lesson_slugs)) == len(lesson_slugs), "lesson slugs repeat within the course"


def test_security_course_title_starts_with_an_toan_thong_tin() -> None:
    (security,) = [course for course in COURSES if course["slug"] == "an-toan-thong-tin"]
    assert security["title"].startswith("An toàn thông tin")


def _checks(course: dict) -> list[dict]:
    return [
        value
        for lesson in course["lessons"]
        for block_type, value in lesson["body"]
        if block_type == "check"
    ]


@pytest.mark.parametrize("course", COURSES, ids=[course["slug"] for course in COURSES])
def test_the_right_answer_of_the_checks_is_not_always_first_or_longest(course: dict) -> None:
    checks = _checks(course)
    positions = Counter(
        next(i for i, choice in enumerate(check["choices"]) if choice["correct"])
        for check in checks
    )
    assert max(positions.values()) <= 0.6 * len(checks), positions
    longest = 0
    for check in checks:
        lengths = [len(choice["text"]) for choice in check["choices"]]
        right = [len(choice["text"]) for choice in check["choices"] if choice["correct"]]
        longest += max(right) == max(lengths) and lengths.count(max(lengths)) == 1
    assert longest <= len(checks) / 2


def test_party_documents_have_no_national_motto_and_dates_are_not_past_years() -> None:
    for course in COURSES:
        text = " ".join(_all_strings(course))
        # The personal-data decree of 2023 is named only as what Decree 356/2025 replaced.
        assert "13/2023/NĐ-CP" not in text or "356/2025/NĐ-CP" in text
    texts = [text for course in COURSES for text in _all_strings(course)]
    for text in texts:
        assert "quốc hiệu, tên cơ quan" not in text
        assert "lỗi phông" not in text
        assert "đăng nhập hai yếu tố" not in text.lower()
        # Work dates in examples are relative ("quý I năm N", "YYYY-03-14"); a recent date with
        # a year belongs to a law or regulation (its date of issue or of effect).
        dated = re.search(r"\b\d{1,2}/202[4-9]\b|\b202[4-9]-\d\d|DATE\(20\d\d", text)
        legal = re.search(r"Luật|Nghị định|Quy định|Hướng dẫn|hiệu lực", text)
        assert not dated or legal, text[:120]


def _all_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _all_strings(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _all_strings(item)]
    return []


@pytest.mark.parametrize(("course", "lesson"), LESSONS, ids=LESSON_IDS)
def test_lesson_blocks_have_the_agreed_shapes(course: dict, lesson: dict) -> None:
    assert list(lesson) == ["slug", "title", "estimated_minutes", "body"]
    assert SLUG.fullmatch(lesson["slug"])
    assert lesson["title"].strip() and len(lesson["title"]) <= MAX_TITLE
    assert isinstance(lesson["estimated_minutes"], int) and lesson["estimated_minutes"] > 0
    for block in lesson["body"]:
        assert isinstance(block, tuple) and len(block) == 2
        block_type, value = block
        assert block_type in ALLOWED_BLOCKS, f"unknown block {block_type!r}"
        assert_block_shape(block_type, value)
    kinds = [block_type for block_type, _value in lesson["body"]]
    assert "check" in kinds, "every lesson has a check-your-understanding question"
    assert "callout" in kinds


@pytest.mark.parametrize(("course", "lesson"), LESSONS, ids=LESSON_IDS)
def test_lesson_has_at_least_600_words(course: dict, lesson: dict) -> None:
    assert lesson_words(lesson) >= MIN_WORDS


def test_data_modules_are_plain_data() -> None:
    tree = ast.parse((CONTENT_DIR / "courses.py").read_text(encoding="utf-8"))
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]
    assert all(
        isinstance(node, ast.ImportFrom) and node.module.startswith("home.demo_content.course_")
        for node in imports
    )
    modules = sorted(CONTENT_DIR.glob("course_*.py"))
    assert len(modules) == len(NEW_COURSES) == len(imports)
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        assert not [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]


# GIFT ---------------------------------------------------------------------------------------

ESCAPES = {"\\\\": "\ue000", "\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003", "\\{": "\ue004"}
ESCAPES |= {"\\}": "\ue005", "\\:": "\ue006"}
ALLOWED_FRACTIONS = [0, 1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333]
ALLOWED_FRACTIONS += [0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05]


def gift_blocks(text: str) -> list[str]:
    """Blank-line-separated blocks with comment lines removed, as Moodle reads them."""
    blocks, current = [], []
    for line in [*text.splitlines(), ""]:
        if not line.strip():
            if current:
                blocks.append("\n".join(current))
            current = []
        elif not line.strip().startswith("//"):
            current.append(line.strip())
    return blocks


def hide_escapes(text: str) -> str:
    for escape, placeholder in ESCAPES.items():
        text = text.replace(escape, placeholder)
    return text


def weight(answer: str) -> float | None:
    match = re.match(r"%(-?\d{1,3}(?:\.\d+)?)%", answer)
    return float(match.group(1)) if match else None


def gift_question_type(block: str) -> str:
    """Classify one question block (Moodle's order) and check the parts its type needs."""
    text = hide_escapes(block)
    name = re.match(r"::(.+?)::", text, re.S)
    assert name and name.group(1).strip(), f"question without a ::title:: {block[:60]}"
    rest = text[name.end() :]
    assert rest.count("{") == 1 and rest.count("}") == 1, f"braces in {name.group(1)}"
    start, end = rest.index("{"), rest.index("}")
    assert start < end and rest.rstrip().endswith("}"), f"answer block in {name.group(1)}"
    question = rest[:start].strip()
    assert question and not re.search(r"[~=#{}:]", question), f"unescaped text: {question}"
    answers = rest[start + 1 : end].strip()
    if not answers or answers.startswith("####"):
        return "essay"
    if answers.startswith("#"):
        number = r"-?\d+(\.\d+)?(:\d+(\.\d+)?)?"
        pattern = rf"#({number}(#.+)?|={number}#.+)"
        assert re.fullmatch(pattern, answers, re.S), answers
        return "numerical"
    if "~" in answers:
        pieces = [piece.strip() for piece in answers.replace("=", "~=").split("~") if piece.strip()]
        assert len(pieces) >= 2
        for piece in pieces:
            assert "#" in piece, f"choice without feedback: {piece}"
        if "=" in answers:
            assert any(piece.startswith("=") for piece in pieces)
            return "multichoice-single"
        weights = [weight(piece) for piece in pieces]
        assert None not in weights, f"every choice of {name.group(1)} needs a %weight%"
        for value in weights:
            assert any(abs(abs(value) / 100 - f) < 1e-5 for f in ALLOWED_FRACTIONS), value
        total = sum(Decimal(str(value)) for value in weights if value > 0)
        assert total == 100, f"positive weights of {name.group(1)} add up to {total}"
        return "multichoice-multiple"
    if "=" in answers and "->" in answers:
        pairs = [pair for pair in answers.split("=") if pair.strip()]
        assert len(pairs) >= 3 and all("->" in pair for pair in pairs)
        distractors = [pair for pair in pairs if not pair.split("->")[0].strip()]
        assert distractors, f"{name.group(1)}: a matching question offers a wrong answer too"
        return "match"
    if answers.split("#")[0].strip() in {"T", "TRUE", "F", "FALSE"}:
        assert answers.count("#") == 2, "true/false needs feedback for both choices"
        return "truefalse"
    assert any(answer.strip() for answer in answers.split("="))
    return "shortanswer"


def _catch_all(block: str) -> bool:
    """A short or numerical answer list ends with feedback for any other answer."""
    return "=%0%*#" in hide_escapes(block)


@pytest.mark.parametrize("course", COURSES, ids=[course["slug"] for course in COURSES])
def test_gift_bank_has_twelve_questions_of_mixed_types_and_an_essay(course: dict) -> None:
    path = QUIZ_DIR / f"{course['slug']}.gift"
    assert path.exists(), f"missing {path}"
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == f"$CATEGORY: Demo/{course['title']}"
    blocks = gift_blocks(text)
    assert blocks[0].startswith("$CATEGORY:")
    questions = blocks[1:]
    assert all(question.startswith("::") for question in questions)
    types = [gift_question_type(question) for question in questions]
    in_quiz = [
        kind
        for kind, question in zip(types, questions, strict=True)
        if kind != "essay" and not question.startswith(f"::{LESSON_CHECK_QUESTION}::")
    ]
    assert len(in_quiz) >= 12
    for kind, question in zip(types, questions, strict=True):
        if kind in ("shortanswer", "numerical"):
            assert _catch_all(question), f"feedback for a wrong answer: {question[:60]}"
    assert set(types) == {
        "multichoice-single",
        "multichoice-multiple",
        "truefalse",
        "shortanswer",
        "numerical",
        "match",
        "essay",
    }
    assert types.count("essay") == 1
