"""Hypothesis strategies for questions we can store: valid, normalised records of every type."""

from hypothesis import assume
from hypothesis import strategies as st

from quizzes.formats.records import (
    ANSWER_NUMBERINGS,
    CHOICE_TYPES,
    ESSAY_RESPONSE_FORMATS,
    Answer,
    EssayOptions,
    Hint,
    Pair,
    Question,
    QuestionType,
    TextFormat,
    clean_name,
    clean_text,
    format_number,
    join_category_path,
    normalise,
)
from quizzes.formats.validation import ALLOWED_GRADES, validate

# Pieces that mean something to one of the formats, mixed into ordinary text.
SYNTAX = [
    "{", "}", "~", "=", "#", ":", "\\", "%", "[", "]", "<", ">", "&", '"', "'", "-", "/",
    "\n", "\t", " ", "->", "####", "::", "[html]", "[plain]", "$CATEGORY:", "//", "]]>",
    "\\n", "%50%", "_____", "<b>", "&amp;", "@@PLUGINFILE@@/a.png", "*", "..", "T", "TRUE",
    "Tiếng Việt", "đ", "\xa0", "0",
]  # fmt: skip
CHARACTERS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn"))
FORMATS = st.sampled_from(list(TextFormat))


def texts(min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[str]:
    pieces = st.one_of(CHARACTERS, st.sampled_from(SYNTAX))
    joined = st.lists(pieces, min_size=min_size, max_size=max_size).map("".join).map(clean_text)
    return joined.filter(bool) if min_size else joined


def optional_texts() -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), texts())


names = texts().map(clean_name).filter(bool)
plain_words = st.text(
    st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc", "Cn", "Z"), exclude_characters="[]\\,<>`/"
    ),
    min_size=1,
    max_size=6,
)
category_names = st.one_of(plain_words, st.sampled_from(["Tin học", "A/B", "Word 2019", "top"]))
categories = st.one_of(
    st.none(),
    st.lists(category_names.map(clean_name).filter(bool), min_size=1, max_size=3).map(
        join_category_path
    ),
)
grades = st.sampled_from([g for g in ALLOWED_GRADES if g < 1])
numbers = st.one_of(
    st.integers(-(10**6), 10**6).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(format_number),
)
tolerances = st.floats(min_value=0, max_value=10**6, allow_nan=False)
file_keys = st.sampled_from(["a.png", "b.jpg", "img/c.png", "tệp/d.txt"])


@st.composite
def answers(draw, *, numerical: bool = False) -> Answer:
    text = draw(st.one_of(numbers, st.just("*"))) if numerical else draw(texts())
    return Answer(
        text=text,
        fraction=draw(grades),
        feedback=draw(optional_texts()),
        tolerance=draw(tolerances) if numerical else None,
        text_format=draw(FORMATS),
        feedback_format=draw(FORMATS),
    )


SPLITS = [[1.0], [0.5, 0.5], [0.3333333] * 3, [0.25] * 4, [0.2] * 5, [0.6, 0.4], [0.9, 0.1]]


@st.composite
def questions(draw, types=tuple(QuestionType)) -> Question:
    qtype = draw(st.sampled_from(types))
    question = Question(
        type=qtype,
        name=draw(names),
        text=draw(texts()),
        text_format=draw(FORMATS),
        general_feedback=draw(optional_texts()),
        general_feedback_format=draw(FORMATS),
        default_mark=draw(st.sampled_from([0.5, 1.0, 2.0, 3.5, 10.0])),
        penalty=draw(st.sampled_from([0.0, 0.1, 0.25, 0.3333333, 0.5, 1.0])),
        category=draw(categories),
        tags=draw(st.lists(plain_words, max_size=3)),
        idnumber=draw(st.one_of(st.none(), plain_words)),
        shuffle_answers=draw(st.booleans()),
        answer_numbering=draw(st.sampled_from(ANSWER_NUMBERINGS)),
        show_standard_instruction=draw(st.booleans()),
        case_sensitive=draw(st.booleans()),
        ignore_diacritics=draw(st.booleans()),
        correct_feedback=draw(optional_texts()),
        correct_feedback_format=draw(FORMATS),
        partially_correct_feedback=draw(optional_texts()),
        partially_correct_feedback_format=draw(FORMATS),
        incorrect_feedback=draw(optional_texts()),
        incorrect_feedback_format=draw(FORMATS),
        show_num_correct=draw(st.booleans()),
        hints=draw(
            st.lists(
                st.builds(Hint, optional_texts(), FORMATS, st.booleans(), st.booleans()),
                max_size=2,
            )
        ),
        files=draw(st.dictionaries(file_keys, st.binary(max_size=20), max_size=2)),
    )
    if qtype in CHOICE_TYPES or qtype == QuestionType.SHORT_ANSWER:
        chosen = draw(st.lists(answers(), min_size=2, max_size=5))
        if qtype == QuestionType.MULTIPLE_CHOICE:
            split = draw(st.sampled_from(SPLITS))
            for answer in chosen:
                answer.fraction = min(answer.fraction, 0.0)
            chosen += [draw(answers()) for _ in split[len(chosen) :]]
            for answer, fraction in zip(chosen, split, strict=False):
                answer.fraction = fraction
        else:
            chosen[draw(st.integers(0, len(chosen) - 1))].fraction = 1.0
        question.answers = chosen
    elif qtype == QuestionType.NUMERICAL:
        chosen = draw(st.lists(answers(numerical=True), min_size=1, max_size=4))
        chosen[0].text = draw(numbers)
        chosen[0].fraction = 1.0
        question.answers = chosen
    elif qtype == QuestionType.TRUE_FALSE:
        correct = draw(st.booleans())
        question.answers = [
            Answer("true", float(correct), draw(optional_texts()), feedback_format=draw(FORMATS)),
            Answer(
                "false", float(not correct), draw(optional_texts()), feedback_format=draw(FORMATS)
            ),
        ]
    elif qtype == QuestionType.MATCHING:
        question.pairs = draw(
            st.lists(st.builds(Pair, texts(), texts(), FORMATS), min_size=2, max_size=4)
        )
        if draw(st.booleans()):
            question.pairs.append(Pair("", draw(texts()), draw(FORMATS)))
    elif qtype == QuestionType.ESSAY:
        low = draw(st.one_of(st.none(), st.integers(1, 500)))
        question.essay = EssayOptions(
            response_format=draw(st.sampled_from(ESSAY_RESPONSE_FORMATS)),
            response_required=draw(st.booleans()),
            response_field_lines=draw(st.integers(1, 50)),
            min_word_limit=low,
            max_word_limit=draw(st.one_of(st.none(), st.integers(1, 5000))),
            attachments=draw(st.integers(-1, 3)),
            attachments_required=draw(st.integers(0, 3)),
            max_bytes=draw(st.sampled_from([0, 1024, 52428800])),
            file_types=draw(st.sampled_from(["", ".pdf", ".pdf,.docx"])),
            grader_info=draw(optional_texts()),
            grader_info_format=draw(FORMATS),
            response_template=draw(optional_texts()),
            response_template_format=draw(FORMATS),
        )
    question = normalise(question)
    assume(validate(question) == [])
    return question
