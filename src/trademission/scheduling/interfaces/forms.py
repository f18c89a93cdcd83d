from django import forms
from django.utils.translation import gettext_lazy as _

from trademission.missions.models import Mission
from trademission.scheduling.models import B2BSession, SchedulingSettings


class SessionForm(forms.ModelForm):
    class Meta:
        model = B2BSession
        fields = ["stop", "date", "starts_at", "ends_at", "slot_minutes", "breaks", "tables", "interpreters", "venue"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "starts_at": forms.TimeInput(attrs={"type": "time"}),
            "ends_at": forms.TimeInput(attrs={"type": "time"}),
            "breaks": forms.TextInput(),
            "interpreters": forms.TextInput(),
        }

    def __init__(self, *args: object, mission: Mission, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.instance.mission = mission
        self.fields["stop"].queryset = mission.stops.all()


class SettingsForm(forms.ModelForm):
    class Meta:
        model = SchedulingSettings
        fields = ["min_meetings", "max_meetings", "time_limit"]


class GenerateForm(forms.Form):
    time_limit = forms.IntegerField(label=_("Time limit (seconds)"), min_value=1, max_value=600, initial=20)
    seed = forms.IntegerField(label=_("Seed"), min_value=0, initial=0,
                              help_text=_("The same seed and data give the same schedule."))


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
