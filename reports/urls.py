"""The manager dashboards and reports (/manage/…), the exports and the feedback reports."""

from django.urls import path

from reports import views

app_name = "reports"

urlpatterns = [
    path("manage/", views.dashboard, name="manage"),
    path("manage/units/<int:pk>/", views.dashboard, name="manage_unit"),
    path("manage/units/<int:pk>/officers/", views.unit_officers, name="manage_unit_officers"),
    path("manage/officers/<int:pk>/", views.officer_detail, name="manage_officer"),
    path("manage/courses/", views.course_list, name="manage_courses"),
    path("manage/courses/<int:pk>/", views.course_report, name="manage_course"),
    path("manage/exports/", views.export_list, name="exports"),
    path("manage/exports/<uuid:token>/", views.export_job, name="export_job"),
    path(
        "manage/exports/<uuid:token>/download/",
        views.export_download,
        name="export_download",
    ),
    path("manage/feedback/", views.feedback_overview, name="feedback_overview"),
    path("manage/feedback/<int:course_id>/", views.feedback_course, name="feedback_course"),
]
