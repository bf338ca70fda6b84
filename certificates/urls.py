from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("my/certificates/<str:code>.pdf", views.certificate_download, name="certificate"),
    path("verify/", views.verify_lookup, name="verify_lookup"),
    path("verify/<str:code>/", views.verify, name="verify"),
]
