"""Moodle XML: a reader that follows Moodle's ``qformat_xml`` (here) and a writer in Moodle's
layout (``moodlexml_writer``, its ``export`` re-exported here).

The file is parsed with defusedxml's SAX parser with document types forbidden, so an uploaded
file cannot expand entities (billion laughs) or reach outside itself (XXE). Elements keep the
line they start on, so that every error points at its question or answer.

Embedded files (``<file encoding="base64">`` in any text of a question, and Moodle 1.9's
``<image>``/``<image_base64>``) become ``Question.files``; on export each file is written in
the texts that refer to it, or with the question text when none does.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler
from xml.sax.xmlreader import AttributesImpl, Locator

import defusedxml.sax
from defusedxml import DefusedXmlException, DTDForbidden
from django.utils.translation import gettext as _

from quizzes.question_types import COMBINED_FEEDBACK_TYPES, HINTED_TYPES, QuestionType

from . import reading
from .moodlexml_writer import export as export
from .records import (
    ANSWER_NUMBERINGS,
    ESSAY_RESPONSE_FORMATS,
    WILDCARD,
    Answer,
    Category,
    EssayOptions,
    FormatError,
    Hint,
    Pair,
    ParseError,
    ParseResult,
    Question,
    TextFormat,
    add_category,
    category_from_moodle_path,
    clean_name,
    default_name,
    is_number,
    normalise,
    php_trim,
)
from .validation import not_a_number, snap_fraction, validate, weight_from_percent

FORMAT_NAMES = {
    "moodle_auto_format": TextFormat.MOODLE,
    "html": TextFormat.HTML,
    "plain_text": TextFormat.PLAIN,
    "markdown": TextFormat.MARKDOWN,
    # Moodle's long-gone wiki format is closest to auto-format.
    "wiki_like": TextFormat.MOODLE,
}
XML_TYPES = {
    "multichoice": QuestionType.SINGLE_CHOICE,  # or multiple, by <single>
    "truefalse": QuestionType.TRUE_FALSE,
    "shortanswer": QuestionType.SHORT_ANSWER,
    "numerical": QuestionType.NUMERICAL,
    "matching": QuestionType.MATCHING,
    "match": QuestionType.MATCHING,
    "essay": QuestionType.ESSAY,
    "description": QuestionType.DESCRIPTION,
}
_INTEGER = re.compile(r"^[+-]?\d+$")


def unsupported_types() -> dict[str, str]:
    """Moodle question types we cannot import, by their XML name, as trainers know them."""
    return {
        "cloze": _("embedded answers (Cloze)"),
        "multianswer": _("embedded answers (Cloze)"),
        "calculated": _("calculated"),
        "calculatedsimple": _("simple calculated"),
        "calculatedmulti": _("calculated multichoice"),
        "ddwtos": _("drag and drop into text"),
        "ddimageortext": _("drag and drop onto image"),
        "ddmarker": _("drag and drop markers"),
        "gapselect": _("select missing words"),
        "ordering": _("ordering"),
        "randomsamatch": _("random short-answer matching"),
        "random": _("random"),
    }


# A small element tree that remembers lines ---------------------------------------------------


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Node] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def first(self, tag: str) -> Node | None:
        return next((child for child in self.children if child.tag == tag), None)

    def all(self, tag: str) -> list[Node]:
        return [child for child in self.children if child.tag == tag]

    def walk(self, tag: str) -> list[Node]:
        found = []
        for child in self.children:
            if child.tag == tag:
                found.append(child)
            found.extend(child.walk(tag))
        return found


class _TreeBuilder(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.root = Node("#document", {}, 1)
        self.stack = [self.root]
        self.locator: Locator | None = None

    def setDocumentLocator(self, locator: Locator) -> None:
        self.locator = locator

    def startElement(self, name: str, attrs: AttributesImpl) -> None:
        line = (self.locator.getLineNumber() if self.locator else None) or 1
        node = Node(name, dict(attrs.items()), line)
        self.stack[-1].children.append(node)
        self.stack.append(node)

    def endElement(self, name: str) -> None:
        self.stack.pop()

    def characters(self, content: str) -> None:
        self.stack[-1].parts.append(content)


def parse_document(data: bytes | str, *, max_bytes: int = reading.MAX_BYTES) -> Node:
    """The document element of an XML file, or FormatError saying why it cannot be read."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    reading.check_size(len(raw), max_bytes)
    if not raw.strip():
        raise FormatError(_("The file is empty."))
    kind = reading.binary_kind(raw[:8192].lstrip(b"\xef\xbb\xbf"))
    if kind and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FormatError(
            _(
                "This is not a text file: it looks like %(kind)s. Check that you chose the "
                "right file and the right format."
            )
            % {"kind": kind}
        )
    builder = _TreeBuilder()
    try:
        defusedxml.sax.parseString(raw, builder, forbid_dtd=True)
    except DTDForbidden:
        raise FormatError(
            _("The file declares a document type (<!DOCTYPE …>), which is refused for safety.")
        ) from None
    except DefusedXmlException:
        raise FormatError(
            _("The file declares XML entities, which are refused for safety.")
        ) from None
    except SAXParseException as exc:
        raise FormatError(
            _("The file is not well-formed XML: %(reason)s.") % {"reason": exc.getMessage()},
            exc.getLineNumber() or 1,
        ) from None
    if not builder.root.children:
        raise FormatError(_("The file is empty."))
    return builder.root.children[0]


