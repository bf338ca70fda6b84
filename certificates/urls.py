from django.urls import path, re_path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("my/certificates/<str:code>.pdf", views.certificate_download, name="certificate"),
    re_path(
        r"^my/certificates/(?P<code>[A-Za-z0-9-]+)\.(?P<kind>json|jwt|svg|png)$",
        views.credential_download,
        name="credential",
    ),
    path("verify/", views.verify_lookup, name="verify_lookup"),
    path("verify/credential/", views.verify_credential, name="verify_credential"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("credentials/issuer/", views.issuer_profile, name="issuer_profile"),
    path("credentials/status/<id:number>", views.status_list, name="status_list"),
    path(".well-known/jwks.json", views.jwks, name="jwks"),
    path(".well-known/did.json", views.did_document, name="did_document"),
]
