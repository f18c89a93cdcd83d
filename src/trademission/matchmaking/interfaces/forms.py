from django import forms
from django.utils.translation import gettext_lazy as _

from trademission.matchmaking.enums import PreferenceLevel
from trademission.matchmaking.models import MatchmakingSettings


class RequestForm(forms.Form):
    recipient = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(label=_("Note"), max_length=500, required=False,
                           widget=forms.Textarea(attrs={"rows": 2, "maxlength": 500}))


class OnBehalfRequestForm(forms.Form):
    requester = forms.IntegerField(label=_("From (organization number)"))
    recipient = forms.IntegerField(label=_("To (organization number)"))
    note = forms.CharField(label=_("Note"), max_length=500, required=False)
    approve = forms.BooleanField(label=_("Approve at once"), required=False)


class AnswerForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), max_length=500, required=False)


class PreferenceForm(forms.Form):
    level = forms.ChoiceField(label=_("Your interest"), required=False,
                              choices=[("", _("No preference")), *PreferenceLevel.choices])


class SettingsForm(forms.ModelForm):
    class Meta:
        model = MatchmakingSettings
        fields = ["answer_days", "requests_close_at", "reminder_hours"]
        widgets = {"requests_close_at": forms.DateTimeInput(attrs={"type": "datetime-local"},
                                                            format="%Y-%m-%dT%H:%M")}
