from django.urls import path

from people import review_views, views

app_name = "people"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("export/<str:kind>/", views.directory_export, name="directory_export"),
    path("officers/<id:pk>/", views.officer_detail, name="officer"),
    path("delegations/", views.delegations, name="delegations"),
    path("access-review/", review_views.access_review, name="access_review"),
    path("delegations/<id:pk>/revoke/", views.revoke_delegation, name="delegation_revoke"),
]
