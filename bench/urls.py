"""The site's URLs plus the bare signed-in view the page benchmark divides by."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path


def signed_in(request: HttpRequest) -> HttpResponse:
    """What every signed-in page pays at least: the session, the user, a response."""
    user = request.user
    return HttpResponse(
        f"{user.pk if user.is_authenticated else '-'}", content_type="text/plain; charset=utf-8"
    )


urlpatterns = [
    path("bench/signed-in/", signed_in),
    path("", include("config.urls")),
]
