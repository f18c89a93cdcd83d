"""The web application form: flat fields for people, turned into the API's JSON for the shared rules."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from trademission.applications.models import Application
from trademission.common.i18n import localized
from trademission.directory.enums import OrganizationKind
from trademission.missions.models import Mission, Subsector

YES_NO = [("", _("Choose…")), ("yes", _("Yes")), ("no", _("No"))]
COMPANY_ANSWERS = ("commercialized", "target_market_plan", "tcs_client")
TEXT_ANSWERS = ("resources", "market_research", "alignment", "contribution", "value")
ORGANIZATION_TEXTS = ("region", "city", "website", "description", "offers", "seeks")


def _text(label: str, *, area: bool = False, help_text: str = "") -> forms.CharField:
    widget = forms.Textarea(attrs={"rows": 4}) if area else forms.TextInput
    return forms.CharField(label=label, required=False, widget=widget, help_text=help_text)


class ApplicationForm(forms.Form):
    """Nothing is required here: the domain's rules decide, for the form and the API alike."""

    language = forms.ChoiceField(label=_("Language for our messages to you"), choices=settings.LANGUAGES)
    organization_name = _text(_("Organization name"))
    kind = forms.ChoiceField(label=_("Kind of organization"), required=False,
                             choices=[("", _("Choose…")), *OrganizationKind.choices])
    country = forms.CharField(label=_("Country (ISO code)"), required=False, max_length=2)
    region = _text(_("Province or state"))
    city = _text(_("City"))
    website = _text(_("Website"))
    employees = forms.IntegerField(label=_("Employees"), required=False, min_value=0)
    description = _text(_("Describe your organization and its products or services"), area=True)
    offers = _text(_("What your organization offers"), area=True)
    seeks = _text(_("What your organization seeks in the host market"), area=True)
    organization_languages = forms.MultipleChoiceField(label=_("Working languages"), required=False,
                                                       choices=settings.LANGUAGES,
                                                       widget=forms.CheckboxSelectMultiple)
    sectors = forms.MultipleChoiceField(label=_("Sectors"), required=False, widget=forms.CheckboxSelectMultiple,
                                        help_text=_("Only organizations in the mission's sectors are eligible."))
    subsectors = forms.MultipleChoiceField(label=_("Subsectors"), required=False,
                                           widget=forms.CheckboxSelectMultiple)
    stops = forms.MultipleChoiceField(label=_("Stops you wish to attend"), required=False,
                                      widget=forms.CheckboxSelectMultiple)
    commercialized = forms.ChoiceField(label=_("Do you have a commercialized product or service?"),
                                       choices=YES_NO, required=False)
    target_market_plan = forms.ChoiceField(label=_("Is the host country part of your international business plan?"),
                                           choices=YES_NO, required=False)
    resources = _text(_("Which resources (human, material, time, financial) do you allocate to "
                        "internationalization?"), area=True)
    market_research = _text(_("What research have you done on the target market and its opportunities?"), area=True)
    tcs_client = forms.ChoiceField(label=_("Does your organization qualify as a client of the Trade Commissioner "
                                           "Service?"), choices=YES_NO, required=False)
    alignment = _text(_("How is your organization strategically aligned with the mission's sectors?"), area=True)
    contribution = _text(_("How can your organization contribute to partnerships, knowledge exchange or economic "
                           "development?"), area=True)
    value = _text(_("What value does your organization bring to the mission (expertise, resources, "
                    "collaboration)?"), area=True)
    wants_b2b = forms.BooleanField(label=_("We wish to take part in pre-arranged B2B meetings (SMEs only)"),
                                   required=False)
    consent = forms.BooleanField(label=_("I have read and accept the privacy notice"), required=False)

    def __init__(self, *args: object, mission: Mission, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mission = mission
        if not self.is_bound and "language" not in self.initial:
            self.initial["language"] = (get_language() or "en").split("-")[0]
        self.initial.setdefault("country", mission.visiting_country)
        sectors = list(mission.sectors.order_by("slug"))
        self.fields["sectors"].choices = [(sector.slug, localized(sector, "name")) for sector in sectors]
        self.fields["subsectors"].choices = [
            (subsector.slug, f"{localized(subsector.sector, 'name')} — {localized(subsector, 'name')}")
            for subsector in Subsector.objects.filter(sector__in=sectors).select_related("sector")
            .order_by("sector__slug", "slug")
        ]
        self.fields["stops"].choices = [(stop.slug, stop.name) for stop in mission.stops.order_by("start_date", "slug")]
        self.representative_rows = []
        for number in range(1, mission.max_representatives + 1):
            names = (f"rep{number}_name", f"rep{number}_email", f"rep{number}_languages")
            self.fields[names[0]] = _text(_("Representative %(number)d: full name") % {"number": number})
            self.fields[names[1]] = forms.EmailField(
                label=_("Representative %(number)d: e-mail address") % {"number": number}, required=False)
            self.fields[names[2]] = forms.MultipleChoiceField(
                label=_("Representative %(number)d: languages spoken") % {"number": number}, required=False,
                choices=settings.LANGUAGES, widget=forms.CheckboxSelectMultiple)
            self.representative_rows.append([self[name] for name in names])

    def payload(self) -> dict[str, object]:
        """The answers in the API's JSON shape, for ``clean_application_data``."""
        data = self.cleaned_data

        def choice(name: str) -> bool | None:
            return {"yes": True, "no": False}.get(data.get(name) or "")

        organization = {name: data.get(name) or "" for name in ORGANIZATION_TEXTS}
        organization.update(name=data.get("organization_name") or "", kind=data.get("kind") or "",
                            country=(data.get("country") or "").upper(), employees=data.get("employees"),
                            languages=data.get("organization_languages") or [])
        representatives = []
        for number in range(1, self.mission.max_representatives + 1):
            person = {"name": data.get(f"rep{number}_name") or "", "email": data.get(f"rep{number}_email") or "",
                      "languages": data.get(f"rep{number}_languages") or []}
            if person["name"] or person["email"]:
                representatives.append(person)
        answers = {name: choice(name) for name in COMPANY_ANSWERS}
        answers.update({name: data.get(name) or "" for name in TEXT_ANSWERS})
        return {"language": data.get("language"), "consent": bool(data.get("consent")),
                "wants_b2b": bool(data.get("wants_b2b")), "stops": data.get("stops") or [],
                "sectors": data.get("sectors") or [], "subsectors": data.get("subsectors") or [],
                "organization": organization, "answers": answers, "representatives": representatives}

    def add_domain_errors(self, errors: dict[str, list[str]]) -> None:
        for path, messages in errors.items():
            field = field_for_path(path)
            for message in messages:
                self.add_error(field if field in self.fields else None, message)


def field_for_path(path: str) -> str | None:
    parts = path.split(".")
    if parts[0] == "organization" and len(parts) > 1:
        return {"name": "organization_name", "languages": "organization_languages"}.get(parts[1], parts[1])
    if parts[0] == "answers" and len(parts) > 1:
        return parts[1]
    if parts[0] == "representatives":
        if len(parts) == 3:
            return f"rep{int(parts[1]) + 1}_{parts[2]}"
        return "rep1_name"
    return parts[0]


def initial_from(application: Application) -> dict[str, object]:
    """What a resumed draft shows: its saved answers in the form's flat fields."""
    def yes_no(value: bool | None) -> str:
        return {True: "yes", False: "no"}.get(value, "")

    initial: dict[str, object] = {name: getattr(application, name) for name in (
        "language", "organization_name", "kind", "country", "employees", "organization_languages", "wants_b2b",
        "consent", *ORGANIZATION_TEXTS, *TEXT_ANSWERS)}
    initial.update({name: yes_no(getattr(application, name)) for name in COMPANY_ANSWERS})
    initial["sectors"] = [sector.slug for sector in application.sectors.all()]
    initial["subsectors"] = [subsector.slug for subsector in application.subsectors.all()]
    initial["stops"] = [stop.slug for stop in application.stops.all()]
    for number, person in enumerate(application.representatives, start=1):
        initial.update({f"rep{number}_name": person["name"], f"rep{number}_email": person["email"],
                        f"rep{number}_languages": person.get("languages", [])})
    return initial
