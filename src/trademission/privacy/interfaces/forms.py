from django import forms
from django.utils.translation import gettext_lazy as _

from trademission.missions.models import Mission


class PurgeConfirmationForm(forms.Form):
    """Typing the mission's slug: a purge cannot be undone, so one click must not be enough."""

    confirm = forms.CharField(label=_("Type the mission's code to confirm"), max_length=50)

    def __init__(self, *args: object, mission: Mission, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mission = mission
        self.fields["confirm"].help_text = _("The code is %(slug)s.") % {"slug": mission.slug}

    def clean_confirm(self) -> str:
        value = self.cleaned_data["confirm"].strip()
        if value != self.mission.slug:
            raise forms.ValidationError(_("This is not the mission's code."), code="confirm")
        return value