# Reading ------------------------------------------------------------------------------------


class _Refused(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _trim(node: Node | None) -> str:
    return php_trim(node.text) if node is not None else ""


def _text_of(node: Node | None) -> str:
    """``<x><text>…</text></x>`` -> the trimmed text (Moodle's getpath(…, true))."""
    return _trim(node.first("text")) if node is not None else ""


def _format(node: Node | None, default: TextFormat) -> TextFormat:
    if node is None or "format" not in node.attrs:
        return default
    # As in Moodle, an unknown format name is taken for HTML.
    return FORMAT_NAMES.get(node.attrs["format"].strip(), TextFormat.HTML)


def _field(node: Node | None, default: TextFormat) -> tuple[str, TextFormat]:
    return _text_of(node), _format(node, default)


def _value(node: Node, tag: str) -> str | None:
    child = node.first(tag)
    return None if child is None else child.text


def _flag(value: str | None, default: bool) -> bool:
    """Moodle's trans_single: "false", "0" and empty are false, anything else true."""
    if value is None:
        return default
    value = php_trim(value)
    return not (value == "false" or value in ("", "0"))


def _number(text: str, what: str, name: str, line: int) -> float:
    if not is_number(text):
        raise _Refused(
            line,
            _('Question "%(name)s": the %(what)s "%(value)s" is not a number.')
            % {"name": name, "what": what, "value": text},
        )
    return float(text)


def _integer(node: Node | None, default: int | None) -> int | None:
    value = _trim(node)
    return int(value) if _INTEGER.match(value) else default


def read_hints(question: Node, default_format: TextFormat) -> list[Hint]:
    hints = []
    for node in question.all("hint"):
        hints.append(
            Hint(
                text=_text_of(node),
                text_format=_format(node, default_format),
                show_num_correct=node.first("shownumcorrect") is not None,
                clear_wrong=node.first("clearwrong") is not None,
            )
        )
    return hints


def _file_key(node: Node) -> str | None:
    name = node.attrs.get("name", "").replace("/", "_").replace("\\", "_").strip()
    if not name or name in (".", ".."):
        return None
    folders = [p for p in node.attrs.get("path", "/").split("/") if p and p not in (".", "..")]
    return "/".join([*folders, name])


def _decode(content: str, name: str, key: str, line: int) -> bytes:
    try:
        return base64.b64decode("".join(content.split()), validate=True)
    except (binascii.Error, ValueError):
        raise _Refused(
            line,
            _('Question "%(name)s": the embedded file "%(file)s" is not valid base64.')
            % {"name": name, "file": key},
        ) from None


class _Reader:
    def __init__(self, result: ParseResult, validate: bool) -> None:
        self.result = result
        self.validate = validate
        self.category: str | None = None

    def read(self, node: Node) -> None:
        qtype = node.attrs.get("type", "").strip()
        if qtype == "category":
            self._category(node)
            return
        name = _text_of(node.first("name"))
        label = clean_name(name) or _text_of(node.first("questiontext"))[:40]
        if qtype not in XML_TYPES:
            kind = unsupported_types().get(qtype, qtype or "?")
            self.result.errors.append(
                ParseError(
                    node.line,
                    _(
                        'Question "%(name)s" is a question of type "%(type)s", which is not '
                        "supported; it was left out."
                    )
                    % {"name": label, "type": kind},
                )
            )
            return
        try:
            question = self._question(node, XML_TYPES[qtype])
        except _Refused as refused:
            self.result.errors.append(ParseError(refused.line, refused.message))
            return
        question = normalise(question)
        if self.validate:
            problems = validate(question)
            if problems:
                self.result.errors.extend(problems)
                return
        self.result.questions.append(question)

    def _category(self, node: Node) -> None:
        path = category_from_moodle_path(_text_of(node.first("category")))
        self.category = path
        if not path:
            return
        info = node.first("info")
        add_category(
            self.result.categories,
            Category(
                path=path,
                info=_text_of(info),
                # Without <info> the description is empty auto-format; with it, html by default.
                info_format=_format(info, TextFormat.HTML)
                if info is not None
                else TextFormat.MOODLE,
                idnumber=_trim(node.first("idnumber")) or None,
                line=node.line,
            ),
        )

    def _question(self, node: Node, qtype: QuestionType) -> Question:
        name_node = node.first("name")
        text_node = node.first("questiontext")
        text, text_format = _field(text_node, TextFormat.HTML)
        if name_node is None:
            raise _Refused(
                node.line,
                _("The question on line %(line)s has no <name>.") % {"line": node.line},
            )
        name = clean_name(_text_of(name_node)) or default_name(text, _("Question name"))
        question = Question(type=qtype, name=name, text=text, text_format=text_format)
        question.line = node.line
        question.files = self._files(node, name)
        image, image_data = node.first("image"), node.first("image_base64")
        if image is not None and image_data is not None and _trim(image) and _trim(image_data):
            key = _trim(image).replace("/", "_")
            question.files.setdefault(key, _decode(image_data.text, name, key, image.line))
            question.text += f' <img src="@@PLUGINFILE@@/{key}" />'
        question.general_feedback, question.general_feedback_format = _field(
            node.first("generalfeedback"), text_format
        )
        question.idnumber = _trim(node.first("idnumber")) or None
        mark = node.first("defaultgrade")
        if mark is not None:
            question.default_mark = _number(_trim(mark), _("default mark"), name, mark.line)
        penalty = node.first("penalty")
        if penalty is not None:
            question.penalty = _number(_trim(penalty), _("penalty"), name, penalty.line)
        question.tags = [
            _text_of(tag)
            for holder in (node.first("tags"), node.first("coursetags"))
            if holder is not None
            for tag in holder.all("tag")
        ]
        question.category = self.category
        question.hints = read_hints(node, text_format) if qtype in HINTED_TYPES else []
        if qtype in COMBINED_FEEDBACK_TYPES:
            self._combined_feedback(node, question)
        reader = {
            QuestionType.SINGLE_CHOICE: self._choice,
            QuestionType.TRUE_FALSE: self._true_false,
            QuestionType.SHORT_ANSWER: self._short_answer,
            QuestionType.NUMERICAL: self._numerical,
            QuestionType.MATCHING: self._matching,
            QuestionType.ESSAY: self._essay,
        }.get(qtype)
        if reader is not None:
            reader(node, question)
        return question

    def _files(self, node: Node, name: str) -> dict[str, bytes]:
        files: dict[str, bytes] = {}
        for file_node in node.walk("file"):
            key = _file_key(file_node)
            if key is None or key in files:
                continue
            if file_node.attrs.get("encoding", "base64").strip() != "base64":
                continue
            files[key] = _decode(file_node.text, name, key, file_node.line)
        return files

    def _combined_feedback(self, node: Node, question: Question) -> None:
        fmt = question.text_format
        question.correct_feedback, question.correct_feedback_format = _field(
            node.first("correctfeedback"), fmt
        )
        question.partially_correct_feedback, question.partially_correct_feedback_format = _field(
            node.first("partiallycorrectfeedback"), fmt
        )
        question.incorrect_feedback, question.incorrect_feedback_format = _field(
            node.first("incorrectfeedback"), fmt
        )
        question.show_num_correct = node.first("shownumcorrect") is not None
        legacy = node.first("correctresponsesfeedback")
        if legacy is not None:
            question.show_num_correct = _flag(_trim(legacy), True)

    def _answer(self, node: Node, question: Question, rich: bool) -> Answer:
        fmt = question.text_format
        raw = node.attrs.get("fraction", "0").strip() or "0"
        fraction = weight_from_percent(_number(raw, _("answer weight"), question.name, node.line))
        legacy = node.first("fraction")  # very old files: <fraction> inside <answer>
        if legacy is not None and _trim(legacy):
            fraction = snap_fraction(
                _number(_trim(legacy), _("answer weight"), question.name, node.line)
            )
        feedback, feedback_format = _field(node.first("feedback"), fmt)
        return Answer(
            text=_text_of(node),
            fraction=fraction,
            feedback=feedback,
            text_format=_format(node, fmt) if rich else TextFormat.PLAIN,
            feedback_format=feedback_format,
            line=node.line,
        )

    def _choice(self, node: Node, question: Question) -> None:
        if not _flag(_value(node, "single"), True):
            question.type = QuestionType.MULTIPLE_CHOICE
        question.shuffle_answers = _flag(_value(node, "shuffleanswers"), False)
        numbering = _trim(node.first("answernumbering"))
        question.answer_numbering = numbering if numbering in ANSWER_NUMBERINGS else "abc"
        question.show_standard_instruction = _flag(_value(node, "showstandardinstruction"), True)
        question.answers = [self._answer(a, question, rich=True) for a in node.all("answer")]

    def _true_false(self, node: Node, question: Question) -> None:
        answers = [self._answer(a, question, rich=False) for a in node.all("answer")]
        if len(answers) != 2:
            raise _Refused(
                node.line,
                _('Question "%(name)s": a true/false question needs two answers, not %(count)s.')
                % {"name": question.name, "count": len(answers)},
            )
        if {a.text for a in answers} != {"true", "false"}:
            # Very old files wrote the words in the site's language: Moodle assumes true first.
            answers[0].text, answers[1].text = "true", "false"
            self.result.warnings.append(
                ParseError(
                    node.line,
                    _(
                        'Question "%(name)s": the answers are not named "true" and "false"; the '
                        "first was taken as true."
                    )
                    % {"name": question.name},
                )
            )
        true = next(a for a in answers if a.text == "true")
        false = next(a for a in answers if a.text == "false")
        correct = true.fraction == 1
        true.fraction, false.fraction = (1.0, 0.0) if correct else (0.0, 1.0)
        question.answers = [true, false] if answers[0] is true else [false, true]

    def _short_answer(self, node: Node, question: Question) -> None:
        question.case_sensitive = _flag(_trim(node.first("usecase")) or "0", False)
        question.ignore_diacritics = _flag(_trim(node.first("ignorediacritics")) or "0", False)
        question.answers = [self._answer(a, question, rich=False) for a in node.all("answer")]

    def _numerical(self, node: Node, question: Question) -> None:
        answers = []
        for answer_node in node.all("answer"):
            answer = self._answer(answer_node, question, rich=False)
            if answer.text != WILDCARD:
                if not is_number(answer.text):
                    raise _Refused(answer.line, not_a_number(question.name, answer.text))
                tolerance = _trim(answer_node.first("tolerance")) or "0"
                answer.tolerance = _number(tolerance, _("tolerance"), question.name, answer.line)
            answers.append(answer)
        question.answers = answers
        units = node.first("units")
        if units is not None and units.all("unit"):
            self.result.warnings.append(
                ParseError(
                    node.line,
                    _('Question "%(name)s": units are not supported and were left out.')
                    % {"name": question.name},
                )
            )

    def _matching(self, node: Node, question: Question) -> None:
        question.shuffle_answers = _flag(_value(node, "shuffleanswers"), True)
        question.pairs = [
            Pair(
                prompt=_text_of(sub),
                answer=_text_of(sub.first("answer")),
                prompt_format=_format(sub, question.text_format),
                line=sub.line,
            )
            for sub in node.all("subquestion")
        ]

    def _essay(self, node: Node, question: Question) -> None:
        fmt = question.text_format
        grader_info, grader_format = _field(node.first("graderinfo"), fmt)
        template, template_format = _field(node.first("responsetemplate"), fmt)
        response_format = _trim(node.first("responseformat")) or "editor"
        question.essay = EssayOptions(
            response_format=response_format
            if response_format in ESSAY_RESPONSE_FORMATS
            else "editor",
            response_required=_flag(_value(node, "responserequired"), True),
            response_field_lines=_integer(node.first("responsefieldlines"), 15) or 15,
            min_word_limit=_integer(node.first("minwordlimit"), None) or None,
            max_word_limit=_integer(node.first("maxwordlimit"), None) or None,
            attachments=_integer(node.first("attachments"), 0) or 0,
            attachments_required=_integer(node.first("attachmentsrequired"), 0) or 0,
            max_bytes=_integer(node.first("maxbytes"), 0) or 0,
            file_types=_trim(node.first("filetypeslist")),
            grader_info=grader_info,
            grader_info_format=grader_format,
            response_template=template,
            response_template_format=template_format,
        )


def parse(
    data: bytes | str, *, validate: bool = True, max_bytes: int = reading.MAX_BYTES
) -> ParseResult:
    """Parse a Moodle XML file; ``validate=False`` skips the checks Moodle makes on saving."""
    result = ParseResult()
    try:
        root = parse_document(data, max_bytes=max_bytes)
    except FormatError as exc:
        result.errors.append(exc.error)
        return result
    if root.tag != "quiz":
        result.errors.append(
            ParseError(
                root.line,
                _("This is not a Moodle XML file: it starts with <%(tag)s>, not <quiz>.")
                % {"tag": root.tag},
            )
        )
        return result
    reader = _Reader(result, validate)
    for node in root.all("question"):
        reader.read(node)
        if reading.too_many(result, node.line):
            return result
    return reading.finish(result)
