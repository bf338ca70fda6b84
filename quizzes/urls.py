"""Quiz URLs outside quiz pages (the attempt views are routes of ``QuizPage``)."""

from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("attempts/<id:attempt_id>/save/", views.save_answers, name="save_answers"),
    path("lesson-checks/<id:lesson_id>/<str:block_id>/", views.lesson_check, name="lesson_check"),
]
