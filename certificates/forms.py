"""Forms of certificates: revoking one (administrators) and typing a code to check one."""

from django import forms
from django.utils.translation import gettext_lazy as _


class RevokeCertificateForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revocation"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the public verification page."),
    )


class VerifyLookupForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("As printed on the certificate, e.g. KNS-7K3M-Q9XD-2M4P."),
    )
