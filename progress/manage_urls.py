"""The manager dashboards and reports, included in progress.urls (namespace "progress")."""

from django.urls import path

from progress import manage_views

urlpatterns = [
    path("manage/", manage_views.dashboard, name="manage"),
    path("manage/units/<int:pk>/", manage_views.dashboard, name="manage_unit"),
    path(
        "manage/units/<int:pk>/officers/", manage_views.unit_officers, name="manage_unit_officers"
    ),
    path("manage/officers/<int:pk>/", manage_views.officer_detail, name="manage_officer"),
    path("manage/courses/", manage_views.course_list, name="manage_courses"),
    path("manage/courses/<int:pk>/", manage_views.course_report, name="manage_course"),
    path("manage/exports/", manage_views.export_list, name="exports"),
    path("manage/exports/<uuid:token>/", manage_views.export_job, name="export_job"),
    path(
        "manage/exports/<uuid:token>/download/",
        manage_views.export_download,
        name="export_download",
    ),
]
