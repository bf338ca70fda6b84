"""The question editor and the question files agree: the editor accepts and refuses the weights
the importers accept and refuse, with the same messages, and every question it saves comes back
the same through GIFT, Moodle XML and XLSX."""

from __future__ import annotations

import html
import io
import uuid
from decimal import Decimal
from typing import Any

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes.formats import FORMATS, gift, moodlexml, spreadsheet
from quizzes.formats.records import normalise
from quizzes.formats.validation import ALLOWED_GRADES
from quizzes.models import Question
from quizzes.question_types import QuestionType
from quizzes.services.categories import category_for_path
from quizzes.services.exchange import category_records, question_to_record, save_question_records
from quizzes.services.question_files import export_category
from tests.factories.quizzes import question_form_data as editor_data
from tests.quizzes.test_import_export_integration import without_category

pytestmark = pytest.mark.django_db

NAME = "Câu hỏi"  # the name question_form_data gives
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


# The editor -------------------------------------------------------------------------------


def editor_form(data: dict[str, Any], user: Any) -> Any:
    form_class = Question.snippet_viewset.get_edit_handler().get_form_class()
    return form_class(data, instance=Question(), for_user=user)


def editor_messages(data: dict[str, Any], user: Any) -> list[str]:
    form = editor_form(data, user)
    form.is_valid()
    return [str(message) for message in form.non_field_errors()]


def test_the_editor_refuses_a_weight_that_the_formats_cannot_carry(trainer):
    category = category_for_path(None, "Trình soạn")
    data = editor_data(category, "multiple_choice", answers=[("A", "0.37"), ("B", "0.63")])
    (message,) = editor_messages(data, trainer)
    assert "invalid weight(s) 37%, 63%" in message
    assert not Question.objects.exists()


def test_the_editor_stores_the_moodle_grade_a_weight_matched(trainer):
    category = category_for_path(None, "Trình soạn")
    third = "0.33333"
    data = editor_data(
        category, "multiple_choice", answers=[("A", third), ("B", third), ("C", third)]
    )
    form = editor_form(data, trainer)
    assert form.is_valid(), form.errors
    question = form.save()
    assert [a.fraction for a in question.answers.all()] == [Decimal("0.3333333")] * 3


def test_the_editor_writes_numbers_ranges_and_true_false_as_the_formats_do(trainer):
    category = category_for_path(None, "Trình soạn")
    numbers = editor_data(
        category, "numerical", answers=[("3,5", "1"), ("1..5", "0.5"), ("*", "0")]
    )
    form = editor_form(numbers, trainer)
    assert form.is_valid(), form.errors
    question = form.save()
    assert [(a.text, a.tolerance) for a in question.answers.all()] == [
        ("3.5", None),
        ("3", Decimal("2")),
        ("*", None),
    ]
    statements = editor_data(category, "true_false", answers=[("True", "0"), ("FALSE", "1")])
    form = editor_form(statements, trainer)
    assert form.is_valid(), form.errors
    assert [a.text for a in form.save().answers.all()] == ["true", "false"]


def test_the_editor_refuses_what_an_export_format_cannot_write(trainer):
    category = category_for_path(None, "Trình soạn")
    data = editor_data(category, "short_answer", answers=[("a -> b", "1")])
    (message,) = editor_messages(data, trainer)
    assert "cannot be written in GIFT" in message


def test_the_editor_refuses_answers_on_a_type_without_them(trainer):
    category = category_for_path(None, "Trình soạn")
    data = editor_data(category, "essay", answers=[("A", "1")])
    assert editor_messages(data, trainer) == [
        "This type of question has no answers to choose from."
    ]


# The same weights in the editor and in each importer ---------------------------------------

WEIGHTED = ["single_choice", "multiple_choice", "short_answer", "numerical"]
# Percentages as trainers write them: Moodle's grades, and others close to them or not at all.
percentages = st.one_of(
    st.sampled_from([Decimal(str(round(g * 100, 5))) for g in ALLOWED_GRADES]),
    st.decimals(min_value=-150, max_value=150, places=5),
    st.sampled_from([Decimal("33.333"), Decimal("37"), Decimal("63"), Decimal("101")]),
).map(lambda p: p.normalize() + 0)


def answer_text(qtype: str, index: int) -> str:
    return str(index + 1) if qtype == "numerical" else f"Đáp án {index + 1}"


