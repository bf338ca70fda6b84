"""The manager dashboards and reports (/manage/…), the exports and the feedback reports."""

from django.urls import path

from config.replica import reads_from_replica
from reports import views

# Dashboards, reports and statistics read from the replica when one is configured (a browser
# that just wrote reads from the primary); exports pages and downloads always read the primary.
dashboard = reads_from_replica(views.dashboard)

app_name = "reports"

urlpatterns = [
    path("manage/", dashboard, name="manage"),
    path("manage/units/<id:pk>/", dashboard, name="manage_unit"),
    path(
        "manage/units/<id:pk>/officers/",
        reads_from_replica(views.unit_officers),
        name="manage_unit_officers",
    ),
    path(
        "manage/officers/<id:pk>/", reads_from_replica(views.officer_detail), name="manage_officer"
    ),
    path("manage/courses/", reads_from_replica(views.course_list), name="manage_courses"),
    path("manage/courses/<id:pk>/", reads_from_replica(views.course_report), name="manage_course"),
    path("manage/exports/", views.export_list, name="exports"),
    path("manage/exports/<uuid:token>/", views.export_job, name="export_job"),
    path(
        "manage/exports/<uuid:token>/status/",
        views.export_job_status,
        name="export_job_status",
    ),
    path(
        "manage/exports/<uuid:token>/download/",
        views.export_download,
        name="export_download",
    ),
    path("manage/feedback/", reads_from_replica(views.feedback_overview), name="feedback_overview"),
    path(
        "manage/feedback/<id:course_id>/",
        reads_from_replica(views.feedback_course),
        name="feedback_course",
    ),
]
