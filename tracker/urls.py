from django.urls import path

from tracker import views

app_name = "tracker"

urlpatterns = [
    path("my/", views.my_learning, name="my"),
    path("my/calendar/<str:action>/", views.calendar_token, name="calendar_token"),
    path("my/feedback/<id:course_id>/", views.feedback, name="feedback"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("manage/assignments/", views.assignment_list, name="assignments"),
    path("manage/assignments/new/", views.assignment_create, name="assignment_create"),
    path("manage/assignments/<id:pk>/", views.assignment_detail, name="assignment"),
    path("manage/assignments/<id:pk>/edit/", views.assignment_edit, name="assignment_edit"),
    path(
        "manage/assignments/<id:pk>/withdraw/",
        views.assignment_withdraw,
        name="assignment_withdraw",
    ),
]
