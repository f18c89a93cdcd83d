"""Forms of the outcome pages; validation of rules (stages, values) stays in the domain functions."""

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from trademission.missions.models import Mission, Sector
from trademission.outcomes.enums import Currency, LeadStage, NextStep
from trademission.outcomes.models import ActionPlanTag, Lead, OutcomeSettings


class FeedbackForm(forms.Form):
    usefulness = forms.TypedChoiceField(label=_("How useful was the meeting?"), coerce=int,
                                        choices=[(score, str(score)) for score in range(1, 6)],
                                        widget=forms.RadioSelect,
                                        help_text=_("1: not useful at all; 5: very useful."))
    next_step = forms.ChoiceField(label=_("What comes next?"), choices=NextStep.choices, widget=forms.RadioSelect)
    comment = forms.CharField(label=_("Comment"), required=False, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 3}))


class LeadForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage"), choices=LeadStage.choices)
    currency = forms.ChoiceField(label=_("Currency"), choices=Currency.choices)
    expected_value = forms.DecimalField(label=_("Expected value"), required=False, min_value=0, max_digits=14,
                                        decimal_places=2)
    signed_value = forms.DecimalField(label=_("Signed value"), required=False, min_value=0, max_digits=14,
                                      decimal_places=2, help_text=_("Required once the contract is signed."))
    signed_on = forms.DateField(label=_("Signed on"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    sector = forms.ModelChoiceField(label=_("Sector"), queryset=Sector.objects.none(), required=False)
    tags = forms.ModelMultipleChoiceField(label=_("Action-plan tags"), queryset=ActionPlanTag.objects.none(),
                                          required=False, widget=forms.CheckboxSelectMultiple)
    notes = forms.CharField(label=_("Notes"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: object, mission: Mission, lead: Lead | None = None, **kwargs: object) -> None:
        if lead is not None and "initial" not in kwargs:
            kwargs["initial"] = {"stage": lead.stage, "currency": lead.currency, "expected_value": lead.expected_value,
                                 "signed_value": lead.signed_value, "signed_on": lead.signed_on,
                                 "sector": lead.sector_id, "tags": list(lead.tags.all()), "notes": lead.notes}
        super().__init__(*args, **kwargs)
        self.fields["sector"].queryset = mission.sectors.all()
        self.fields["tags"].queryset = ActionPlanTag.objects.filter(mission=mission)
        if lead is not None:
            from trademission.outcomes.enums import TRANSITIONS

            allowed = {lead.stage, *TRANSITIONS[lead.stage]}
            self.fields["stage"].choices = [(value, label) for value, label in LeadStage.choices if value in allowed]

    def values(self) -> dict[str, object]:
        data = dict(self.cleaned_data)
        data["tags"] = list(data["tags"])
        return data


class OutcomeSettingsForm(forms.ModelForm):
    tags = forms.CharField(
        label=_("Action-plan tags"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One tag a line: English name, then optionally | French name | Spanish name."))

    class Meta:
        model = OutcomeSettings
        fields = ["report_currency", "rate_cad", "rate_mxn", "rate_usd", "survey_reminder_days"]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        tags = ActionPlanTag.objects.filter(mission=self.instance.mission)
        self.fields["tags"].initial = "\n".join(
            " | ".join(name for name in (tag.name_en, tag.name_fr, tag.name_es)) for tag in tags)

    def clean_tags(self) -> list[tuple[str, str, str, str]]:
        lines = []
        for line in self.cleaned_data["tags"].splitlines():
            names = [part.strip() for part in line.split("|")][:3]
            if not names[0]:
                continue
            names += [""] * (3 - len(names))
            slug = slugify(names[0])[:50]
            if not slug:
                raise forms.ValidationError(_("“%(name)s” needs letters or digits.") % {"name": names[0]})
            lines.append((slug, *names))
        return lines
