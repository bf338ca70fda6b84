"""The package-content address: ``/scorm-content/<signed link>/...`` (see ``delivery``)."""

from django.urls import path, re_path

from courses.scorm import content_views

app_name = "scorm_content"

urlpatterns = [
    path("<str:token>/", content_views.stage, name="stage"),
    path("<str:token>/launch", content_views.launch, name="launch"),
    path("<str:token>/commit", content_views.commit, name="commit"),
    re_path(r"^(?P<token>[^/]+)/p/(?P<path>.+)$", content_views.package_file, name="file"),
]
