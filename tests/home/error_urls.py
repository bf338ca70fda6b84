"""The site's addresses plus one that fails, for the error-page header tests."""

from django.urls import path

from config.urls import handler404, handler500
from config.urls import urlpatterns as site_patterns


def broken(request):
    raise RuntimeError("a view that fails")


urlpatterns = [path("broken-for-test/", broken), *site_patterns]

__all__ = ["handler404", "handler500", "urlpatterns"]