def as_moodle_xml(qtype: str, weights: list[Decimal]) -> bytes:
    kinds = {
        "single_choice": ("multichoice", "<single>true</single>"),
        "multiple_choice": ("multichoice", "<single>false</single>"),
        "short_answer": ("shortanswer", ""),
        "numerical": ("numerical", ""),
    }
    kind, extra = kinds[qtype]
    answers = "".join(
        f'<answer fraction="{format(weight, "f")}" format="plain_text">'
        f"<text>{html.escape(answer_text(qtype, index))}</text>"
        + ("<tolerance>0</tolerance>" if qtype == "numerical" else "")
        + "</answer>"
        for index, weight in enumerate(weights)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><quiz><question type="{kind}">'
        f"<name><text>{NAME}</text></name>"
        '<questiontext format="html"><text>Nội dung?</text></questiontext>'
        f"{extra}{answers}</question></quiz>"
    ).encode()


def as_workbook(qtype: str, weights: list[Decimal]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    header = ["type", "name", "text"]
    row: list[Any] = [qtype, NAME, "Nội dung?"]
    for index, weight in enumerate(weights, start=1):
        header += [f"answer_{index}", f"weight_{index}"]
        row += [answer_text(qtype, index - 1), float(weight)]
    sheet.append(header)
    sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def as_gift(qtype: str, weights: list[Decimal]) -> str | None:
    """The question in GIFT, or None when GIFT cannot say these weights for this type."""
    if any(abs(weight) > 100 for weight in weights):
        return None  # GIFT writes at most two digits before a weight's decimal point
    if qtype == "single_choice" and not (100 in weights and any(w != 100 for w in weights)):
        return None  # GIFT sees one answer only if one is "=" (100%) and another "~"
    pieces = []
    for index, weight in enumerate(weights):
        text = answer_text(qtype, index)
        if qtype == "single_choice":
            pieces.append(f"={text}" if weight == 100 else f"~%{format(weight, 'f')}%{text}")
        elif qtype == "multiple_choice":
            pieces.append(f"~%{format(weight, 'f')}%{text}")
        else:
            pieces.append(f"=%{format(weight, 'f')}%{text}")
    opening = "{#" if qtype == "numerical" else "{"
    return f"::{NAME}::Nội dung?{opening}\n" + "\n".join(pieces) + "\n}\n"


def import_messages(result: Any) -> list[str]:
    return [error.message for error in result.errors]


@settings(SETTINGS, max_examples=150)
@given(
    qtype=st.sampled_from(WEIGHTED),
    weights=st.lists(percentages, min_size=1, max_size=4),
)
def test_the_editor_and_the_importers_accept_and_refuse_the_same_weights(trainer, qtype, weights):
    category = category_for_path(None, "Trọng số")
    answers = [
        (answer_text(qtype, index), format(weight / 100, "f"))
        for index, weight in enumerate(weights)
    ]
    in_editor = editor_messages(editor_data(category, qtype, answers=answers), trainer)
    assert import_messages(moodlexml.parse(as_moodle_xml(qtype, weights))) == in_editor
    assert import_messages(spreadsheet.parse_xlsx(as_workbook(qtype, weights))) == in_editor
    written = as_gift(qtype, weights)
    if written is not None:
        assert import_messages(gift.parse(written)) == in_editor


# Whatever the editor saves survives every export format ------------------------------------

words = st.lists(
    st.sampled_from(
        ["Đảng", "ủy", "văn", "phòng", "mật", "khẩu", "a", "B", "{", "}", "~", "=", "#"]
        + [":", "%", "[html]", "*", "\\", "&", "<", ">", '"', "T", "100"]
    ),
    min_size=1,
    max_size=5,
).map(" ".join)
grades_below_one = st.sampled_from([str(g) for g in ALLOWED_GRADES if g < 1])
SPLITS = [["1"], ["0.5", "0.5"], ["0.3333333"] * 3, ["0.25"] * 4, ["0.6", "0.4"]]


@st.composite
def editor_questions(draw: Any) -> tuple[str, dict[str, Any]]:
    """A question as a trainer fills in the editor: any type, with answers the rules accept."""
    qtype = draw(st.sampled_from(list(QuestionType)))
    fields: dict[str, Any] = {
        "name": draw(words),
        "text": f"<p>{html.escape(draw(words))}</p>",
        "text_format": draw(st.sampled_from(["html", "moodle", "plain", "markdown"])),
        "general_feedback": draw(
            st.sampled_from(["", "<p>Xem lại bài 2.</p>", "<p><b>Chú ý</b></p>"])
        ),
        "default_mark": draw(st.sampled_from(["0.5", "1", "2.5", "10"])),
        "penalty": draw(st.sampled_from(["0", "0.1", "0.3333333", "1"])),
        "tags": draw(st.sampled_from(["", "tin học", "an toàn, mật khẩu"])),
        "idnumber": draw(st.sampled_from(["", "Q-1"])),
        "answer_numbering": draw(st.sampled_from(["abc", "ABCD", "123", "iii", "IIII", "none"])),
        "essay_response_format": draw(st.sampled_from(["plain", "editor", "noinline"])),
        "essay_response_template": draw(st.sampled_from(["", "Mở bài:"])),
        "essay_grader_info": draw(st.sampled_from(["", "Chấm kỹ."])),
    }
    for flag in ("shuffle_answers", "case_sensitive", "ignore_diacritics"):
        if draw(st.booleans()):
            fields[flag] = "on"
    if draw(st.booleans()):
        low = draw(st.integers(1, 200))
        fields["essay_min_words"] = str(low)
        fields["essay_max_words"] = str(draw(st.integers(low, 500)))
    feedback = st.sampled_from(["", "Đúng", "Xem lại #2"])
    if qtype in ("single_choice", "short_answer"):
        weights = ["1", *draw(st.lists(grades_below_one, max_size=3))]
        if qtype == "single_choice" and len(weights) < 2:
            weights.append("0")
        fields["answers"] = [(draw(words), w, draw(feedback)) for w in weights]
    elif qtype == "multiple_choice":
        weights = draw(st.sampled_from(SPLITS)) + draw(st.lists(st.just("-1"), max_size=1))
        if len(weights) < 2:
            weights.append("0")
        fields["answers"] = [(draw(words), w, draw(feedback)) for w in weights]
    elif qtype == "numerical":
        typed = st.sampled_from(["3.14", "3,5", "-2", "1..5", "1000", "0.001"])
        fields["answers"] = [(draw(typed), "1", draw(feedback), draw(st.sampled_from(["", "0.5"])))]
        fields["answers"] += [
            (draw(typed), w, "") for w in draw(st.lists(grades_below_one, max_size=2))
        ]
        if draw(st.booleans()):
            fields["answers"].append(("*", "0", "Sai"))
    elif qtype == "true_false":
        right = draw(st.booleans())
        fields["answers"] = [
            (draw(st.sampled_from(["true", "True"])), "1" if right else "0", draw(feedback)),
            ("false", "0" if right else "1", draw(feedback)),
        ]
    elif qtype == "matching":
        count = draw(st.integers(2, 4))
        fields["pairs"] = [(draw(words), draw(words)) for _ in range(count)]
        if draw(st.booleans()):
            fields["pairs"].append(("", draw(words)))
    return qtype, fields


def comparable(record: Any) -> Any:
    """A record as the bank keeps it, without the category it was imported below."""
    return without_category(normalise(record))


ROUND_TRIPS = {
    "gift": gift.round_trip_form,
    "moodlexml": lambda record: record,
    "xlsx": spreadsheet.round_trip_form,
}


@SETTINGS
@given(question=editor_questions(), key=st.sampled_from(sorted(ROUND_TRIPS)))
def test_every_question_the_editor_saves_exports_and_imports_back_the_same(trainer, question, key):
    qtype, fields = question
    category = category_for_path(None, f"Nguồn {uuid.uuid4().hex[:8]}")
    form = editor_form(editor_data(category, qtype, **fields), trainer)
    assert form.is_valid(), (form.errors, form.non_field_errors())
    form.save()
    (record,) = category_records(category)[0]

    result = FORMATS[key].parse(export_category(category, key))
    assert result.errors == []
    (read,) = result.questions
    expected = comparable(ROUND_TRIPS[key](normalise(record)))
    assert comparable(read) == expected

    target = category_for_path(None, f"Về {uuid.uuid4().hex[:8]}")
    (again,) = save_question_records(result.questions, target, trainer)
    again = Question.objects.get(pk=again.pk)
    assert comparable(question_to_record(again)) == expected


def test_a_question_saved_before_the_rules_is_refused_by_every_export(trainer):
    from quizzes.formats import FormatError
    from tests.factories.quizzes import QuestionFactory

    category = category_for_path(None, "Cũ")
    QuestionFactory(
        category=category,
        qtype="multiple_choice",
        name=NAME,
        answers=[("A", "0.37"), ("B", "0.63")],
    )
    for key in ROUND_TRIPS:
        with pytest.raises(FormatError, match="invalid weight"):
            export_category(category, key)
