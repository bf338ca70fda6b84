"""Forms of certificates: revoking one (administrators) and typing a code to check one."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from certificates.models import RevocationCategory


class RevokeCertificateForm(forms.Form):
    category = forms.ChoiceField(
        label=pgettext_lazy("revocation reason", "Category"),
        choices=RevocationCategory.choices,
        help_text=_("Shown on the public verification page."),
    )
    reason = forms.CharField(
        label=_("Reason for revocation"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the records and the audit log; not shown publicly."),
    )


class VerifyLookupForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("As printed on the certificate, e.g. KNS-7K3M-Q9XD-2M4P."),
    )


class VerifyCredentialForm(forms.Form):
    """A verifiable credential pasted as text (the VC-JWT or its JSON) or uploaded as a file
    (the JSON, or a baked PNG or SVG badge)."""

    text = forms.CharField(
        label=_("Paste the credential"),
        required=False,
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 5, "spellcheck": "false"}),
        help_text=_("The credential's text (it starts with “eyJ” or “{”)."),
    )
    file = forms.FileField(
        label=_("Or choose the credential file"),
        required=False,
        help_text=_("The JSON file, or the badge image (PNG or SVG) downloaded from My learning."),
    )

    MAX_FILE_BYTES = 2 * 1024 * 1024

    def clean(self) -> dict[str, object]:
        cleaned = super().clean() or {}
        upload = cleaned.get("file")
        if upload is not None and upload.size > self.MAX_FILE_BYTES:
            self.add_error("file", _("The file is larger than 2 MB; a credential is much smaller."))
        elif not cleaned.get("text") and upload is None:
            raise forms.ValidationError(_("Paste a credential or choose its file."))
        return cleaned

    def credential_bytes(self) -> bytes:
        upload = self.cleaned_data.get("file")
        if upload is not None:
            return upload.read(self.MAX_FILE_BYTES + 1)
        return str(self.cleaned_data.get("text", "")).encode()
