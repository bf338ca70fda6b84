"""Make an app server's process ready before it takes its first request.

Django imports the URLconf (and through it every view module), reads the translation
catalogues and compiles templates on first use, in each process. gunicorn starts its workers
together, so without this the first requests after a (re)start, often the busiest moment of
an exam, wait while every worker imports and compiles at once. ``warm()`` does that work when
the WSGI module is loaded, before the worker accepts a connection. It opens no database or
cache connection, so it is safe before a fork too.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from django.conf import settings
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.urls import get_resolver, reverse
from django.utils import translation

logger = logging.getLogger(__name__)


def _project_template_names() -> list[str]:
    """The names of the project's own templates (not those of installed packages)."""
    base = Path(settings.BASE_DIR)
    engines: list[dict[str, Any]] = settings.TEMPLATES
    folders = [Path(folder) for engine in engines for folder in engine.get("DIRS", [])]
    folders += [path for path in base.glob("*/templates") if path.is_dir()]
    names: set[str] = set()
    for folder in folders:
        names.update(str(path.relative_to(folder)) for path in folder.rglob("*.html"))
    return sorted(names)


def warm() -> None:
    """Import the URLconf and its views, load every language's catalogues, compile the
    project's templates. Anything that fails here is left for the request that needs it."""
    get_resolver().url_patterns  # noqa: B018 (imports the URLconf and every view module)
    reverse("livez")  # fills the resolver's reverse lookup
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Home")
    for name in _project_template_names():
        try:
            get_template(name)
        except (TemplateDoesNotExist, TemplateSyntaxError) as error:  # pragma: no cover
            logger.debug("Template %s not compiled ahead: %s", name, error)
