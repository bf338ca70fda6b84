"""WSGI entry point for the benchmarks' gunicorn (bench.settings), made ready as a production
app server is (``config/warmup.py``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
application = get_wsgi_application()

from config.warmup import warm  # noqa: E402 (needs the settings configured above)

warm()
