from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import ListView, TemplateView

from trademission.common.views import MissionPermissionMixin
from trademission.directory.domain.listing import organizations_for_listing
from trademission.directory.enums import OrganizationKind, Side
from trademission.missions.domain.membership import missions_with_role
from trademission.missions.domain.overview import mission_counts, sectors_with_subsectors, stops_with_programme
from trademission.missions.enums import Role


class OrgaHomeView(LoginRequiredMixin, ListView):
    template_name = "orga/home.html"
    context_object_name = "missions"

    def get_queryset(self):
        return missions_with_role(self.request.user, [Role.ORGANIZER, Role.REVIEWER])


class MissionDashboardView(MissionPermissionMixin, TemplateView):
    template_name = "orga/mission.html"
    permission_required = "missions.view_orga"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        context["stops"] = stops_with_programme(mission)
        context["sectors"] = sectors_with_subsectors(mission)
        context["counts"] = mission_counts(mission)
        return context


class OrganizationListView(MissionPermissionMixin, ListView):
    template_name = "orga/organizations.html"
    permission_required = "missions.view_directory"
    context_object_name = "organizations"
    paginate_by = 50

    def get_queryset(self):
        params = self.request.GET
        return organizations_for_listing(
            self.get_mission(), side=params.get("side", ""), kind=params.get("kind", ""),
            sector=params.get("sector", ""), query=params.get("q", "").strip(), include_withdrawn=True,
        )

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context["sides"] = Side.choices
        context["kinds"] = OrganizationKind.choices
        context["sectors"] = self.get_mission().sectors.order_by("slug")
        context["filters"] = self.request.GET
        return context
