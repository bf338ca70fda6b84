"""An app server's process is made ready before its first request (config/warmup.py)."""

from django.template import engines

from config import warmup


def _cached_templates() -> dict:
    """What the cached template loader of the project's engine holds."""
    engine = engines["django"].engine
    cached = [loader for loader in engine.template_loaders if hasattr(loader, "get_template_cache")]
    return cached[0].get_template_cache if cached else {}


def test_the_project_templates_are_all_found():
    names = warmup._project_template_names()
    assert "base.html" in names
    assert "quizzes/attempt.html" in names
    # Only the project's own: none of the many templates of Wagtail's admin it does not replace.
    assert "wagtailadmin/pages/edit.html" not in names


def test_warm_compiles_every_project_template(settings):
    settings.TEMPLATES = [
        {
            **settings.TEMPLATES[0],
            "APP_DIRS": False,
            "OPTIONS": {
                **settings.TEMPLATES[0].get("OPTIONS", {}),
                "loaders": [
                    (
                        "django.template.loaders.cached.Loader",
                        [
                            "django.template.loaders.filesystem.Loader",
                            "django.template.loaders.app_directories.Loader",
                        ],
                    )
                ],
            },
        }
    ]
    warmup.warm()  # a template that does not compile fails here
    compiled = _cached_templates()
    assert "quizzes/attempt.html" in compiled
    assert "base.html" in compiled
    assert len(compiled) >= len(warmup._project_template_names())
