from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class EmailAuthenticationForm(AuthenticationForm):
    """Log in with an e-mail address; addresses are stored in lower case."""

    username = forms.EmailField(label=_("E-mail address"),
                                widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}))

    def clean_username(self) -> str:
        return self.cleaned_data["username"].strip().lower()


class LocalizedPasswordResetForm(PasswordResetForm):
    """Django's reset form; the e-mail is written in the language the user chose, not the requester's."""

    def send_mail(self, subject_template_name: str, email_template_name: str, context: dict, from_email: str | None,  # noqa: PLR0917
                  to_email: str, html_email_template_name: str | None = None) -> None:
        user = context.get("user")
        with translation.override(getattr(user, "language", None) or settings.LANGUAGE_CODE):
            super().send_mail(subject_template_name, email_template_name, context, from_email, to_email,
                              html_email_template_name)
