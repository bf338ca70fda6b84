"""Production settings with the benchmarks' URLs added (``bench/urls.py``): only ``make bench``
uses this module, so the bare signed-in view never exists on a real site."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
