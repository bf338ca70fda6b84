"""The admin's form for SCORM packages: upload a zip (checked before anything is stored)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import ScormPackage
from courses.scorm.archive import PackageError, create_package, inspect_zip, max_package_bytes


class ScormPackageUploadForm(WagtailAdminModelForm):
    """Upload a package: the zip is checked on validation and stored on save."""

    package_file = forms.FileField(
        label=_("Package (zip)"),
        help_text=_(
            "A SCORM 1.2 or SCORM 2004 package exported as a zip, with imsmanifest.xml at its top."
        ),
    )

    class Meta:
        model = ScormPackage
        fields = ["title"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.for_user = kwargs.get("for_user")
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the title in the package.")

    def clean_package_file(self) -> Any:
        upload = self.cleaned_data["package_file"]
        if upload.size > max_package_bytes():
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB.")
                % {"size": max_package_bytes() // (1024 * 1024)}
            )
        try:
            inspect_zip(upload)
        except PackageError as error:
            raise forms.ValidationError(str(error)) from None
        upload.seek(0)
        return upload

    def save(self, commit: bool = True) -> ScormPackage:
        upload = self.cleaned_data["package_file"]
        try:
            package = create_package(
                upload,
                title=self.cleaned_data.get("title") or "",
                user=self.for_user,
                original_name=getattr(upload, "name", ""),
            )
        except PackageError as error:
            self.add_error("package_file", str(error))
            raise
        self.instance = package
        return package


class ScormPackageEditForm(WagtailAdminModelForm):
    """A stored package's files never change; only its title may."""

    class Meta:
        model = ScormPackage
        fields = ["title"]
