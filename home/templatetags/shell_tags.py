"""``{% personal %}…{% endpersonal %}``: a part of a page that is one person's own (see
``home.page_shell``). Outside a kept page it renders as if the tags were not there."""

from django import template
from django.template.base import Parser, Token

from home.page_shell import PersonalNode

register = template.Library()


@register.tag
def personal(parser: Parser, token: Token) -> PersonalNode:
    bits = token.split_contents()[1:]
    if bits not in ([], ["learner"]):
        raise template.TemplateSyntaxError("personal takes no argument but learner")
    nodelist = parser.parse(("endpersonal",))
    parser.delete_first_token()
    return PersonalNode(nodelist, learner=bits == ["learner"])
