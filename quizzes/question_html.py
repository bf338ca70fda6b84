"""One question of an attempt, a preview, an import or a lesson check, as HTML.

Written in Python rather than as an included template: the attempt page shows a page of
questions to every officer at the start of an exam, and building them here costs a fraction of
what the template engine does. Every value is escaped, except the question's and options' own
text, which the bank stores as cleaned rich text (``|safe`` in the templates before).
"""

from __future__ import annotations

from typing import Any

from django.utils.formats import localize
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from quizzes.question_types import QuestionType


def _e(value: Any) -> str:
    """A value as the template engine shows it: localized (numbers), then escaped."""
    if value is None:
        return "None"
    return str(conditional_escape(localize(value)))


def render_question(
    item: dict[str, Any], *, legend: Any = "", disabled: bool = False
) -> SafeString:
    """The fieldset of one question (``quizzes.presentation.question_for_display``'s item)."""
    qtype = item.get("type")
    field = _e(item.get("field", ""))
    off = " disabled" if disabled else ""
    kind = _e(qtype)
    parts = [
        f'<fieldset class="question question-{kind}" data-question="{_e(item.get("position", ""))}"'
        f' data-type="{kind}">\n  <legend>'
    ]
    if legend:
        parts.append(_e(legend))
    elif item.get("is_description"):
        parts.append(format_html('<span class="visually-hidden">{}</span>', _("Information")))
    else:
        # As {% blocktranslate %}: the values escaped, the translation as it is.
        parts.append(_("Question %(number)s") % {"number": _e(item.get("number"))})
    parts.append("</legend>\n")
    parts.append(f'  <div class="question-text">{item.get("text", "")}</div>\n')
    if not item.get("is_description"):
        parts.append(f'  <input type="hidden" name="{field}__shown" value="1">\n')
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        multiple = qtype == QuestionType.MULTIPLE_CHOICE
        if multiple:
            parts.append(f'  <p class="help">{_e(_("Choose one or more answers."))}</p>\n')
        parts.append('  <ul class="options">\n')
        box = "checkbox" if multiple else "radio"
        for counter, option in enumerate(item.get("options") or [], start=1):
            checked = " checked" if option.get("checked") else ""
            label = option.get("label")
            shown = f'<span class="option-label">{_e(label)}.</span> ' if label else ""
            parts.append(
                f'    <li class="option">\n'
                f'      <input type="{box}" name="{field}" id="{field}_{counter}" '
                f'value="{_e(option.get("id"))}"{checked}{off}>\n'
                f'      <label for="{field}_{counter}">{shown}'
                f'<span class="option-text">{option.get("text") or ""}</span></label>\n'
                f"    </li>\n"
            )
        parts.append("  </ul>\n")
    elif qtype == QuestionType.TRUE_FALSE:
        parts.append('  <ul class="options">\n')
        for option in item.get("options") or []:
            value = _e(option.get("id"))
            checked = " checked" if option.get("checked") else ""
            text = _("True") if option.get("id") == "true" else _("False")
            parts.append(
                f'    <li class="option">\n'
                f'      <input type="radio" name="{field}" id="{field}_{value}" value="{value}"'
                f"{checked}{off}>\n"
                f'      <label for="{field}_{value}">{_e(text)}</label>\n'
                f"    </li>\n"
            )
        parts.append("  </ul>\n")
    elif qtype in (QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL):
        numerical = qtype == QuestionType.NUMERICAL
        label = _("Your answer (a number)") if numerical else _("Your answer")
        extra = ' inputmode="decimal"' if numerical else ""
        limit = 100 if numerical else 1000
        parts.append(
            f'  <div class="field">\n'
            f'    <label for="{field}">{_e(label)}</label>\n'
            f'    <input type="text"{extra} name="{field}" id="{field}" '
            f'value="{_e(item.get("value", ""))}" autocomplete="off" maxlength="{limit}"{off}>\n'
            f"  </div>\n"
        )
    elif qtype == QuestionType.MATCHING:
        parts.append('  <div class="matching">\n')
        choices = item.get("choices") or []
        for prompt in item.get("prompts") or []:
            name = _e(prompt.get("field", ""))
            options = [f'<option value="">{_e(_("Choose…"))}</option>']
            for choice in choices:
                selected = " selected" if choice == prompt.get("value") else ""
                options.append(f'<option value="{_e(choice)}"{selected}>{_e(choice)}</option>')
            parts.append(
                f'    <div class="field matching-row">\n'
                f'      <label for="{name}"><span class="prompt-text">{prompt.get("text", "")}'
                f"</span></label>\n"
                f'      <select name="{name}" id="{name}" data-pair="{_e(prompt.get("id", ""))}"'
                f"{off}>\n"
                f"        {''.join(options)}\n"
                f"      </select>\n"
                f"    </div>\n"
            )
        parts.append("  </div>\n")
    elif qtype == QuestionType.ESSAY:
        parts.append(_essay(item, field, off))
    parts.append("</fieldset>")
    return mark_safe("".join(str(part) for part in parts))  # noqa: S308 - every value is escaped above


def _essay(item: dict[str, Any], field: str, off: str) -> str:
    max_words, min_words = item.get("max_words"), item.get("min_words")
    problem = item.get("word_problem")
    limited = bool(max_words or min_words)
    attrs = ""
    if limited:
        described = f"{field}_words" + (f" {field}_word_problem" if problem else "")
        attrs += f' aria-describedby="{described}"'
    if problem:
        attrs += ' aria-invalid="true"'
    out = [
        f'  <div class="field">\n'
        f'    <label for="{field}">{_e(_("Your answer"))}</label>\n'
        f'    <textarea name="{field}" id="{field}" rows="10" '
        f'data-max-words="{"" if max_words is None else _e(max_words)}" '
        f'data-min-words="{"" if min_words is None else _e(min_words)}"{off}{attrs}>'
        f"{_e(item.get('value', ''))}</textarea>\n"
    ]
    if limited:
        help_parts = []
        if min_words:
            help_parts.append(_("At least %(limit)s words.") % {"limit": _e(min_words)} + " ")
        if max_words:
            help_parts.append(_("Word limit: %(limit)s.") % {"limit": _e(max_words)} + " ")
        words = _("%(words)s words") % {"words": _e(item.get("words"))}
        out.append(
            f'    <p class="help" id="{field}_words">{"".join(help_parts)}'
            f"<span data-word-count>{words}</span></p>\n"
        )
    if problem:
        out.append(f'    <p class="field-errors" id="{field}_word_problem">{_e(problem)}</p>\n')
    out.append("  </div>\n")
    return "".join(out)
