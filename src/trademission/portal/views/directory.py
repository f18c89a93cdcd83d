from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import FormView, ListView, TemplateView

from trademission.common.i18n import LANGUAGE_NAMES
from trademission.common.views import MissionPermissionMixin
from trademission.directory.domain.listing import organizations_for_listing
from trademission.directory.domain.profiles import profile_texts, profiles, update_profile
from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.interfaces.forms import LANGUAGE_CHOICES, ProfileForm
from trademission.directory.models import Organization
from trademission.matchmaking.domain.eligibility import b2b_eligibility
from trademission.matchmaking.domain.requests import active_request_between
from trademission.matchmaking.interfaces.forms import PreferenceForm, RequestForm
from trademission.matchmaking.models import Preference
from trademission.missions.domain.membership import membership_organization

FILTERS = ("q", "side", "kind", "sector", "city", "language", "offers", "seeks")


def reader_language() -> str:
    return (get_language() or "en").split("-")[0]


class DirectoryView(MissionPermissionMixin, ListView):
    """Search the mission's organizations on both sides (participants and organizers)."""

    template_name = "directory/directory.html"
    permission_required = "matchmaking.view_matchmaking"
    context_object_name = "organizations"
    paginate_by = 25

    def get_queryset(self):
        params = {key: self.request.GET.get(key, "").strip() for key in FILTERS}
        query = params.pop("q")
        return organizations_for_listing(self.get_mission(), query=query, **params).prefetch_related("subsectors")

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        language = reader_language()
        context.update(
            sides=Side.choices, kinds=OrganizationKind.choices, sectors=mission.sectors.order_by("slug"),
            stops=mission.stops.order_by("start_date", "slug"), language_choices=LANGUAGE_CHOICES,
            filters={key: self.request.GET.get(key, "") for key in FILTERS}, language_names=LANGUAGE_NAMES,
            rows=[(organization, profile_texts(organization, language=language))
                  for organization in context["organizations"]],
        )
        return context


class ProfileView(MissionPermissionMixin, TemplateView):
    """One organization's profile: public to the mission, contact details to its own people and organizers."""

    template_name = "directory/profile.html"
    permission_required = "matchmaking.view_matchmaking"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        organization = get_object_or_404(profiles(mission), pk=self.kwargs["organization"])
        mine = membership_organization(user=self.request.user, mission=mission)
        organizer = self.request.user.has_perm("matchmaking.manage_requests", mission)
        context.update(
            organization=organization, texts=profile_texts(organization, language=reader_language()),
            language_names=LANGUAGE_NAMES, own=mine is not None and mine.pk == organization.pk,
            show_private=organizer or (mine is not None and mine.pk == organization.pk), mine=mine,
            eligibility=b2b_eligibility(organization),
        )
        if mine is not None and mine.side != organization.side:
            preference = Preference.objects.filter(organization=mine, target=organization).first()
            context.update(
                my_eligibility=b2b_eligibility(mine), existing=active_request_between(mine, organization),
                preference_form=PreferenceForm(initial={"level": preference.level if preference else ""}),
                request_form=RequestForm(initial={"recipient": organization.pk}),
            )
        return context


class EditProfileView(MissionPermissionMixin, FormView):
    """A participant edits their organization's profile in the language they are reading in."""

    template_name = "directory/profile_edit.html"
    permission_required = "matchmaking.use_matchmaking"
    form_class = ProfileForm

    def get_organization(self) -> Organization:
        organization = membership_organization(user=self.request.user, mission=self.get_mission())
        if organization is None:
            raise Http404
        return organization

    def get_form_kwargs(self) -> dict[str, object]:
        kwargs = super().get_form_kwargs()
        kwargs["organization"] = self.get_organization()
        return kwargs

    def get_initial(self) -> dict[str, object]:
        organization, language = self.get_organization(), reader_language()
        return {"description": getattr(organization, f"description_{language}", ""),
                "offers": getattr(organization, f"offers_{language}", ""),
                "seeks": getattr(organization, f"seeks_{language}", ""),
                "website": organization.website, "employees": organization.employees,
                "languages": organization.languages, "subsectors": list(organization.subsectors.all())}

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context["organization"] = self.get_organization()
        context["editing_language"] = LANGUAGE_NAMES.get(reader_language(), reader_language())
        return context

    def form_valid(self, form: ProfileForm) -> HttpResponseRedirect:
        organization = self.get_organization()
        data = form.cleaned_data
        try:
            update_profile(organization=organization, language=reader_language(), description=data["description"],
                           offers=data["offers"], seeks=data["seeks"], website=data["website"],
                           employees=data["employees"], languages=data["languages"], subsectors=data["subsectors"])
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Your profile is saved."))
        return HttpResponseRedirect(reverse("portal-organization", args=[self.get_mission().slug, organization.pk]))
