from django.urls import path

from progress import manage_urls, views

app_name = "progress"

urlpatterns = [
    path("my/", views.my_learning, name="my"),
    path("my/calendar/<str:action>/", views.calendar_token, name="calendar_token"),
    path("my/certificates/<str:code>.pdf", views.certificate_download, name="certificate"),
    path("my/feedback/<int:course_id>/", views.feedback, name="feedback"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("verify/", views.verify_lookup, name="verify_lookup"),
    path("verify/<str:code>/", views.verify, name="verify"),
    # The manager dashboards and reports (manage/, manage/units/…, manage/courses/…).
    *manage_urls.urlpatterns,
    path("manage/assignments/", views.assignment_list, name="assignments"),
    path("manage/assignments/new/", views.assignment_create, name="assignment_create"),
    path("manage/assignments/<int:pk>/", views.assignment_detail, name="assignment"),
    path("manage/assignments/<int:pk>/edit/", views.assignment_edit, name="assignment_edit"),
    path(
        "manage/assignments/<int:pk>/withdraw/",
        views.assignment_withdraw,
        name="assignment_withdraw",
    ),
    path("manage/feedback/", views.feedback_overview, name="feedback_overview"),
    path("manage/feedback/<int:course_id>/", views.feedback_course, name="feedback_course"),
]
