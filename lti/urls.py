from django.urls import path

from lti import views

app_name = "lti"

urlpatterns = [
    path("login/", views.oidc_login, name="login"),
    path("launch/", views.launch, name="launch"),
    path("deep-link/", views.deep_link, name="deep_link"),
    path("jwks.json", views.jwks, name="jwks"),
    path("configuration.json", views.configuration, name="configuration"),
    path("register/<str:link>/", views.register, name="register"),
]
