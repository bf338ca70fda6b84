from django.urls import path

from api.views import assignments, catalogue, people, reference, results, token

app_name = "api"

urlpatterns = [
    path("oauth/token", token.TokenView.as_view(), name="token"),
    path("schema/", reference.SchemaView.as_view(), name="schema"),
    path("docs/", reference.ReferenceView.as_view(), name="docs"),
    path("staff/", people.StaffListView.as_view(), name="staff"),
    path("staff/upsert/", people.StaffUpsertView.as_view(), name="staff_upsert"),
    path("staff/<str:employee_code>/", people.StaffDetailView.as_view(), name="staff_detail"),
    path("units/", people.UnitListView.as_view(), name="units"),
    path("units/upsert/", people.UnitUpsertView.as_view(), name="unit_upsert"),
    path("units/<str:code>/", people.UnitDetailView.as_view(), name="unit_detail"),
    path("assignments/", assignments.AssignmentListView.as_view(), name="assignments"),
    path(
        "assignments/<id:pk>/",
        assignments.AssignmentDetailView.as_view(),
        name="assignment_detail",
    ),
    path(
        "assignments/<id:pk>/withdraw/",
        assignments.AssignmentWithdrawView.as_view(),
        name="assignment_withdraw",
    ),
    path(
        "assignments/<id:pk>/officers/",
        assignments.AssignmentOfficersView.as_view(),
        name="assignment_officers",
    ),
    path("results/enrolments/", results.EnrolmentResultsView.as_view(), name="enrolments"),
    path("results/certificates/", results.CertificateResultsView.as_view(), name="certificates"),
    path("courses/", catalogue.CourseListView.as_view(), name="courses"),
    path("courses/<id:pk>/", catalogue.CourseDetailView.as_view(), name="course_detail"),
    path("quizzes/", catalogue.QuizListView.as_view(), name="quizzes"),
]
