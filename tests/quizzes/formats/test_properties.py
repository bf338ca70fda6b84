"""Properties: stored questions survive GIFT and XML round trips; no input breaks a parser."""

import io

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from quizzes.formats import aiken, gift, moodlexml, spreadsheet
from quizzes.formats.records import FormatError, ParseResult

from .strategies import SYNTAX, questions

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.lists(questions(), min_size=1, max_size=2))
def test_every_storable_question_survives_a_moodle_xml_round_trip(stored):
    result = moodlexml.parse(moodlexml.export(stored))
    assert result.errors == []
    assert result.questions == stored


@SETTINGS
@given(st.lists(questions(), min_size=1, max_size=2))
def test_every_storable_question_survives_a_gift_round_trip(stored):
    assume(gift.problems(stored) == [])
    result = gift.parse(gift.export(stored))
    assert result.errors == []
    assert result.questions == [gift.round_trip_form(q) for q in stored]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(questions(), min_size=1, max_size=2))
def test_every_storable_question_survives_a_csv_round_trip(stored):
    assume(spreadsheet.problems(stored) == [])
    assume(all("," not in tag for q in stored for tag in q.tags))
    result = spreadsheet.parse_csv(spreadsheet.export_csv(stored))
    assert result.errors == []
    assert result.questions == [spreadsheet.round_trip_form(q) for q in stored]


PARSERS = [
    gift.parse,
    aiken.parse,
    moodlexml.parse,
    spreadsheet.parse_csv,
    spreadsheet.parse_xlsx,
]


def parses_or_refuses(parse, data) -> None:
    try:
        result = parse(data)
    except FormatError:
        return
    assert isinstance(result, ParseResult)
    for error in result.errors:
        assert error.line >= 1 and error.message


@SETTINGS
@given(st.binary(max_size=3000))
def test_no_bytes_make_a_parser_raise(data):
    for parse in PARSERS:
        parses_or_refuses(parse, data)


gift_like = st.lists(
    st.one_of(
        st.sampled_from(SYNTAX + ["\n\n", "{#", "=%", "~%", "%-", "::Q::"]), st.text(max_size=3)
    ),
    max_size=40,
).map("".join)


@SETTINGS
@given(gift_like)
def test_no_gift_like_text_makes_the_text_parsers_raise(text):
    for parse in (gift.parse, aiken.parse, spreadsheet.parse_csv):
        parses_or_refuses(parse, text)
        parses_or_refuses(parse, text.encode("utf-8", "surrogatepass"))


xml_piece = st.sampled_from(
    [
        '<?xml version="1.0"?>',
        "<quiz>",
        "</quiz>",
        '<question type="multichoice">',
        '<question type="truefalse">',
        '<question type="numerical">',
        '<question type="matching">',
        '<question type="essay">',
        '<question type="category">',
        '<question type="cloze">',
        "</question>",
        "<name><text>N</text></name>",
        "<questiontext><text>T</text></questiontext>",
        '<answer fraction="100"><text>true</text></answer>',
        '<answer fraction="50"><text>2</text><tolerance>x</tolerance></answer>',
        '<answer fraction="abc">',
        "</answer>",
        "<single>false</single>",
        "<subquestion><text>a</text><answer><text>b</text></answer></subquestion>",
        '<file name="a.png">AAAA</file>',
        '<file name="../x" path="/../">!!</file>',
        "<category><text>$course$/top/A</text></category>",
        "<defaultgrade>x</defaultgrade>",
        "<responsefieldlines>-3</responsefieldlines>",
        "<![CDATA[<b>]]>",
        "&amp;",
        "&bad;",
        "<!DOCTYPE quiz>",
        "<text>",
        "</text>",
    ]
)


@SETTINGS
@given(st.lists(st.one_of(xml_piece, st.text(max_size=3)), max_size=30).map("".join))
def test_no_xml_like_text_makes_the_xml_parser_raise(text):
    parses_or_refuses(moodlexml.parse, text)


cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-1000, 1000),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "type", "text", "answer_1", "weight_1", "match_1", "tolerance_1", "feedback_1",
            "single_choice", "multiple_choice", "true_false", "numerical", "matching",
            "essay", "description", "short_answer", "100", "50%", "33,33333", "abc", "1..5",
            "*", "đúng", "yes", "html", "", "=SUM(A1)",
        ]
    ),
    st.text(max_size=5),
)  # fmt: skip
headers = st.lists(
    st.sampled_from(list(spreadsheet.BASE_COLUMNS) + ["answer_1", "weight_1", "match_1", "x"]),
    min_size=1,
    max_size=8,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headers, st.lists(st.lists(cells, max_size=8), max_size=5))
def test_no_workbook_makes_the_spreadsheet_parsers_raise(header, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        try:
            sheet.append(row)
        except IllegalCharacterError:  # text openpyxl itself refuses to store
            continue
    out = io.BytesIO()
    workbook.save(out)
    parses_or_refuses(spreadsheet.parse_xlsx, out.getvalue())
    text = "\n".join(",".join("" if c is None else str(c) for c in r) for r in [header, *rows])
    parses_or_refuses(spreadsheet.parse_csv, text)
