import re

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from home import views as home_views
from people import signin as people_signin
from people import views as people_views

urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    path("livez", home_views.livez, name="livez"),
    path("i18n/setlang/", people_views.set_language, name="set_language"),
    path("accounts/profile/", people_views.profile, name="profile"),
    path("people/", include("people.urls")),
    path("", include("tracker.urls")),
    path("", include("certificates.urls")),
    path("", include("reports.urls")),
    path("", include("quizzes.urls")),
    path("api/v1/", include("api.urls")),
    path("lti/", include("lti.urls")),
    path("accounts/", include("allauth.urls")),
    path("scorm-content/", include("courses.scorm.urls")),
    # Before the admin's own: its sign-in form would skip the two-factor step and the limits.
    path("admin/login/", people_signin.admin_login, name="wagtailadmin_login"),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document addresses, served as inert attachments from private storage.
    re_path(r"^documents/(\d+)/(.*)$", home_views.serve_document, name="wagtaildocs_serve"),
    path(
        "documents/authenticate_with_password/<id:restriction_id>/",
        wagtaildocs_serve.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
]

if settings.SERVE_MEDIA:
    # Public media (page images and their renditions), for sites without a separate web
    # server in front; private folders are refused even if old files were left there.
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            home_views.serve_media,
        )
    ]

urlpatterns += [
    path("", include(wagtail_urls)),
]

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
handler429 = "home.views.too_many_requests"
