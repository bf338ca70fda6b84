"""Reports in the Wagtail admin: the cost per learner of courses (corrected, never deleted) and
a menu link to the course feedback reports. Registered in wagtail_hooks.py."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from courses.models import CoursePage
from people.http import AuthenticatedHttpRequest
from reports import permissions
from reports.models import CourseCost

# Course costs --------------------------------------------------------------------------------


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: CoursePage) -> str:
        return obj.title


class CourseCostForm(WagtailAdminModelForm):
    course = CourseChoiceField(
        queryset=CoursePage.objects.order_by("title"), label=gettext_lazy("Course")
    )

    class Meta:
        model = CourseCost
        fields = ["course", "cost_per_learner", "note"]


class _StampMixin:
    # Provided by the Wagtail views it is mixed into.
    form: WagtailAdminModelForm
    request: AuthenticatedHttpRequest

    def save_instance(self) -> CourseCost:
        instance = self.form.save(commit=False)
        instance.updated_at = timezone.now()
        instance.updated_by = self.request.user
        instance.save()
        return instance


class CourseCostCreateView(_StampMixin, CreateView):
    pass


class CourseCostEditView(_StampMixin, EditView):
    pass


class CourseCostViewSet(ModelViewSet):
    model = CourseCost
    icon = "tag"
    menu_label = gettext_lazy("Course costs")
    name = "course-costs"
    menu_order = 258
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = ["course", "cost_per_learner", "updated_at", "updated_by"]
    search_fields = ["course__title", "note"]
    add_view_class = CourseCostCreateView
    edit_view_class = CourseCostEditView

    def get_form_class(self, for_update: bool = False) -> type[CourseCostForm]:
        return CourseCostForm


# Feedback ------------------------------------------------------------------------------------


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return permissions.can_view_feedback(request.user)


def feedback_menu_item() -> MenuItem:
    return FeedbackMenuItem(
        gettext_lazy("Course feedback"),
        reverse("reports:feedback_overview"),
        icon_name="comment",
        order=260,
    )
